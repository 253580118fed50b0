import type { Token } from "../core/index.js";
import type { VerbModel } from "../dict/index.js";

type Pattern = VerbModel["patterns"][number];

import { elaborating, includedAfter, requester, servesRequester } from "./_args.js";
import { attachedEnd } from "./_chunks.js";
import { sharedObjectVerb } from "./_shared.js";
import { adjunctSpanEnd } from "./_time-place.js";
import {
  ANY_OWNER,
  absoluteActor,
  adjunctNameBefore,
  complementedHead,
  hyphenated,
  inquirySubject,
  is,
  isIn,
  isPassive,
  type Lexicon,
  ownedSubjectSpan,
  pairAlone,
  participleAfterVerb,
  reducedRelativeAgent,
  type TokenWords,
  type View,
  type WordEntry,
} from "./_view.js";

/** A pattern matched at a trigger token. */
export interface Match {
  readonly pattern: Pattern;
  readonly trigger: number;
  /** Last token the pattern consumed. */
  readonly last: number;
  /** Group matched by the TGT slot, or -1. */
  readonly targetGroup: number;
  /** End (exclusive) of the range whose triggers this match suppresses. */
  readonly spanEnd: number;
  /** Pattern specificity, less a penalty when the TGT slot found no actor. */
  readonly score: number;
  /** The pattern list the match came from and its voice, to find the runner-up when this one finds no actor pair. */
  readonly list: readonly Pattern[];
  readonly passive: boolean;
  /** The TGT slot holds a noun phrase that names no actor ("urged its citizens to"): the act has no target. */
  readonly unnamed?: boolean;
  /** "arrested and later deported a diplomat": the last coordinated verb whose object this verb's pattern shares. */
  readonly shared?: number;
}

/** "-ing" forms of warning verbs that the tagger reads as nouns after a comma (", warning of sanctions"). */
const WARNING_FORMS = new Set(["warning", "cautioning"]);
/** The prepositions that open what a warning participle warns of. */
const WARNED_OF = new Set(["of", "against"]);
/** Score lost when a pattern's TGT slot is skipped (the target is then searched for as usual). */
const MISSED_SLOT_PENALTY = 6;
/** "M23 rebels captured Goma": a place in the slot of a `territory` pattern outranks a tie ("seize TGT" → 171). */
const TERRITORY_BONUS = 1;

/** Most filler tokens allowed between two pattern words ("cancelled a high-level security meeting"). */
const MAX_GAP = 10;
/** Most filler tokens allowed before the TGT slot ("accused the Chinese government"). */
const MAX_TARGET_GAP = 3;
/** Most words between a reporting verb and its "that" ("said on Friday that"). */
const REPORT_THAT_GAP = 3;
const FILLER_POS = new Set([
  "DET",
  "ADJ",
  "NUM",
  "ADV",
  "NOUN",
  "PROPN",
  "PRON",
  "PART",
  "SYM",
  "X",
  "PUNCT",
  "ADP",
]);
/** Relative pronouns a pattern may name after a comma (", which hosts U.S. forces"). */
const RELATIVE_WORD = new Set(["which", "who"]);
const HARD_PUNCT = new Set([",", ";", ":", "(", ")", ".", "!", "?"]);
const ADJ_SLOT = new Set(["DET", "PRON", "ADJ", "ADV", "PUNCT", "ADP", "NUM"]);

function isFiller(v: View, t: Token, prev: Token | undefined): boolean {
  // "his planned summit", "a long-delayed meeting", "two suspected militants": a participle after a determiner or a
  // number is an adjective here; after a noun and a subject pronoun it is a relative clause's verb ("attacks it
  // blamed on Moscow").
  if (t.pos === "VERB")
    return (
      (t.lower !== t.lemma &&
        !gerundAfterPrep(t, prev) &&
        prev !== undefined &&
        ((ADJ_SLOT.has(prev.pos) && !pronounVerb(v, prev)) ||
          // "Maduro's disputed election victory": after a possessive "'s" too
          (prev.pos === "PART" && v.w.possessive.has(prev.lower)) ||
          (prev.pos === "VERB" && prev.lower.endsWith("ed") && t.lower.endsWith("s")) ||
          participleAfterVerb(v, t.i))) ||
      ousted(v, t, prev)
    );
  // "said on Friday that Israel's occupation was illegal": the complementizer of a report is optional ("said Israel's
  // occupation was illegal") and is passed over like it.
  if (t.pos === "SCONJ" && t.lower === "that") return reportThat(v, t.i);

  // "would expel 60 diplomats and close the consulate": a coordinated bare verb the tagger missed ends the phrase.
  if (!FILLER_POS.has(t.pos) || coordinatedBare(v, t.i)) return false;
  if (t.pos === "PUNCT") return !HARD_PUNCT.has(t.text) || listComma(v, t.i) || compoundComma(v, t.i);
  return true;
}

/**
 * "said that Israel's ...", "said on Friday that the Russian ...": "that" after a reporting verb (and at most a few
 * words of time) before an actor's name; not before a pronoun ("said that it would ...", read by the say patterns).
 */
function reportThat(v: View, i: number): boolean {
  const next = v.toks[i + 1]?.pos === "DET" ? i + 2 : i + 1;
  if ((v.groupAt[next] ?? -1) < 0) return false;
  for (let k = i - 1; k >= 0 && k >= i - 1 - REPORT_THAT_GAP; k--) {
    const t = v.toks[k]!;
    if (t.pos === "VERB") return is(v, t, v.b.say);
    if (HARD_PUNCT.has(t.text) || v.groupAt[k]! >= 0) return false;
  }
  return false;
}

/** True when an actor's mention or a proper noun stands on a token in [from, to). */
function namedBetween(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (v.groupAt[j]! >= 0 || v.toks[j]!.pos === "PROPN") return true;
  return false;
}

/**
 * "expelled Croatia's envoy before recalling its ambassador": an -ing verb right after "before", "after", "by" or
 * "without" heads a clause of its own (a second act of the subject), never an adjective inside the phrase before it.
 */
function gerundAfterPrep(t: Token, prev: Token | undefined): boolean {
  return t.lower.endsWith("ing") && prev?.pos === "ADP" && GERUND_PREP.has(prev.lower);
}

/**
 * "proposed after meeting Netanyahu at the White House that ...": a verb match at an "-ing" word right after a time
 * preposition (`preps`: "after", "before") whose slot found an actor heads an adjunct clause, the clause subject's own
 * act, even inside the words of a pattern that spans it ("accusing it of complicity by arming the RSF" is the means of
 * the accusation, not a time adjunct).
 */
export function gerundAdjunct(v: View, m: Match, preps: ReadonlySet<string>): boolean {
  const prev = v.toks[m.trigger - 1];
  return (
    !m.pattern.noun &&
    m.targetGroup >= 0 &&
    gerundAfterPrep(v.toks[m.trigger]!, prev) &&
    preps.has(prev!.lower)
  );
}

/**
 * True when the subject pronoun `p` opens a clause, so the participle after it is that clause's verb: after a noun
 * or an actor's name ("attacks it blamed on Moscow", "Venezuelans it accused of ..."), a reporting verb ("said he shared Cairo's view": no "say X must" across it) or a
 * subordinator ("after they signed").
 */
function pronounVerb(v: View, p: Token): boolean {
  if (!is(v, p, v.b.subjectPronoun)) return false;
  const before = v.toks[p.i - 1];
  return (
    before?.pos === "NOUN" ||
    // "deported 200 Venezuelans it accused of gang membership": a demonym or name the tagger reads as a proper noun.
    (before?.pos === "PROPN" && (v.groupAt[before.i] ?? -1) >= 0) ||
    (before?.pos === "VERB" && is(v, before, v.b.say)) ||
    is(v, before, v.b.subord)
  );
}

/**
 * "sentenced ousted Prime Minister Sheikh Hasina", "freed jailed activist X": an "-ed" participle between a verb and
 * an actor's name is an adjective of the name.
 */
function ousted(v: View, t: Token, prev: Token | undefined): boolean {
  const g = v.groupAt[t.i + 1] ?? -1;
  // "granted asylum to ousted Syrian President X": after "to", which the tagger then reads as an infinitive marker.
  return (
    (prev?.pos === "VERB" || (prev?.pos === "PART" && prev.lower === "to")) &&
    t.lower !== t.lemma &&
    t.lower.endsWith("ed") &&
    g >= 0 &&
    v.groups[g]!.tokStart === t.i + 1
  );
}

const LIST_ITEM = new Set(["NOUN", "ADJ", "NUM"]);

/**
 * "sent blankets, tents and medicine to Turkey": a comma between two plain nouns of a list that "and"/"or" closes
 * within a few words (no actor among them) stands inside one noun phrase.
 */
function listComma(v: View, k: number): boolean {
  if (v.toks[k]!.text !== "," || v.toks[k - 1]?.pos !== "NOUN" || v.groupAt[k - 1]! >= 0) return false;
  // "tents, and medicine": the serial comma before the closing conjunction.
  if (is(v, v.toks[k + 1], v.b.and)) return listItem(v, k + 2);
  for (let j = k + 1; j < v.toks.length && j <= k + 8; j++) {
    const t = v.toks[j]!;
    if (is(v, t, v.b.and) && t.pos === "CCONJ") return j > k + 1 && listItem(v, j + 1);
    if (t.text === "," ? v.toks[j - 1]!.pos !== "NOUN" : !listItem(v, j)) return false;
  }
  return false;
}

/**
 * "agreed a one-in, one-out deal", "a pro-Western, anti-Russian coalition": a comma between two hyphenated compounds
 * (each written without spaces) stands inside the noun phrase they describe; so does one between such a compound and
 * the amount after it ("approved a four-year, 4 billion dollar loan for Ecuador", "a 10-year, $5 billion credit
 * line": session 25, aid3).
 */
function compoundComma(v: View, k: number): boolean {
  if (v.toks[k]!.text !== "," || !joinedCompound(v, k - 3)) return false;
  return joinedCompound(v, k + 1) || amountNext(v, k + 1);
}

/** A number of no actor at token `j`, or a currency sign right before one ("4 billion", "$5 billion"). */
function amountNext(v: View, j: number): boolean {
  const t = v.toks[j];
  if (t === undefined || (v.groupAt[j] ?? -1) >= 0) return false;
  if (t.pos === "NUM") return true;
  return t.pos === "SYM" && v.toks[j + 1]?.pos === "NUM";
}

/** True when tokens `j`..`j + 2` are one hyphenated compound written without spaces ("one-in"). */
function joinedCompound(v: View, j: number): boolean {
  const [a, dash, b] = [v.toks[j], v.toks[j + 1], v.toks[j + 2]];
  return (
    a !== undefined &&
    b !== undefined &&
    dash?.text === "-" &&
    a.end === dash.start &&
    dash.end === b.start &&
    (v.groupAt[j] ?? -1) < 0 &&
    (v.groupAt[j + 2] ?? -1) < 0
  );
}

