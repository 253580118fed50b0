import type { EventStatus, Token } from "../core/index.js";
import type { VerbModel } from "../dict/index.js";
import { decisionOwner, summaryNoun, verbBefore } from "./_args.js";
import type { Match } from "./_match.js";
import { invertedCondition, is, isIn, subjectEndBefore, tokAt, type View, verbBetween } from "./_view.js";

type StatusCue = VerbModel["cues"][number];

/** Status of one event with who the report is attributed to. */
export interface StatusResult {
  readonly status: EventStatus;
  readonly claimant: string | null;
  readonly outlet: string | null;
  /**
   * Token spans [from, to) of the words a "reported" status was attributed to ("according to the Kremlin"), so a
   * report by one of the parties can count as their own act; null when some report cue names nobody ("reportedly").
   */
  readonly reportSpans?: readonly (readonly [number, number])[] | null;
}

/** Cues of one position, indexed by their first word. */
export interface CueGroup {
  readonly first: ReadonlyMap<string, readonly StatusCue[]>;
  /**
   * The cues that start with an exact form ("=has"), by that form without its "=" (null when none does): looked up
   * by a token's lower-case form as it is, without building "=form" for every token.
   */
  readonly exact: ReadonlyMap<string, readonly StatusCue[]> | null;
}

/** Status cues grouped by where they are looked for (views over the compiled model). */
export interface CueIndex {
  readonly before: CueGroup;
  readonly govern: CueGroup;
  readonly modifier: CueGroup;
  readonly sentence: CueGroup;
  readonly clause: CueGroup;
  /** Cues in the auxiliary chain of a clause a past reporting verb introduces ("said it would impose"). */
  readonly backshift: CueGroup;
  readonly rank: ReadonlyMap<EventStatus, number>;
  /** CAMEO codes (and code prefixes) of acts a backshifted "would" states now (`@stated-now`). */
  readonly statedNow: ReadonlySet<string>;
  readonly chainWords: ReadonlySet<string>;
  /**
   * Every key of the sentence and clause groups (`first` and `exact`): a token whose lemma and form are none of them
   * starts no sentence-wide cue, so sentenceCues looks a token up once or twice instead of up to six times.
   */
  readonly sentenceKeys: ReadonlySet<string>;
}

const NO_CUES: ReadonlyMap<string, readonly StatusCue[]> = new Map();

/** Views a model's compiled cue index by position. */
export function indexCues(m: VerbModel): CueIndex {
  const by = (w: StatusCue["where"]): CueGroup => {
    const first = m.cuesByFirst.get(w) ?? NO_CUES;
    if (!m.exactCueAt.has(w)) return { first, exact: null };
    const exact = new Map<string, readonly StatusCue[]>();
    for (const [k, cues] of first) if (k.startsWith("=")) exact.set(k.slice(1), cues);
    return { first, exact };
  };
  const sentence = by("sentence");
  const clause = by("clause");
  const sentenceKeys = new Set<string>();
  for (const g of [sentence, clause])
    for (const map of [g.first, g.exact ?? NO_CUES]) for (const k of map.keys()) sentenceKeys.add(k);
  return {
    chainWords: m.chainWords,
    before: by("before"),
    govern: by("govern"),
    modifier: by("modifier"),
    sentence,
    clause,
    backshift: by("backshift"),
    rank: m.statusRank,
    statedNow: m.statedNow,
    sentenceKeys,
  };
}

function scanList(
  toks: readonly Token[],
  list: readonly StatusCue[],
  s: number,
  to: number,
  hit: (c: StatusCue, at: number) => void,
) {
  for (const c of list) {
    const n = c.seq.length;
    if (s + n > to) continue;
    let ok = true;
    for (let q = 1; q < n && ok; q++) ok = cueWord(toks[s + q], c.seq[q]!);
    if (ok) hit(c, s);
  }
}

/**
 * "a planned signing of a minerals deal": a `scheduled` modifier cue in the noun's phrase before the trigger of `m`,
 * with no verb between.
 */
export function plannedNoun(v: View, m: Match, cues: CueIndex): boolean {
  // "a planned signing of a minerals agreement": the phrase's head before "of" carries the modifier.
  let head = m.trigger;
  let k = head - 1;
  while (k > 0 && NP_INNER.has(v.toks[k]!.pos)) k--;
  if (v.toks[k]?.lower === "of" && k > 0) head = k - 1;
  let planned = false;
  scan(v.toks, cues.modifier, head - 3, head, (c, at) => {
    if (c.status === "scheduled" && !verbBetween(v, at + c.seq.length, head))
      planned = true;
  });
  return planned;
}

const NP_INNER = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN"]);

/** Calls `hit` for every cue of the group whose words match at a position in [from, to). */
function scan(
  toks: readonly Token[],
  g: CueGroup,
  from: number,
  to: number,
  hit: (c: StatusCue, at: number) => void,
): void {
  for (let s = Math.max(0, from); s < to && s < toks.length; s++) {
    const t = toks[s]!;
    if (isName(toks, s)) continue;
    const a = g.first.get(t.lemma);
    if (a) scanList(toks, a, s, to, hit);
    const b = t.lower === t.lemma ? undefined : g.first.get(t.lower);
    if (b) scanList(toks, b, s, to, hit);
    const c = g.exact?.get(t.lower);
    if (c) scanList(toks, c, s, to, hit);
  }
}

/**
 * Is token s a capitalised word inside the sentence (not first, not after an opening quote or a colon)? Such a word
 * is a name or a month, never a cue: "and May later criticised Moscow" (Theresa May), "talks due in May".
 */
function isName(toks: readonly Token[], s: number): boolean {
  const c = toks[s]!.text.charCodeAt(0);
  if (s === 0 || c < 65 || c > 90) return false;
  const prev = toks[s - 1]!;
  return prev.pos !== "PUNCT" || prev.text === ",";
}

/** A cue word: by lemma or form, or an exact form written "=has" in status.txt. */
function cueWord(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && (isIn(t, set) || set.has(`=${t.lower}`));
}

/** Sentence-wide cue hits, found once per sentence and shared by its events. */
export interface SentenceCues {
  readonly sentence: readonly { readonly cue: StatusCue; readonly at: number }[];
  readonly clause: readonly { readonly cue: StatusCue; readonly at: number }[];
}

/** Finds the sentence-wide and conditional cues of a sentence. */
export function sentenceCues(v: View, cues: CueIndex): SentenceCues {
  const sentence: { cue: StatusCue; at: number }[] = [];
  const clause: { cue: StatusCue; at: number }[] = [];
  const toks = v.toks;
  const keys = cues.sentenceKeys;
  // The tokens that may start a cue of either group (most sentences have none), then each group's scan of them alone:
  // the same hits in the same order as a scan of every token.
  let starts: number[] | null = null;
  for (let s = 0; s < toks.length; s++) {
    const t = toks[s]!;
    if (!keys.has(t.lemma) && (t.lower === t.lemma || !keys.has(t.lower))) continue;
    if (isName(toks, s)) continue;
    if (starts === null) starts = [s];
    else starts.push(s);
  }
  if (starts === null) return { sentence, clause };
  for (const s of starts) cuesAt(toks, cues.sentence, s, sentence);
  for (const s of starts) cuesAt(toks, cues.clause, s, clause);
  return { sentence, clause };
}

