import { type Claim, shortHash } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import { type Attribution, attribute } from "./_attribution.js";
import { assignRoles, type Change } from "./_changes.js";
import {
  asActor,
  bindPeriods,
  clauseSubject,
  demandParties,
  kindCue,
  kindOf,
  type MetricHit,
  metricHits,
  nationality,
  periodExprs,
  pickMetric,
  possessor,
} from "./_claim-parts.js";
import type { SentenceView } from "./_sentence.js";
import { type Figure, findFigures } from "./02-figures.js";

/** What a paragraph carries from one sentence to the next: the last subject and metric spoken of. */
export interface ClaimCarry {
  readonly paragraph: number;
  readonly sentence: number;
  readonly subject: { readonly code: string; readonly text: string } | null;
  readonly metric: string | null;
  readonly unit: string | null;
}

/** A mention before the demander that is not the demander: "demands were made of NATO members …, with Trump seeking". */
function askedBefore(view: SentenceView, attr: Attribution, demander: SentenceView["mentions"][number]) {
  return (
    view.mentions.find((m) => !attr.excluded.has(m) && m.end <= demander.start && m.code !== demander.code) ??
    null
  );
}

function subjectFor(
  view: SentenceView,
  attr: Attribution,
  f: Figure,
  metric: MetricHit | null,
  demand: ReturnType<typeof demandParties> | null,
  demanded: boolean,
  carry: ClaimCarry | null,
): { code: string; text: string } | null {
  const free = view.mentions.filter((m) => !attr.excluded.has(m));
  const inAttr = (m: { start: number; end: number }) =>
    attr.spans.some((s) => m.start < s.end && s.start < m.end);
  const usable = free.filter((m) => !inAttr(m));
  if (demanded) {
    if (demand?.demandee) return asActor(demand.demandee);
    const asked = demand?.demander ? askedBefore(view, attr, demand.demander) : null;
    return asked ? asActor(asked) : (carry?.subject ?? null);
  }
  const own = nationality(view, f) ?? possessor(view, metric) ?? clauseSubject(view, f.start, attr.excluded);
  if (own && !inAttr(own)) return asActor(own);
  const before = usable.filter((m) => m.end <= f.start).pop();
  if (before) return asActor(before);
  if (attr.claimant?.code) return { code: attr.claimant.code, text: attr.claimant.text };
  const after = usable.find((m) => m.start >= f.end);
  if (after) return asActor(after);
  return carry?.subject ?? null;
}

/** Free words after a figure, as the metric text of an `other` claim ("a 5% stake" → "stake"). */
function nounAfter(text: string, f: Figure): string | null {
  const m = /^\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)/.exec(text.slice(f.end));
  return m?.[1] ?? null;
}

interface FigureContext {
  readonly view: SentenceView;
  readonly model: ExtractModel;
  readonly attr: Attribution;
  readonly hits: readonly MetricHit[];
  readonly carry: ClaimCarry | null;
  readonly docId: string;
}

interface MetricChoice {
  readonly metric: string | null;
  readonly unit: string;
  readonly hit: MetricHit | null;
}

/** The metric and unit of a figure: its own phrase, the figure it shares a subject with, or the carried metric. */
function metricFor(
  ctx: FigureContext,
  f: Figure,
  window: { start: number; end: number },
  change: Change | null,
  shared: Claim | null,
  sibling: Claim | null,
): MetricChoice {
  if (shared)
    return { metric: shared.metric, unit: sibling && f.barePercent ? sibling.unit : f.unit, hit: null };
  // A bare change ("rose 7%") measures the metric it changes, whatever that metric's unit.
  const lone = change !== null && change.from === null && change.value === f.value && change.unit === f.unit;
  const asMoney: Figure = { ...f, unitClass: "money", barePercent: false };
  const picked =
    (lone && f.barePercent ? pickMetric(ctx.hits, asMoney, window, f) : null) ??
    pickMetric(ctx.hits, f, window, f);
  if (picked) {
    const e = picked.entry;
    const metric = lone && f.barePercent ? (e.changeMetric ?? e.id) : e.id;
    const gdpShare = f.barePercent && !lone && !e.units.has("percent") && e.units.has("percent_gdp");
    return { metric, unit: gdpShare ? "percent_gdp" : f.unit, hit: picked.hit };
  }
  const carry = ctx.carry;
  if (
    f.barePercent &&
    carry?.metric &&
    carry.unit &&
    (carry.unit === "percent" || carry.unit === "percent_gdp")
  )
    return { metric: carry.metric, unit: carry.unit, hit: null };
  return { metric: null, unit: f.unit, hit: null };
}