/** A plain noun, adjective or number of no actor at token `j` (listComma). */
function listItem(v: View, j: number): boolean {
  return LIST_ITEM.has(v.toks[j]?.pos ?? "") && v.groupAt[j]! < 0;
}

/**
 * The closing comma of an apposition opened by the comma at `k` after a name or noun ("Hugo Carvajal, Venezuela's
 * former spy chief,", "29 cartel figures, including drug lord Rafael Caro Quintero,"): at most 12 words of no finite
 * verb; or -1.
 */
function appositionEnd(v: View, k: number): number {
  const prev = v.toks[k - 1];
  if (v.toks[k]?.text !== "," || !(prev?.pos === "PROPN" || prev?.pos === "NOUN")) return -1;
  for (let j = k + 1; j < v.toks.length && j <= k + 13; j++) {
    const t = v.toks[j]!;
    if (t.text === ",") return j > k + 1 ? j : -1;
    if (t.pos === "AUX" || HARD_PUNCT.has(t.text) || is(v, t, v.b.and)) return -1;
    // "known as Otoniel", "including drug lord X": a participle opening the phrase; not a clause (", his spokesman said,").
    if (t.pos === "VERB" && (j > k + 1 || t.lower === t.lemma || is(v, t, v.b.say))) return -1;
    if (is(v, t, v.b.relative)) return -1;
  }
  return -1;
}

/** Parts of speech between a target and the names that restate it ("Israel's far-right ministers Itamar Ben-Gvir"). */
const NAME_LEAD = new Set(["PART", "ADJ", "ADV", "NOUN"]);

/**
 * "declared Israel's far-right ministers Itamar Ben-Gvir and Bezalel Smotrich persona non grata": people of the
 * target's own country named after it (`k` at the first name), one or more joined by "and" or commas, restate it;
 * the index after the last name, or -1.
 */
function namesAfter(v: View, target: number, k: number): number {
  const own = new Set(v.groups[target]!.members.map((x) => x.country));
  // Only the target's own noun phrase may stand between ("Israel's far-right ministers"), not a preposition's:
  // "sent troops to Mozambique's Cabo Delgado province at the request of President Filipe Nyusi".
  for (let q = v.groups[target]!.tokEnd; q < k; q++) {
    const t = v.toks[q]!;
    if (!NAME_LEAD.has(t.pos) && t.text !== "-") return -1;
  }
  let j = k;
  let names = 0;
  for (;;) {
    const g = v.groupAt[j] ?? -1;
    if (g < 0 || g === target || v.groups[g]!.tokStart !== j) break;
    if (!v.groups[g]!.members.every((x) => x.kind === "person" && own.has(x.country))) break;
    names++;
    j = v.groups[g]!.tokEnd;
    const t = v.toks[j];
    if (!t || (t.text !== "," && !is(v, t, v.b.and)) || (v.groupAt[j + 1] ?? -1) < 0) break;
    j++;
  }
  return names > 0 ? j : -1;
}

/** Day and month names: "on Tuesday", "in March" name a time, never a pattern's particle. */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/** "called Zelensky on Tuesday to discuss": a preposition before a day or month name opens a time phrase. */
function timePhrase(toks: readonly Token[], j: number): boolean {
  const t = toks[j]!;
  return t.pos === "ADP" && TIME_WORDS.has(toks[j + 1]?.lower ?? "") && toks[j + 1]!.pos === "PROPN";
}

/**
 * "captured Damascus on Sunday and President Bashar al-Assad fled": a conjunction right after a day or month name
 * closes the clause's time phrase and starts another clause; the pattern's words do not continue across it.
 */
function afterTime(toks: readonly Token[], j: number): boolean {
  const t = toks[j - 1];
  return t !== undefined && t.pos === "PROPN" && TIME_WORDS.has(t.lower) && toks[j - 2]?.pos === "ADP";
}

/** True when a non-attributive actor starts at token `k` (or right after a determiner there). */
function objectAt(v: View, k: number): boolean {
  const j = v.toks[k]?.pos === "DET" ? k + 1 : k;
  const g = v.groupAt[j] ?? -1;
  // The determiner may be the group's own first word ("the Guyanese president").
  return g >= 0 && (v.groups[g]!.tokStart === j || v.groups[g]!.tokStart === k) && !v.attributive[g];
}

/** True when a clause opener ("that") stands at token `k`, or after a short prepositional phrase, before any comma. */
function reportNext(v: View, k: number): boolean {
  if (clauseOpener(v, v.toks[k])) return true;
  if (v.toks[k]?.pos !== "ADP" || is(v, v.toks[k], v.b.subord)) return false;
  for (let j = k + 1; j < v.toks.length && j <= k + 5; j++) {
    if (clauseOpener(v, v.toks[j])) return true;
    if (v.toks[j]!.pos === "PUNCT" || v.toks[j]!.pos === "VERB") return false;
  }
  return false;
}

/** A subordinator that is no preposition (reportNext). */
function clauseOpener(v: View, t: Token | undefined): boolean {
  return is(v, t, v.b.subord) && t!.pos !== "ADP";
}

/** True when an actor starts at token `k` or right after a determiner there. */
/** True when token `j` is a "by" right after an "-ed" participle and before an actor ("mediated by Qatar"). */
function byAgentPhrase(v: View, j: number): boolean {
  const prev = v.toks[j - 1];
  return (
    is(v, v.toks[j], v.b.agent) &&
    prev !== undefined &&
    (prev.pos === "VERB" || prev.pos === "ADJ") &&
    prev.lower.endsWith("ed") &&
    actorNext(v, j + 1)
  );
}

/**
 * "Sinwar was killed by Israeli troops", "was killed in Rafah on Wednesday by Israeli troops": token `j` is a word of
 * the noun phrase after a passive's agent "by" that stands between `pos` and `j`; in the passive the agent phrase holds
 * none of the words of the verb's object ("kill TGT troops" reads no "troops" there). A word after that phrase ("was
 * accused by China of spying") is still read.
 */
function inAgentPhrase(v: View, pos: number, j: number): boolean {
  const t = v.toks[j]!;
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  for (let k = j - 1; k >= pos; k--) {
    const u = v.toks[k]!;
    if (is(v, u, v.b.agent)) return u.lower === "by";
    if (!NP_WORD.has(u.pos) && v.groupAt[k]! < 0) return false;
  }
  return false;
}

/** "the ambassador to Seoul": an envoy noun (`_POSTED_NOUN`) whose "to" phrase names where he serves. */
function postedEnvoy(v: View, t: Token | undefined): boolean {
  return t !== undefined && (v.w.postedNoun.has(t.lower) || v.w.postedNoun.has(t.lemma));
}

function actorNext(v: View, k: number): boolean {
  const j = v.groupAt[k]! < 0 && v.toks[k]?.pos === "DET" ? k + 1 : k;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart === j && !v.attributive[g];
}

/** Quantity words and the number each stands for at least ("hundreds" is at least 200). */
const QUANTITY_WORDS: ReadonlyMap<string, number> = new Map([
  // "arrested four people": counts written as words ("one" names no count: "one of them").
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["fifteen", 15],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["dozen", 12],
  ["dozens", 24],
  ["score", 20],
  ["scores", 40],
  ["hundred", 100],
  ["hundreds", 200],
  ["thousand", 1000],
  ["thousands", 2000],
  ["million", 1e6],
  ["millions", 2e6],
]);
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1e6],
  ["billion", 1e9],
]);

/** The quantity written at token `j` ("272", "1,300", "1.2 million", "hundreds"), or null (a `#N+` element). */
export function quantity(toks: readonly Token[], j: number): number | null {
  const t = toks[j]!.lower;
  if (/^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(t)) {
    // "in 2022": a year is no count.
    if (/^(1[89]|20)\d\d$/.test(t) && toks[j - 1]?.pos === "ADP") return null;
    return Number(t.replace(/,/g, "")) * (MULTIPLIERS.get(toks[j + 1]?.lower ?? "") ?? 1);
  }
  return QUANTITY_WORDS.get(t) ?? null;
}

/** "toppling buildings and killing 4,000 people", "after killing ...": an -ing form with no auxiliary before it. */
function ingClause(v: View, i: number): boolean {
  const t = v.toks[i]!;
  return t.lower.endsWith("ing") && t.lower !== t.lemma && v.toks[i - 1]?.pos !== "AUX";
}

/** Tries the pattern's elements after the head; returns the match or null. */
function matchRest(
  v: View,
  p: Pattern,
  trigger: number,
  passive: boolean,
  list: readonly Pattern[],
  from = trigger + 1,
): Match | null {
  // ", killing more than 100 people": the toll of the act before it, not an act of its own.
  if (p.main && (elaborating(v, trigger) || ingClause(v, trigger))) return null;
  const plain = matchRestAt(v, p, trigger, passive, list, from);
  if (plain || !passive || from !== trigger + 1) return plain;
  // "Sanctions on the ICC were authorised by Trump", "Talks with Israel were put on hold by Saudi Arabia": the
  // passive's subject, with the complement that names the target, holds the words after the verb in the active.
  const span = passiveSubjectSpan(v, trigger);
  if (span === null || p.rest[0]?.kind !== "word") return null;
  // "Talks with Iran were called off by Washington": a particle of the verb ("call off $ENCOUNTER with TGT") stays
  // after it in the passive; the words after the particle are read in the subject.
  const particle = v.toks[trigger + 1]?.pos === "ADP" && isIn(v.toks[trigger + 1], p.rest[0].words);
  const rest = particle && p.rest[1]?.kind === "word" ? { ...p, rest: p.rest.slice(1) } : p;
  const inSubject = matchRestAt(v, rest, trigger, false, list, span[0]);
  if (inSubject === null || inSubject.last >= span[1]) return null;
  // "The meeting between Japan and South Korea was called off by Tokyo": the slot after "and" lies inside the group
  // of the joined pair, which the target is then chosen from, as in the active; only when the agent is one of the
  // pair (a third party calling off the talks, "by Qatar", leaves them cancelled).
  if (inSubject.targetGroup < 0 && !agentAmong(v, trigger, span[0], span[1])) return null;
  return { ...inSubject, pattern: p, passive: true };
}

/** True when the "by" agent after the passive verb at `trigger` is of a country an actor in [start, end) is of. */
function agentAmong(v: View, trigger: number, start: number, end: number): boolean {
  const by = agentByInClause(v, trigger);
  const k = v.toks[by + 1]?.pos === "DET" ? by + 2 : by + 1;
  const agent = by >= 0 ? (v.groupAt[k] ?? -1) : -1;
  if (agent < 0) return false;
  const countries = new Set(v.groups[agent]!.members.map((m) => m.country).filter((c) => c !== null));
  for (let j = start; j < end; j++) {
    const g = v.groupAt[j] ?? -1;
    if (g >= 0 && v.groups[g]!.members.some((m) => m.country !== null && countries.has(m.country))) return true;
  }
  return false;
}