/** The cues of group `g` that start at token `s` (no name there) and run within the sentence, as scan finds them. */
function cuesAt(toks: readonly Token[], g: CueGroup, s: number, out: { cue: StatusCue; at: number }[]): void {
  const t = toks[s]!;
  const a = g.first.get(t.lemma);
  if (a) listAt(toks, a, s, out);
  const b = t.lower === t.lemma ? undefined : g.first.get(t.lower);
  if (b) listAt(toks, b, s, out);
  const c = g.exact?.get(t.lower);
  if (c) listAt(toks, c, s, out);
}

/** scanList with its hits pushed to `out`. */
function listAt(
  toks: readonly Token[],
  list: readonly StatusCue[],
  s: number,
  out: { cue: StatusCue; at: number }[],
) {
  for (const cue of list) {
    const n = cue.seq.length;
    if (s + n > toks.length) continue;
    let ok = true;
    for (let q = 1; q < n && ok; q++) ok = cueWord(toks[s + q], cue.seq[q]!);
    if (ok) out.push({ cue, at: s });
  }
}

const CHAIN_POS = new Set(["AUX", "PART", "ADV", "VERB"]);
const NOUNISH = new Set(["NOUN", "PROPN"]);
// "would \"totally destroy\"": an opening quote inside the chain.
const QUOTES = new Set(['"', "“", "'", "‘"]);

/** Start of the auxiliary chain before a verb ("has yet to", "is set to", "will not", "plans to"). */
function chainStart(v: View, i: number, cueWords: ReadonlySet<string>): number {
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 6 &&
    v.groupAt[k]! < 0 &&
    (CHAIN_POS.has(v.toks[k]!.pos) || isIn(v.toks[k], cueWords) || QUOTES.has(v.toks[k]!.text))
  )
    k--;
  return k + 1;
}

const VERB_POS = new Set(["AUX", "VERB"]);
/** Words that open a verb's object ("consult Seoul", "build the bomb"). */
const OBJECT_POS = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM"]);
/** Words after an object relative's subject within which its verb is looked for ("had been due to hold"). */
const GAP_WINDOW = 5;

/**
 * The verbs after a noun event that it is the subject of ("the talks ... were called off"): the verb of a relative
 * clause on the noun ("talks that were later postponed") and the main verb after it ("talks that had been scheduled
 * to open next week were postponed"); none when the noun is no subject.
 */
function verbsAfter(v: View, from: number): number[] {
  const first = verbAfter(v, from);
  if (first < 0 || !relativeVerb(v, from, first)) return first < 0 ? [] : [first];
  const main = verbAfter(v, first + 1);
  return main < 0 ? [first] : [first, main];
}

/** True when a relative pronoun between `from` and the verb at `verb` opens a clause on the noun before it. */
function relativeVerb(v: View, from: number, verb: number): boolean {
  for (let k = from; k < verb; k++) if (relativeAt(v, k)) return true;
  return false;
}

/**
 * A relative pronoun with no subject after it ("that were postponed", "which had been set"), or with an actor as the
 * subject of an object relative ("drills that South Korea and the United States had planned").
 */
function relativeAt(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if ((isIn(t, v.w.relative) || is(v, t, v.b.subord)) && VERB_POS.has(v.toks[k + 1]?.pos ?? "")) return true;
  if (!isIn(t, v.w.relative) && t.lower !== "that") return false;
  const j = v.toks[k + 1]?.pos === "DET" ? k + 2 : k + 1;
  const g = v.groupAt[j] ?? -1;
  // The mention may take in its determiner ("that the EU had planned").
  const start = v.groups[g]?.tokStart ?? -1;
  if (g < 0 || start <= k || start > j || !VERB_POS.has(v.toks[v.groups[g]!.tokEnd]?.pos ?? "")) return false;
  // Its verb lacks an object ("had planned for August", "were due to hold in Almaty"); with one it is a complement
  // clause of the noun ("a pledge that Washington would consult Seoul").
  for (let q = v.groups[g]!.tokEnd; q < v.groups[g]!.tokEnd + GAP_WINDOW; q++) {
    if (v.toks[q]?.pos !== "VERB") continue;
    const next = v.toks[q + 1];
    return next === undefined || (!OBJECT_POS.has(next.pos) && (v.groupAt[q + 1] ?? -1) < 0);
  }
  return false;
}

/** The verb after a noun event that it is the subject of ("the talks ... were called off"), or -1. */
function verbAfter(v: View, from: number): number {
  // Up to 20 words besides the actors' names ("between South Korean President Moon Jae-in and Japanese ...").
  let aux = false;
  for (let k = from, words = 0; k < v.toks.length && words < 20; k++, words++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0) {
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    // "to open in Washington next week were postponed": an infinitive is not the verb.
    if (t.pos === "PART" && v.toks[k + 1]?.pos === "VERB" && v.toks[k - 1]?.pos !== "AUX") {
      k++;
      continue;
    }
    // "the summit planned for this month ... has been cancelled": a participle after a noun is not the verb.
    // "talks on resuming inspections": a gerund after a preposition is not the verb either.
    // "under the New START treaty": a capitalised word inside the sentence is a name, not the verb.
    if (
      t.pos === "VERB" &&
      !isName(v.toks, k) &&
      !(t.lower !== t.lemma && k > from && NOUNISH.has(v.toks[k - 1]!.pos)) &&
      v.toks[k - 1]?.pos !== "ADP"
    ) {
      // "drills by U.S. and South Korean forces planned for August have been called off", "a pact between Tokyo and
      // Manila set for next week was called off": a bare participle with an auxiliary and verb after it in the clause
      // is a reduced relative, not the verb; "a disputed boundary", "a Turkish-brokered framework" an adjective.
      const prev = v.toks[k - 1];
      const attributive = prev?.pos === "DET" || prev?.text === "-";
      if (!attributive && (prev?.pos === "AUX" || !finiteAfter(v, k + 1))) return k;
    }
    if (t.pos === "AUX") aux = true;
    // "talks that were later postponed": a relative clause on the noun (not on a noun after a copula: "were a blunder
    // that would hurt").
    if (!aux && relativeAt(v, k)) continue;
    // "talks between Russia and the United States were postponed", "drills planned by Iran, Russia and China were put
    // off": coordinated actors.
    if (listJoin(v, k) || phraseJoin(v, from, k)) continue;
    if (t.text === ",") {
      // Skip a comma-enclosed participle or relative clause: "the summit, scheduled for July, was cancelled".
      const next = v.toks[k + 1];
      const close = v.toks.findIndex((x, j) => j > k + 1 && x.text === ",");
      // "Modi's trip to Dhaka, due next month, was pushed back": an adjective phrase too.
      if (
        next &&
        close > 0 &&
        (next.pos === "VERB" || next.pos === "ADJ" || next.pos === "ADV" || isIn(next, v.w.relative))
      ) {
        k = close;
        continue;
      }
      // "..., drawing a protest from Beijing, which said it would ...": a relative clause that runs to the end is on
      // the noun before the comma.
      if (close < 0 && isIn(next, v.w.relative)) return -1;
    }
    // "that Seoul had hoped to host before the end of the year has been pushed back": a preposition, not a clause.
    if (t.pos === "ADP" && is(v, t, v.b.subord) && v.toks[k + 1]?.pos === "DET") {
      const end = phraseEnd(v, k + 1);
      if (!VERB_POS.has(v.toks[end]?.pos ?? "")) {
        k = end - 1;
        continue;
      }
    }
    if (v.w.barrier.has(t.text) || t.pos === "CCONJ" || is(v, t, v.b.subord)) return -1;
  }
  return -1;
}

