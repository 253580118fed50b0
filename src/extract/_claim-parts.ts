import type { Claim } from "../core/index.js";
import type { CueGroup, ExtractModel, MetricEntry } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";
import type { Attribution } from "./_attribution.js";
import { type LocalMention, nextPos, type SentenceView } from "./_sentence.js";
import { cueHits } from "./_text.js";
import { type DateExpr, periodLabel } from "./01-dates.js";
import type { Figure } from "./02-figures.js";

/** A metric phrase in a sentence with the metric entries it can name. */
export interface MetricHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entries: readonly MetricEntry[];
}

const OFFICE_AFTER =
  /^\s*(minister|ministry|secretary|department|officials?|chief|agency|committee|council|correspondent|analysts?|experts?)\b/i;

/** Metric phrases of a sentence, minus those inside mentions or naming an office ("Defense Minister"). */
export function metricHits(
  view: SentenceView,
  model: ExtractModel,
  skip: readonly { start: number; end: number }[],
): MetricHit[] {
  return (
    findPhrases(model.metrics, view.text)
      .filter((h) => !OFFICE_AFTER.test(view.text.slice(h.end)))
      .filter((h) => !skip.some((s) => h.start < s.end && s.start < h.end))
      // Inside a name ("Defense Ministry") a metric word names nothing, except a count noun ("U.S. troops" as one mention).
      .filter(
        (h) =>
          h.value.every((e) => e.units.has("count")) ||
          !view.mentions.some((m) => h.start < m.end && m.start < h.end),
      )
      .map((h) => ({
        start: h.start,
        end: h.end,
        text: view.sentence.text.slice(h.start, h.end),
        entries: h.value,
      }))
  );
}

const accepts = (e: MetricEntry, f: Figure) =>
  e.units.has(f.unitClass) || (f.barePercent && (e.units.has("percent") || e.units.has("percent_gdp")));

const distance = (h: { start: number; end: number }, f: Figure) =>
  h.end <= f.start ? f.start - h.end : h.start >= f.end ? h.start - f.end : 0;

/** The metric of a figure: the closest compatible phrase in its own window, else anywhere in the sentence. */
export function pickMetric(
  hits: readonly MetricHit[],
  f: Figure,
  window: { start: number; end: number },
  at: Figure = f,
): { hit: MetricHit; entry: MetricEntry } | null {
  // The figure's own count noun ("soldiers") names a metric only when no other word of its window does ("lost").
  const isNoun = (h: MetricHit) =>
    at.countNoun !== null && h.start >= at.countNoun.start && h.end <= at.countNoun.end;
  const scored = hits
    .map((hit) => ({ hit, entry: hit.entries.find((e) => accepts(e, f)) }))
    .filter((x): x is { hit: MetricHit; entry: MetricEntry } => x.entry !== undefined)
    .map((x) => ({
      ...x,
      own: x.hit.start >= window.start && x.hit.end <= window.end && !isNoun(x.hit),
      d: distance(x.hit, at),
    }))
    .sort((a, b) => Number(b.own) - Number(a.own) || a.d - b.d || a.entry.rank - b.entry.rank);
  return scored[0] ?? null;
}

const KIND_GROUPS = ["demanded", "proposed", "target", "forecast"] as const;
type KindGroup = (typeof KIND_GROUPS)[number];

/** The nearest kind cue before the figure within its window, or a "target"/"goal" noun right after it. */
export function kindCue(view: SentenceView, model: ExtractModel, f: Figure, windowStart: number) {
  const before = view.text.slice(windowStart, f.start);
  let best: { group: KindGroup; start: number; end: number } | null = null;
  for (const g of KIND_GROUPS)
    for (const h of cueHits(model, g, before))
      if (!best || h.start + windowStart > best.start)
        best = { group: g, start: h.start + windowStart, end: h.end + windowStart };
  if (best) return best;
  const after = view.text.slice(f.end, f.end + 30);
  for (const g of ["target", "forecast"] as const) {
    const t = cueHits(model, g, after).find((h) => /^\s*(\S+\s+)?$/.test(after.slice(0, h.start)));
    if (t) return { group: g, start: f.end + t.start, end: f.end + t.end };
  }
  return null;
}

