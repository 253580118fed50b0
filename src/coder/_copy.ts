import { type ActorMention, type Event, shortHash } from "../core/index.js";
import type { VerbModel } from "../dict/index.js";
import { isIn, type View } from "./_view.js";

/** The word sets of copied acts (reserved classes `_COPY_*`, see data/verbs/classes.txt). */
export interface CopyWords {
  readonly follow: ReadonlySet<string>;
  readonly suit: ReadonlySet<string>;
  readonly doVerb: ReadonlySet<string>;
  readonly same: ReadonlySet<string>;
  readonly take: ReadonlySet<string>;
  readonly step: ReadonlySet<string>;
  readonly as: ReadonlySet<string>;
  readonly too: ReadonlySet<string>;
  readonly others: ReadonlySet<string>;
  readonly lead: ReadonlySet<string>;
  readonly neg: ReadonlySet<string>;
  readonly maybe: ReadonlySet<string>;
  readonly future: ReadonlySet<string>;
  readonly report: ReadonlySet<string>;
  readonly ask: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Reads the copy word sets of a verb model. */
export function copyWords(m: VerbModel): CopyWords {
  const get = (name: string) => m.classes.get(name) ?? EMPTY;
  return {
    follow: get("_COPY_FOLLOW"),
    suit: get("_COPY_SUIT"),
    doVerb: get("_COPY_DO"),
    same: get("_COPY_SAME"),
    take: get("_COPY_TAKE"),
    step: get("_COPY_STEP"),
    as: get("_COPY_AS"),
    too: get("_COPY_TOO"),
    others: get("_COPY_OTHERS"),
    lead: get("_COPY_LEAD"),
    neg: get("_COPY_NEG"),
    maybe: get("_COPY_MAYBE"),
    future: get("_COPY_FUTURE"),
    report: get("_COPY_REPORT"),
    ask: get("_COPY_ASK"),
  };
}

/**
 * A copy of an earlier act: the mentions `subject` do it again, from token `at` on; `target` holds mentions named as
 * its own new object (gapping "and Britain Russia"), else none; `status` is the copy's own, or null for the act's.
 */
interface Copy {
  readonly subject: readonly ActorMention[];
  readonly target: readonly ActorMention[];
  readonly at: number;
  readonly status: Event["status"] | null;
}

const AUX_MODE: Partial<Record<Event["status"], Event["auxMode"]>> = {
  scheduled: "future",
  hypothetical: "hypothetical",
  negated: "negation",
};

const CLAUSE_END = new Set([".", ",", ";", ":", "!", "?", ")"]);
const COUNT_POS = new Set(["NUM", "ADJ", "DET"]);
const SUBJECT_BREAK = new Set(["and", "or", "that", "which", "who"]);

function clauseEndAt(v: View, k: number): boolean {
  const t = v.toks[k];
  return t === undefined || CLAUSE_END.has(t.lower);
}

/** Every actor mention of the sentence (the members of its groups), in token order. */
function mentionsOf(v: View): ActorMention[] {
  return v.groups.flatMap((g) => g.members).sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Are the tokens from `from` to `to` only list joiners: "and", commas and determiners? */
function listJoinersOnly(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = v.toks[j]!;
    if (t.lower !== "," && t.lower !== "and" && t.pos !== "DET") return false;
  }
  return true;
}

/** The mentions listed with `x` before it, joined only by "and", commas and determiners ("Britain, France and the EU"). */
function listEndingAt(v: View, all: readonly ActorMention[], x: ActorMention): ActorMention[] {
  const out = [x];
  let first = x;
  for (let i = all.indexOf(x) - 1; i >= 0; i--) {
    const y = all[i]!;
    if (y.tokenEnd > first.tokenStart) continue;
    if (y.kind === "attributive" || !listJoinersOnly(v, y.tokenEnd, first.tokenStart)) break;
    out.unshift(y);
    first = y;
  }
  return out;
}

/** The mentions listed from `x` on, joined only by "and", commas and determiners ("London and Tokyo"). */
function listStartingAt(v: View, all: readonly ActorMention[], x: ActorMention): ActorMention[] {
  const out = [x];
  let last = x;
  for (let i = all.indexOf(x) + 1; i < all.length; i++) {
    const y = all[i]!;
    if (y.tokenStart < last.tokenEnd) continue;
    if (!listJoinersOnly(v, last.tokenEnd, y.tokenStart)) break;
    out.push(y);
    last = y;
  }
  return out;
}

/** The end of a pro-form that copies an act ("followed suit", "did the same", "took a similar step") at `k`, or -1. */
function proForm(v: View, w: CopyWords, k: number): number {
  const t = v.toks[k]!;
  const n = v.toks[k + 1];
  if (isIn(t, w.follow) && n?.lower !== undefined && w.suit.has(n.lower)) return k + 2;
  if (isIn(t, w.doVerb) && (t.pos === "VERB" || t.pos === "AUX")) {
    // "did the same", "did likewise"
    if (n?.lower === "the" && isIn(v.toks[k + 2], w.same)) return k + 3;
    if (n?.lower === "likewise") return k + 2;
    return -1;
  }
  if (!isIn(t, w.take)) return -1;
  // "took a similar step", "announced similar measures", "took the same steps"
  let j = k + 1;
  if (v.toks[j]?.pos === "DET") j++;
  if (!isIn(v.toks[j], w.same) || !isIn(v.toks[j + 1], w.step)) return -1;
  return j + 2;
}

/** The nearest mention before the pro-form at `k`, in its own clause (no comma between), or null. */
function subjectBefore(v: View, all: readonly ActorMention[], k: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const x of all) if (x.tokenEnd <= k && (!best || x.tokenEnd > best.tokenEnd)) best = x;
  if (!best || best.kind === "attributive") return null;
  // "shot down Iranian drones that entered its airspace and would do the same to ...": no clause of its own between.
  for (let j = best.tokenEnd; j < k; j++)
    if (CLAUSE_END.has(v.toks[j]!.lower) || SUBJECT_BREAK.has(v.toks[j]!.lower)) return null;
  return best;
}