/** True when an auxiliary followed by a verb comes after `k` in its clause ("... have been called off"). */
function finiteAfter(v: View, k: number): boolean {
  for (; k < v.toks.length - 1; k++) {
    const t = v.toks[k]!;
    // "planned by Iran, Russia and China were put off": actors and the words joining them are no clause boundary.
    const g = v.groupAt[k]!;
    if (g >= 0) {
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    if (listJoin(v, k)) continue;
    if (v.w.barrier.has(t.text) || t.pos === "CCONJ" || t.pos === "VERB") return false;
    if (t.pos === "AUX" && (v.toks[k + 1]!.pos === "VERB" || v.toks[k + 1]!.pos === "AUX")) return true;
  }
  return false;
}

/**
 * True when the token at `k` joins actors in a list: "and"/"or" between two, or a comma before one that another "and" or
 * comma follows ("Iran, Russia and China"); a comma after a fronted phrase ("with Modi, French President Macron said")
 * is no list.
 */
function listJoin(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if ((v.groupAt[k - 1] ?? -1) < 0 || !actorAfterDeterminers(v, k + 1)) return false;
  if (t.pos === "CCONJ") return true;
  if (t.text !== ",") return false;
  let j = k + 1;
  while (v.groupAt[j]! < 0 && j < v.toks.length) j++;
  const after = v.toks[v.groups[v.groupAt[j]!]!.tokEnd];
  return after !== undefined && (after.pos === "CCONJ" || after.text === ",");
}

/**
 * True when the "and"/"or" at `k` joins words inside the noun event's phrase that starts at `from`, not clauses: a
 * modifier before a noun ("talks over the security and economic agreement", "the fisheries and security pact") or a
 * possessive pronoun after an actor ("between the EU and Brazil and its Mercosur partners"); not after a verb ("talks
 * ended on Monday and new elections were postponed").
 */
function phraseJoin(v: View, from: number, k: number): boolean {
  const next = v.toks[k + 1];
  if (v.toks[k]!.pos !== "CCONJ" || next === undefined || v.toks[k - 1]?.text === ",") return false;
  if (v.toks.slice(from, k).some((t) => t.pos === "VERB")) return false;
  const modifier = (next.pos === "ADJ" || next.pos === "NOUN") && v.toks[k + 2]?.pos === "NOUN";
  return modifier || ((v.groupAt[k - 1] ?? -1) >= 0 && is(v, next, v.b.possessivePronoun));
}

/** True when an actor mention (at any of its words) stands at `k`, after determiners ("the United States"); `_match.ts` has a stricter actorNext. */
function actorAfterDeterminers(v: View, k: number): boolean {
  while (v.toks[k]?.pos === "DET" && (v.groupAt[k] ?? -1) < 0) k++;
  return (v.groupAt[k] ?? -1) >= 0;
}

/** A media word, or part of an actor mention coded as media (…MED). */
function isMedia(v: View, t: Token): boolean {
  if (isIn(t, v.w.media)) return true;
  const g = v.groupAt[t.i]!;
  return g >= 0 && v.groups[g]!.members.some((m) => m.code.includes("MED"));
}

/**
 * "Israel's foreign ministry rejected the report as distorted", "Moscow dismissed its report as biased": a report noun
 * that is the object of a verb other than a reporting one is a thing acted on, not the source of the sentence's acts.
 */
function rejectedReport(v: View, at: number, cue: StatusCue): boolean {
  const head = v.toks[at + cue.seq.length - 1];
  if (!cue.attribution || cue.seq.length > 2 || head?.pos !== "NOUN") return false;
  // "the report" may be the cue's own words or its determiner stand before it.
  let k = at;
  if (v.toks[k]!.pos !== "DET") k--;
  const det = v.toks[k];
  if (det === undefined || (det.pos !== "DET" && !isIn(det, v.w.possessive))) return false;
  const verb = v.toks[k - 1];
  return verb !== undefined && verb.pos === "VERB" && !is(v, verb, v.b.say);
}

/** Text after an attribution cue up to the next comma ("according to the Financial Times"). */
function attributedText(v: View, from: number): Attributed | null {
  const toks = v.toks;
  // "reported by the Financial Times": the agent word is not part of the outlet's name.
  let k = isIn(toks[from], v.w.agent) ? from + 1 : from;
  const parts: Token[] = [];
  // "according to a statement carried by its Amaq news agency": a participle with its agent names the reporter.
  const agentVerb = (i: number) => toks[i]!.pos === "VERB" && isIn(toks[i + 1], v.w.agent);
  while (
    k < toks.length &&
    !v.w.barrier.has(toks[k]!.text) &&
    (toks[k]!.pos !== "VERB" || agentVerb(k)) &&
    parts.length < 12
  ) {
    parts.push(toks[k]!);
    k++;
  }
  if (parts.length === 0) return null;
  const first = parts[0]!;
  const lastTok = parts.at(-1)!;
  const text = v.sent.text.slice(first.start - v.sent.start, lastTok.end - v.sent.start);
  return { text, media: parts.some((t) => isMedia(v, t)), from: first.i, to: lastTok.i + 1 };
}

/** The words a report is attributed to, whether they name a news outlet, and their token span. */
interface Attributed {
  readonly text: string;
  readonly media: boolean;
  readonly from: number;
  readonly to: number;
}

/** The words an attribution cue found at `at` points to: the reporting verb's subject or the words after the cue. */
function attributed(v: View, cue: StatusCue, at: number): Attributed | null {
  const subj = v.toks[at]!.pos === "VERB" ? subjectText(v, at) : null;
  return subj ?? attributedText(v, at + cue.seq.length);
}

/** The words before a reporting verb ("The New York Times reported"), up to the clause start. */
function subjectText(v: View, verb: number): Attributed | null {
  let k = subjectEndBefore(v, verb);
  const end = k;
  while (k >= 0 && !v.w.barrier.has(v.toks[k]!.text) && v.toks[k]!.pos !== "VERB" && end - k < 8) k--;
  if (end < k + 1) return null;
  const parts = v.toks.slice(k + 1, end + 1);
  const text = v.sent.text.slice(parts[0]!.start - v.sent.start, parts.at(-1)!.end - v.sent.start);
  return { text, media: parts.some((t) => isMedia(v, t)), from: k + 1, to: end + 1 };
}

/**
 * True when the token at `k` stands in a relative clause (", which Maduro claimed to have won", ", whom a UN panel
 * says are backed by ...", ", which has killed 9,000 people according to ...") that does not hold the trigger `i`: a
 * report there is about the clause's own words.
 */
export function otherRelative(v: View, k: number, i: number): boolean {
  const a = v.asideAt[k] ?? -1;
  return a >= 0 && v.asideAt[i] !== a && isIn(v.toks[v.asides[a]![0]], v.w.relative);
}

/** True when an outlet's words name an owner: an actor ("the Saudi Press Agency") or a possessive ("its news agency"). */
function ownedOutlet(v: View, who: Attributed): boolean {
  // "Russian news agencies", "Iranian media": a country's press at large is not its state's voice; "Turkish state
  // media", "state television" are.
  let state = false;
  for (let k = who.from; k < who.to && !state; k++) state = stateOutletWord(v, k);
  const head = v.toks[who.to - 1]!;
  const single = state || (head.lemma === head.lower && head.lower !== "media");
  // "the Times of Israel" names a place after the outlet, not its owner.
  for (let k = who.from; k < who.to && !isIn(v.toks[k], v.w.media); k++)
    if (((v.groupAt[k] ?? -1) >= 0 && single) || isIn(v.toks[k], v.w.ownReport)) return true;
  return state;
}

/** A `_STATE_OUTLET` word at `k` in lower case ("state media", "Turkish state television"; not "the Islamic State"). */
export function stateOutletWord(v: View, k: number): boolean {
  const t = v.toks[k]!;
  return t.text === t.lower && isIn(t, v.w.stateOutlet);
}

// Named closures made per call run esbuild's __name under tsx (keepNames): this helper stands at top level.
/** A scan callback that collects the statuses of the cues it is given. */
function collector(found: EventStatus[]): (c: StatusCue) => void {
  return (c) => {
    found.push(c.status);
  };
}

/**
 * Scans the auxiliary chain before a verb for "before" cues; in a clause a past reporting verb introduces ("China said on Friday it
 * would impose ..."), a backshift cue replaces the other cues on its words (reported "would" is a future, not a
 * condition).
 */
function scanChain(
  v: View,
  cues: CueIndex,
  verb: number,
  add: (c: StatusCue) => void,
  shift = false,
  now = false,
): void {
  const start = chainStart(v, verb, cues.chainWords);
  if (!shift || !reportedClause(v, start)) {
    scan(v.toks, cues.before, start, verb, add);
    return;
  }
  const shifted = new Set<number>();
  // `now`: "said it would reject any contact" refuses at once; the reported "would" is no plan.
  scan(v.toks, cues.backshift, start, verb, (c, at) => {
    shifted.add(at);
    if (!now) add(c);
  });
  scan(v.toks, cues.before, start, verb, (c, at) => {
    if (!shifted.has(at)) add(c);
  });
}

/**
 * True when the clause whose chain starts at `start` is reported by a past-tense reporting verb before its subject, or
 * continues such a clause after "and" ("said it would impose tariffs and would investigate Google", "said it had
 * suspended cooperation, and that it would bar inspectors"); `coord` false stops at one such step.
 */
function reportedClause(v: View, start: number, coord = true): boolean {
  let k = start - 1;
  // "..., and would investigate Google": a chain right after "and" continues the clause before it.
  if (coord && is(v, v.toks[k], v.b.and)) return reportedBefore(v, k);
  const g = v.groupAt[k] ?? -1;
  if (g >= 0) {
    k = v.groups[g]!.tokStart - 1;
    if (k < 0) return false;
    // "said his government would restore ties": "government" is resolved, its possessive pronoun is not.
    if (v.toks[k]?.pos === "PRON" && isIn(v.toks[k], v.w.possessive)) k--;
  } else if (v.toks[k]?.pos === "PRON") k--;
  // "said his government would ignore ...": a possessive pronoun and its noun.
  else if (v.toks[k]?.pos === "NOUN" && isIn(v.toks[k - 1], v.w.possessive)) k -= 2;
  else return false;
  if (k < 0) return false;
  // "a ceasefire under which Israeli troops would withdraw", "a deal whereby Tokyo would ...": the terms of an
  // agreement are reported content too, so their "would" is a plan.
  if (v.toks[k]?.lower === "whereby" || (v.toks[k]?.lower === "which" && v.toks[k - 1]?.lower === "under"))
    return true;
  // "said Moscow would pay and Kyiv would ...": a second clause of the same report (not after a comma: ", and the
  // United States would ..." opens the writer's own).
  if (coord && is(v, v.toks[k], v.b.and) && v.toks[k - 1]?.text !== ",") return reportedBefore(v, k);
  if (v.toks[k]?.lower === "that") {
    k--;
    // "said ..., and that it would bar inspectors": a second complement of the same reporting verb.
    if (coord && is(v, v.toks[k], v.b.and)) return reportedBefore(v, k);
  }
  // "said on Friday it would ...", "said in Riyadh on Tuesday that he would", "said after meeting Xi in Busan that he
  // would": prepositional phrases (a gerund's among them) may follow the reporting verb; "a day after announcing
  // that ..." ends at the reporting gerund itself.
  for (let n = 0; n < 8 && k > 0 && adjunctWord(v, k) && !reportingVerb(v, v.toks[k]!); n++) k--;
  const t = v.toks[k];
  return t !== undefined && reportingVerb(v, t);
}

/**
 * A reporting verb in the past or a participle ("said", "announced", "announcing"), not its base form; a verb that
 * tells its addressee ("informed Ankara that it would halt deliveries", "notified") reports as "told" does.
 */
function reportingVerb(v: View, t: Token): boolean {
  if (t.pos === "VERB") return (is(v, t, v.b.say) || isIn(t, v.w.addresseeSay)) && t.lower !== t.lemma;
  // "Russia informed Turkey that ...": the tagger may read the past form before a name as an adjective.
  return t.pos === "ADJ" && t.lower.endsWith("ed") && isIn(t, v.w.addresseeSay);
}

/**
 * True when the clause before the "and" at `and` (back to a ";" or at most 30 words) holds a chain of auxiliaries that
 * a reporting verb introduces ("said it would impose tariffs on coal, and would ..."), or is itself the reporting
 * verb's first complement ("said it had suspended cooperation, and that ...").
 */
function reportedBefore(v: View, and: number): boolean {
  for (let k = and - 1; k >= 0 && and - k <= 30; k--) {
    const t = v.toks[k]!;
    if (t.text === ";" || is(v, t, v.b.subord)) return false;
    if (t.pos !== "AUX" || VERB_POS.has(v.toks[k - 1]?.pos ?? "")) continue;
    return reportedClause(v, k, false);
  }
  return false;
}

/** Tags of a noun phrase and its prepositional adjuncts ("a pact in Manila on Monday"). */
export const ADJUNCT_POS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** A word of a prepositional phrase between a reporting verb and its clause: an actor, a noun-phrase word, a gerund. */
function adjunctWord(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if ((v.groupAt[k] ?? -1) >= 0 || ADJUNCT_POS.has(t.pos)) return true;
  return t.pos === "VERB" && t.lower.endsWith("ing") && v.toks[k - 1]?.pos === "ADP";
}

/**
 * "said it would impose tariffs if ...": a condition ("if", "unless") after the act in its own clause keeps its
 * "would" hypothetical; "whether" is no condition, and one past ", and" or ";" belongs to another clause.
 */
function conditionAfter(v: View, sc: SentenceCues, i: number): boolean {
  return sc.clause.some(({ at }) => {
    if (at <= i || !isIn(v.toks[at], v.w.condition)) return false;
    for (let k = i + 1; k < at; k++)
      if (v.toks[k]!.text === ";" || (v.toks[k]!.text === "," && v.toks[k + 1]?.pos === "CCONJ"))
        return false;
    return true;
  });
}

const PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);