/** Tries the pattern's elements from token `from` (see matchRest). */
function matchRestAt(
  v: View,
  p: Pattern,
  trigger: number,
  passive: boolean,
  list: readonly Pattern[],
  from: number,
): Match | null {
  const toks = v.toks;
  let pos = from;
  let last = trigger;
  let targetGroup = -1;
  let penalty = 0;
  let unnamed = false;
  // "Moscow's peace proposal was rejected by Kyiv": the words of the passive's subject, owned by an actor, stand for
  // the words after the skipped slot ("reject TGT peace proposal"), as in the active "Kyiv rejected Moscow's proposal".
  const owned = passive ? ownedSubjectSpan(v, trigger) : null;
  let subject: { next: number; head: number; tail: boolean } | null = null;
  for (const e of p.rest) {
    // In the passive the target is the subject ("Tokyo was criticised by Beijing"): the slot is skipped. Not a slot
    // after a preposition (no particle: "shot down") the pattern matched after the verb ("400 police officers were
    // deployed to Haiti by Kenya", "Otoniel, who was extradited by Colombia to the United States"):
    // that is no object of the verb, and stays where it stands ("granted asylum by TGT" still names the agent), when
    // the subject names no actor ("Hundreds of Venezuelan migrants were deported to El Salvador" are the target).
    const prepSlot =
      last > trigger &&
      toks[last]!.pos === "ADP" &&
      is(v, toks[last], v.b.targetPrep) &&
      !is(v, toks[last], v.b.agent) &&
      !passiveActorSubject(v, trigger);
    if (e.kind === "target" && passive && !prepSlot) {
      subject = owned && pos === trigger + 1 ? { next: owned[0], head: owned[1], tail: false } : null;
      continue;
    }
    if (subject) {
      let j = subject.next;
      while (j <= subject.head && !(e.kind === "word" && isIn(toks[j], e.words))) j++;
      if (j <= subject.head) {
        // "Japan's proposal for a summit was rejected": past its head noun, the words of the owned noun's complement
        // may follow ("reject TGT proposal for $MEETING"); a word not there is sought after the verb.
        const end = owned![2];
        if (j < subject.head) subject = { next: j + 1, head: subject.head, tail: subject.tail };
        else subject = j < end ? { next: j + 1, head: end, tail: true } : null;
        continue;
      }
      // Some of the subject's words matched but not its head noun: not the pattern's object.
      if (subject.next > owned![0] && !subject.tail) return null;
      subject = null;
    }
    let missed = false;
    let found = -1;
    const gap = e.kind === "target" ? MAX_TARGET_GAP : p.tight ? 0 : MAX_GAP;
    const limit = Math.min(toks.length, pos + gap + 1);
    // "called Zelensky on Tuesday to discuss": with the verb's own object skipped, a time phrase is no particle.
    const objectSkipped = last === trigger && e.kind !== "target" && !p.noun && objectAt(v, from);
    let end = limit;
    for (let j = pos; j < end; j++) {
      const t = toks[j]!;
      // "accused, in a statement on Friday, Russia of", "urged Israel, in Geneva on Monday, to": a place or time
      // adjunct between two elements is passed over as a whole when the slot's actor or the element's word follows it.
      if (j > trigger && e.kind !== "quantity") {
        const close = adjunctSpanEnd(v, j);
        if (
          close > 0 &&
          (e.kind === "target"
            ? objectAt(v, close)
            : !isIn(t, e.words) &&
              (isIn(toks[close], e.words) || (t.text === "," && toks[close - 1]?.text === ",")))
        ) {
          end = Math.min(toks.length, end + close - j);
          j = close - 1;
          continue;
        }
      }
      // "extradited Hugo Carvajal, Venezuela's former spy chief, to the United States": an apposition to the object's
      // name is passed over when the element's word follows it.
      if (e.kind === "word" && j > trigger + 1) {
        const close = appositionEnd(v, j);
        if (close > 0 && isIn(toks[close + 1], e.words)) {
          end = Math.min(toks.length, end + close - j + 1);
          j = close;
          continue;
        }
      }
      // "signed a declaration backing the Gaza ceasefire together with Egypt", "imposed sanctions, including asset
      // freezes and travel bans, on Belarus": a phrase attached to the object's noun is passed over as a whole when the
      // element's word follows it, the phrase names no actor ("filed a case accusing Israel of genocide against
      // Palestinians"), its participle takes no such word itself ("signed an order halting aid to South Africa") and no
      // pattern of the noun reads the participle ("announced drills involving troops near South Korea").
      if (e.kind === "word" && j > trigger + 1 && v.groupAt[j - 1]! < 0) {
        const close = attachedEnd(v, v.chunks, j);
        if (
          close > 0 &&
          isIn(toks[close], e.words) &&
          !takesWord(v, j, toks[close]!) &&
          !readsParticiple(v, j) &&
          !namedIn(v, j, close)
        ) {
          end = Math.min(toks.length, end + close - j + 1);
          j = close - 1;
          continue;
        }
      }
      // "declared Israel's far-right ministers Itamar Ben-Gvir and Bezalel Smotrich persona non grata": names of the
      // target's own people after it restate it, and are passed over when the element's word follows them.
      if (e.kind === "word" && targetGroup >= 0 && v.groupAt[j]! >= 0) {
        const close = namesAfter(v, targetGroup, j);
        if (close > 0 && isIn(toks[close], e.words)) {
          end = Math.min(toks.length, end + close - j);
          j = close - 1;
          continue;
        }
      }
      // "fired missiles at the Al Udeid air base in Qatar, which hosts U.S. forces": the comma before a relative
      // pronoun that is the element's own word opens the clause the pattern names.
      if (
        e.kind === "word" &&
        t.text === "," &&
        RELATIVE_WORD.has(toks[j + 1]?.lower ?? "") &&
        isIn(toks[j + 1], e.words)
      )
        continue;
      if (e.kind === "target") {
        const g = v.groupAt[j]!;
        // "pardoned the writer at Germany's request": the one who asked, reached past filler words, fills no slot
        // (and words of the pattern after the slot are not sought past it: "at the request of X" is no "at TGT request").
        if (g >= 0 && v.groups[g]!.tokStart === j && j > pos && !servesRequester(p.code) && requester(v, g)) {
          if (e !== p.rest[p.rest.length - 1]) return null;
          break;
        }
        if (g >= 0 && v.groups[g]!.tokStart === j) {
          found = j;
          targetGroup = g;
          break;
        }
        // "barred citizens of 12 countries including Afghanistan, Iran and Haiti from entering": the actors a plain
        // plural noun lists after "including" (no comma) fill the slot.
        const listed = toks[j + 1]?.lower === "including" && g < 0 ? includedAfter(v, j + 1) : -1;
        if (listed >= 0) {
          found = v.groups[listed]!.tokStart;
          targetGroup = listed;
          break;
        }
      } else if (e.kind === "quantity") {
        if ((quantity(toks, j) ?? -1) >= e.min) {
          found = j;
          break;
        }
      } else if (
        isIn(t, e.words) &&
        !(objectSkipped && timePhrase(toks, j)) &&
        !(passive && inAgentPhrase(v, pos, j))
      ) {
        found = j;
        break;
      } else if (toks[j + 1]?.text === "-" && e.words.has(hyphenated(toks, j) ?? "")) {
        // "staged a sit-in outside the Japanese embassy": the three tokens of a hyphenated word.
        found = j + 2;
        break;
      }
      // "the arrest warrant issued against him by the court": a reduced passive relative with its own agent.
      const reduced = p.noun && j === trigger + 1 && reducedRelativeAgent(v, trigger) >= 0;
      if (
        !reduced &&
        !isFiller(v, t, toks[j - 1]) &&
        !(e.kind !== "target" && t.pos === "CCONJ" && !afterTime(toks, j))
      )
        break;
      // "called it a response to the U.S. strikes": a preposition before an actor starts another phrase.
      // "declared South Africa's ambassador to the United States persona non grata": "to" after an envoy names his post.
      if (e.kind !== "target" && t.lower === "to" && actorNext(v, j + 1) && !postedEnvoy(v, toks[j - 1]))
        break;
      // "talks in Doha mediated by Qatar and Turkey after a week of clashes": a participle's "by" agent closes the
      // noun phrase; a pattern word further on ("of") is another phrase's.
      if (p.noun && e.kind !== "target" && byAgentPhrase(v, j)) break;
      // Before a target, only a preposition that can introduce one may stand ("on imports from Japan", not "after").
      if (e.kind === "target" && t.pos === "ADP" && (!is(v, t, v.b.targetPrep) || is(v, t, v.b.subord)))
        break;
      // "demands from the Trump administration for Japan": the actor after "from"/"by" is the agent, not the target.
      if (e.kind === "target" && p.noun && j === trigger + 1 && is(v, t, v.b.nounAgent)) break;
    }
    // "Japan said it had made a mistake", "saying the plotters would pay": right after a reporting verb, a slot whose
    // words are the reported clause's subject (a pronoun, a noun phrase that is no actor) finds no actor elsewhere.
    const reported = pos === trigger + 1 && is(v, toks[trigger], v.b.say);
    if (found < 0 && e.kind === "target" && reported && clausePronoun(v, pos)) return null;
    // "calling the warrant issued by the court outrageous": a `bare` slot is the verb's object, not an actor further on.
    if (found < 0 && e.kind === "target" && p.bare) return null;
    // "said Denmark should sell Greenland": the slot before "should" is its subject, never skipped ("a verdict that
    // the ministry said should prompt India to ...", "a pact that China said should not harm ..." advise on a thing);
    // "a plan which Kyiv has said must include a Russian withdrawal" still demands it of the actor inside.
    if (found < 0 && e.kind === "target" && advisoryNext(v, pos, p.rest[p.rest.indexOf(e) + 1])) return null;
    // "urged its citizens to avoid travel to Japan", "called on the world to respond": the one asked is a noun phrase
    // that names no actor, not an actor further on in the act asked for.
    if (found < 0 && e.kind === "target" && plainAddressee(v, p, pos, p.rest[p.rest.indexOf(e) + 1]))
      unnamed = true;
    if (found < 0 && e.kind === "target") {
      // A soft slot: "China, which Japan criticised, ..." has its target elsewhere.
      missed = true;
      penalty += MISSED_SLOT_PENALTY;
      continue;
    }
    // "Three Russian diplomats were expelled by Poland": in the passive the verb's object is its subject, so the
    // first word after the head may stand there instead (the words of "expel $DIPLOMAT"); "More than 100 people were
    // killed by the RSF": so may the counted object. A subject an actor owns ("Moscow's proposal was rejected") is
    // read through the target slot instead.
    if (
      found < 0 &&
      passive &&
      last === trigger &&
      owned === null &&
      ((e.kind === "word" && passiveSubjectIn(v, trigger, e.words)) ||
        (e.kind === "quantity" && passiveCountIn(v, trigger, e.min)))
    )
      continue;
    if (found < 0 || missed) return null;
    // "tortured and executed Ukrainian prisoners of war", "kidnapped Irish missionary Gena Heraty and seven other
    // people": a `nameless` pattern's people are no actor's; an actor or a name before them is the act's target, read
    // by the plain patterns.
    if (p.nameless && e.kind !== "target" && (targetGroup >= 0 || namedBetween(v, pos, found))) return null;
    // "fired missiles at the Al Udeid air base in retaliation for the American strikes": a noun pattern's compound
    // ("air strikes", "drone attacks") is not split by a preposition; the head then modifies another noun.
    if (
      p.noun &&
      e.kind === "word" &&
      last === trigger &&
      toks[found]!.pos === "NOUN" &&
      toks.slice(trigger + 1, found).some((t) => t.pos === "ADP")
    )
      return null;
    // "called North Korea's launch vulgar": a `bare` slot takes no possessor; nor an object it is a preposition's
    // ("calling talks with Washington unwise"), nor one a complement names ("called the Russian team decorative").
    if (
      e.kind === "target" &&
      p.bare &&
      (possessorAt(v, v.groups[targetGroup]!.tokEnd) ||
        toks.slice(pos, found).some((t) => t.pos === "ADP") ||
        complementAt(toks, v.groups[targetGroup]!.tokEnd))
    )
      return null;
    last = e.kind === "target" ? v.groups[targetGroup]!.tokEnd - 1 : found;
    pos = last + 1;
  }
  return {
    pattern: p,
    trigger,
    last,
    targetGroup,
    spanEnd: last + 1,
    score: p.specificity - penalty + (p.territory && placeGroup(v, targetGroup) ? TERRITORY_BONUS : 0),
    list,
    passive,
    unnamed,
  };
}