/** "U.S. troops hosted by Japan": the force and, when it differs from the subject, the host. */
function troopsText(ctx: FigureContext, f: Figure, subject: { code: string } | null): string | null {
  const { view, attr } = ctx;
  if (!f.countNoun) return null;
  const before = view.mentions.filter((m) => m.end <= f.start && !attr.excluded.has(m)).pop() ?? null;
  const host = clauseSubject(view, f.start, attr.excluded) ?? before;
  const troops = view.sentence.text.slice(f.numStart, f.countNoun.end).replace(/^[\d.,\s]+/, "");
  return host && host.code !== subject?.code ? `${troops} hosted by ${host.text}` : troops;
}

/** Builds the claim of one figure; `primary` is the figure it converts, `sibling` the one it is the earlier value of. */
function buildClaim(
  ctx: FigureContext,
  f: Figure,
  window: { start: number; end: number },
  period: string | null,
  change: Change | null,
  primary: Claim | null,
  sibling: Claim | null,
  prevKind: Claim["kind"] | null,
): Claim | null {
  const { view, model, attr, carry } = ctx;
  const cue = kindCue(view, model, f, window.start);
  const inherited = sibling ? "actual" : (prevKind ?? (period?.startsWith("by ") ? "target" : "actual"));
  let kind = primary?.kind ?? (cue ? kindOf(cue.group) : inherited);
  if (kind === "forecast" && period?.startsWith("by ")) kind = "target";
  const shared = primary ?? sibling;
  const { metric, unit, hit } = metricFor(ctx, f, window, change, shared, sibling);
  let demand = kind === "demanded" && cue?.group === "demanded" ? demandParties(view, cue, f, attr) : null;
  if (demand?.demander && !demand.demandee && !carry?.subject && !askedBefore(view, attr, demand.demander)) {
    // "The Pentagon wants to cut 8%": a demand on no one else is the speaker's own target.
    kind = "target";
    demand = null;
  }
  const subject = shared
    ? shared.subject !== null
      ? { code: shared.subject, text: shared.subjectText ?? "" }
      : null
    : subjectFor(view, attr, f, hit, demand, kind === "demanded", carry);
  if (!metric && !subject) return null;
  const fromDemand = sibling && kind === "demanded" ? sibling.claimant : null;
  const claimant = fromDemand ?? (demand?.demander ? asActor(demand.demander) : attr.claimant);
  const troops = metric === "troops_stationed" && !shared ? troopsText(ctx, f, subject) : null;
  const metricText =
    troops ?? shared?.metricText ?? hit?.text ?? (metric ? null : nounAfter(view.sentence.text, f));
  const s = view.sentence;
  return {
    id: shortHash(ctx.docId, s.index, f.start, metric ?? "other", f.value),
    subject: subject?.code ?? null,
    subjectText: subject?.text ?? null,
    metric: metric ?? "other",
    metricText,
    value: f.value,
    unit,
    qualifier: f.qualifier ?? primary?.qualifier ?? null,
    kind,
    change,
    period,
    claimant,
    outlet: attr.outlet,
    linkedTo: primary?.id ?? null,
    evidence: { docId: ctx.docId, sentence: s.index, start: s.start, end: s.end, text: s.text },
  };
}

/** A range figure becomes two claims: the low end (at least) and the high end (up to), linked. */
function expandRange(claim: Claim, f: Figure): Claim[] {
  if (f.rangeTo === null) return [claim];
  const low = { ...claim, qualifier: claim.qualifier ?? ("at_least" as const) };
  return [
    low,
    { ...claim, id: shortHash(claim.id, "to"), value: f.rangeTo, qualifier: "up_to", linkedTo: claim.id },
  ];
}