/** True when the token at `k` is a word of a noun phrase: an actor mention or a determiner, adjective, noun, number, pronoun. */
function phraseWord(v: View, k: number): boolean {
  const t = v.toks[k];
  // "a closed-door briefing": a hyphen inside a compound word.
  return (v.groupAt[k] ?? -1) >= 0 || PHRASE_POS.has(t?.pos ?? "") || t?.text === "-";
}

/** Where the noun phrase ending before the noun at `i` starts: its words, actors and possessives, ten at most. */
function phraseStart(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 10 && (phraseWord(v, k) || isIn(v.toks[k], v.w.possessive))) k--;
  return k + 1;
}

/** True at the end of the sentence or at punctuation that ends a clause. */
function clauseEnd(v: View, q: number): boolean {
  const t = v.toks[q];
  return t === undefined || t.text === "." || v.w.barrier.has(t.text);
}

/** The end of the noun phrase that starts at `q`; an attributive participle inside it counts ("a closed-door briefing"). */
function phraseEnd(v: View, q: number): number {
  const toks = v.toks;
  while (
    q < toks.length &&
    (phraseWord(v, q) || (toks[q]!.pos === "VERB" && q > 0 && phraseWord(v, q - 1) && phraseWord(v, q + 1)))
  )
    q++;
  return q;
}