/**
 * True when an actor's mention that is no modifier or place ("the Gaza ceasefire" is one) stands on a token in
 * [from, to): an attached phrase naming one is an act of its own.
 */
function namedIn(v: View, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (v.groupAt[j]! >= 0 && !v.attributive[v.groupAt[j]!]!) return true;
  return false;
}

/**
 * True when a noun pattern headed by the noun before token `k` has the participle at `k` among its words ("drills
 * involving troops near South Korea": `drill … involve $TROOPS near TGT` reads the phrase itself).
 */
function readsParticiple(v: View, k: number): boolean {
  const t = v.toks[k]!;
  for (const entry of [v.words.lemma[k - 1], v.words.lower[k - 1]])
    if (
      entry?.heads?.noun?.some((p) =>
        p.rest.some((x) => x.kind === "word" && (x.words.has(t.lower) || x.words.has(t.lemma))),
      )
    )
      return true;
  return false;
}

/** True when a pattern headed by token `k` (an attached participle) has word `t` among its words. */
function takesWord(v: View, k: number, t: Token): boolean {
  for (const entry of [v.words.lemma[k], v.words.lower[k]])
    for (const list of [entry?.heads?.verb, entry?.heads?.noun])
      if (
        list?.some((p) =>
          p.rest.some((x) => x.kind === "word" && (x.words.has(t.lower) || x.words.has(t.lemma))),
        )
      )
        return true;
  return false;
}

/** True when `e` is a word element naming "should" and the word at `pos`, past adverbs, is that "should". */
function advisoryNext(v: View, pos: number, e: Pattern["rest"][number] | undefined): boolean {
  let k = pos;
  while (v.toks[k]?.pos === "ADV") k++;
  return e?.kind === "word" && e.words.has("should") && v.toks[k]?.lower === "should";
}

/**
 * "urge its citizens to", "call on the world to", "asked members to": the slot at `pos` of pattern `p` holds a plain
 * noun phrase with no actor in it, right before "to" and a verb (the pattern's next word `e`, or after an appeal's last
 * slot), or before the "of" and gerund of a charge ("accusing Western governments of ignoring ..."; not a definite or
 * possessive phrase, which points back to an actor). Not one that stands for parties named elsewhere ("both sides",
 * "the two countries", "all parties"), which the actor stage may leave unnamed.
 */
function plainAddressee(v: View, p: Pattern, pos: number, e: Pattern["rest"][number] | undefined): boolean {
  // The slot before the pattern's "to", or the last slot of an appeal ("urged its citizens to ...": 02.urge TGT); or
  // the one charged before an "of" and a gerund ("accusing Western governments of ignoring Rwanda's role").
  // A last slot ("accused Western governments of arming Ukraine": 11.accuse TGT) takes the charge's "of" too.
  const prep = e?.kind === "word" ? (e.words.has("to") ? "to" : e.words.has("of") ? "of" : null) : null;
  if (e && prep === null) return false;
  const word = prep ?? (p.embed === "appeal" ? "to" : "of");
  // "forced more than 100,000 people to leave": a counted slot names the victims of a mass act, not one asked.
  if (p.rest.some((x) => x.kind === "quantity")) return false;
  let k = pos;
  let noun = false;
  for (; k < pos + MAX_TARGET_GAP + 1; k++) {
    const t = v.toks[k];
    if (!t || v.groupAt[k]! >= 0) return false;
    if (t.lower === word) break;
    if (PARTY_WORD.has(t.lower)) return false;
    // "accusing the guards of firing", "accused its neighbour of": a definite charged party points back to an actor.
    if (word === "of" && (DEFINITE.has(t.lower) || is(v, t, v.b.possessivePronoun))) return false;
    if (t.pos === "NOUN") noun = true;
    // "Western powers": the tagger may read a demonym of no actor as a proper noun.
    else if (!(t.pos === "DET" || t.pos === "ADJ" || t.pos === "PROPN" || is(v, t, v.b.possessivePronoun)))
      return false;
  }
  const next = v.toks[k + 1];
  // "of arming Ukraine": the tagger may read the gerund as a noun.
  const verb = next?.pos === "VERB" || (word === "of" && next?.pos === "NOUN" && next.lower.endsWith("ing"));
  return noun && k > pos && v.toks[k]?.lower === word && verb;
}

/** Determiners of a noun phrase that points back to a party named before it ("the mission", "this country"). */
const DEFINITE = new Set(["the", "this", "that", "these", "those"]);

/** Words of a noun phrase that stands for parties named elsewhere ("both sides", "all parties", "each other"). */
const PARTY_WORD = new Set(["both", "all", "each", "either", "two", "sides", "side", "parties", "party"]);

/** True when the head noun of the subject of the passive verb at `trigger` ("diplomats were expelled") is in `words`. */
function passiveSubjectIn(v: View, trigger: number, words: ReadonlySet<string>): boolean {
  // "American troops would not be deployed": a negation stands in the auxiliary chain too.
  const end = passiveSubjectEnd(v, trigger);
  if (subjectHeadIn(v, end, words)) return true;
  // "A Ukrainian claim that Russian forces had used cluster munitions was denied": the head before its clause.
  return end >= 0 && subjectHeadIn(v, complementedHead(v, end), words);
}

/** True when token `k` is a plain noun phrase's head noun in `words`, the phrase no preposition's object. */
function subjectHeadIn(v: View, k: number, words: ReadonlySet<string>): boolean {
  const t = k < 0 ? undefined : v.toks[k];
  if (t === undefined || (t.pos !== "NOUN" && t.pos !== "PROPN") || !isIn(t, words)) return false;
  // "a missile that struck a village near the border was fired": a noun after a preposition is no subject.
  // "Dozens of Russian diplomats were expelled": the "of" after a count stays inside the phrase.
  const j = subjectPhraseStart(v, k) - 1;
  return j < 0 || v.toks[j]!.pos !== "ADP";
}

/** Words that qualify a count before it ("more than 100", "at least 33", "between 10,000 and 15,000"). */
const COUNT_QUALIFIER = new Set([
  "more",
  "fewer",
  "less",
  "than",
  "at",
  "least",
  "most",
  "up",
  "to",
  "nearly",
  "almost",
  "about",
  "around",
  "some",
  "over",
  "roughly",
  "approximately",
  "between",
  "and",
]);

/**
 * The first token of the plain noun phrase whose head noun is at `k`: adjectives, names, counts, "of" after a count
 * ("Dozens of Russian diplomats") and the words that qualify a count ("More than 100 people", "At least 33 soldiers").
 */
function subjectPhraseStart(v: View, k: number): number {
  let j = k - 1;
  for (;;) {
    while (j >= 0 && NP_WORD.has(v.toks[j]!.pos)) j--;
    if (j > 0 && v.toks[j]!.lower === "of" && quantity(v.toks, j - 1) !== null) j -= 2;
    else if (j >= 0 && COUNT_QUALIFIER.has(v.toks[j]!.lower) && countAhead(v, j)) j--;
    else break;
  }
  return j + 1;
}

/** True when a count stands within two words after token `j` ("than 100", "at least 33"). */
function countAhead(v: View, j: number): boolean {
  return quantity(v.toks, j + 1) !== null || quantity(v.toks, j + 2) !== null;
}

/**
 * True when the subject of the passive verb at `trigger`, with a "by" agent, holds a count of at least `min` ("More
 * than 100 people were killed by the RSF"): a `#N+` element of the pattern stands there in the passive.
 */
function passiveCountIn(v: View, trigger: number, min: number): boolean {
  // Only with its "by" agent in the clause: "Thousands of Afghans were deported from Iran" names where they left.
  const k = passiveSubjectEnd(v, trigger);
  if (k < 0 || agentByInClause(v, trigger) < 0) return false;
  const start = subjectPhraseStart(v, k);
  if (start > 0 && v.toks[start - 1]!.pos === "ADP") return false;
  for (let j = start; j <= k; j++) if ((quantity(v.toks, j) ?? -1) >= min) return true;
  return false;
}

/**
 * Prepositions whose object completes the passive subject's noun ("sanctions on", "talks with", "an inquiry into",
 * "the meeting between Japan and South Korea").
 */
const SUBJECT_PREP = new Set(["on", "with", "into", "against", "to", "at", "over", "for", "between"]);

/**
 * The span [start, end) of the subject of the passive verb at `trigger`, with a "by" agent in the clause: a plain noun
 * phrase with a preposition's object after it ("Sanctions on the International Criminal Court", "Talks with Israel");
 * null when there is none, or when the phrase is itself a preposition's object.
 */