/** Period expressions (fiscal years, years, months, since/until/by) of a sentence. */
export function periodExprs(dates: readonly DateExpr[]): DateExpr[] {
  return dates.filter(
    (d) =>
      d.label !== null &&
      d.relation !== "object" &&
      d.relation !== "from" &&
      (d.precision !== "day" || d.relation !== "at"),
  );
}

/** The period of each figure: an expression right after it, else the nearest free one before it. */
// A comma, or a subordinate clause ("if a deal that expires on …"): a later date there is not the figure's period.
const CLAUSE_BREAK = /[,;(]|\b(?:if|unless|that|which|who|when|whose|after|before|because|while)\b/i;

export function bindPeriods(
  text: string,
  figures: readonly Figure[],
  exprs: readonly DateExpr[],
): (string | null)[] {
  const taken = new Set<DateExpr>();
  const after = figures.map((f, i) => {
    const limit = figures[i + 1]?.start ?? text.length;
    const e = exprs.find(
      (x) =>
        x.start >= f.end &&
        x.start < limit &&
        !/[,;(]/.test(text.slice(f.end, x.start)) &&
        x.start - f.end <= 25,
    );
    if (e) taken.add(e);
    return e ?? null;
  });
  return figures.map((f, i) => {
    const own = after[i];
    if (own) return periodLabel(own);
    const before = exprs.filter((x) => x.end <= f.start && !taken.has(x)).pop();
    if (before) return periodLabel(before);
    // Else the first free expression later in the clause, if no other figure comes between.
    const next = figures[i + 1]?.start ?? text.length;
    const later = exprs.find(
      (x) =>
        x.start >= f.end && x.end <= next && !taken.has(x) && !CLAUSE_BREAK.test(text.slice(f.end, x.start)),
    );
    return later ? periodLabel(later) : null;
  });
}

/** A subject or claimant mention as a claim field. */
export const asActor = (m: LocalMention) => ({ code: m.code, text: m.text });

/** The mention that is the grammatical subject of the clause before the figure ("Japan provides…", "Japan, which…"). */
export function clauseSubject(
  view: SentenceView,
  before: number,
  skip: ReadonlySet<LocalMention>,
): LocalMention | null {
  const cands = view.mentions.filter((m) => m.end <= before && !skip.has(m)).reverse();
  for (const m of cands) {
    if (/^\s*,\s*(which|who|whose)\b/i.test(view.text.slice(m.end))) return m;
    const next = nextPos(view, m.end, /^'s?\b/.test(view.text.slice(m.end)) ? 0 : 2);
    if (next && (next.pos === "VERB" || next.pos === "AUX") && !/^'s?\b/.test(view.text.slice(m.end)))
      return m;
  }
  return null;
}

/** The country or force named between a number and its count noun ("50,000 U.S. troops"). */
export function nationality(view: SentenceView, f: Figure): LocalMention | null {
  if (!f.countNoun) return null;
  const noun = f.countNoun;
  return (
    view.mentions.find((m) => m.start >= f.numStart && m.start < noun.end && m.end <= noun.end + 1) ?? null
  );
}

/** The possessor of the metric phrase ("China's defense budget"). */
export function possessor(view: SentenceView, metric: MetricHit | null): LocalMention | null {
  if (!metric) return null;
  // "China's annual defense budget", or an adjectival name right before the metric: "U.S. tariffs".
  const owns = (gap: string) => /^'s?\s+(\S+\s+){0,3}$/.test(gap) || /^\s+(\S+\s+)?$/.test(gap);
  return (
    view.mentions.find((m) => m.end <= metric.start && owns(view.text.slice(m.end, metric.start))) ?? null
  );
}

/** Claimant and subject for a demand: who asked (before the cue) and who was asked (between cue and figure). */
export function demandParties(
  view: SentenceView,
  cue: { start: number; end: number },
  f: Figure,
  attr: Attribution,
) {
  const free = view.mentions.filter((m) => !attr.excluded.has(m));
  const demander = free.filter((m) => m.end <= cue.start).pop() ?? null;
  const demandee = free.find((m) => m.start >= cue.end && m.end <= f.start) ?? null;
  return { demander, demandee };
}

/** Maps a kind cue group to the claim kind. */
export function kindOf(group: CueGroup | null): Claim["kind"] {
  return group === "demanded" || group === "proposed" || group === "target" || group === "forecast"
    ? group
    : "actual";
}