/**
 * True when a reporting verb after an act reports it ("..., the ministry said", "..., Fidan told reporters on Friday",
 * "..., Putin said in a televised address, describing ..."); false when the verb has a complement of its own ("a move
 * that Seoul said it regretted", "a step the UN said violated ...", "aid groups reported mass killings of ...") or its
 * subject opens a clause coordinated after the act ("..., and the UN said it had received reports", "and no casualties
 * were reported"): such a sayer reports its own clause, not the act before it.
 */
export function trailingReport(v: View, k: number): boolean {
  const toks = v.toks;
  // The subject: words of a noun phrase before the verb and its auxiliaries, after a coordinator that opens a clause.
  let j = k - 1;
  while (j >= 0 && (toks[j]!.pos === "AUX" || toks[j]!.pos === "ADV")) j--;
  const end = j;
  // ", a step Beijing said violated trade rules": the sayer of a relative clause on a summary noun judges the act
  // before the comma; it does not report it.
  const sayer = v.groupAt[end] ?? -1;
  if (sayer >= 0 && tokAt(v, summaryNoun(v, sayer)?.before ?? -1)?.text === ",") return false;
  while (j >= 0 && phraseWord(v, j)) j--;
  // "..., according to rescue workers", ", citing officials": a participle with no subject after a comma attributes
  // the act before it; "condemned the invasion and announced sanctions": a verb after "and" is coordinated with it.
  // "responded by announcing drills": a gerund after a preposition is no participle clause either.
  if (j === end) return v.w.barrier.has(toks[j]?.text ?? "");
  const c = toks[j];
  if (c?.text === ";" || (c?.pos === "CCONJ" && (toks[j - 1]?.text === "," || !phraseWord(v, j - 1))))
    return false;
  // After the verb: adverbs, prepositional phrases and one short object ("told reporters") up to the clause end or an
  // adverbial clause ("said on Wednesday as it announced sanctions").
  let object = false;
  for (let q = k + 1; q < toks.length; ) {
    const t = toks[q]!;
    if (clauseEnd(v, q)) return true;
    if (is(v, t, v.b.subord) && t.lower !== "that") return true;
    if (t.pos === "ADV") q++;
    else if (t.pos === "ADP" || t.pos === "PART") {
      // A prepositional phrase runs to the clause end, a subordinator or an auxiliary ("said on Friday it would ...").
      q++;
      while (q < toks.length && !clauseEnd(v, q) && !is(v, toks[q], v.b.subord) && toks[q]!.pos !== "AUX")
        q++;
    } else if (!object && phraseWord(v, q)) {
      object = true;
      q = phraseEnd(v, q);
      const next = toks[q];
      if (
        !clauseEnd(v, q) &&
        next!.pos !== "ADP" &&
        next!.pos !== "PART" &&
        next!.pos !== "ADV" &&
        !is(v, next, v.b.subord)
      )
        return false;
    } else return false;
  }
  return true;
}

const OBJECT_START = new Set(["DET", "NOUN", "ADJ", "NUM"]);

/**
 * True when a reporting verb takes an object of its own ("declared war on Israel", "claimed the attack", "added 140
 * companies to its blacklist"): it does an act and reports none. Not the addressee of "told reporters", a time phrase
 * ("said last week") or the subject of a reported clause ("said the strike killed ten", "announced the talks had ...").
 */
export function sayWithObject(v: View, k: number): boolean {
  if (isIn(v.toks[k], v.w.addresseeSay)) return false;
  let q = k + 1;
  while (v.toks[q]?.pos === "ADV") q++;
  if (!OBJECT_START.has(v.toks[q]?.pos ?? "")) return false;
  let end = phraseEnd(v, q);
  if (isIn(v.toks[end - 1], v.w.duration)) return false;
  let next = v.toks[end];
  if (next === undefined || next.text === ".") return true;
  if (next.pos !== "ADP" || is(v, next, v.b.subord)) return false;
  // "said the assault on the border post was launched by ...": prepositional phrases on a reported clause's subject.
  while (next?.pos === "ADP" && !is(v, next, v.b.subord)) {
    end = phraseEnd(v, end + 1);
    next = v.toks[end];
  }
  return next === undefined || !VERB_POS.has(next.pos);
}

/**
 * True when a reporting verb at `k` ends its clause before `to` (", state media reported, after ...", ", the agency
 * said on Thursday, weeks after ..."): only adverbs and prepositional phrases come between it and a comma or ";".
 */
function closesClause(v: View, k: number, to: number): boolean {
  let q = k + 1;
  while (q < to && (v.toks[q]!.pos === "ADV" || v.toks[q]!.pos === "ADP")) {
    q = v.toks[q]!.pos === "ADV" ? q + 1 : phraseEnd(v, q + 1);
  }
  const t = v.toks[q];
  return q < to && t !== undefined && (t.text === "," || t.text === ";") && trailingReport(v, k);
}

/** Base forms the lemmatiser reads as the past of another verb ("lay down its arms": "lie"; "found a party": "find"). */
const PAST_LOOKALIKE = new Set(["lay", "found"]);