function passiveSubjectSpan(v: View, trigger: number): [number, number] | null {
  const end = passiveSubjectEnd(v, trigger);
  if (end < 0 || agentByInClause(v, trigger) < 0) return null;
  let j = end;
  let prep = false;
  while (j >= 0) {
    const t = v.toks[j]!;
    if (NP_WORD.has(t.pos) || v.groupAt[j]! >= 0 || t.text === "-") j--;
    // "the meeting between Japan and South Korea was called off by Tokyo": "and" joining two actors in the complement.
    else if (t.lower === "and" && !prep && (v.groupAt[j - 1] ?? -1) >= 0 && (v.groupAt[j + 1] ?? -1) >= 0) j--;
    else if (SUBJECT_PREP.has(t.lower) && t.pos === "ADP" && !prep) {
      prep = true;
      j--;
    } else break;
  }
  const start = j + 1;
  if (!prep || (j >= 0 && (v.toks[j]!.pos === "ADP" || v.toks[j]!.pos === "VERB"))) return null;
  return [start, end + 1];
}

/** True when the mention of an actor of a known country ends right before the auxiliaries of the passive at `trigger`. */
function passiveActorSubject(v: View, trigger: number): boolean {
  const k = passiveSubjectEnd(v, trigger);
  const g = k >= 0 ? v.groupAt[k]! : -1;
  return g >= 0 && v.groups[g]!.members.some((m) => m.country !== null);
}

/** The last word of the passive verb's subject at `trigger`, before its auxiliaries, adverbs and "not"; -1 if none. */
function passiveSubjectEnd(v: View, trigger: number): number {
  let k = trigger - 1;
  while (k >= 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.lower === "not")) k--;
  return k === trigger - 1 ? -1 : k;
}

/** The "by" that follows the verb at `trigger` in its clause (before hard punctuation), or -1. */
function agentByInClause(v: View, trigger: number): number {
  for (let by = trigger + 1; by < v.toks.length && !HARD_PUNCT.has(v.toks[by]!.text); by++)
    if (v.toks[by]!.lower === "by") return by;
  return -1;
}

/** Parts of speech of the words of a plain noun phrase ("three senior Russian diplomats"). */
const NP_WORD = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);

/** Words after a noun that make "a day", "a week" a point in time ("called Putin a day after the summit"). */
const TIME_AFTER = new Set(["after", "before", "later", "earlier", "ago"]);

/**
 * True when the words at `k` are a complement naming the object before them: an adjective that ends its phrase
 * ("called the Russian team decorative", "calling it neither wise nor honourable"), or "a"/"an" and a noun phrase that
 * is no point in time ("called Lula a corrupt communist", not "called Putin a day after the summit").
 */
function complementAt(toks: readonly Token[], k: number): boolean {
  let j = k;
  // "the Russian team decorative": the head noun of an attributive actor is still the object.
  while (toks[j]?.pos === "NOUN") j++;
  if (toks[j]?.pos === "CCONJ") j++;
  const t = toks[j];
  if (t?.pos === "ADJ") return toks[j + 1]?.pos !== "NOUN" && toks[j + 1]?.pos !== "PROPN";
  if (t?.pos !== "DET" || (t.lower !== "a" && t.lower !== "an")) return false;
  const first = ++j;
  // "a failed economist": a participle may stand for an adjective.
  while (
    toks[j]?.pos === "ADJ" ||
    toks[j]?.pos === "ADV" ||
    (toks[j]?.pos === "VERB" && toks[j]!.lower.endsWith("ed"))
  )
    j++;
  // "a corrupt communist": the tagger may read the noun as an adjective.
  if (toks[j]?.pos !== "NOUN") return j > first && toks[j]?.pos !== "PROPN";
  while (toks[j + 1]?.pos === "NOUN") j++;
  return !TIME_AFTER.has(toks[j + 1]?.lower ?? "");
}

/** True when token `k` is a possessive ending ("'s", "'") closing the actor before it. */
function possessorAt(v: View, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.pos === "PART" && v.w.possessive.has(t.lower);
}

/**
 * True when token `k` opens a reported clause whose subject is no actor: a subject pronoun ("said it had") or a plain
 * noun phrase ("saying the plotters would pay") before its verb.
 */
function clausePronoun(v: View, k: number): boolean {
  let j = k;
  if (is(v, v.toks[j], v.b.subjectPronoun)) j++;
  else {
    if (v.toks[j]?.pos === "DET") j++;
    while (v.toks[j]?.pos === "ADJ" && j < k + 4) j++;
    if (v.toks[j]?.pos !== "NOUN" || v.groupAt[j]! >= 0) return false;
    while (v.toks[j]?.pos === "NOUN" && v.groupAt[j]! < 0 && j < k + 6) j++;
  }
  const next = v.toks[j]?.pos;
  return next === "AUX" || next === "VERB";
}

/** True when every actor of group `g` is a place or a seat of power ("Goma", "Damascus"). */
function placeGroup(v: View, g: number): boolean {
  return g >= 0 && v.groups[g]!.members.every((x) => x.kind === "place" || x.kind === "metonym");
}

/** "ignored calls", "rejected demands": an -s verb form right after a past-tense verb is a plural noun. */
function pluralAfterVerb(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  return (
    prev?.pos === "VERB" &&
    prev.lower.endsWith("ed") &&
    t.lower.endsWith("s") &&
    !t.lower.endsWith("ss") &&
    t.lower !== t.lemma
  );
}

/**
 * True when the hyphen before token `i` joins it, with no space, to a common noun of no actor ("famine-hit"); the
 * tagger may read the noun as a verb ("to flood-hit areas"), not a short prefix ("re-", "co-").
 */
function hyphenedToNoun(v: View, i: number): boolean {
  const [noun, dash, t] = [v.toks[i - 2], v.toks[i - 1]!, v.toks[i]!];
  const common = noun?.pos === "NOUN" || (noun?.pos === "VERB" && noun.lower.length > 3);
  return common && v.groupAt[i - 2]! < 0 && noun!.end === dash.start && dash.end === t.start;
}

/**
 * "from frozen Russian assets", "to use frozen Russian assets": an "-en" past participle (no past tense) after a
 * preposition or a verb and right before an adjective or noun modifies that noun.
 */
function attributiveEn(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const p = v.toks[i - 1]?.pos;
  const n = v.toks[i + 1]?.pos;
  return (
    t.pos === "VERB" &&
    t.lower.endsWith("en") &&
    t.lower !== t.lemma &&
    (p === "ADP" || p === "VERB") &&
    (n === "ADJ" || n === "NOUN" || n === "PROPN")
  );
}

/** "tortured captured Ukrainian soldiers", "109 captured troops": an "-ed" participle after a past verb or a count. */
function attributiveEd(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const p = v.toks[i - 1];
  const n = v.toks[i + 1]?.pos;
  // A past verb, or an unknown "-ed" word the tagger took for a noun ("had tortured/NOUN captured Ukrainian soldiers").
  const past =
    p?.lower.endsWith("ed") === true &&
    (p.pos === "VERB" ? p.lower !== p.lemma : p.pos === "NOUN" && p.lower === p.lemma);
  // A count in digits ("at least 109 captured troops"); "the two discussed Chinese pressure" is a subject and its verb.
  const after = (p?.pos === "NUM" && /\d/.test(p.text)) || past;
  return (
    (t.pos === "VERB" || t.pos === "ADJ") &&
    t.lower.endsWith("ed") &&
    after &&
    (n === "ADJ" || n === "NOUN" || n === "PROPN")
  );
}

/** True when a token tagged as something else is probably a verb here ("to increase", "will talks"). */
function verbish(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  // "the occupied West Bank", "a planned visit", "a wrongly deported man": a participle after a determiner (and an
  // -ly adverb) is an adjective.
  // "ignored calls from Seoul": an -s form right after a verb is a plural noun.
  // "Armenia and Azerbaijan both reinforced": a quantifier right after an actor floats; the verb stays a verb.
  // "the U.N.-backed government", "a survival-threatening situation": a participle after a hyphen is an adjective.
  // Not "The United States air-dropped 38,000 meals into Gaza": "air" joined to "dropped" is the first half
  // of the verb the tagger split (session 25, aid3).
  if (t.pos === "VERB" && prev?.text === "-" && /(ed|ing)$/.test(t.lower) && !airVerbHalf(v, i)) return false;
  // "famine-hit areas", "war-torn towns": any verb form joined by a hyphen to a common noun before it.
  if (t.pos === "VERB" && prev?.text === "-" && hyphenedToNoun(v, i) && !airVerbHalf(v, i)) return false;
  // "the profits from frozen Russian assets", "would not agree to use frozen Russian assets": an "-en" participle (no
  // past tense) after a preposition or a verb and before its noun is an adjective, not a freeze of aid.
  if (attributiveEn(v, i)) return false;
  // "had tortured captured Ukrainian soldiers", "executed at least 109 captured Ukrainian troops": an "-ed"
  // participle right after a past verb or a count and right before its noun modifies that noun.
  if (attributiveEd(v, i)) return false;
  // "signs of torture", "evidence of torture": a base form right after "of" (`_NP_LINK`) is a noun the tagger took
  // for a verb (session 34, assault); not "would from now on act".
  if (t.pos === "VERB" && t.lower === t.lemma && is(v, prev, v.b.npLink)) return false;
  if (t.pos === "VERB") {
    const d =
      prev?.pos === "ADV" && prev.lower.endsWith("ly") && v.toks[i - 2]?.pos === "DET" ? i - 2 : i - 1;
    return (
      // "..., and both agreed to": a pair's count word as the subject.
      !(
        v.toks[d]?.pos === "DET" &&
        t.lower !== t.lemma &&
        (v.groupAt[d - 1] ?? -1) < 0 &&
        !pairAlone(v, d)
      ) &&
      !pluralAfterVerb(v, i) &&
      // "bowing to demands by the junta", "after demands from Washington": an -s form after a preposition or "to".
      !((prev?.pos === "ADP" || prev?.pos === "PART") && pluralForm(t))
    );
  }
  if (prev === undefined) return false;
  if (coordinatedBare(v, i)) return true;
  // "warships simulated strikes": an -ed word after a noun is a verb the tagger took for an adjective.
  if (
    t.pos === "ADJ" &&
    t.lower.endsWith("ed") &&
    (prev.pos === "NOUN" || v.groupAt[i - 1]! >= 0 || (i === 1 && prev.pos === "PROPN") || adjunctEnd(v, i))
  )
    return true;
  // "talks between X and Y, mediated by Kenya, were postponed": an -ed word after a comma with a "by" agent is the
  // participle of a reduced relative the tagger took for an adjective.
  if (t.pos === "ADJ" && t.lower.endsWith("ed") && prev.text === "," && byAgentPhrase(v, i + 1)) return true;
  // ", warning Tehran against ...": an -ing word after a comma with an actor as object is a participle.
  if (t.lower.endsWith("ing") && prev.text === "," && actorNext(v, i + 1)) return true;
  // ", warning that Cairo would ...", ", warning in a joint statement that ...": a participle opening a report.
  if (t.lower.endsWith("ing") && prev.text === "," && reportNext(v, i + 1)) return true;
  // ", warning of new sanctions", ", cautioning against retaliation": a warning participle opening what it warns of.
  if (prev.text === "," && WARNING_FORMS.has(t.lower) && WARNED_OF.has(v.toks[i + 1]?.lower ?? ""))
    return true;
  // "after talks he mediated", "a truce it brokered": an -ed word right after a subject pronoun is its verb.
  if (t.pos === "ADJ" && t.lower.endsWith("ed") && is(v, prev, v.b.subjectPronoun)) return true;
  if (t.pos === "ADJ") return prev.pos === "AUX" || prev.pos === "ADV";
  // "Polish jets shot down Russian drones": an irregular past form after the subject, before no noun of its own.
  if (
    t.pos === "NOUN" &&
    v.w.irregularPast.has(t.lower) &&
    (prev.pos === "NOUN" || v.groupAt[i - 1]! >= 0) &&
    // "Ukrainian forces retook dozens of villages": a count word opens the object.
    (v.toks[i + 1]?.pos !== "NOUN" || (isIn(v.toks[i + 1], v.w.quantity) && v.toks[i + 2]?.lower === "of"))
  )
    return true;
  // "If Israel attacks its nuclear sites": an -s form right after an actor and before a possessive is its verb.
  if (
    t.pos === "NOUN" &&
    pluralForm(t) &&
    v.groupAt[i - 1]! >= 0 &&
    !v.attributive[v.groupAt[i - 1]!] &&
    is(v, v.toks[i + 1], v.b.possessivePronoun)
  )
    return true;
  // "Russian soldiers tortured prisoners", "militants abducted two teachers": an unknown -ed word after the subject.
  if (
    t.pos === "NOUN" &&
    t.lemma === t.lower &&
    t.lower.endsWith("ed") &&
    (prev.pos === "NOUN" || v.groupAt[i - 1]! >= 0)
  )
    return true;
  return (
    t.pos === "NOUN" && (prev.pos === "AUX" || (prev.pos === "PART" && prev.lower === "to" && !pluralForm(t)))
  );
}