function nextCarry(
  view: SentenceView,
  attr: Attribution,
  out: readonly Claim[],
  near: ClaimCarry | null,
  hits: readonly MetricHit[],
): ClaimCarry | null {
  const s = view.sentence;
  const last = out[out.length - 1];
  if (last) {
    const subject = last.subject
      ? { code: last.subject, text: last.subjectText ?? "" }
      : (near?.subject ?? null);
    const metric = last.metric === "other" ? null : last.metric;
    return { paragraph: s.paragraph, sentence: s.index, subject, metric, unit: last.unit };
  }
  const topic = clauseSubject(view, view.text.length, attr.excluded);
  // A sentence about "spending more on defense" sets the metric a later bare "3.5% target" refers to.
  const share = [...hits]
    .reverse()
    .flatMap((h) => h.entries)
    .find((e) => e.units.has("percent_gdp") || e.units.has("percent"));
  const metric = share?.id ?? near?.metric ?? null;
  const unit = share ? (share.units.has("percent") ? "percent" : "percent_gdp") : (near?.unit ?? null);
  if (!topic && !share) return near;
  return {
    paragraph: s.paragraph,
    sentence: s.index,
    subject: topic ? asActor(topic) : (near?.subject ?? null),
    metric,
    unit,
  };
}

/** The carry a sentence leaves, worked out only when a later sentence with a figure asks for it. */
export interface LazyCarry {
  /** The sentence that left it (its carry may come from an earlier one). */
  readonly from: number;
  readonly get: () => ClaimCarry | null;
}

/** A digit, number word or scale word ("five", "twenty-five", "a billion"): without one a sentence has no figure. */
function mayHaveFigure(view: SentenceView, model: ExtractModel): boolean {
  if (/\d/.test(view.text)) return true;
  const numberish = (w: string) => {
    const n = model.numberWords.get(w);
    return (n !== undefined && n.role !== "article") || model.scales.values.has(w);
  };
  return view.sentence.tokens.some((t) =>
    t.lower.includes("-") ? t.lower.split("-").some(numberish) : numberish(t.lower),
  );
}

/**
 * Extracts the claims of one sentence; `carry` is what the sentences just before said (subject, metric).
 * @example "China's defense budget rose 7.2% to $250 billion" → one claim CHN defense_budget 2.5e11 USD, change up 7.2%
 */
export function claimsForSentence(
  view: SentenceView,
  docId: string,
  model: ExtractModel,
  carry: LazyCarry | null,
): { claims: Claim[]; carry: LazyCarry } {
  const index = view.sentence.index;
  const nearOf = () => {
    const c = carry && index - carry.from <= 3 ? carry.get() : null;
    return c && index - c.sentence <= 3 ? c : null;
  };
  const figs = mayHaveFigure(view, model) ? findFigures(view.text, view.dates, model) : [];
  if (figs.length === 0) {
    // No figure: the carry (subject, metric) is only worked out if a later figure needs it.
    let memo: { value: ClaimCarry | null } | null = null;
    const get = () => {
      if (!memo) {
        const attr = attribute(view, model);
        memo = { value: nextCarry(view, attr, [], nearOf(), metricHits(view, model, attr.spans)) };
      }
      return memo.value;
    };
    return { claims: [], carry: { from: index, get } };
  }
  const near = nearOf();
  const attr = attribute(view, model);
  const roles = assignRoles(view, model, figs);
  const ctx: FigureContext = {
    view,
    model,
    attr,
    hits: metricHits(view, model, attr.spans),
    carry: near,
    docId,
  };
  const live = figs.map((f, i) => ({ f, i })).filter((x) => !roles.consumed[x.i]);
  const periods = bindPeriods(
    view.text,
    live.map((x) => x.f),
    periodExprs(view.dates),
  );
  const built: (Claim | null)[] = figs.map(() => null);
  const out: Claim[] = [];
  live.forEach(({ f, i }, k) => {
    const prev = live[k - 1];
    const window = { start: prev?.f.end ?? 0, end: live[k + 1]?.f.start ?? view.text.length };
    const primary = built[roles.linked[i] ?? -1] ?? null;
    const sibling = built[roles.fromOf[i] ?? -1] ?? null;
    const prevKind = prev ? (built[prev.i]?.kind ?? null) : null;
    const period = periods[k] ?? primary?.period ?? null;
    const claim = buildClaim(ctx, f, window, period, roles.change[i] ?? null, primary, sibling, prevKind);
    if (!claim) return;
    built[i] = claim;
    out.push(...expandRange(claim, f));
  });
  // A conversion shares its figure's period both ways: "61.2 trillion won ($45 billion) … next year".
  const periodOf = new Map(out.filter((c) => c.linkedTo && c.period).map((c) => [c.linkedTo, c.period]));
  const claims = out.map((c) =>
    c.period === null && periodOf.has(c.id) ? { ...c, period: periodOf.get(c.id) ?? null } : c,
  );
  const next = nextCarry(view, attr, claims, near, ctx.hits);
  return { claims, carry: { from: index, get: () => next } };
}