/**
 * A verb in its base form, also where the lemmatiser reads it otherwise: "lay down its arms" (lemma "lie"), British
 * "recognise" (lemma "recognize"). Not an irregular past ("would not tolerate the coup and gave the junta a week").
 */
function bareForm(t: Token): boolean {
  if (t.lower === t.lemma || PAST_LOOKALIKE.has(t.lower)) return true;
  return /[iy]se$/.test(t.lower) && t.lemma === `${t.lower.slice(0, -2)}ze`;
}

/**
 * The verb a bare verb is coordinated with ("would expel 60 diplomats and close the consulate", "will dissolve itself
 * and lay down its arms"), within its clause, or -1: the verb at `verb` is in its base form right after "and"/"or".
 */
function coordinatedVerb(v: View, start: number, verb: number): number {
  const t = v.toks[verb]!;
  if (start !== verb || !bareForm(t) || !is(v, v.toks[verb - 1], v.b.and)) return -1;
  for (let k = verb - 2; k >= 0 && verb - k <= 12; k--) {
    const w = v.toks[k]!;
    // "will host Chinese warships as part of the drills and hold talks": a subordinator followed by no verb opened no
    // clause, so the verb before it is still the one coordinated.
    if (is(v, w, v.b.subord) && !verbBetween(v, k + 1, verb - 1)) continue;
    if (v.w.barrier.has(w.text) || is(v, w, v.b.subord) || w.pos === "AUX") return -1;
    // "would lift its pause on intelligence sharing and resume ...": a gerund in the object is no coordinated verb.
    if (w.pos === "VERB" && w.lower !== w.lemma && w.lower.endsWith("ing")) continue;
    if (w.pos === "VERB" && (v.groupAt[k] ?? -1) < 0) return w.lower === w.lemma ? k : -1;
  }
  return -1;
}

/**
 * True when the noun event at `i` heads the verb's object ("approve a resolution", "execute an arrest warrant"), with
 * no owner ("accepted Seoul's offers") and no preposition ("deliver most of the weapons it promised") between.
 */
function directObject(v: View, verb: number, i: number): boolean {
  for (let k = verb + 1; k < i; k++)
    if (!phraseWord(v, k) || isIn(v.toks[k], v.w.possessive) || (v.groupAt[k] ?? -1) >= 0) return false;
  return true;
}

/** Whether a negation cue stands in the auxiliary chain before a verb ("has not ruled out"). */
export function negatedBefore(v: View, cues: CueIndex, verb: number): boolean {
  let neg = false;
  scanChain(v, cues, verb, (c) => {
    if (c.status === "negated") neg = true;
  });
  return neg;
}

/** Statuses of a future or modal cue: the act is in prospect ("would respond", "will retaliate"). */
const PROSPECT_STATUS: ReadonlySet<EventStatus> = new Set(["scheduled", "hypothetical"]);

/** True when a future or modal cue, and no negation, stands in the auxiliary chain before the verb at `verb`. */
export function prospectBefore(v: View, cues: CueIndex, verb: number): boolean {
  let prospect = false;
  let neg = false;
  scanChain(
    v,
    cues,
    verb,
    (c) => {
      if (c.status === "negated") neg = true;
      else if (PROSPECT_STATUS.has(c.status)) prospect = true;
    },
    true,
  );
  return prospect && !neg;
}

/** A verb used as a noun after a determiner ("a planned signing of a minerals deal was called off", "the signing"). */
export function verbAsNoun(v: View, i: number): boolean {
  const p = v.toks[i - 1];
  if (p?.pos === "DET") return true;
  // "put off its signing of the pact", "France's planned signing of a deal was called off": a gerund an owner holds
  // is a noun, whose fate the verb governing it tells.
  const owner = p?.pos === "ADJ" || p?.pos === "VERB" ? v.toks[i - 2] : p;
  if (v.toks[i]!.lower.endsWith("ing") && isIn(owner, v.w.possessive) && owner?.lower !== "her") return true;
  return (p?.pos === "ADJ" || p?.pos === "VERB") && v.toks[i - 2]?.pos === "DET";
}

/** True when a named actor's possessive stands right before the noun at `i` ("Israel's attacks", "its strikes" no). */
function ownedBefore(v: View, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NOUN") && (v.groupAt[k] ?? -1) < 0) k--;
  return isIn(v.toks[k], v.w.possessive) && v.toks[k]!.pos !== "PRON" && (v.groupAt[k - 1] ?? -1) >= 0;
}

/**
 * The verb an infinitive of purpose at `i` serves ("travel to Buenos Aires next week to sign", "send a mission to
 * investigate"), or -1: "to" after a noun phrase or adverb, not after an actor right behind its verb ("asked Kabul to").
 */
function purposeOf(v: View, i: number): number {
  const to = i - 1;
  if (v.toks[to]?.lower !== "to" || v.toks[to]!.pos !== "PART") return -1;
  const p = v.toks[to - 1];
  if (!p || !(p.pos === "NOUN" || p.pos === "PROPN" || p.pos === "ADV" || p.pos === "NUM")) return -1;
  // "would expel 23 diplomats in retaliation for Britain's decision to expel Russian envoys": another's decided act
  // serves no verb before it.
  if (decisionOwner(v, i) >= 0) return -1;
  const g = v.groupAt[to - 1] ?? -1;
  if (g >= 0 && VERB_POS.has(v.toks[v.groups[g]!.tokStart - 1]?.pos ?? "")) return -1;
  for (let k = to - 2; k >= 0 && to - k <= 12; k--) {
    const t = v.toks[k]!;
    if (v.w.barrier.has(t.text) || t.pos === "CCONJ" || is(v, t, v.b.subord)) return -1;
    if ((v.groupAt[k] ?? -1) < 0 && t.pos === "VERB") return k;
  }
  return -1;
}

/** True when the token at `i` stands in a relative clause on a noun phrase with "any" ("any drone that enters"). */
function prospectRelative(v: View, i: number): boolean {
  for (let k = i - 1; k > 0 && i - k <= 8; k--) {
    const t = v.toks[k]!;
    if (v.w.barrier.has(t.text)) return false;
    if (!isIn(t, v.w.relative) && t.lower !== "that") continue;
    // The antecedent with its prepositional modifiers ("any drone from Russia that ...").
    for (let j = k - 1; j >= 0 && k - j <= 6 && (phraseWord(v, j) || v.toks[j]!.pos === "ADP"); j--)
      if (isIn(v.toks[j], v.w.freeChoice)) return true;
    return false;
  }
  return false;
}

/** True when the noun at `i` heads the object of a place preposition ("in their phone call", "at the summit"). */
function inPlacePhrase(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (phraseWord(v, k) || isIn(v.toks[k], v.w.possessive)) && !isIn(v.toks[k], v.w.placePrep))
    k--;
  return k >= 0 && isIn(v.toks[k], v.w.placePrep);
}

/** Statuses an ifnegated pattern's chain states with its negation ("would not", "will never"): the act is its own. */
const STATED_BY_NEGATION: ReadonlySet<EventStatus> = new Set(["negated", "scheduled", "hypothetical"]);