/** Words that open the object of a finite verb read right after an -ing noun ("shelling hit a school"). */
const OBJECT_LEAD = new Set(["DET", "NUM"]);
/** Auxiliaries after which a base form is no bare infinitive ("did", "has"). */
const NON_MODAL_AUX = new Set(["be", "have", "do", "get"]);
const OBJECT_START = new Set(["DET", "NOUN", "ADJ", "NUM", "PRON"]);

/**
 * "to accept the truce or face sanctions", "would expel 60 diplomats and close the consulate": a word the tagger took
 * for a noun or an adjective, in its base form right after "and"/"or" and before its object, coordinated with a bare
 * verb earlier in the clause (after "to", a modal or an actor: "demanded that Iran free the crew or face ...").
 */
function coordinatedBare(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if ((t.pos !== "NOUN" && t.pos !== "ADJ") || t.lower !== t.lemma || !is(v, v.toks[i - 1], v.b.and))
    return false;
  // Its object opens with a determiner, pronoun or number ("close the consulate"); after a noun also with an
  // adjective ("face tougher sanctions"), after "or" with a noun ("or face sanctions"): not "and other measures",
  // "climate talks and military dialogue", "tariffs and trade barriers".
  const next = v.toks[i + 1]?.pos ?? "";
  const or = v.toks[i - 1]!.lower === "or";
  if (!OBJECT_START.has(next) || (next === "ADJ" && t.pos === "ADJ") || (next === "NOUN" && !or))
    return false;
  for (let j = i - 2; j > 0; j--) {
    const w = v.toks[j]!;
    if (HARD_PUNCT.has(w.text)) return false;
    if (w.pos === "VERB" && w.lower === w.lemma) {
      const p = v.toks[j - 1]!;
      const modal = p.pos === "AUX" && !NON_MODAL_AUX.has(p.lemma);
      if ((p.pos === "PART" && p.lower === "to") || modal || v.groupAt[j - 1]! >= 0) return true;
    }
  }
  return false;
}

/** An inflected "-s" form that is no "-ss" word ("demands", "threats"): after "to" or a preposition, a plural noun. */
function pluralForm(t: Token): boolean {
  return t.lower.endsWith("s") && !t.lower.endsWith("ss") && t.lower !== t.lemma;
}

/** "talks in Doha on Sunday mediated by Qatar": an -ed word with a "by" agent after a prepositional adjunct's name or number. */
function adjunctEnd(v: View, i: number): boolean {
  return adjunctNameBefore(v, i) && is(v, v.toks[i + 1], v.b.agent);
}

/**
 * "has never held talks with Xi": an auxiliary before adverbs and a verb is that verb's auxiliary, no head of its own
 * (its negation or modal belongs to the verb's chain).
 */
function auxiliaryOf(v: View, i: number): boolean {
  // "will never accept" heads its own patterns: only "have", "be", "do" serve another verb.
  if (v.toks[i]!.pos !== "AUX" || !NON_MODAL_AUX.has(v.toks[i]!.lemma)) return false;
  let k = i + 1;
  while (v.toks[k]?.pos === "ADV") k++;
  if (k > i + 1 && v.toks[k]?.pos === "VERB") return true;
  return v.toks[i]!.lemma === "have" && perfectOf(v, i);
}

/**
 * "has met Xi", "has not met Xi", "has yet to meet Xi": a "have" before a participle (past adverbs and a negation) or
 * before "yet to" is the auxiliary of that verb, never the head of "have talks" read across it. A plural the tagger
 * may read as a verb ("have talks") stays the object of "have".
 */
function perfectOf(v: View, i: number): boolean {
  let k = i + 1;
  while (v.toks[k]?.pos === "ADV" || v.toks[k]?.lower === "not" || v.toks[k]?.lower === "n't") k++;
  if (v.toks[k]?.lower === "to" && v.toks[k]?.pos === "PART" && k > i + 1)
    return v.toks[k + 1]?.pos === "VERB";
  const t = v.toks[k];
  return t?.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("s");
}

/** "air-dropped" written without spaces: a past verb the tagger split at the hyphen. */
function airVerbHalf(v: View, i: number): boolean {
  const [a, dash, t] = [v.toks[i - 2], v.toks[i - 1], v.toks[i]!];
  return (
    a?.lower === "air" &&
    dash?.text === "-" &&
    a.end === dash.start &&
    dash.end === t.start &&
    t.lower === "dropped"
  );
}

/** True when a token can head a noun event ("talks", "sanctions", "visit"). */
function nounish(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "X") return true;
  if (t.pos !== "VERB") return false;
  if (pluralAfterVerb(v, i) || (v.toks[i - 1]?.text === "-" && /(ed|ing)$/.test(t.lower))) return true;
  if (v.toks[i - 1]?.text === "-" && hyphenedToNoun(v, i)) return true;
  // "a wrongly deported man": an -ly adverb between the determiner and the participle.
  const prev =
    v.toks[i - 1]?.pos === "ADV" && v.toks[i - 1]!.lower.endsWith("ly") ? v.toks[i - 2] : v.toks[i - 1];
  return (
    prev !== undefined &&
    (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "ADP" || prev.pos === "NUM")
  );
}

/** Element ids per word of `Fillable`'s bit set: 30 keeps every word a small integer (no heap numbers). */
const BITS = 30;