/** The copy's own status from the words between its subject and the pro-form (and "if" just before the subject). */
function ownStatus(v: View, w: CopyWords, from: number, to: number, end: number): Event["status"] | "ask" {
  let status: Event["status"] = "occurred";
  const rank: Record<string, number> = {
    occurred: 0,
    reported: 1,
    scheduled: 2,
    hypothetical: 3,
    negated: 4,
  };
  const raise = (s: Event["status"]) => {
    if ((rank[s] ?? 0) > (rank[status] ?? 0)) status = s;
  };
  for (let j = Math.max(0, from - 2); j < from; j++) {
    const t = v.toks[j]!;
    if (isIn(t, w.ask)) return "ask";
    if (t.lower === "if" || t.lower === "unless") raise("hypothetical");
  }
  for (let j = to; j < end; j++) {
    const t = v.toks[j]!;
    if (isIn(t, w.neg)) raise("negated");
    else if (isIn(t, w.maybe)) raise("hypothetical");
    else if (isIn(t, w.future)) raise("scheduled");
    else if (isIn(t, w.report)) raise("reported");
  }
  return status;
}

/** A copy opened by "and", "but", "while" or a comma before mention `x`: "and Britain too", gapping; else null. */
function shortCopy(
  v: View,
  w: CopyWords,
  all: readonly ActorMention[],
  x: ActorMention,
  verbLemmas: ReadonlySet<string>,
): Copy | null {
  const s = x.tokenStart;
  const b = s > 0 && v.toks[s - 1]?.pos === "DET" ? s - 2 : s - 1;
  if (!w.lead.has((b >= 0 ? v.toks[b]?.lower : undefined) ?? "") || x.kind === "attributive") return null;
  const ge = x.tokenEnd;
  const copy = { subject: [x], target: [], at: x.tokenStart, status: null };
  // "and Britain too.", "and Japan also."
  if (isIn(v.toks[ge], w.too) && clauseEndAt(v, ge + 1)) return copy;
  // "and Britain sanctioned 15 others", "and Britain 15 more": the verb repeated or elided before "others".
  let j = ge;
  if (verbLemmas.has(v.toks[j]?.lemma ?? "")) j++;
  while (j < ge + 4 && COUNT_POS.has(v.toks[j]?.pos ?? "") && !isIn(v.toks[j], w.others)) j++;
  if (j > ge && isIn(v.toks[j], w.others) && clauseEndAt(v, j + 1)) return copy;
  // "the US sanctioned Iran and Britain Russia": the verb elided between a new subject and a new object.
  const o = all.find((y) => y.tokenStart === ge && y.kind !== "attributive");
  if (o && clauseEndAt(v, o.tokenEnd) && o.country !== x.country) return { ...copy, target: [o] };
  return null;
}

/** Copies named by a pro-form, "as/so did X", "X too" or gapping, in token order. */
function findCopies(v: View, w: CopyWords, verbLemmas: ReadonlySet<string>): Copy[] {
  const out: Copy[] = [];
  const all = mentionsOf(v);
  for (let k = 0; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    // ", as did London and Tokyo", "and so did Japan", "as too did Japan"
    if (isIn(t, w.as)) {
      let j = k + 1;
      if (isIn(v.toks[j], w.too)) j++;
      if (isIn(v.toks[j], w.doVerb) && v.toks[j]!.lower !== "do") {
        const at = v.toks[j + 1]?.pos === "DET" ? j + 2 : j + 1;
        const x = all.find((y) => y.tokenStart === at);
        const list = x ? listStartingAt(v, all, x) : [];
        if (x && clauseEndAt(v, list.at(-1)!.tokenEnd)) {
          out.push({ subject: list, target: [], at: k, status: null });
          continue;
        }
      }
    }
    const end = proForm(v, w, k);
    if (end < 0) continue;
    const x = subjectBefore(v, all, k);
    if (x) {
      const list = listEndingAt(v, all, x);
      const st = ownStatus(v, w, list[0]!.tokenStart, x.tokenEnd, k);
      if (st !== "ask") out.push({ subject: list, target: [], at: list[0]!.tokenStart, status: st });
    }
    k = end - 1;
  }
  for (const x of all) {
    if (out.some((c) => c.subject.includes(x))) continue;
    const c = shortCopy(v, w, all, x, verbLemmas);
    if (c) out.push(c);
  }
  return out;
}