const CALLED_OFF: ReadonlySet<EventStatus> = new Set(["cancelled", "postponed"]);

/**
 * The verb a noun is subject of when the verb at `i` (its act ending at `last`) stands in a relative clause on it ("a
 * meeting that Washington had planned to host ... was postponed", "a summit ..., which Seoul had hoped to host, has
 * been put off"); or -1.
 */
function mainAfterRelative(v: View, i: number, last: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = v.toks[k]!;
    if (t.text === ";" || t.text === ",") return -1;
    if (!isIn(t, v.w.relative) && t.lower !== "that") continue;
    const p = v.toks[k - 1];
    if (p?.pos === "NOUN" || p?.pos === "PROPN") return verbAfter(v, last + 1);
    // "A summit in Luanda at which Lourenco was to host Tshisekedi and Kagame was cancelled": a preposition before
    // the relative word, right after the noun.
    const n = v.toks[k - 2];
    if (p?.pos === "ADP" && t.lower === "which" && (n?.pos === "NOUN" || n?.pos === "PROPN"))
      return verbAfter(v, last + 1);
    if (p?.text !== ",") return -1;
    // ", which ... ,": the noun's verb follows the clause's closing comma.
    const close = v.toks.findIndex((x, j) => j > last && x.text === ",");
    return close > 0 ? verbAfter(v, close + 1) : -1;
  }
  return -1;
}

/**
 * ", a plan that drew condemnation from ECOWAS", ", in a move welcomed by Washington", ", in an advisory opinion that
 * Netanyahu denounced": the comma opening a noun phrase that sums up the clause before it, with the act at `i` in the
 * phrase's relative or participle clause (the writer's words, not an earlier sayer's); or -1.
 */
export function summaryPhrase(v: View, i: number): number {
  let c = i - 1;
  while (c >= 0 && v.toks[c]!.text !== "," && !v.w.barrier.has(v.toks[c]!.text)) c--;
  if (c < 0 || v.toks[c]!.text !== ",") return -1;
  let k = c + 1;
  if (v.toks[k]?.pos === "ADP" && !is(v, v.toks[k], v.b.subord)) k++;
  if (v.toks[k]?.pos !== "DET" || (v.groupAt[k] ?? -1) >= 0) return -1;
  while (v.toks[k]?.pos === "DET" || v.toks[k]?.pos === "ADJ") k++;
  const head = k;
  while (v.toks[k]?.pos === "NOUN" && (v.groupAt[k] ?? -1) < 0) k++;
  if (k === head || k > i) return -1;
  const t = v.toks[k];
  // "that/which ...", "welcomed by ...", "Beijing called ...": a clause on the noun.
  const clause =
    is(v, t, v.b.relative) || t?.lower === "that" || t?.pos === "VERB" || (v.groupAt[k] ?? -1) >= 0;
  return clause ? c : -1;
}

/**
 * "Neither China nor Russia attended", "after neither side agreed", "neither the government nor the RSF was invited":
 * a `_NEITHER` word before the verb at `verb`, in its clause with no other verb between, leads the verb's subject.
 */
function neitherSubject(v: View, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 16; k--) {
    const t = v.toks[k]!;
    // "Kyiv neither confirmed nor denied": a verb right after the word is no subject's.
    if (isIn(t, v.w.neither)) return !VERB_POS.has(v.toks[k + 1]?.pos ?? "");
    if (v.w.barrier.has(t.text) || is(v, t, v.b.relative) || is(v, t, v.b.subord)) return false;
    // "the army-led government": a participle joined by a hyphen to a noun is an adjective.
    if (t.pos === "VERB" && v.toks[k - 1]?.text !== "-") return false;
  }
  return false;
}

/** True when CAMEO `code` or a prefix of it is listed in `@stated-now` ("123" covers "1232"). */
function statedNow(cues: CueIndex, code: string): boolean {
  for (const p of cues.statedNow) if (code.startsWith(p)) return true;
  return false;
}

/** Is the noun at `i` the object of the verb at `verb`, owned or not ("moved her visit", "put Xi's trip")? */
function movedObject(v: View, verb: number, i: number): boolean {
  for (let k = verb + 1; k < i; k++)
    if (
      !phraseWord(v, k) &&
      !isIn(v.toks[k], v.w.possessive) &&
      (v.groupAt[k] ?? -1) < 0 &&
      v.toks[k]!.lower !== "'s"
    )
      return false;
  return true;
}

/** Words that move a date: "to", "until", "till" ("moved to a later date"; "at a later date" sets one). */
const TO_DATE = new Set(["to", "until", "till"]);

/**
 * "to a later date", "until a later time" within a few words after `from` (an object's end or a verb), before any
 * comma or other verb: the act named before it is put off.
 */
function laterDate(v: View, from: number): boolean {
  const toks = v.toks;
  for (let k = from; k < from + 8 && k + 3 < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === "," || t.text === ";" || (k > from && (t.pos === "VERB" || t.pos === "AUX"))) return false;
    if (
      TO_DATE.has(t.lower) &&
      toks[k + 1]!.lower === "a" &&
      toks[k + 2]!.lower === "later" &&
      (toks[k + 3]!.lower === "date" || toks[k + 3]!.lower === "time")
    )
      return true;
  }
  return false;
}