/** The need ids of every pattern of a head list in one array: pattern k's ids are ids[start[k]] to ids[start[k + 1]]. */
export interface ListNeeds {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

/** The flat need ids of each head list of the model. */
export type NeedsIndex = ReadonlyMap<readonly Pattern[], ListNeeds>;

/** Flattens the need ids of every head list of the model, so the prefilter reads no pattern object it skips. */
export function listNeeds(verbs: VerbModel): NeedsIndex {
  const out = new Map<readonly Pattern[], ListNeeds>();
  for (const h of verbs.heads.values())
    for (const list of [h.verb, h.noun])
      if (list && !out.has(list)) {
        const start = new Int32Array(list.length + 1);
        for (let k = 0; k < list.length; k++) start[k + 1] = start[k]! + list[k]!.need.length;
        const ids = new Int32Array(start[list.length]!);
        for (let k = 0; k < list.length; k++) ids.set(list[k]!.need, start[k]!);
        out.set(list, { start, ids });
      }
  return out;
}

/**
 * Which pattern word elements some word of the sentence can fill: most patterns of a busy head ("launch" has 52)
 * need a word the sentence lacks, and are skipped without a scan. `mark` sets the bits of the elements each word
 * fills; the set is a plain array of a few dozen words, cheap to make per document and to clear per sentence.
 */
export class Fillable {
  private readonly bits: number[];
  /** The flat need ids of each head list (see listNeeds). */
  private readonly needs: NeedsIndex;
  constructor(verbs: VerbModel, needs: NeedsIndex) {
    this.bits = new Array<number>(Math.ceil(verbs.elementCount / BITS)).fill(0);
    this.needs = needs;
  }
  /**
   * Marks the elements the sentence's words after token `from` can fill; call once per sentence, at its first
   * trigger, before `possible` (a pattern's elements come after its trigger, or in a passive's owned subject).
   */
  mark(words: TokenWords, from: number): void {
    const bits = this.bits;
    bits.fill(0);
    const n = words.lemma.length;
    for (let i = from + 1; i < n; i++) {
      const a = words.lemma[i]?.elements;
      if (a) for (let k = 0; k < a.length; k++) bits[(a[k]! / BITS) | 0]! |= 1 << (a[k]! % BITS);
      const b = words.lower[i]?.elements;
      if (b) for (let k = 0; k < b.length; k++) bits[(b[k]! / BITS) | 0]! |= 1 << (b[k]! % BITS);
    }
  }
  /** The flat need ids of a head list, or undefined for a list the model does not index. */
  needsOf(list: readonly Pattern[]): ListNeeds | undefined {
    return this.needs.get(list);
  }
  /** True when every word element of pattern `k` of the list whose needs are `n` (see needsOf) has a candidate. */
  possibleAt(n: ListNeeds, k: number): boolean {
    const bits = this.bits;
    const ids = n.ids;
    for (let j = n.start[k]!, end = n.start[k + 1]!; j < end; j++)
      if ((bits[(ids[j]! / BITS) | 0]! & (1 << (ids[j]! % BITS))) === 0) return false;
    return true;
  }
  /** True when every word element of the pattern has a candidate somewhere in the sentence. */
  possible(p: Pattern): boolean {
    const need = p.need;
    const bits = this.bits;
    for (let k = 0; k < need.length; k++)
      if ((bits[(need[k]! / BITS) | 0]! & (1 << (need[k]! % BITS))) === 0) return false;
    return true;
  }
}

/** The highest-scoring pattern of a head's list that matches at token `i` (the list is most specific first). */
function bestOf(
  v: View,
  sw: Fillable,
  list: readonly Pattern[] | undefined,
  i: number,
  passive: boolean,
  from = i + 1,
): Match | null {
  if (!list) return null;
  const needs = sw.needsOf(list);
  let best: Match | null = null;
  for (let k = 0; k < list.length; k++) {
    if (best) {
      const p = list[k]!;
      // A `fallback` best is still open to a plain pattern of the same score (see outranks).
      const tie = best.pattern.fallback && !p.fallback ? 1 : 0;
      if (p.specificity + TERRITORY_BONUS + tie <= best.score) break;
      if (p.specificity + (p.territory ? TERRITORY_BONUS : 0) + tie <= best.score) continue;
    }
    // The flat needs first: most patterns are skipped without reading them.
    if (needs ? !sw.possibleAt(needs, k) : !sw.possible(list[k]!)) continue;
    const p = list[k]!;
    // "criticised and blocked the EU's aid package for Ukraine": a shared object ends no clause a wrapper could take.
    if (from !== i + 1 && p.wrap) continue;
    // "Witkoff led talks with ...": a `compound` head ("African Union-led talks") fires only right after the hyphen.
    if (p.compound && v.toks[i - 1]?.text !== "-") continue;
    if (p.noun && !p.compound && hyphenParticiple(v, i)) continue;
    if (p.unowned && possessed(v, i)) continue;
    if (p.occasion && !occasionLed(v, i)) continue;
    const m = matchRest(v, p, i, passive, list, from);
    if (m && p.inquirer && !inquiryFinding(v, m)) continue;
    if (m && p.toEnvoy && !envoyTarget(v, m)) continue;
    if (m && (!best || outranks(m, best))) best = m;
  }
  return best;
}

/**
 * Whether match `m` beats `best` at one head: a higher score, or the same score where `best` is a `fallback` and `m`
 * not ("agreed a trade deal that cuts tariffs": the agreement `05.agree-deal`, not the fallback `01.agree-that-mutual`
 * reading "that" after the object as its complement).
 */
function outranks(m: Match, best: Match): boolean {
  return m.score > best.score || (m.score === best.score && best.pattern.fallback && !m.pattern.fallback);
}

/**
 * "Germany arrested and later deported a Russian diplomat": a verb with no object of its own, coordinated with later
 * verbs, reads its pattern's words (its object, and the complement the pattern needs) after the last of them. Kept
 * only when the pattern reads words there and the match outranks the verb's own; it covers its trigger alone, so the
 * verbs after it are acts of their own.
 */
function sharedMatch(
  v: View,
  sw: Fillable,
  list: readonly Pattern[] | undefined,
  i: number,
  own: Match | null | undefined,
): Match | null | undefined {
  if (own && own.targetGroup >= 0) return own;
  const n = sharedObjectVerb(v, i);
  const m = n >= 0 ? bestOf(v, sw, list, i, false, n + 1) : null;
  if (!m || m.last <= n || (own && own.score >= m.score)) return own;
  // "arrested and handed over to the United States a commander": a direct object is not read after a preposition.
  const start = m.targetGroup >= 0 ? v.groups[m.targetGroup]!.tokStart : n + 1;
  if (m.pattern.rest[0]?.kind === "target" && v.toks.slice(n + 1, start).some((t) => t.pos === "ADP"))
    return own;
  return { ...m, spanEnd: i + 1, shared: n };
}

/**
 * The best match at `m`'s trigger from another pattern of the same list, or null (looked for only when needed);
 * matches that `reject` refuses are passed over. `sw` is still marked for `m`'s sentence (by findMatches).
 */
export function runnerUp(v: View, sw: Fillable, m: Match, reject?: (x: Match) => boolean): Match | null {
  let best: Match | null = null;
  for (const p of m.list) {
    if (p === m.pattern) continue;
    if (best && p.specificity + TERRITORY_BONUS <= best.score) break;
    if (best && p.specificity + (p.territory ? TERRITORY_BONUS : 0) <= best.score) continue;
    if (!sw.possible(p)) continue;
    if (p.compound && v.toks[m.trigger - 1]?.text !== "-") continue;
    if (p.noun && !p.compound && hyphenParticiple(v, m.trigger)) continue;
    if (p.unowned && possessed(v, m.trigger)) continue;
    if (p.occasion && !occasionLed(v, m.trigger)) continue;
    const x = matchRest(v, p, m.trigger, m.passive, m.list);
    if (x && p.inquirer && !inquiryFinding(v, x)) continue;
    if (x && p.toEnvoy && !envoyTarget(v, x)) continue;
    if (x && reject?.(x)) continue;
    if (x && (!best || x.score > best.score)) best = x;
  }
  return best;
}

/**
 * An `inquirer` match stands where an inquiry body of a named actor names the party it reports on ("A UN commission of
 * inquiry said Russian forces had ..."): its slot holds an actor and the phrase before its trigger is the inquiry's.
 */
function inquiryFinding(v: View, m: Match): boolean {
  return m.targetGroup >= 0 && inquirySubject(v, v.w.inquiryBody, m.trigger, ANY_OWNER);
}

/** A `toenvoy` match's slot holds a phrase ending in a diplomat noun ("Israel's envoy", "the Russian ambassador"). */
function envoyTarget(v: View, m: Match): boolean {
  return m.targetGroup >= 0 && isIn(v.toks[v.groups[m.targetGroup]!.tokEnd - 1], v.w.diplomat);
}

/** "in a call from the White House", "during a call": an `_OCCASION_PREP` word and a determiner lead the noun at `i`. */
function occasionLed(v: View, i: number): boolean {
  return v.toks[i - 1]?.pos === "DET" && isIn(v.toks[i - 2], v.w.occasionPrep);
}

/** "Pyongyang's claim", "its own claims": a possessive (adjectives may stand between) owns the noun at `i`. */
function possessed(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ") k--;
  return isIn(v.toks[k], v.w.possessive);
}

/**
 * "the flood-stricken Libyan city", "quake-stricken Morocco": a strong past participle in "-en" (not its lemma's own
 * form) right after the hyphen of a compound modifier names what befell the noun it modifies; it is no noun event
 * ("air-strikes" is a plain noun; "-brokered"/"-led" participles in "-ed" name an act and are left as they were).
 */
function hyphenParticiple(v: View, i: number): boolean {
  const t = v.toks[i]!;
  return v.toks[i - 1]?.text === "-" && t.pos === "VERB" && t.lower !== t.lemma && t.lower.endsWith("en");
}

/** Prepositions whose -ing complement is a verb sharing the clause's subject ("responded by firing drones"). */
const GERUND_PREP = new Set(["by", "after", "before", "without"]);

/** Subordinators whose -ing complement, with an object after it, is a verb sharing the clause's subject. */
const GERUND_SUBORD = new Set(["while"]);
/** Tags that open the object of an -ing verb ("while warning Beirut", "while urging the army to ..."). */
const GERUND_OBJECT = new Set(["PROPN", "DET", "PRON", "NOUN", "ADJ", "NUM"]);

/**
 * "struck Hezbollah positions while warning Beirut of a wider war": the tagger takes an -ing word after "while" for a
 * noun; with an object after it (not "while fighting raged") it is the verb of a second act of the clause's subject.
 */
function gerundAfterWhile(v: View, i: number): boolean {
  const prev = v.toks[i - 1];
  return !!prev && GERUND_SUBORD.has(prev.lower) && GERUND_OBJECT.has(v.toks[i + 1]?.pos ?? "");
}

/**
 * "after Israel began striking Iran", "Israel started bombing Gaza": the tagger takes an -ing word right after a verb
 * of `_ASPECT_VERB` for a noun or an adjective; with an actor or a noun phrase after it, it is the verb of the act.
 */
function gerundAfterAspect(v: View, i: number): boolean {
  const prev = v.toks[i - 1];
  return prev?.pos === "VERB" && isIn(prev, v.w.aspectVerb) && GERUND_OBJECT.has(v.toks[i + 1]?.pos ?? "");
}

/**
 * "Tehran responded by firing drones at Israel": the tagger takes a gerund after "by" for a noun (or an absolute
 * phrase's participle for an adjective) and leaves its lemma unreduced; the verb's head entry is found from the stem ("fir" + e, "expell" undoubled); else undefined.
 */
function gerundHead(v: View, lex: Lexicon, i: number): WordEntry["heads"] {
  const t = v.toks[i]!;
  if (t.lemma !== t.lower || !t.lower.endsWith("ing") || t.lower.length < 6) return undefined;
  const prev = v.toks[i - 1];
  // "..., with Thai jets striking Cambodian targets": an -ing word the tagger took for an adjective or a noun after
  // the actor of an absolute phrase is its verb.
  const absolute = (t.pos === "ADJ" || t.pos === "NOUN") && absoluteActor(v, i) >= 0;
  const afterWhile = gerundAfterWhile(v, i);
  const afterAspect = gerundAfterAspect(v, i);
  if (!absolute && t.pos !== "NOUN" && !(t.pos === "ADJ" && (afterWhile || afterAspect))) return undefined;
  const afterPrep = prev?.pos === "ADP" && GERUND_PREP.has(prev.lower) && v.toks[i + 1]?.lower !== "of";
  if (!absolute && !afterPrep && !afterWhile && !afterAspect) return undefined;
  const stem = t.lower.slice(0, -3);
  const undoubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  for (const w of [stem, `${stem}e`, undoubled]) {
    const h = lex.get(w)?.heads;
    if (h?.verb) return h;
  }
  return undefined;
}

/**
 * "Iran announced the suspension of its cooperation with the IAEA", "Turkey announced a halt to all trade with
 * Israel", "Trump approved the redesignation of the Houthis": a noun naming an act, after a determiner (adjectives may
 * stand between) that follows a verb announcing or deciding it (`_ANNOUNCE_ACT`) and before its object's "of", "to" or
 * "on", is that act done by the announcer: the verb's head entry is found from the noun (the word itself, "halt",
 * "ban", or its stem: "suspension" → "suspend", "withdrawal" → "withdraw", "impeachment" → "impeach", "imposition" →
 * "impose", "closure" → "close", "cancellation" → "cancel", "reopening" → "reopen"); so is an actor's act noun opening
 * the sentence ("The European Union's imposition of sanctions on Russia …"); else undefined.
 */
function nominalHead(v: View, lex: Lexicon, i: number): WordEntry["heads"] {
  const t = v.toks[i]!;
  if (t.pos !== "NOUN" || t.lemma !== t.lower || t.lower.length < 3) return undefined;
  if (!NOMINAL_OBJECT.has(v.toks[i + 1]?.lower ?? "")) return undefined;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ") k--;
  // "The European Union's imposition of a new package of sanctions on Russia …": an actor's act noun opening the
  // sentence is that actor's act, as its verb would be.
  const owner = v.groupAt[k - 1] ?? -1;
  const opening =
    k === i - 1 &&
    isIn(v.toks[k], v.w.possessive) &&
    owner >= 0 &&
    v.groups[owner]!.tokStart <= 1 &&
    (v.groups[owner]!.tokStart === 0 || v.toks[0]!.pos === "DET");
  if (!opening) {
    if (v.toks[k]?.pos !== "DET" && !isIn(v.toks[k], v.w.possessive)) return undefined;
    const gov = v.toks[k - 1];
    if (gov?.pos !== "VERB" || !isIn(gov, v.w.announceAct)) return undefined;
  }
  const w = t.lower;
  const stems = [w];
  const cut = (end: string, put: string[]): void => {
    if (w.endsWith(end) && w.length > end.length + 2)
      for (const x of put) stems.push(w.slice(0, -end.length) + x);
  };
  cut("ment", [""]);
  cut("al", [""]);
  cut("ation", ["", "ate", "e"]);
  cut("ition", ["e"]);
  cut("ssion", ["t"]);
  cut("sion", ["d", "de"]);
  cut("ption", ["me"]);
  cut("ulsion", ["el"]);
  cut("ure", ["e"]);
  cut("ing", ["", "e"]);
  for (const s of [...stems]) if (s.length > 3 && s.at(-1) === s.at(-2)) stems.push(s.slice(0, -1));
  // "Kosovo's ban on cash payments in Serbian dinars": opening the sentence, a noun that is its verb's own form
  // ("ban", "halt") keeps to its own noun patterns; only a derived noun ("imposition", "closure") is read as the verb.
  if (opening) stems.shift();
  for (const s of stems) {
    const h = lex.get(s)?.heads;
    if (h?.verb) return h;
  }
  return undefined;
}

/** The words that open the object of an act noun after a verb announcing it ("the suspension of", "a halt to"). */
const NOMINAL_OBJECT = new Set(["of", "to", "on"]);

/**
 * "Fighting erupted between ...", "Heavy fighting broke out ...", "Russian bombing hit ...": an -ing word opening the
 * sentence, or after an adjective, determiner or actor modifier, and followed by a finite verb is the subject noun.
 */
function gerundNoun(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || t.lower === t.lemma) return false;
  const next = v.toks[i + 1];
  // "Fighting between Sudan's army and the RSF spread to Omdurman", "after fighting between Malian troops and Tuareg
  // rebels": an -ing word before "between" names the fighting itself, whatever verb (if any) follows.
  const between = next?.lower === "between";
  // "after days of fighting with Congolese troops", "were killed in fighting with M23 rebels", "during fighting
  // against the army": after a preposition of time or cause (or "of" after a plain noun: "weeks of fighting") an -ing
  // word before its partner's "with"/"against" names the fighting itself, not a verb of the clause ("a year of fighting
  // between X and Y" stays no act: zs1-005).
  if (PARTNER_LEAD.has(next?.lower ?? "") && fightingLead(v, i)) return true;
  if (
    !between &&
    !(next?.pos === "AUX" || finiteVerb(v, i + 1)) &&
    !(next?.pos === "ADP" && runsToVerb(v, i + 2))
  )
    return false;
  if (i === 0) return true;
  const prev = v.toks[i - 1]!;
  if (prev.pos === "DET" || prev.pos === "ADJ") return true;
  if (between && BETWEEN_LEAD.has(prev.lower)) return true;
  // "in Sudan, where fighting between the army and the RSF has wrecked hospitals", "as fighting between ... raged":
  // the -ing word is the subject of the clause a relative adverb or subordinator opens.
  if ((is(v, prev, v.b.relative) || is(v, prev, v.b.subord)) && next?.pos === "ADP") return true;
  // "Russian shelling", sentence-initial "Heavy" (tagged as a name) before it.
  const g = v.groupAt[i - 1]!;
  if (g >= 0) return v.groups[g]!.members.every((m) => m.kind === "attributive");
  return i === 1 && prev.pos === "PROPN";
}