function ref(m: ActorMention): Event["source"] {
  return { code: m.code, text: m.text, start: m.start, end: m.end, entry: m.entry };
}

function country(code: string): string {
  return code.slice(0, 3);
}

/**
 * Events of acts copied to another subject: "Canada expelled two Chinese diplomats, and Australia followed suit" adds
 * Australia's 166 to China; "Washington imposed sanctions on Moscow, as did London and Tokyo" adds 163 from both. The
 * copy keeps the act's code and target (a new object when gapping names one; the act's source when the copier is its
 * target, "if Moscow did the same"), with its own status ("will follow suit" scheduled, "refused to" negated). Events
 * of the act aimed at the copier itself ("… and Britain too") are dropped, and so is a copier's own act on the way to
 * the pro-form ("refused to follow suit"). `trigger` gives each event's trigger token; `origin` gets each copy's act.
 */
export function copiedActs(
  v: View,
  w: CopyWords,
  events: readonly Event[],
  trigger: Map<Event, number>,
  docId: string,
  origin: Map<Event, Event>,
): Event[] {
  if (events.length === 0) return events as Event[];
  const verbLemmas = new Set<string>();
  for (const e of events) {
    const t = v.toks[trigger.get(e) ?? -1];
    if (t?.pos === "VERB") verbLemmas.add(t.lemma);
  }
  const copies = findCopies(v, w, verbLemmas);
  if (copies.length === 0) return events as Event[];
  let out = [...events];
  for (const found of copies) {
    const c = { ...found, subject: ownSubject(found.subject, out, trigger) };
    const first = c.subject[0]!;
    const last = c.subject.at(-1)!;
    const inSpan = (r: Event["source"] | null, xs: readonly ActorMention[]) =>
      !!r && xs.length > 0 && r.start >= xs[0]!.start && r.end <= xs.at(-1)!.end;
    const own = proFormEnd(v, last.tokenEnd);
    // The act aimed at the copier ("… and Britain too") and the copier's own act on the way to its copy.
    out = out.filter((e) => {
      const k = trigger.get(e) ?? -1;
      if (k < c.at && (inSpan(e.target, c.subject) || inSpan(e.target, c.target))) return false;
      return !(c.status !== null && k >= last.tokenEnd && k < own && inSpan(e.source, c.subject));
    });
    const before = out.filter(
      (e) =>
        (trigger.get(e) ?? -1) < c.at &&
        e.target &&
        e.source.start < first.start &&
        !inSpan(e.source, c.subject) &&
        !inSpan(e.target, c.subject),
    );
    if (before.length === 0) continue;
    const latest = Math.max(...before.map((e) => trigger.get(e) ?? -1));
    for (const e of before.filter((x) => trigger.get(x) === latest))
      for (const s of c.subject) {
        const targets =
          c.target.length > 0
            ? c.target.map(ref)
            : [country(s.code) === country(e.target!.code) ? e.source : e.target!];
        for (const t of targets) {
          if (country(t.code) === country(s.code)) continue;
          if (out.some((x) => x.code === e.code && x.source.code === s.code && x.target?.code === t.code))
            continue;
          const status = c.status ?? e.status;
          const copy: Event = {
            ...e,
            id: shortHash(docId, v.sent.index, c.at, s.code, t.code, e.code),
            source: ref(s),
            target: t,
            status,
            auxMode: AUX_MODE[status] ?? null,
          };
          out.push(copy);
          trigger.set(copy, c.at);
          origin.set(copy, origin.get(e) ?? e);
        }
      }
  }
  return out;
}

/**
 * The copier of a list before a pro-form, past the objects of the act before it: "expelled two Chinese diplomats, and
 * Australia followed suit" lists "Chinese diplomats" with Australia, but an earlier event is aimed at it.
 */
function ownSubject(
  list: readonly ActorMention[],
  events: readonly Event[],
  trigger: ReadonlyMap<Event, number>,
): readonly ActorMention[] {
  let i = 0;
  const aimed = (x: ActorMention) =>
    events.some((e) => (trigger.get(e) ?? -1) < x.tokenStart && e.target?.start === x.start);
  while (i < list.length - 1 && aimed(list[i]!)) i++;
  return list.slice(i);
}

/** The first comma or sentence end after token `k`: the span of a copier's own words before its pro-form. */
function proFormEnd(v: View, k: number): number {
  let j = k;
  while (j < v.toks.length && !CLAUSE_END.has(v.toks[j]!.lower)) j++;
  return j;
}