/** Decides an event's status from the pattern, the words around the trigger and the sentence. */
export function findStatus(
  v: View,
  m: Match,
  cues: CueIndex,
  sc: SentenceCues,
  plover?: string,
  code?: string,
): StatusResult {
  const toks = v.toks;
  const found: EventStatus[] = [];
  const add = collector(found);
  if (m.pattern.status) found.push(m.pattern.status);
  if (!m.pattern.noun && !m.pattern.ifNegated && neitherSubject(v, m.trigger)) found.push("negated");
  // "would not rule out force": an ifnegated pattern's negation is its meaning, not the act's status; "said it would
  // not cooperate with the inquiry" refuses now, so the future or modal before the negation is the refusal's too.
  if (m.pattern.ifNegated)
    scanChain(
      v,
      cues,
      m.trigger,
      (c) => !STATED_BY_NEGATION.has(c.status) && found.push(c.status),
      !conditionAfter(v, sc, m.trigger),
    );
  // "said it would impose tariffs if ...": a condition after the act keeps its "would" hypothetical.
  else if (!m.pattern.noun && !verbAsNoun(v, m.trigger)) {
    const now = code !== undefined && statedNow(cues, code);
    scanChain(v, cues, m.trigger, add, !conditionAfter(v, sc, m.trigger), now);
    // "will expel the attache and impose restrictions": a bare verb after "and" shares the chain of the verb before.
    const first = coordinatedVerb(v, chainStart(v, m.trigger, cues.chainWords), m.trigger);
    if (first >= 0) scanChain(v, cues, first, add, !conditionAfter(v, sc, m.trigger));
    // "will travel to Buenos Aires next week to sign ...", "did not travel to Istanbul to meet ...": so does an
    // infinitive of purpose the chain of the verb it serves.
    const served = purposeOf(v, m.trigger);
    if (served >= 0) scanChain(v, cues, served, add, !conditionAfter(v, sc, m.trigger));
    // "a summit, which Seoul had hoped to host, has been put off": the noun's fate is the act's.
    const main = mainAfterRelative(v, m.trigger, m.last);
    if (main >= 0)
      scan(toks, cues.govern, chainStart(v, main, cues.chainWords), main + 3, (c, at) => {
        if (at <= main && at + c.seq.length > main && CALLED_OFF.has(c.status)) found.push(c.status);
      });
  } else {
    // The verb before governs only a direct object ("postponed the visit", not "failed to sign ... at the summit").
    const before = verbBefore(v, m.trigger, true);
    // "approved the possible sale of jets": a decision on an act in prospect is the act (an arms sale notified).
    const decided = before >= 0 && isIn(toks[before], v.w.decide) && directObject(v, before, m.trigger);
    // "might next launch an offensive": a modifier stands in the noun's phrase, with no verb between; "ahead of
    // large-scale Russian-Belarusian drills", "ahead of Premier Li Qiang's visit": right before the phrase's words.
    const np = phraseStart(v, m.trigger);
    scan(toks, cues.modifier, Math.min(np - 3, m.trigger - 3), m.trigger, (c, at) => {
      if (at < m.trigger - 3 && at + c.seq.length !== np) return;
      if (decided && c.status === "hypothetical") return;
      if (c.plover !== null && c.plover !== plover) return;
      if (!verbBetween(v, at + c.seq.length, m.trigger)) found.push(c.status);
    });
    // "urged Putin in their first phone call to make ...": a noun event in a place or occasion phrase is no subject.
    const after = inPlacePhrase(v, m.trigger) ? [] : verbsAfter(v, m.last + 1);
    // "announced the suspension of its cooperation with the IAEA": an act noun read as its verb (no noun pattern) is
    // done as it is announced; the verb's own chain ("will announce", "did not announce") is its status.
    const announced =
      !m.pattern.noun && before >= 0 && isIn(toks[before], v.w.announceAct) && directObject(v, before, m.trigger);
    for (const g of [before, ...after]) {
      if (g < 0 || (announced && g === before)) continue;
      scan(toks, cues.govern, chainStart(v, g, cues.chainWords), g + 3, (c, at) => {
        if (at <= g && at + c.seq.length > g) found.push(c.status);
      });
    }
    // "moved its visit to a later date", "the talks were pushed until a later date": the act is put off, whatever the
    // verb that moves it.
    if (
      (before >= 0 && movedObject(v, before, m.trigger) && laterDate(v, m.last + 1)) ||
      after.some((g) => laterDate(v, g + 1))
    )
      found.push("postponed");
    // "the talks will not resume": the chain before the verb the noun event is subject of.
    for (const g of after) scanChain(v, cues, g, add, !conditionAfter(v, sc, g));
    // "said it would resume talks with Pyongyang", "could resume talks": talks (a reciprocal noun event) take the chain
    // before the verb they are the object of; not an owned act ("has not condemned Russia's invasion").
    if (before >= 0 && m.pattern.recip) scanChain(v, cues, before, add, !conditionAfter(v, sc, m.trigger));
    // "failed to approve a resolution urging ...", "failed to execute an arrest warrant": an act named as the object
    // of a negated verb did not happen (not an owned one: "has not condemned Russia's invasion").
    // "might launch an offensive", "has not imposed sanctions": a verb that performs the act shares its whole chain.
    else if (before >= 0 && directObject(v, before, m.trigger))
      scanChain(
        v,
        cues,
        before,
        (c) => {
          if (c.status === "negated" || isIn(toks[before], v.w.perform) || announced) found.push(c.status);
        },
        !conditionAfter(v, sc, m.trigger),
      );
    // "the cancellation of the summit": the noun before "of" governs the event.
    const ofAt = m.trigger - 1 - (toks[m.trigger - 1]?.pos === "DET" ? 1 : 0);
    if (toks[ofAt]?.lower === "of") scan(toks, cues.govern, ofAt - 1, ofAt, add);
  }
  // "would shoot down any drone that enters its airspace": an act in a relative clause on "any X" is in prospect.
  if (prospectRelative(v, m.trigger)) found.push("hypothetical");
  // "Should Azerbaijan attack Armenia, …", "Had Russia attacked Finland, …": the act of an inverted condition.
  if (v.frontEnd > m.trigger && invertedCondition(toks, v.groupAt)) found.push("hypothetical");
  // "if Russia invaded Ukraine": a conditional cue before the trigger, in the same clause.
  // "if the United States joined Israel's attacks": acts a named actor owns are known facts in the condition (not a
  // single act in prospect: "if Prague went ahead with the speaker's trip").
  const head = toks[m.trigger]!;
  const known = m.pattern.noun && head.lemma !== head.lower && ownedBefore(v, m.trigger);
  for (const { cue, at } of sc.clause)
    if (!known && at < m.trigger && !toks.slice(at, m.trigger).some((t) => t.text === "," || t.text === ";"))
      found.push(cue.status);
  let claimant: string | null = null;
  let outlet: string | null = null;
  let reportSpans: [number, number][] | null = [];
  // ", a finding Israel's foreign ministry rejected as false": the writer's summary after a reported clause.
  const summary = summaryPhrase(v, m.trigger);
  for (const { cue, at } of sc.sentence) {
    if (at < summary) continue;
    // "a UN commission of inquiry concluded that ...": a cue whose words hold the trigger is the act, not its report.
    if (at + cue.seq.length > m.trigger && at <= m.last) continue;
    // "..., and aid groups reported mass killings": a reporting verb after the act with its own clause reports that.
    if (at > m.last && toks[at]!.pos === "VERB" && !trailingReport(v, at)) continue;
    if (otherRelative(v, at, m.trigger)) continue;
    if (rejectedReport(v, at, cue)) continue;
    // "Kim ordered ..., state media reported, after Washington and Seoul began joint drills": a reporting verb that
    // closes the clause before the act reports that clause, not the writer's background after it.
    const verb = at + cue.seq.length - 1;
    if (verb < m.trigger && toks[verb]!.pos === "VERB" && closesClause(v, verb, m.trigger)) continue;
    found.push(cue.status);
    if (cue.status !== "reported") continue;
    const who = cue.attribution ? attributed(v, cue, at) : null;
    if (who && claimant === null && outlet === null)
      if (who.media) outlet = who.text;
      else claimant = who.text;
    // "its Amaq news agency", "the Saudi Press Agency": an outlet owned by a party may be its own report.
    if (who === null || (who.media && !ownedOutlet(v, who))) reportSpans = null;
    else reportSpans?.push([who.from, who.to]);
  }
  let best: EventStatus = "occurred";
  let bestRank = Number.POSITIVE_INFINITY;
  for (const s of found) {
    const r = cues.rank.get(s) ?? Number.POSITIVE_INFINITY - 1;
    if (r < bestRank) {
      best = s;
      bestRank = r;
    }
  }
  return { status: best, claimant, outlet, reportSpans };
}