/**
 * "would hold Iran back from retaliation", "fired tear gas to push them back", "was welcomed back", "could cut back
 * travel": an adverb right after a verb, or after a verb and its object, is that verb's particle, never a verb of its
 * own ("back" as in "France backed Morocco's plan").
 */
function verbParticle(v: View, i: number): boolean {
  if (v.toks[i]!.pos !== "ADV") return false;
  const prev = v.toks[i - 1];
  if (prev?.pos === "VERB") return true;
  return v.toks[i - 2]?.pos === "VERB" && (prev?.pos === "PRON" || v.groupAt[i - 1]! >= 0);
}

/** Words after an -ing noun of fighting that name its other party ("fighting with", "fighting against"). */
const PARTNER_LEAD = new Set(["with", "against"]);

/**
 * True when the -ing word at `i` follows a preposition of time or cause (`BETWEEN_LEAD`, "in"), or "of" after a plain
 * noun of no actor ("days of fighting", "a week of heavy fighting"; not "accused Kyiv of fighting"), with at most one
 * adjective between ("after days of heavy fighting").
 */
function fightingLead(v: View, i: number): boolean {
  let k = i - 1;
  if (v.toks[k]?.pos === "ADJ") k--;
  const prev = v.toks[k];
  if (prev === undefined || prev.pos !== "ADP") return false;
  if (BETWEEN_LEAD.has(prev.lower) || prev.lower === "in") return true;
  const head = v.toks[k - 1];
  return prev.lower === "of" && head?.pos === "NOUN" && v.groupAt[k - 1]! < 0;
}

/** Words before "fighting between ..." that open a noun of time or cause ("a year of fighting between" is no act). */
const BETWEEN_LEAD = new Set([
  "after",
  "amid",
  "amidst",
  "during",
  "despite",
  "since",
  "following",
  "before",
]);

/** A finite verb at k: "killed", "erupted"; "hit" (past as base form) only before an object. */
function finiteVerb(v: View, k: number): boolean {
  const t = v.toks[k];
  if (t?.pos !== "VERB" || t.lower.endsWith("ing")) return false;
  return t.lower !== t.lemma || OBJECT_LEAD.has(v.toks[k + 1]?.pos ?? "");
}

/**
 * "Fighting between Sudan's army and the RSF killed dozens": the phrase after the -ing word's preposition runs on,
 * with no comma, to the finite verb of the clause, so the -ing word is its subject (a participle before a comma opens
 * an adjunct: "Speaking to reporters in Kyiv, Zelensky said ...").
 */
function runsToVerb(v: View, from: number): boolean {
  for (let k = from; k < v.toks.length && k < from + 14; k++) {
    const t = v.toks[k]!;
    if (v.groupAt[k]! >= 0 || PHRASE_INNER.has(t.pos)) continue;
    return t.pos === "AUX" || finiteVerb(v, k);
  }
  return false;
}

/** Tags inside a noun phrase with its prepositional phrases ("between Sudan's army and the RSF in Khartoum"). */
const PHRASE_INNER = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "CCONJ", "PART"]);

/** Tags a pattern head never has: function words and punctuation. */
const NEVER_HEAD = new Set(["PUNCT", "DET", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "SYM"]);

/** True when token `i` is a `_ROLE_ACT_NOUN` that ends its actor's mention ("Saudi mediators", "AU mediator"). */
function roleAct(v: View, i: number): boolean {
  const g = v.groupAt[i]!;
  return v.groups[g]!.members.some((x) => x.tokenEnd === i + 1) && isIn(v.toks[i], v.w.roleActNoun);
}

/** Finds the most specific pattern that matches at each trigger token of the sentence. */
export function findMatches(v: View, words: TokenWords, lex: Lexicon, sw: Fillable): Match[] {
  const out: Match[] = [];
  const toks = v.toks;
  let marked = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "Saudi mediators": a role noun ending an actor's mention heads the holder's act (`_ROLE_ACT_NOUN`).
    if (NEVER_HEAD.has(t.pos) || (v.groupAt[i]! >= 0 && !roleAct(v, i))) continue;
    const gerund = gerundHead(v, lex, i);
    const byLemma = gerund ?? words.lemma[i]?.heads;
    const byLower = words.lower[i]?.heads;
    // "announced the suspension of its cooperation with the IAEA": an act noun none of whose own patterns fits is
    // read as its verb, done by the announcer.
    const nominal = gerund ? undefined : nominalHead(v, lex, i);
    if (!byLemma && !byLower && !nominal) continue;
    const verbList = byLemma?.verb ?? byLower?.verb;
    const nounList = byLemma?.noun ?? byLower?.noun;
    // "Fighting erupted ...": patterns headed by the -ing noun itself ("fighting", "bombing") are tried as well as
    // those of its lemma ("fight"). Not for plurals: "U.S. sanctions" keeps the lemma's patterns only.
    const nounAlso = t.lower.endsWith("ing") && byLower?.noun !== nounList ? byLower?.noun : undefined;
    const asVerb = gerund !== undefined || (verbish(v, i) && !gerundNoun(v, i));
    const passive = asVerb && isPassive(v, i);
    const first = asVerb ? verbList : nounList;
    // "NATO ministers meeting in Brussels": an -ing participle after a noun is neither an act nor a noun event.
    const participle =
      asVerb && t.lower.endsWith("ing") && (toks[i - 1]?.pos === "NOUN" || v.groupAt[i - 1]! >= 0);
    // A WordNet copy (data/verbs/wordnet.txt) heads its word only where the word is read as a verb: a word no pattern
    // of the dictionary heads has none of the dictionary's checks of its other uses.
    const second = asVerb
      ? participle
        ? undefined
        : nounList
      : nounish(v, i) ||
          auxiliaryOf(v, i) ||
          verbParticle(v, i) ||
          attributiveEn(v, i) ||
          attributiveEd(v, i) ||
          verbList?.[0]?.wordnet
        ? undefined
        : verbList;
    if (!marked) {
      // From the sentence's start: a passive's owned subject before its trigger fills words too (see matchRest).
      sw.mark(words, -1);
      marked = true;
    }
    const also = asVerb ? (participle ? undefined : nounAlso) : nounAlso;
    const best =
      bestOf(v, sw, first, i, passive) ??
      (asVerb ? undefined : bestOf(v, sw, also, i, passive)) ??
      bestOf(v, sw, second, i, passive) ??
      (asVerb ? bestOf(v, sw, also, i, passive) : undefined) ??
      // "raped" lemmatised as "rap": the word form's own patterns when none of the lemma's fits.
      (byLemma && byLower
        ? bestOf(v, sw, asVerb ? differs(byLower.verb, verbList) : undefined, i, passive)
        : undefined);
    const kept = asVerb && !passive ? sharedMatch(v, sw, first, i, best) : best;
    const read = kept ?? (nominal ? bestOf(v, sw, nominal.verb, i, false) : null);
    if (read) out.push(read);
  }
  return out;
}

/** `list` when it is not `than` (the same patterns need no second try), else undefined. */
function differs<T>(list: T | undefined, than: T | undefined): T | undefined {
  return list === than ? undefined : list;
}
