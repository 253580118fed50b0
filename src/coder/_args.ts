import type { ActorMention, Token } from "../core/index.js";
import { subjectBeforeInsertion } from "./_chunks.js";
import type { Match } from "./_match.js";
import {
  absoluteActor,
  adjunctNameBefore,
  authoredBy,
  authoredSubject,
  complementedHead,
  type Group,
  is,
  isIn,
  isPassive,
  ownedPassiveSubject,
  participleAfterVerb,
  phraseAt,
  reducedRelativeAgent,
  subjectEndBefore,
  tokAt,
  type View,
} from "./_view.js";

/** Who did it and to whom, as group indexes (-1 when not found), and how the target was found. */
export interface Args {
  readonly source: number;
  readonly target: number;
  readonly passive: boolean;
  /** "slot" (TGT in the pattern), "after" (first actor after the pattern), "inside" (within the pattern span). */
  readonly targetHow: "slot" | "after" | "inside" | "none";
  /** "Putin and Trump ... their meeting": the members of the compound source act on one another. */
  readonly mutual?: true;
  /** "was deported from Russia": the source is a country read as a place, standing for its government. */
  readonly stateFrom?: true;
  /** "..., and the two leaders signed a deal": the source and target act on each other (both directions). */
  readonly both?: true;
  /** With `mutual`: only the member holding this token acts ("clashes between protesters and police": one way). */
  readonly leader?: number;
  /** "X was killed in an Israeli strike": the target is the victim of the noun act, the passive's subject. */
  readonly victim?: true;
  /** With `mutual`: this group's members join the source's ("..., where the three leaders agreed to ..."). */
  readonly joined?: number;
  /** "in retaliation for Trump's tariffs": the target is the retaliator, so the noun act echoes none of its acts. */
  readonly retaliated?: true;
  /** "signed a pact in Riyadh during a visit by Sharif": the target is the place of the clause's act (`venue`). */
  readonly venue?: true;
}

const CLAUSE_VERB = new Set(["VERB", "AUX"]);
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** The words of a noun phrase with an owner inside it ("President Lai's National Day speech"): NP_POS and "'s". */
export const OWNED_NP_POS: ReadonlySet<string> = new Set([...NP_POS, "PART"]);
const CHAIN_NEXT = new Set(["VERB", "AUX", "PART"]);
const NOUN_SLOT = new Set(["ADP", "DET", "ADJ"]);
/** Auxiliaries that are not modals: after them the verb is not a bare infinitive. */
const NON_MODAL = new Set(["be", "have", "do", "get"]);
/**
 * Sectors of a state's armed, police and intelligence forces: named with no country ("police", "security forces"),
 * the sources the `armed=` flag recodes, and never the agents of a protest.
 */
export const FORCES: ReadonlySet<string> = new Set(["COP", "MIL", "SPY"]);
const forcesOnly = (g: Group) => g.members.every((x) => FORCES.has(x.code.slice(3, 6)));

/** True when the token closes a clause for argument search: punctuation, "that", "which", a conjunction. */
function isBarrier(v: View, t: Token): boolean {
  return v.w.barrier.has(t.text) || is(v, t, v.b.subord | v.b.relative) || t.pos === "CCONJ";
}

/**
 * True when the group is introduced by the passive agent word ("by China") or an attribution ("according to"); with
 * `adj`, adjectives and numbers may stand between ("by a massive Russian missile attack", "by two Chinese ships").
 */
function introducedBy(v: View, g: number, set: ReadonlySet<string>, adj = false): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (
    k >= 0 &&
    (v.toks[k]!.pos === "DET" || (adj && (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NUM")))
  )
    k--;
  return k >= 0 && isIn(v.toks[k], set);
}

/** "prompted China to lodge a protest", "forced Japan to": the group right before "to" is the infinitive's subject. */
export function controller(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  // "prompting Moscow to declare an emergency and accuse Kyiv of ...": a bare verb after "and" continues the
  // infinitive before it in its clause, and shares that infinitive's subject.
  if (bareAfterAnd(v, i, k)) {
    for (let j = k - 1; j > 0 && !v.w.barrier.has(v.toks[j]!.text) && v.toks[j]!.text !== ","; j--) {
      if (v.toks[j]!.pos === "VERB" && v.toks[j - 1]?.lower === "to") return seriesController(v, j);
    }
    return -1;
  }
  if (v.toks[k]?.lower !== "to" || v.toks[k]!.pos !== "PART") return bareController(v, i, k);
  // "prompting Tokyo to scramble jets and to convey its concerns": a coordinated infinitive shares the first one's
  // subject.
  if (is(v, v.toks[k - 1], v.b.and) && v.toks[k - 1]!.pos === "CCONJ")
    for (let j = k - 2; j > 0 && !v.w.barrier.has(v.toks[j]!.text); j--)
      if (v.toks[j]!.lower === "to" && v.toks[j]!.pos === "PART") return controller(v, j + 1);
  const g = v.groupAt[k - 1] ?? -1;
  if (g < 0 || v.attributive[g]) return -1;
  // Only after a verb that hands the act on ("prompted", "forced", "pressed"), not "met Arata to discuss".
  let j = v.groups[g]!.tokStart - 1;
  while (j >= 0 && v.toks[j]!.pos === "DET") j--;
  return is(v, v.toks[j], v.b.control) ? g : -1;
}

/**
 * "to help Kyiv restore power": a bare verb at `i` right after an actor (ending at `k`) that a verb handing the act on
 * (`_CONTROL`) takes as its object has that actor for subject; or -1.
 */
function bareController(v: View, i: number, k: number): number {
  const t = v.toks[i]!;
  const g = v.groupAt[k] ?? -1;
  if (t.pos !== "VERB" || t.lower !== t.lemma || g < 0 || v.attributive[g] || v.groups[g]!.tokEnd !== k + 1)
    return -1;
  let j = v.groups[g]!.tokStart - 1;
  while (j >= 0 && v.toks[j]!.pos === "DET") j--;
  return v.toks[j]?.pos === "VERB" && is(v, v.toks[j], v.b.control) ? g : -1;
}

/**
 * "condemned Russia's decision to close the Finnish consulate", "in retaliation for Tokyo's decision to remove Seoul
 * from a list": the owner of a decision noun (`_DECISION_NOUN`) right before the infinitive's "to" is its subject.
 */
export function decisionOwner(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  if (
    v.toks[k]?.lower !== "to" ||
    v.toks[k]!.pos !== "PART" ||
    !v.w.decisionNoun.has(v.toks[k - 1]?.lower ?? "")
  )
    return agentDecision(v, k);
  return modifierOf(v, k - 1);
}

/**
 * "The decision by Washington to pause a shipment of bombs to Israel": a decision noun's agent after "by", right
 * before the infinitive's "to" at `k`, is its subject, as its owner is ("Washington's decision to pause …"); or -1.
 */
function agentDecision(v: View, k: number): number {
  const g = k > 0 ? (v.groupAt[k - 1] ?? -1) : -1;
  if (g < 0 || v.groups[g]!.tokEnd !== k) return -1;
  const by = v.groups[g]!.tokStart - 1;
  return is(v, tokAt(v, by), v.b.agent) && v.w.decisionNoun.has((by > 0 ? v.toks[by - 1]?.lower : undefined) ?? "")
    ? g
    : -1;
}

/** True when the bare verb at `i` follows "and" at `k` (adverbs between): "... to declare X and accuse Kyiv". */
function bareAfterAnd(v: View, i: number, k: number): boolean {
  const t = v.toks[i]!;
  return t.pos === "VERB" && t.lower === t.lemma && v.toks[k]?.pos === "CCONJ" && is(v, v.toks[k], v.b.and);
}

/**
 * The controller of the infinitive at `j` for a bare verb joined to it by "and"; -1 when the verb that hands the act on
 * is a finite one in a comma series ("suspended the treaty, ordered advisers to leave and cut the mission": "cut" is
 * the series' last past verb, not a second infinitive).
 */
function seriesController(v: View, j: number): number {
  const g = controller(v, j);
  if (g < 0) return -1;
  let c = v.groups[g]!.tokStart - 1;
  while (c >= 0 && v.toks[c]!.pos === "DET") c--;
  return !v.toks[c]!.lower.endsWith("ing") && v.toks[c - 1]?.text === "," ? -1 : g;
}

/**
 * ", prompting Western leaders to blame the Kremlin", ", forcing residents to flee": after a participle that hands the
 * act on, an infinitive whose subject is a noun phrase naming no actor has no actor subject (not the clause's own).
 */
function unnamedController(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  if (v.toks[k]?.lower !== "to" || v.toks[k]!.pos !== "PART" || v.toks[k - 1]?.pos !== "NOUN") return false;
  let j = k - 1;
  const np = (t: Token) => t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "DET";
  while (j >= 0 && j >= k - 5 && np(v.toks[j]!) && v.groupAt[j]! < 0) j--;
  const verb = v.toks[j];
  return (
    verb !== undefined &&
    v.groupAt[j + 1]! < 0 &&
    verb.pos === "VERB" &&
    verb.lower.endsWith("ing") &&
    v.toks[j - 1]?.text === "," &&
    is(v, verb, v.b.control)
  );
}

/**
 * The "that" or subordinator ("after", "as") of a clause closed by ", and" right before the verb at `i` (adverbs and
 * auxiliaries between), the first with no comma or semicolon between it and the comma; or -1.
 */
function thatBeforeAnd(v: View, i: number): number {
  let j = i - 1;
  while (j > 0 && (v.toks[j]!.pos === "ADV" || v.toks[j]!.pos === "AUX")) j--;
  if (!is(v, v.toks[j], v.b.and) || v.toks[j - 1]?.text !== ",") return -1;
  // The first one after the comma before it: "demanded that Georgia free demonstrators held after protests, and warned".
  let found = -1;
  for (let k = j - 2; k > 0; k--) {
    const t = v.toks[k]!;
    if (t.text === "," || t.text === ";" || v.w.barrier.has(t.text)) break;
    if ((t.lower === "that" && t.pos === "SCONJ") || (is(v, t, v.b.subord) && t.lower !== "that")) found = k;
  }
  return found;
}

/** True when token `k` opens a clause that reaches `i` ("..., as Governor Ueda warned"): no comma in between. */
function opensClause(v: View, k: number, i: number): boolean {
  const t = v.toks[k]!;
  if (!is(v, t, v.b.subord) || t.lower === "that" || t.pos === "VERB") return false;
  // "as"/"after" as a preposition opens a clause only after a comma ("..., as Governor Ueda warned") or when a bare
  // noun phrase stands between it and the verb ("after protesters stormed the embassy").
  if (t.pos === "ADP" && v.toks[k - 1]?.text !== "," && !subjectBeforeVerb(v, k + 1, i)) return false;
  for (let j = k + 1; j < i; j++)
    if (v.toks[j]!.text === "," || v.w.barrier.has(v.toks[j]!.text)) return false;
  return !timeBeforeAnd(v, k, i);
}

/**
 * "met in Istanbul for their first talks since 2022 and agreed to ...": a subordinator with no verb after it up to an
 * "and" right before the verb at `i` is a preposition of time; the verb joins the clause before it.
 */
function timeBeforeAnd(v: View, k: number, i: number): boolean {
  let j = i - 1;
  while (j > k && v.toks[j]!.pos === "ADV") j--;
  if (j <= k + 1 || !is(v, v.toks[j], v.b.and)) return false;
  for (let m = k + 1; m < j; m++) {
    const pos = v.toks[m]!.pos;
    if (pos === "VERB" || pos === "AUX" || v.groupAt[m]! >= 0) return false;
  }
  return true;
}

/**
 * "Israel struck sites across Syria after the fall of Assad and moved troops into the buffer zone": group `g` completes
 * a noun after "of" in a prepositional phrase ("after the fall of", "since the ouster of") and only "and" stands between
 * it and the verb at `i`: the verb joins the clause before the phrase, and `g` is no subject.
 */
function ofNounBeforeAnd(v: View, g: number, i: number): boolean {
  const gs = v.groups[g]!;
  let j = i - 1;
  while (j > gs.tokEnd && v.toks[j]!.pos === "ADV") j--;
  if (j !== gs.tokEnd || !is(v, v.toks[j], v.b.and) || v.toks[gs.tokStart - 1]?.lower !== "of") return false;
  let k = gs.tokStart - 2;
  if (v.toks[k]?.pos !== "NOUN" || v.groupAt[k]! >= 0) return false;
  while (k > 0 && (v.toks[k - 1]!.pos === "ADJ" || v.toks[k - 1]!.pos === "NOUN") && v.groupAt[k - 1]! < 0)
    k--;
  if (v.toks[k - 1]?.pos === "DET") k--;
  return v.toks[k - 1]?.pos === "ADP";
}

/** True when tokens `from`..`to` hold only plain noun phrase words and the verb's auxiliaries: "Israeli jets had". */
function plainNounPhrase(v: View, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART"))
    k--;
  if (k < from || !(v.toks[k]!.pos === "NOUN" || v.toks[k]!.pos === "PROPN" || v.groupAt[k]! >= 0))
    return false;
  for (let j = from; j <= k; j++) if (!NP_POS.has(v.toks[j]!.pos) && v.groupAt[j]! < 0) return false;
  return true;
}

/** Most words of a subordinate clause's subject phrase that nounPhraseSubject reads ("gunmen firing from Afghan territory"). */
const MAX_SUBJECT_WORDS = 12;

/**
 * True when tokens `from`..`to` hold only a noun phrase (and the verb's auxiliaries): "protesters", "Israeli jets had";
 * also one with a possessive ("the region's leaders"), a hyphenated modifier ("student-led protests") or modifiers after
 * its head: a prepositional phrase ("a wave of killings") or a participle ("gunmen firing from Afghan territory",
 * "killings blamed on drug gangs"). No other subordinator may stand inside it.
 */
function nounPhraseSubject(v: View, from: number, to: number): boolean {
  let k = to - 1;
  // The verb's auxiliaries and adverbs ("had", "not"); not an infinitive's "to" ("talks in Geneva to cut tariffs").
  const chain = (t: Token) =>
    t.pos === "AUX" || t.pos === "ADV" || (t.pos === "PART" && !(t.lower === "to" && k === to - 1));
  while (k >= from && chain(v.toks[k]!)) k--;
  if (k < from || k - from >= MAX_SUBJECT_WORDS) return false;
  if (!(v.toks[k]!.pos === "NOUN" || v.toks[k]!.pos === "PROPN" || v.groupAt[k]! >= 0)) return false;
  for (let j = from; j <= k; j++) {
    const t = v.toks[j]!;
    if (NP_POS.has(t.pos) || v.groupAt[j]! >= 0) continue;
    // "masked gunmen": a participle opens the phrase only before its noun.
    const before = v.toks[j + 1]?.pos;
    if (j === from && !(t.pos === "VERB" && (before === "NOUN" || before === "ADJ"))) return false;
    const possessive = t.pos === "PART" && isIn(t, v.w.possessive);
    const modifier = t.text === "-" || (t.pos === "ADP" && !is(v, t, v.b.subord | v.b.relative));
    // "firing", "blamed", "led": a participle (its form differs from its lemma), not a bare verb.
    const participle = t.pos === "VERB" && t.lower !== t.lemma && !is(v, t, v.b.say);
    if (!possessive && !modifier && !participle) return false;
  }
  return true;
}

/**
 * True when a noun phrase from token `from` is the subject of a verb at or before `i` ("after the region's leaders
 * agreed to dissolve ...", "after gunmen firing from Afghan territory killed ..."): the clause opened before `from`
 * holds `i`.
 */
function subjectBeforeVerb(v: View, from: number, i: number): boolean {
  // "after police shot dead 19 people during demonstrations": plain words up to `i`, whatever the tagger made of them.
  if (plainNounPhrase(v, from, i)) return true;
  // "a day before the group was due to meet Putin", "after the leaders met": a definite collective noun stands for
  // actors named before; the clause's subject is left to the search.
  let h = v.toks[from]?.lower === "the" ? from + 1 : -1;
  if (v.toks[h]?.pos === "NUM") h++;
  const head = v.toks[h];
  if (head?.pos === "NOUN" && (is(v, head, v.b.pairNoun) || isIn(head, v.w.quantity))) return false;
  for (let j = from + 1; j <= i; j++) {
    const pos = v.toks[j]!.pos;
    // The act at `i` may be tagged as a noun ("police shot dead ..."); not a subordinator that asks for its subject.
    const act = j === i && pos !== "ADP" && !is(v, v.toks[i], v.b.subord);
    if ((act || pos === "VERB" || pos === "AUX") && nounPhraseSubject(v, from, j)) return true;
  }
  return false;
}

/** Start of the clause holding token `i`: after a ";" or a ", while"/", but" split, else 0. */
function clauseStart(v: View, i: number): number {
  for (let k = i - 1; k > 0; k--) {
    const t = v.toks[k]!;
    if (t.text === ";") return k + 1;
    if (is(v, t, v.b.clauseSplit) && v.toks[k - 1]!.text === ",") return k + 1;
  }
  return 0;
}

/**
 * Start of the last main clause before token `i`: after ", and", ", but", ", while" or ";" when a subject-position
 * actor (determiners between) opens the clause ("..., and Spain said it would not meet the target, drawing a rebuke
 * from Trump": Spain's clause); else the start of the clause holding `i` (see clauseStart).
 */
function conjoinedClauseStart(v: View, i: number): number {
  for (let k = i - 1; k > 1; k--) {
    const t = v.toks[k]!;
    if (t.text === ";") return k + 1;
    if (v.toks[k - 1]!.text !== "," || t.pos !== "CCONJ" || !is(v, t, v.b.and | v.b.clauseSplit)) continue;
    let j = k + 1;
    while (j < i && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ")) j++;
    const g = v.groupAt[j] ?? -1;
    if (g >= 0 && v.subjectPos[g] && !v.attributive[g] && v.asideAt[j]! < 0) return k + 1;
  }
  return clauseStart(v, i);
}

/** The first subject-position group from token `from` on, before `to`, outside asides. */
function firstSubject(v: View, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const g = v.groupAt[k]!;
    if (g < 0 || v.asideAt[k]! >= 0) continue;
    if (v.subjectPos[g] && !introducedBy(v, g, v.w.agent) && !v.attributive[g]) return g;
    k = v.groups[g]!.tokEnd - 1;
  }
  return -1;
}

/**
 * The subject of the clause before a trailing sayer of no country in group `s` (", health officials in the enclave said
 * on Tuesday,"): the first subject-position group of that clause, attributive ones too ("Israeli air strikes"); or -1.
 */
function trailingSayerMain(v: View, s: number): number {
  const g = v.groups[s]!;
  // A sayer of no country ("health officials", "rescue workers") is no party; a named one's deed after its words is
  // its own (", the State Department said, announcing new sanctions on ...").
  if (!noCountry(v, s)) return -1;
  let k = g.tokStart - 1;
  while (k >= 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NOUN")) k--;
  if (k <= 0 || v.toks[k]!.text !== ",") return -1;
  // The sayer's verb: right after the group, or past a short place phrase ("officials in the enclave said").
  let j = g.tokEnd;
  while (j < g.tokEnd + 4 && j < v.toks.length && SAYER_TAIL.has(v.toks[j]!.pos)) j++;
  const say = v.toks[j];
  if (say?.pos !== "VERB" || !is(v, say, v.b.say)) return -1;
  for (let q = clauseStart(v, k); q < k; q++) {
    const h = v.groupAt[q]!;
    if (h < 0 || v.asideAt[q]! >= 0) continue;
    return v.subjectPos[h] && !introducedBy(v, h, v.w.agent) ? h : -1;
  }
  return -1;
}

const SAYER_TAIL = new Set(["ADP", "DET", "NOUN"]);

/**
 * "Russian forces shelled Kherson overnight, Kyiv said, and seized two villages": the verb at `i` right after ", and"
 * that closes a trailing sayer's "X said" (a time adjunct between) has no subject of its own and continues the clause
 * before the sayer, named or not; that clause's first subject-position group, or -1 when `s` is no such sayer.
 */
function sayerBeforeCommaAnd(v: View, s: number, i: number): number {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "AUX")) k--;
  if (!is(v, v.toks[k], v.b.and) || v.toks[k - 1]?.text !== ",") return -1;
  // "said on Tuesday", "said overnight": the time adjunct after the verb of saying.
  let j = k - 2;
  while (j > 0 && (isIn(v.toks[j], v.w.timeWord) || v.toks[j]!.pos === "ADV") && v.groupAt[j]! < 0) j--;
  const say = v.toks[j];
  if (say?.pos !== "VERB" || !is(v, say, v.b.say) || v.groupAt[j - 1] !== s) return -1;
  let b = v.groups[s]!.tokStart - 1;
  while (b >= 0 && (v.toks[b]!.pos === "DET" || v.toks[b]!.pos === "ADJ" || v.toks[b]!.pos === "NOUN")) b--;
  if (b <= 0 || v.toks[b]!.text !== ",") return -1;
  const main = firstSubject(v, clauseStart(v, b), b);
  return main >= 0 && main !== s ? main : -1;
}

/**
 * "Venezuela demanded that Guyana halt exploration and moved troops to the border", "Seoul said the launch violated
 * UN resolutions and suspended the 2018 pact": a past-tense verb at `i` joined by "and"/"but" after a reported clause
 * whose verb is a modal or a bare form ("halt", "could resume": no past to share) is the reporting verb's subject's, not
 * that of group `s`, the reported clause's subject; or -1. A reported past ("said X had deployed troops and placed
 * artillery on alert") keeps its subject.
 */
function reportCoordinate(v: View, s: number, i: number): number {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || t.lower === t.lemma || t.lower.endsWith("ing") || t.lower.endsWith("s")) return -1;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  const c = v.toks[k];
  if (c?.pos !== "CCONJ" || !(is(v, c, v.b.and) || is(v, c, v.b.clauseSplit))) return -1;
  let r = v.groups[s]!.tokEnd;
  while (r < k && v.toks[r]!.pos === "ADV") r++;
  const rv = v.toks[r];
  if (r >= k || !rv) return -1;
  // The reporting verb right before the subject (a "that" and a time adjunct between).
  let q = v.groups[s]!.tokStart - 1;
  while (q > 0 && v.toks[q]!.pos === "DET") q--;
  if (v.toks[q]?.lower === "that") q--;
  while (q > 0 && (isIn(v.toks[q], v.w.timeWord) || v.toks[q]!.pos === "ADP") && v.groupAt[q]! < 0) q--;
  const say = v.toks[q];
  const demand = say !== undefined && DEMAND_THAT.has(say.lemma);
  if (say?.pos !== "VERB" || !(is(v, say, v.b.say) || demand || v.w.demandSay.has(say.lower))) return -1;
  // "demanded that Guyana halt oil exploration": after a demand, the bare verb the tagger may take for a noun.
  const bareVerb = rv.pos === "VERB" || (demand && rv.pos === "NOUN");
  const bare = (rv.pos === "AUX" && isIn(rv, v.w.prospect)) || (bareVerb && rv.lower === rv.lemma);
  if (!bare) return -1;
  const up = subjectOf(v, q);
  return up >= 0 && up !== s ? up : -1;
}

/** "..., and it lodged a protest": a subject pronoun right before the verb stands for its clause's subject. */
function pronounSubject(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART")) k--;
  if (k < 0 || !is(v, v.toks[k], v.b.subjectPronoun) || v.groupAt[k]! >= 0) return -1;
  const cond = conditionPronoun(v, k, i);
  if (cond >= 0) return cond;
  // "..., the State Department said on Wednesday as it announced ...": after a trailing "said", the sayer.
  for (let j = k - 1; j > 0; j--) {
    const t = v.toks[j]!;
    if (t.text === ";" || v.groupAt[j]! >= 0) break;
    if (t.pos === "VERB" && is(v, t, v.b.say) && v.groupAt[j - 1]! >= 0 && !v.attributive[v.groupAt[j - 1]!])
      return v.groupAt[j - 1]!;
    // "despite objections from Qatar, which said it would not normalise relations with Damascus": after a relative
    // pronoun's "said", the actor the relative clause hangs on.
    if (t.pos === "VERB" && is(v, t, v.b.say) && j >= 3 && is(v, v.toks[j - 1], v.b.relative)) {
      const ante = v.toks[j - 2]!.text === "," ? v.groupAt[j - 3]! : -1;
      if (ante >= 0 && !v.attributive[ante]) return ante;
    }
  }
  // "Trump raised tariffs, and Beijing hit back with levies, saying it would fight to the end": after ", and" and a
  // subject actor, the pronoun stands for that clause's subject, not the sentence's first.
  // A person pronoun keeps the person named before ("Khashoggi disappeared …, and Turkish officials said he had been
  // killed").
  const conj = firstSubject(v, conjoinedClauseStart(v, k), k);
  const first =
    is(v, v.toks[k], v.b.personPronoun) && !(conj >= 0 && isPerson(v, conj))
      ? firstSubject(v, clauseStart(v, k), k)
      : conj;
  // "Putin said NATO countries would be at war with Russia if they allowed ...": "they" is no single person; it stands
  // for the nearest subject before it that is not one, or for no actor.
  if (isIn(v.toks[k], v.w.pluralPronoun) && first >= 0 && singlePerson(v, first)) {
    for (let j = k - 1; j >= v.groups[first]!.tokEnd; j--) {
      const g = v.groupAt[j]!;
      if (g >= 0 && v.subjectPos[g] && !v.attributive[g] && !singlePerson(v, g)) return g;
    }
    return -1;
  }
  if (!is(v, v.toks[k], v.b.personPronoun) || (first >= 0 && isPerson(v, first))) return first;
  // "revoked the visa of President Petro after he urged ...": "he" is a person, not the institution before.
  for (let j = k - 1; j >= 0; j--) {
    const g = v.groupAt[j]!;
    if (g >= 0 && isPerson(v, g) && !v.attributive[g]) return g;
  }
  return first;
}

/**
 * ", prompting China's foreign ministry to vow countermeasures against what it called flagrant interference": a pronoun
 * in the infinitive clause of a participle after a comma that hands the act on ("prompting", "forcing") stands for the
 * one prompted, the new clause's actor, not the sentence's first subject; -1 else (a comma, "that" or a subordinator
 * between, or a person pronoun for an institution).
 */
export function promptedSubject(v: View, k: number): number {
  for (let j = k - 1; j > 0; j--) {
    const t = v.toks[j]!;
    if (t.text === "," || t.text === ";" || v.w.barrier.has(t.text) || is(v, t, v.b.subord)) return -1;
    if (t.pos !== "VERB" || v.toks[j - 1]?.lower !== "to") continue;
    const g = controller(v, j);
    if (g < 0) continue;
    let c = v.groups[g]!.tokStart - 1;
    while (c >= 0 && v.toks[c]!.pos === "DET") c--;
    if (!v.toks[c]?.lower.endsWith("ing") || v.toks[c - 1]?.text !== ",") return -1;
    return is(v, v.toks[k], v.b.personPronoun) && !isPerson(v, g) ? -1 : g;
  }
  return -1;
}

/**
 * "China's coast guard demanded that the Philippines remove the warship, hours after its personnel boarded Philippine
 * boats": a subject that is a noun owned by "its"/"their" (no actor) right after a subordinator of time stands for
 * its clause's first subject (after ", and" that clause's), not the nearest actor before it (a "that" clause's); -1 else.
 */
function ownedClauseSubject(v: View, i: number): number {
  let k = subjectEndBefore(v, i);
  const end = k;
  while (k >= 0 && k >= end - 3 && v.toks[k]!.pos === "NOUN" && v.groupAt[k]! < 0) k--;
  const pro = v.toks[k];
  if (k === end || !pro || !is(v, pro, v.b.possessivePronoun) || is(v, pro, v.b.personPronoun)) return -1;
  if (v.groupAt[k]! >= 0 || !isIn(v.toks[k - 1], v.w.ownerClauseOpeners)) return -1;
  const first = firstSubject(v, conjoinedClauseStart(v, k), k);
  return first >= 0 && !v.attributive[first] ? first : -1;
}

/**
 * "warned Israel of a crushing response if it attacked Iranian facilities", "warned that Japan would suffer a crushing
 * defeat if it intervened militarily": "it" acting (an active verb at `i`) right after "if"/"unless" is the party the
 * condition is set for, the nearest actor before it that is no person, no demonym and no place phrase, not the
 * sentence's first subject; -1 when none stands in its clause or the verb is passive ("if it was attacked").
 */
export function conditionPronoun(v: View, k: number, i: number): number {
  const pro = v.toks[k]!;
  const they = pro.lower === "they";
  if (!isIn(v.toks[k - 1], v.w.condition) || !(they || pro.lower === "it") || v.toks[i]!.pos !== "VERB")
    return -1;
  for (let j = k + 1; j < i; j++) if (v.toks[j]!.pos === "AUX" && v.toks[j]!.lemma !== "do") return -1;
  for (let j = k - 2; j >= clauseStart(v, k); j--) {
    const g = v.groupAt[j]!;
    if (g < 0) continue;
    const gs = v.groups[g]!;
    j = gs.tokStart;
    if (v.attributive[g] || v.asideAt[j]! >= 0 || isPerson(v, g) || isIn(v.toks[j - 1], v.w.placePrep))
      continue;
    // "would shoot down U.S. spy planes if they entered ...": "they" is a plural noun phrase or a list.
    const head = v.toks[gs.tokEnd - 1]!;
    if (they && gs.members.length < 2 && !(head.pos === "NOUN" && head.lower !== head.lemma)) continue;
    return g;
  }
  return -1;
}

/** The subordinator ("after", "before", "while") right before an -ing verb at `i` (adverbs between), or -1. */
function gerundClause(v: View, i: number): number {
  const t = v.toks[i]!;
  // "after meeting Trump": an -ing word the tagger took for a noun, with an actor as its object.
  const gerund = t.pos === "VERB" ? t.lower !== t.lemma : t.pos === "NOUN" && (v.groupAt[i + 1] ?? -1) >= 0;
  if (!gerund || !t.lower.endsWith("ing")) return -1;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  const s = v.toks[k];
  // "..., before flying to Washington": the next leg of a trip is often still ahead; left uncoded.
  if (!s || !is(v, s, v.b.subord) || ["that", "if", "whether", "before", "until"].includes(s.lower))
    return -1;
  return k;
}

/** Most words of a time phrase between a comma and a subordinator (", two days after meeting ..."). */
const MAX_TIME_WORDS = 3;
const TIME_POS = new Set(["DET", "NUM", "NOUN", "ADJ", "ADV"]);

/**
 * "Macron said Iran must free the prisoners, days after meeting Trump": a subordinator right after a comma (or after a
 * short time phrase there) opens an adjunct of the main clause, so its gerund is the main subject's, not the reported
 * clause's.
 */
function commaAdjunct(v: View, sub: number): boolean {
  for (let k = sub - 1; k >= 0 && k >= sub - 1 - MAX_TIME_WORDS; k--) {
    const t = v.toks[k]!;
    if (t.text === ",") return true;
    if (!TIME_POS.has(t.pos) || v.groupAt[k]! >= 0) return false;
  }
  return false;
}

/** True when group `g` names one person ("Trump", "Colombian President Gustavo Petro"). */
function singlePerson(v: View, g: number): boolean {
  const m = v.groups[g]!.members;
  return m.length === 1 && m[0]!.kind === "person";
}

/**
 * "X and Y agreed ..., Turkish President Tayyip Erdogan said, after hosting talks between their leaders": a named
 * trailing sayer right before the comma that opens the adjunct at subordinator `sub` is its gerund's subject; or -1.
 */
function sayerBeforeAdjunct(v: View, sub: number): number {
  let k = sub - 1;
  while (k >= 0 && k >= sub - 1 - MAX_TIME_WORDS && v.toks[k]!.text !== ",") {
    if (!TIME_POS.has(v.toks[k]!.pos) || v.groupAt[k]! >= 0) return -1;
    k--;
  }
  if (v.toks[k]?.text !== ",") return -1;
  // "Erdogan said on Thursday, after ...": a short time phrase may follow the verb.
  let j = k - 1;
  while (
    j > 0 &&
    j >= k - 3 &&
    !is(v, v.toks[j], v.b.say) &&
    v.groupAt[j]! < 0 &&
    !v.w.barrier.has(v.toks[j]!.text)
  )
    j--;
  const verb = v.toks[j];
  if (verb?.pos !== "VERB" || !is(v, verb, v.b.say) || verb.lower === verb.lemma) return -1;
  let e = j - 1;
  while (e > 0 && v.toks[e]!.pos === "ADV") e--;
  const g = v.groupAt[e] ?? -1;
  if (g < 0 || v.groups[g]!.tokEnd !== e + 1 || noCountry(v, g)) return -1;
  let b = v.groups[g]!.tokStart - 1;
  while (b > 0 && (v.toks[b]!.pos === "DET" || v.toks[b]!.pos === "ADJ")) b--;
  return v.toks[b]?.text === "," ? g : -1;
}

/** True when a group names people ("Trump", "Colombian President Gustavo Petro"), not a state or an institution. */
export function isPerson(v: View, g: number): boolean {
  // A sector named by a name ("opposition leader X") is a person; not one whose name is a place ("a crowd in Warsaw").
  return v.groups[g]!.members.every(
    (m) =>
      m.kind === "person" ||
      (m.kind === "sector" &&
        v.toks[m.tokenEnd - 1]?.pos === "PROPN" &&
        v.toks[m.tokenEnd - 2]?.pos !== "ADP"),
  );
}

/**
 * "Putin arrived in Beijing, and he and Xi signed a statement": the person a subject pronoun joined by "and" to group
 * `g` stands for (the nearest person before it that is no attribute), or -1 when no "he/she and" stands before `g`.
 */
export function pronounPartner(v: View, g: number): number {
  let k = v.groups[g]!.tokStart - 1;
  if (k < 0) return -1;
  // "he and his Pakistani counterpart": a possessive pronoun may open the partner's phrase.
  if (is(v, v.toks[k], v.b.possessivePronoun)) k--;
  if (k < 1) return -1;
  const and = v.toks[k];
  const pro = v.toks[k - 1];
  if (and?.pos !== "CCONJ" || !is(v, and, v.b.and) || v.groupAt[k - 1] !== -1) return -1;
  if (!is(v, pro, v.b.subjectPronoun) || !is(v, pro, v.b.personPronoun)) return -1;
  for (let j = k - 2; j >= 0; j--) {
    const h = v.groupAt[j]!;
    if (h >= 0 && h !== g && isPerson(v, h) && !v.attributive[h] && v.subjectPos[h]) return h;
  }
  return -1;
}

/**
 * "The United States said that the RSF had committed genocide ..., and imposed sanctions on ...": a verb after ", and"
 * with no subject of its own shares the subject of the reporting verb before it, not of the reported clause; or -1.
 */
function sharedSayer(v: View, i: number, deed = false): number {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "AUX")) k--;
  if (!is(v, v.toks[k], v.b.and)) return -1;
  // Without a comma, only a tense shift marks it: "said Haniyeh had been killed ... and blamed Israel".
  const comma = v.toks[k - 1]?.text === ",";
  if (!comma && (k !== i - 1 || v.toks[i]!.lower === v.toks[i]!.lemma)) return -1;
  let perfect = false;
  for (let j = k - 2; j > 0; j--) {
    const t = v.toks[j]!;
    if (t.text === ";" || v.asideAt[j]! >= 0) return -1;
    // "said the army had burned villages and forced thousands to flee": an active past perfect lends its "had" to a
    // deed of force after "and" (`deed`); a passive one ("had been killed … and blamed Israel") is a shift.
    if (t.pos === "AUX" && t.lemma === "have" && t.lower === "had" && (comma || !deed || passiveAfter(v, j)))
      perfect = true;
    // "said the Taliban must hand back ... and warned": a modal's bare verb, then a past tense.
    if (t.pos === "AUX" && !NON_MODAL.has(t.lemma) && v.toks[j + 1]?.pos === "VERB") perfect = true;
    if (t.pos !== "VERB" || !is(v, t, v.b.say)) continue;
    if (!comma && !perfect) return -1;
    // The reported clause must hold an actor of its own between the verb and the conjunction.
    let reported = false;
    for (let x = j + 1; x < k; x++) if (v.groupAt[x]! >= 0) reported = true;
    const s = subjectOf(v, j);
    return reported && s >= 0 && v.groups[s]!.tokEnd <= j ? s : -1;
  }
  return -1;
}

/** "had been killed", "had not been seen": the "had" at `j` opens a passive (adverbs may stand between). */
function passiveAfter(v: View, j: number): boolean {
  let k = j + 1;
  while (k < v.toks.length && v.toks[k]!.pos === "ADV") k++;
  return v.toks[k]?.lower === "been";
}

/** ", calling ...", ", killing ...": an -ing participle right after a comma elaborates the clause before it. */
export function elaborating(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (!t.lower.endsWith("ing") || v.toks[i - 1]?.text !== ",") return false;
  // ", meeting President Joe Biden at ...": an -ing word the tagger took for a noun, with an actor as its object.
  return t.pos === "VERB" || (t.pos === "NOUN" && t.lemma === t.lower && (v.groupAt[i + 1] ?? -1) >= 0);
}

/** ", toppling buildings and killing 2,000 people": an -ing verb after "and" joined to an elaborating one before it. */
export function joinedElaborating(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || !is(v, v.toks[i - 1], v.b.and)) return false;
  for (let k = i - 2; k > 0 && !v.w.barrier.has(v.toks[k]!.text); k--) if (elaborating(v, k)) return true;
  return false;
}

/**
 * "France responded by expelling 12 Algerian officials and recalling its ambassador", "…, expelling the Cambodian
 * ambassador and recalling its own envoy": an -ing verb after "and" joined to an -ing verb after "by" or a comma
 * before it in the clause shares that verb's subject, not the object named in between; the first verb's token, or -1.
 */
function joinedParticiple(v: View, i: number): number {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || !is(v, v.toks[i - 1], v.b.and)) return -1;
  for (let k = i - 2; k > 0 && !v.w.barrier.has(v.toks[k]!.text); k--) {
    const u = v.toks[k]!;
    const by = v.toks[k - 1]?.lower === "by";
    // "by expelling": the tagger may read the -ing word after "by" as a noun.
    if (u.lower.endsWith("ing") && (u.pos === "VERB" || (u.pos === "NOUN" && by)))
      return by || elaborating(v, k) ? k : -1;
    if (u.pos === "VERB" || u.pos === "AUX") return -1;
  }
  return -1;
}

/**
 * "Ishiba sent condolences after a Jeju Air jet crashed on landing, killing 179 people": a participle closing a
 * background clause (after "after", "as", "when" … past the source `g`) whose subject is a noun phrase with no actor.
 */
function plainBackgroundSubject(v: View, g: number, i: number): boolean {
  const plain = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
  for (let k = i - 1; k >= v.groups[g]!.tokEnd; k--) {
    if (!is(v, v.toks[k], v.b.subord)) continue;
    let j = k + 1;
    while (j < i && plain.has(v.toks[j]!.pos) && v.groupAt[j]! < 0) j++;
    return j > k + 1 && j < i && v.toks[j - 1]!.pos === "NOUN" && v.toks[j]!.pos === "VERB";
  }
  return false;
}

/**
 * True when the clause from token `from` opens with an incident noun that has no agent ("An explosion at a hospital in
 * Gaza City killed ..."), with group `g` inside its phrase and no verb before the verb at `i`.
 */
function agentlessHead(v: View, from: number, g: number, i: number): boolean {
  let j = from;
  // "Kenya's floods have killed at least 70 people", "Pakistan's monsoon floods killed ...": the actor owns the
  // incident that heads the clause (the last noun of its phrase, before any verb).
  const owner = v.groups[g]!;
  if (owner.tokStart === from && isIn(v.toks[owner.tokEnd], v.w.possessive)) {
    let head = -1;
    for (let k = owner.tokEnd + 1; k < i; k++) {
      const t = v.toks[k]!;
      if (v.groupAt[k]! >= 0) return false;
      if (t.pos === "NOUN") head = k;
      else if (t.pos !== "DET" && t.pos !== "ADJ") break;
    }
    return head >= 0 && isIn(v.toks[head], v.w.agentless) && !verbBetween(v, head + 1, i);
  }
  while (j < i && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ") && v.groupAt[j]! < 0) j++;
  if (j >= i || v.toks[j]!.pos !== "NOUN" || v.groupAt[j]! >= 0 || !isIn(v.toks[j], v.w.agentless))
    return false;
  if (owner.tokStart <= j || owner.tokEnd > i) return false;
  for (let k = j + 1; k < i; k++)
    if (v.toks[k]!.pos === "VERB" || v.w.barrier.has(v.toks[k]!.text)) return false;
  return true;
}

/** True when a verb or a clause barrier stands between tokens `from` (inclusive) and `to` (exclusive). */
function verbBetween(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (v.toks[k]!.pos === "VERB" || v.w.barrier.has(v.toks[k]!.text)) return true;
  return false;
}

/** ", and rejected ...": the verb at `i` follows ", and" (and adverbs or auxiliaries) directly. */
function commaAnd(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "AUX")) k--;
  return is(v, v.toks[k], v.b.and) && v.toks[k - 1]?.text === ",";
}

/** Roots of acts done by speaking: a participle of these after "X said Y did Z" is the sayer's. */
const VERBAL_ROOT = new Set(["01", "02", "03", "10", "11", "12", "13"]);

/** Roots of deeds a reported clause narrates (coercion, assault, force), not a sayer's own answer to them. */
const DEED_ROOT = new Set(["14", "15", "17", "18", "19", "20"]);

/**
 * The token before the count that opens a noun phrase ending at token `k` ("at least 100", "more than 20", "dozens of",
 * "hundreds of"), or `k` when no number or quantity word stands there.
 */
function countBefore(v: View, k: number): number {
  const pos = (j: number) => v.toks[j]?.pos ?? "";
  let j = k;
  while (j >= 0 && (pos(j) === "ADJ" || pos(j) === "DET")) j--;
  // "dozens of", "hundreds of": a quantity word and "of" before the noun.
  if (is(v, v.toks[j], v.b.npLink) && (pos(j - 1) === "NUM" || isIn(v.toks[j - 1], v.w.quantity)))
    return j - 2;
  if (pos(j) !== "NUM") return k;
  j--;
  // "more than 20", "at least 100", "nearly 40": the words that qualify the count.
  if (pos(j) === "ADP" && (pos(j - 1) === "ADJ" || pos(j - 1) === "ADV")) return j - 2;
  if (pos(j) === "ADV" && pos(j - 1) === "ADP") return j - 2;
  return pos(j) === "ADV" ? j - 1 : j;
}

/**
 * "China halted imports after Tokyo began ..., calling the release selfish": the subject found for a participle is
 * that of a background clause ("after"/"as"/"while" ...) or, for a verbal act, of a reported one ("said Pakistan had
 * ..."); the participle belongs to the clause governing it. At most two hops back, each one backward scan.
 */
function governingSubject(v: View, s: number, reported: boolean, reaction = false): number {
  for (let hop = 0; hop < 2; hop++) {
    const k0 = v.groups[s]!.tokStart - 1;
    // "said that at least 100 people were killed ..., blaming X": the clause opens before the subject's count.
    let k = countBefore(v, k0);
    while (k >= 0 && v.toks[k]!.pos === "DET") k--;
    // "a Ukrainian claim that its forces had ...": the charged party's possessive pronoun before its group.
    if (
      reported &&
      is(v, v.toks[k], v.b.possessivePronoun) &&
      v.toks[k - 1]?.lower === "that" &&
      is(v, v.toks[k - 2], v.b.claimNoun)
    )
      k--;
    const that = reported && v.toks[k]?.lower === "that";
    if (that) {
      k--;
      // "said on Monday that Chinese ships had ...": a time adjunct between the verb of saying and "that".
      while (
        k > 0 &&
        (isIn(v.toks[k], v.w.timeWord) || (v.toks[k]!.pos === "ADP" && isIn(v.toks[k + 1], v.w.timeWord)))
      )
        k--;
    }
    const t = v.toks[k];
    if (!t) break;
    // "Moscow denied a Ukrainian claim that its forces had used cluster munitions, calling the allegation a
    // provocation": the clause of a charge is no speaker's; the participle is the one who answers the charge.
    if (that && is(v, t, v.b.claimNoun)) {
      const gov = verbBefore(v, k);
      const up = gov >= 0 ? subjectOf(v, gov) : -1;
      if (up < 0 || up === s) break;
      s = up;
      continue;
    }
    // "warned it would close the border if Belgrade kept massing troops, calling the build-up a provocation",
    // "despite the tariffs (that) Washington imposed ..., calling the levies blackmail": a reaction, or a reported
    // verbal act, in the participle is not the subject's of the condition or of the relative clause on a thing before
    // it; it belongs to the clause they hang on ("an attack that Iran blamed on Israel, vowing revenge" stays Iran's).
    const condition = t.lower === "if" || t.lower === "unless";
    const background = is(v, t, v.b.subord) && t.lower !== "that" && (reaction || !condition);
    const said = reported && t.pos === "VERB" && is(v, t, v.b.say);
    const nested = reported && ((thingRelativeAt(v, k) && !speechRelative(v, s)) || condition);
    if (!background && !said && !nested) break;
    const up = subjectOf(v, k);
    if (up < 0 || up === s) break;
    s = up;
  }
  return s;
}

const OBJECT_LEAD = new Set(["DET", "NUM", "ADJ", "ADV"]);

/**
 * "the tariffs that Washington imposed", "the 50 percent tariffs Washington imposed": token `k`, right before a
 * subject, is a relative pronoun after a noun that names no actor, or such a noun itself (a relative with no pronoun).
 */
function thingRelativeAt(v: View, k: number): boolean {
  const t = v.toks[k]!;
  const noun = (j: number) => v.toks[j]?.pos === "NOUN" && v.groupAt[j]! < 0;
  if (is(v, t, v.b.relative) || t.lower === "that") return noun(k - 1);
  return noun(k) && !isIn(v.toks[k + 1], v.w.placePrep);
}

/**
 * "an order the UN said was impossible to carry out, urging Israel to rescind it", "an attack that Iran blamed on
 * Israel, vowing revenge": the verb after subject group `s` reports or blames; the participle goes on its words.
 */
function speechRelative(v: View, s: number): boolean {
  let j = v.groups[s]!.tokEnd;
  while (v.toks[j]?.pos === "AUX" || v.toks[j]?.pos === "ADV") j++;
  const t = v.toks[j];
  return t !== undefined && (is(v, t, v.b.say) || is(v, t, v.b.agentVerb));
}

/**
 * "weeks of hesitation that had drawn criticism": the thing noun a relative "that"/"which" right before verb `gov`
 * (auxiliaries between) hangs on, or -1.
 */
function thingNounBefore(v: View, gov: number): number {
  let r = gov - 1;
  while (r > 0 && (v.toks[r]!.pos === "AUX" || v.toks[r]!.pos === "ADV")) r--;
  const rel = v.toks[r];
  if (r <= 0 || !rel || rel.pos === "VERB" || !(rel.lower === "that" || rel.lower === "which")) return -1;
  return thingRelativeAt(v, r) ? r - 1 : -1;
}

/**
 * "a wave of air strikes that killed more than 400 people", "an explosion that damaged a railway line": a relative
 * pronoun at `r` on a noun phrase that names no actor; the relative's subject is that noun, not the clause's subject
 * before it. Not a summary noun after a comma (", a decision that drew criticism from X"), a place ("in Sagaing region
 * that killed": the relative may go on the act before it) or an actor's head noun ("a Chinese coast guard cutter that").
 */
function thingRelative(v: View, r: number): boolean {
  // "an earthquake late on Friday that killed ...": a time adjunct between the noun and the relative pronoun.
  let h = r - 1;
  const timeTok = (t: Token) => isIn(t, v.w.timeWord) || isIn(t, v.w.duration) || t.pos === "NUM";
  while (h > 1 && v.groupAt[h]! < 0 && timeTok(v.toks[h]!)) h--;
  if (h < r - 1 && !isIn(v.toks[h + 1], v.w.timeWord)) h = r - 1;
  // "after the earthquake, which killed more than 3,000 people": a set-off relative on an incident with no agent.
  const set = v.toks[h]?.text === "," ? v.toks[h - 1] : undefined;
  if (set?.pos === "NOUN" && v.groupAt[h - 1]! < 0 && isIn(set, v.w.agentless)) return true;
  if (v.toks[h]?.pos !== "NOUN" || v.groupAt[h]! >= 0) return false;
  // "in clashes that killed about 100 people": an incident with no agent is the subject wherever it stands.
  if (isIn(v.toks[h], v.w.agentless)) return true;
  let k = h;
  while (k > 0 && NP_POS.has(v.toks[k - 1]!.pos) && v.groupAt[k - 1]! < 0) k--;
  const before = v.toks[k - 1];
  return !(before?.text === "," || (v.groupAt[k - 1] ?? -1) >= 0 || isIn(before, v.w.placePrep));
}

/**
 * True when subordinator or relative `k` opens a clause, with no comma up to token `i`, headed by an incident with no
 * agent, or whose subject is a plain noun phrase that is no actor and whose verb comes before an "and" joining `i` to it.
 */
export function thingClauseBefore(v: View, k: number, i: number): boolean {
  let j = k + 1;
  // "where clashes between the two countries' forces killed about 100 people": an incident with no agent heads it
  // ("after fighting there killed about 100 people": also as an "-ing" word the tagger took for a verb).
  while (j < i && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ") && v.groupAt[j]! < 0) j++;
  const head = v.toks[j];
  const nounLike = head?.pos === "NOUN" || (head?.pos === "VERB" && head.lower.endsWith("ing") && j + 1 < i);
  if (j < i && nounLike && v.groupAt[j]! < 0 && isIn(head, v.w.agentless))
    return !v.toks.slice(k + 1, i).some((t) => v.w.barrier.has(t.text));
  j = k + 1;
  while (j < i && v.toks[j]!.pos !== "VERB") j++;
  if (j >= i || !plainSubjectBefore(v, k + 1, j)) return false;
  let and = false;
  for (let m = j + 1; m < i; m++) {
    if (v.w.barrier.has(v.toks[m]!.text) || is(v, v.toks[m], v.b.subord)) return false;
    if (is(v, v.toks[m], v.b.and)) and = true;
  }
  return and;
}

/**
 * The nearest subject-position group left of token `i`, skipping asides that do not contain `i`; with `patient` (a
 * passive's subject), also a demonym or place ("A Philippine supply boat was rammed by ...").
 */
export function subjectOf(v: View, i: number, patient = false): number {
  const myAside = v.asideAt[i]!;
  const ctl = controller(v, i);
  if (ctl >= 0) return ctl;
  const owner = decisionOwner(v, i);
  if (owner >= 0) return owner;
  const seen = perceivedSubject(v, i);
  if (seen !== NOT_PERCEIVED) return seen;
  if (unnamedController(v, i)) return -1;
  if (noneSubject(v, i)) return -1;
  const pro = pronounSubject(v, i);
  if (pro >= 0) return pro;
  const owned = ownedClauseSubject(v, i);
  if (owned >= 0) return owned;
  // "..., with Thai jets striking Cambodian targets": the actor of an absolute phrase.
  const abs = absoluteActor(v, i);
  if (abs >= 0) return abs;
  // "..., after signing an agreement with Maduro", "While visiting Tokyo, Biden said": a gerund right after a
  // subordinator has no subject of its own; it is the governing clause's.
  const sub = gerundClause(v, i);
  if (sub >= 0) {
    const main = commaAdjunct(v, sub) ? firstSubject(v, clauseStart(v, sub), sub) : -1;
    if (main >= 0) return main;
    const up = subjectOf(v, sub, patient);
    return up >= 0 || sub !== 0 || v.frontEnd < i ? up : mainSubject(v, v.frontEnd);
  }
  // "India rejected Canada's allegation that its agents were involved in the killing, and expelled a Canadian
  // diplomat": a verb right after ", and" joins the clause the "that" clause hangs on, not that clause.
  // So does one after a subordinate clause ("suspended Gabon's membership after army officers seized power, and ordered
  // the military to ...").
  const that = thatBeforeAnd(v, i);
  const governing = that >= 0 ? subjectOf(v, that, patient) : -1;
  if (governing >= 0) return governing;
  // "Iranian drones that violated its airspace": a relative pronoun right before the verb stands for the actor before it.
  let r = i - 1;
  while (r > 0 && (v.toks[r]!.pos === "AUX" || v.toks[r]!.pos === "ADV")) r--;
  const rel = v.toks[r];
  if (r > 0 && rel && rel.pos !== "VERB" && (is(v, rel, v.b.relative) || rel.lower === "that")) {
    const g = v.groupAt[r - 1]!;
    // "a resolution drafted by France that would have extended sanctions": the relative is on the noun the
    // participle describes, not on its "by" agent.
    // "led by students who have blockaded ...": "who" stays on the agent.
    if (g >= 0 && !patient && rel.lower !== "who" && participleBy(v, v.groups[g]!.tokStart))
      return describedBefore(v, v.groups[g]!.tokStart);
    if (g >= 0 && (!v.attributive[g] || patient) && v.asideAt[r]! === v.asideAt[i]!) return g;
    if (g < 0 && !patient && thingRelative(v, r)) return -1;
  }
  // "India's foreign minister, after a meeting of Quad ministers in Tokyo that focused on security, criticised China":
  // an inserted phrase between a clause's first noun phrase and its verb holds no subject.
  const inserted = myAside < 0 && !patient ? insertedSubject(v, i) : -1;
  if (inserted >= 0) return inserted;
  // ", an attack Qatar condemned and that drew criticism from X": a second relative on a summary noun is on the act
  // the noun restates; its subject is found as the first relative's noun would be, before that noun.
  // Not when an actor stands after the "and" (", a deal Seoul said it regretted and Washington called deeply
  // troubling"): the second clause names its own subject.
  const first =
    r > 0 && rel?.pos !== "VERB" && v.groupAt[r]! < 0 && v.toks[r - 1]?.lower === "and"
      ? conjoinedSummary(v, r - 1)
      : null;
  for (let k = first && v.toks[first.before]?.text === "," ? first.before : i - 1; k >= 0; k--) {
    const t = v.toks[k]!;
    // A ";" ends the clause; so does a subordinator whose clause holds the verb ("..., as Ueda warned").
    if (t.text === ";" || opensClause(v, k, i)) break;
    // "a ceasefire under which the group would stop attacking ...": the relative clause has its own subject.
    if (is(v, t, v.b.relative) && v.toks[k - 1]?.pos === "ADP") break;
    // "after a passenger plane crashed near Pokhara and killed 72 people": a verb joined by "and" to the verb of a
    // subordinate clause whose subject names no actor shares that subject.
    if ((is(v, t, v.b.subord) || is(v, t, v.b.relative)) && t.lower !== "that" && thingClauseBefore(v, k, i))
      return -1;
    // "police dispersed protesters who tried to march on the embassy": "who" right after a noun makes that noun the
    // subject (an actor or none), never the clause's subject before it.
    // Not for a verb after that clause closed ("a couple who were travelling ..., accusing them of ...").
    if (
      t.lower === "who" &&
      v.toks[k - 1]?.pos === "NOUN" &&
      v.asideAt[k] === myAside &&
      !v.toks.slice(k + 1, i).some((x) => x.text === ",")
    ) {
      const g = v.groupAt[k - 1]!;
      return g >= 0 && !v.attributive[g] ? g : -1;
    }
    // "... with Prime Minister Sanae Takaichi, who praised ...": a subject relative stands for the name before it.
    // Not for a verb after the relative clause closed ("..., who had been serving ..., drawing criticism from X").
    if (
      is(v, t, v.b.relative) &&
      t.pos === "PRON" &&
      v.toks[k - 1]?.text === "," &&
      v.asideAt[k] === myAside
    ) {
      const g = v.groupAt[k - 2] ?? -1;
      if (g >= 0 && !v.attributive[g]) return g;
    }
    // "Duda said a missile killed two people": a reported clause whose subject is a noun phrase that is no actor has
    // no actor subject; the sayer is not the agent.
    if (t.pos === "VERB" && is(v, t, v.b.say) && plainSubjectBefore(v, k + 1, i)) return -1;
    // "Amnesty said dozens of detainees were beaten by ...": a passive's patient reported after a sayer that is no
    // state (a monitor) is the reported clause's own subject; one that names no actor, nor a pronoun, is not the sayer
    // (a state's "28 soldiers were killed" are its own).
    const monitor = patient && t.pos === "VERB" && is(v, t, v.b.say) && monitorBefore(v, k);
    if (monitor && namelessPatient(v, k + 1, i)) return -1;
    const g = v.groupAt[k]!;
    if (g < 0) continue;
    const gs = v.groups[g]!;
    k = gs.tokStart;
    const aside = v.asideAt[k]!;
    if (aside >= 0 && aside !== myAside) continue;
    // "A resolution approved by the OAS urged Venezuela to ...", "Troops sent by Moscow shelled ...": the agent of a
    // reduced passive relative on a subject that names no actor is the main verb's agent.
    if (!patient && reducedAgentSubject(v, g, i)) return g;
    if (!v.subjectPos[g] || introducedBy(v, g, v.w.agent) || (v.attributive[g] && !patient)) continue;
    if (ofNounBeforeAnd(v, g, i)) continue;
    return g;
  }
  // A relative clause with no subject inside refers back to the name before it ("China, which fired ...").
  if (myAside >= 0) {
    const start = v.asides[myAside]![0];
    for (let k = start - 2; k >= 0 && k >= start - 3; k--) if (v.groupAt[k]! >= 0) return v.groupAt[k]!;
  }
  return -1;
}

/**
 * The actor that is the first noun phrase of the verb at `i`'s clause when a comma-enclosed insertion (see
 * `subjectBeforeInsertion`) stands between them, right before the verb's auxiliaries; -1 otherwise.
 */
function insertedSubject(v: View, i: number): number {
  let close = i - 1;
  while (close > 0 && (v.toks[close]!.pos === "AUX" || v.toks[close]!.pos === "ADV")) close--;
  const ci = subjectBeforeInsertion(v, v.chunks, close);
  if (ci < 0) return -1;
  const g = v.groupAt[v.chunks.list[ci]!.end - 1]!;
  return g >= 0 && !v.attributive[g] && v.subjectPos[g]! ? g : -1;
}

/**
 * "The pact commits Russia to defend North Korea": the actor right after the verb of match `m` (past determiners)
 * whose pattern goes on with "to", when that "to" follows the actor; -1 otherwise.
 */
function boundObject(v: View, m: Match): number {
  const first = m.pattern.rest[0];
  if (first?.kind !== "word" || !first.words.has("to")) return -1;
  let k = m.trigger + 1;
  while (v.toks[k]?.pos === "DET") k++;
  const g = v.groupAt[k] ?? -1;
  if (g < 0 || v.attributive[g] || v.groups[g]!.tokStart <= m.trigger) return -1;
  const to = v.groups[g]!.tokEnd;
  return v.toks[to]?.lower === "to" && to <= m.last && v.groupAt[to]! < 0 ? g : -1;
}

/**
 * True when the sentence opens with a condition ("if", "unless") and the verb at `i` takes a pronoun for object, or a
 * possessive ("attacks it", "strikes its ships", "fires at its vessels"): a pronoun with no antecedent before it.
 */
function forwardPronoun(v: View, i: number): boolean {
  if (!isIn(v.toks[0], v.w.condition)) return false;
  let k = i + 1;
  if (v.toks[k]?.pos === "ADP") k++;
  const t = v.toks[k];
  return is(v, t, v.b.possessivePronoun) || is(v, t, v.b.objectPronoun);
}

/**
 * True when tokens [from, verb) are a reported passive's subject that names no actor: nouns (with a participle or
 * preposition: "people detained after the protests", "at least 22 people", "dozens of detainees") and the verb's
 * auxiliaries, with no actor, pronoun, comma or finite verb among them.
 */
export function namelessPatient(v: View, from: number, verb: number): boolean {
  // "declared persona non grata and expelled": the passive has its own auxiliary ("were beaten").
  if (v.toks[verb - 1]?.pos !== "AUX") return false;
  let noun = false;
  for (let j = from; j < verb; j++) {
    const t = v.toks[j]!;
    if (v.groupAt[j]! >= 0 || t.pos === "PRON" || t.pos === "CCONJ" || v.w.barrier.has(t.text)) return false;
    if (is(v, t, v.b.possessivePronoun) || is(v, t, v.b.subjectPronoun)) return false;
    const finite = t.lower === t.lemma || t.lower.endsWith("ing") || is(v, t, v.b.say);
    if (t.pos === "VERB" && finite) return false;
    if (t.pos === "NOUN") noun = true;
  }
  return noun;
}

/**
 * True when the actor right before the reporting verb at `k` (auxiliaries and adverbs between) is an international or
 * non-governmental body, no state: a monitor that reports on others ("the UN said", "Amnesty International said").
 */
export function monitorBefore(v: View, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (v.toks[j]!.pos === "AUX" || v.toks[j]!.pos === "ADV")) j--;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && v.groups[g]!.members.every((x) => /^(IGO|NGO)/.test(x.code));
}

/** Parts of speech of a plain noun phrase's words ("a draft resolution", "two Chinese ships"). */
const REDUCED_NP = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * True when group `g` is the "by" agent of a past participle whose agent acts through the noun it describes
 * (`_ACT_THROUGH`), right after the clause's subject, a plain noun phrase that names no actor, and the active verb at
 * `i` follows it past auxiliaries and adverbs only: "A resolution approved by the OAS urged Venezuela", "Drones
 * launched by the Houthis struck a Saudi oil facility" (not "A man arrested by police was released", a passive; nor
 * "Syrian rebels led by HTS seized Damascus", whose subject is an actor; nor "attacks claimed by Hezbollah"; nor a
 * verb of place, "jets sent by Denmark arrived in Ukraine").
 */
function reducedAgentSubject(v: View, g: number, i: number): boolean {
  const gs = v.groups[g]!;
  if (v.toks[i]?.pos !== "VERB" || isPassive(v, i) || v.attributive[g]) return false;
  // "The first F-16 jets supplied by Denmark have arrived in Ukraine": the noun goes somewhere, its sender does not.
  if (isIn(v.toks[i + 1], v.w.placePrep)) return false;
  for (let k = gs.tokEnd; k < i; k++) if (v.toks[k]!.pos !== "AUX" && v.toks[k]!.pos !== "ADV") return false;
  let k = gs.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (k < 1) return false;
  const part = v.toks[k - 1];
  const participle =
    part?.pos === "VERB" && part.lower !== part.lemma && !part.lower.endsWith("ing") && isIn(part, v.w.actThrough);
  if (v.toks[k]?.lower !== "by" || !participle) return false;
  let j = k - 2;
  let noun = false;
  while (j >= 0 && REDUCED_NP.has(v.toks[j]!.pos) && v.groupAt[j]! < 0) {
    if (v.toks[j]!.pos === "NOUN" || v.toks[j]!.pos === "PROPN") noun = true;
    j--;
  }
  if (!noun || v.toks[j + 1]?.pos === "NUM" || (j >= 0 && v.groupAt[j]! >= 0)) return false;
  const before = v.toks[j];
  return before === undefined || before.text === "," || before.lower === "that";
}

/** Words that name nobody as a subject: "nobody claimed the attack". */
const NONE_SUBJECT = new Set(["nobody", "none", "no-one"]);

/**
 * True when the verb at `i` (past its auxiliaries and adverbs) has for subject a noun phrase that names nobody: "no
 * group claimed responsibility", "no one has claimed the attack", "nobody claimed it". It has no actor subject, not
 * the subject of the clause before it (", police said, and no group claimed responsibility").
 */
function noneSubject(v: View, i: number): boolean {
  let r = i - 1;
  while (r > 0 && (v.toks[r]!.pos === "AUX" || v.toks[r]!.pos === "ADV")) r--;
  const t = v.toks[r];
  if (!t || v.groupAt[r]! >= 0) return false;
  if (NONE_SUBJECT.has(t.lower)) return true;
  if (t.pos !== "NOUN" && t.pos !== "PRON" && t.pos !== "NUM") return false;
  let k = r - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ" && v.groupAt[k]! < 0) k--;
  return v.toks[k]?.lower === "no" && v.toks[k]?.pos === "DET";
}

/** perceivedSubject's answer when no verb of perception governs the -ing verb. */
const NOT_PERCEIVED = -2;
/** Most words of a noun phrase naming no actor between a verb of perception and an -ing verb ("three masked men"). */
const PERCEIVED_WORDS = 5;

/**
 * "drone footage appeared to show Russian soldiers executing prisoners", "witnesses saw masked men firing": the object
 * of a verb of perception (`_PERCEIVE`) right before the -ing verb at `i` is its subject: that actor's group, or -1 when
 * the object names none; NOT_PERCEIVED when no such verb stands there.
 */
function perceivedSubject(v: View, i: number): number {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || t.lower === t.lemma) return NOT_PERCEIVED;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  const g = v.groupAt[k] ?? -1;
  let start = k;
  if (g >= 0) start = v.groups[g]!.tokStart;
  else {
    if (v.toks[k]?.pos !== "NOUN") return NOT_PERCEIVED;
    while (
      start > 0 &&
      start > k - PERCEIVED_WORDS &&
      NP_POS.has(v.toks[start - 1]!.pos) &&
      v.groupAt[start - 1]! < 0
    )
      start--;
  }
  let j = start - 1;
  while (j >= 0 && v.toks[j]!.pos === "DET") j--;
  const verb = v.toks[j];
  if (verb?.pos !== "VERB" || !isIn(verb, v.w.perceive)) return NOT_PERCEIVED;
  return g >= 0 && !v.attributive[g] ? g : -1;
}

const CHAIN_NEXT_SUBJECT = new Set(["AUX", "ADV", "PART"]);

/**
 * True when tokens [from, verb) are an optional "that", a plain noun phrase that is no actor (determiner, adjectives,
 * nouns) and the verb's auxiliaries: the reported clause's own subject.
 */
function plainSubjectBefore(v: View, from: number, verb: number): boolean {
  let j = from;
  if (v.toks[j]?.lower === "that") j++;
  if (v.toks[j]?.pos === "DET") j++;
  // "the two-year war": a hyphen inside the modifiers.
  const mod = (t: Token) => t.pos === "ADJ" || t.pos === "NUM" || t.text === "-";
  while (j < verb && mod(v.toks[j]!) && v.groupAt[j]! < 0) j++;
  const head = j;
  // "A magnitude 7.8 earthquake": a number inside the nouns.
  const noun = (t: Token) => t.pos === "NOUN" || (t.pos === "NUM" && j > head);
  while (j < verb && noun(v.toks[j]!) && v.groupAt[j]! < 0) j++;
  if (j === head) return false;
  // "said the war that ended with a peace deal in Pretoria had killed ...": a relative clause on the noun, then the
  // verb's own auxiliary.
  if (is(v, v.toks[j], v.b.relative) || v.toks[j]?.lower === "that") {
    let c = verb;
    while (c > j + 2 && CHAIN_NEXT_SUBJECT.has(v.toks[c - 1]!.pos)) c--;
    return c < verb && c > j + 2 && v.toks[c]!.pos === "AUX";
  }
  // Not "announce a pact to deploy": an infinitive's "to" follows an object, not a subject.
  while (j < verb && CHAIN_NEXT_SUBJECT.has(v.toks[j]!.pos) && v.toks[j]!.lower !== "to") j++;
  return j === verb;
}

/**
 * True when the clause from `from` opens with a plain noun phrase that is no actor, then its verb, and group `g`
 * comes after that verb ("A 7.8-magnitude earthquake struck ... Syria": Syria is no subject).
 */
function plainClauseSubject(v: View, from: number, g: number): boolean {
  const at = v.groups[g]!.tokStart;
  for (let k = from; k < at; k++) if (v.toks[k]!.pos === "VERB") return plainSubjectBefore(v, from, k);
  return false;
}

/** "the visit of the Indian prime minister": the actor right after a noun event and "of". */
function ofAfter(v: View, head: number): number {
  if (v.toks[head + 1]?.lower !== "of") return -1;
  let k = head + 2;
  while (k < v.toks.length && v.toks[k]!.pos === "DET") k++;
  return v.groupAt[k] ?? -1;
}

/** True when group `g` closes with a possessive ("the European Union's") before the match's last word `last`. */
function ownsInside(v: View, g: number, last: number): boolean {
  const end = v.groups[g]!.tokEnd;
  const t = v.toks[end];
  return end < last && t?.pos === "PART" && v.w.possessive.has(t.lower);
}

/**
 * The actor a participle with its "by" agent starting at `at` describes ("militias backed by Iran"), or -1 when it
 * describes a thing ("a resolution drafted by France").
 */
function describedBefore(v: View, at: number): number {
  let k = at - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  const g = v.groupAt[k - 2] ?? -1;
  return g >= 0 && !v.attributive[g] ? g : -1;
}

/** True when the actor starting at token `at` is a participle's "by" agent ("mediated by Egypt"). */
function participleBy(v: View, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  const p = v.toks[k - 1];
  return (
    is(v, v.toks[k], v.b.agent) &&
    p !== undefined &&
    (p.pos === "VERB" || p.pos === "ADJ") &&
    p.lower.endsWith("ed")
  );
}

const STATE_SECTORS = new Set(["", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"]);

/** True for a state actor's code (a country alone or a state sector) and for an IGO. */
export function stateCode(code: string): boolean {
  return code.startsWith("IGO") || STATE_SECTORS.has(code.slice(3, 6));
}

/**
 * "discussed the war with Zelensky", "discussed trade with the Chinese delegation": for a `topic` verb the group
 * (after its determiners and adjectives) stands behind "with", a partner; "discussed a U.S. ceasefire proposal",
 * "discussed Washington's plan", "discussed Ukraine" name what is talked about.
 */
function partnerWith(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  const lead = (t: Token) =>
    t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || is(v, t, v.b.possessivePronoun);
  while (k >= 0 && lead(v.toks[k]!)) k--;
  return v.toks[k]?.lower === "with";
}

/** A code for a country's people rather than its state: the bare country ("South Africans") or a non-state sector. */
function peopleCode(code: string): boolean {
  return !code.startsWith("IGO") && (code.length === 3 || !stateCode(code));
}

/** The first actor before token `end` of another country than `source`'s (not a modifier), or -1. */
function otherBefore(v: View, end: number, source: number): number {
  for (let g = 0; g < v.groups.length && v.groups[g]!.tokEnd <= end; g++)
    if (!v.attributive[g] && !sameCountry(v, g, source)) return g;
  return -1;
}

/** True when the actor starting at token `at` is introduced by "by"/"from" (at token `only`, if given). */
function agentWord(v: View, at: number, only = -1): boolean {
  let k = at - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return (only < 0 || k === only) && is(v, v.toks[k], v.b.nounAgent);
}

/**
 * Where "by"/"from" names a noun event's agent: right after the trigger ("criticism from Tokyo"), or after the noun an
 * adjective trigger qualifies ("an angry response from China").
 */
function agentSlot(v: View, i: number): number {
  let k = i + 1;
  if (v.toks[i]!.pos === "ADJ") while (v.toks[k]?.pos === "NOUN" && k < i + 3) k++;
  return k;
}

/**
 * "an attack blamed on Israel", "a strike attributed to Israel", "a raid carried out by Russian forces": the group after
 * a participle that names the agent (the `_AGENT_VERB` class), an optional "out", and "on"/"to"/"by"; or -1.
 */
function blamedAgent(v: View, k: number): number {
  const t = v.toks[k];
  if (t?.pos !== "VERB" || t.lower === t.lemma || !is(v, t, v.b.agentVerb)) return -1;
  let j = k + 1;
  if (v.toks[j]?.lower === "out") j++;
  const prep = v.toks[j]?.lower;
  if (prep !== "on" && prep !== "to" && prep !== "by") return -1;
  j++;
  while (j < v.toks.length && v.toks[j]!.pos === "DET") j++;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && !v.attributive[g] ? g : -1;
}

/** "a visit to Taipei by the House speaker", "criticism from Tokyo": "by"/"from" and an actor right after the noun event. */
function agentRightAfter(v: View, last: number, reach = 3): number {
  // "an attack on Syrian positions blamed on Israel" (the rest of the target's noun phrase first), "the attack was
  // blamed on Israel" (the noun event is the passive's subject).
  // "an attack later claimed by the Islamic State": an adverb too.
  let b = last + 1;
  while (b < last + 4 && (v.toks[b]?.pos === "NOUN" || v.toks[b]?.pos === "ADJ" || v.toks[b]?.pos === "ADV"))
    b++;
  const np = b;
  while (v.toks[b]?.pos === "AUX" && b < np + 2) b++;
  // "sabotage attacks it blamed on Moscow", "attacks that Warsaw blamed on Russia": an object relative names the agent.
  let rel = b;
  if (is(v, v.toks[rel], v.b.relative) || v.toks[rel]?.lower === "that") rel++;
  const g = v.groupAt[rel] ?? -1;
  if (is(v, v.toks[rel], v.b.subjectPronoun)) rel++;
  else if (g >= 0) rel = v.groups[g]!.tokEnd;
  const direct = blamedAgent(v, b);
  const blamed = direct >= 0 || rel === b ? direct : blamedAgent(v, rel);
  if (blamed >= 0) return blamed;
  // "a pledge of support from the United States": a complement after "of" belongs to the noun event.
  let complement = false;
  // "joint drills held this week by ...": the words of time skipped after a participle of organising.
  let organised = 0;
  for (let k = last + 1; k <= last + reach + (complement ? 2 : 0) + organised && k < v.toks.length; k++) {
    // "talks with a U.S. delegation led by Rubio": the agent of a participle is not the noun event's.
    // "an inquiry into alleged abuses by Russian forces": the agent of another noun in between is not this one's.
    const x = v.toks[k]!;
    if (k === last + 1 && x.pos === "ADP" && is(v, x, v.b.npLink) && v.groupAt[k + 1]! < 0) complement = true;
    // "joint drills planned by Iran, Russia and China", "drills being staged by South Korean and American forces": a
    // participle of organising right after the noun event passes its agent on to the event, past a time phrase
    // ("held this week by").
    const being = k === last + 2 && v.toks[last + 1]!.lower === "being";
    if (k === last + 1 && x.lower === "being" && isIn(v.toks[k + 1], v.w.organiserVerb)) continue;
    if ((k === last + 1 || being) && (x.pos === "VERB" || x.pos === "ADJ") && isIn(x, v.w.organiserVerb)) {
      organised = 1;
      continue;
    }
    if (
      organised > 0 &&
      organised < 4 &&
      x.pos !== "VERB" &&
      (isIn(x, v.w.timeWord) || isIn(x, v.w.duration))
    ) {
      organised++;
      continue;
    }
    // "talks mediated by Washington" (the participle tagged as an adjective) is the participle's agent too.
    if (
      x.pos === "VERB" ||
      x.pos === "PUNCT" ||
      (x.pos === "NOUN" && !complement) ||
      (x.pos === "ADJ" && x.lower.endsWith("ed"))
    )
      return -1;
    if (!is(v, v.toks[k], v.b.nounAgent)) continue;
    let j = k + 1;
    while (j < v.toks.length && v.toks[j]!.pos === "DET") j++;
    // "a visit to Niamey by a senior American delegation", "by a high-level British delegation": adjectives of no
    // actor (a hyphenated one too) may lead the agent's phrase.
    while (j < k + 6 && agentLead(v, j) && v.groupAt[j]! < 0) j++;
    return v.groupAt[j] ?? -1;
  }
  return -1;
}

/** Whether token `j` may lead an agent's phrase after "by": an adjective, a determiner or part of a hyphenated word. */
function agentLead(v: View, j: number): boolean {
  const t = v.toks[j];
  return t !== undefined && (AGENT_LEAD.has(t.pos) || t.text === "-" || v.toks[j - 1]?.text === "-");
}

/**
 * "the killing of protesters": an "of" object that is the pattern's own last word and a plain sector noun of no named
 * country is the act's patient, not its agent ("a swarm of Russian drones" names its agent).
 */
function namedPatient(v: View, g: number, last: number): boolean {
  const x = v.groups[g]!;
  return x.tokStart <= last && last < x.tokEnd && x.members.every((y) => y.entry.startsWith("sector-"));
}

/** Words before an agent's mention that name no actor themselves ("by a senior U.S. delegation"). */
const AGENT_LEAD = new Set(["ADJ", "NUM"]);

/**
 * A `dispatched` act: the subject of the passive at `m.trigger` with no "by" agent, when it is a state's armed or
 * police force, sent to the actor right after the pattern's words, of another country ("North Korean troops had been
 * sent to Russia", "Kenyan police officers will be deployed to Haiti"): [force, destination], or null.
 */
export function dispatchedForce(v: View, m: Match): [number, number] | null {
  const i = m.trigger;
  if (!isPassive(v, i) || agentAfter(v, i) >= 0) return null;
  let k = m.last + 1;
  while (k <= m.last + 3 && v.groupAt[k]! < 0 && DISPATCH_LEAD.has(v.toks[k]?.pos ?? "")) k++;
  // The pattern's own slot after its preposition holds the destination when it found one.
  const slot = m.targetGroup >= 0 ? m.targetGroup : (v.groupAt[k] ?? -1);
  const s = subjectOf(v, i, true);
  if (slot < 0 || s < 0 || s === slot || !forcesOnly(v.groups[s]!) || sameCountry(v, s, slot)) return null;
  return [s, slot];
}

/**
 * Whether a `dispatched` pattern fires: in the active or with a "by" agent as usual; in a passive with no agent only
 * as a force sent by its own state (dispatchedForce), so that "Russian troops were sent to Kursk" gives way.
 */
export function dispatchFires(v: View, m: Match): boolean {
  return !isPassive(v, m.trigger) || agentAfter(v, m.trigger) >= 0 || dispatchedForce(v, m) !== null;
}

/** Words that may stand between a `dispatched` act's preposition and the destination ("to the Baltic states"). */
const DISPATCH_LEAD = new Set(["DET", "ADJ"]);

/**
 * The antecedent of a relative clause whose passive at `i` is reported by a sayer ("M23 rebels, whom UN experts say are
 * backed by ...", "who U.N. experts say are backed by"): the group right before the comma and the relative pronoun,
 * or -1.
 */
function saidRelativeAntecedent(v: View, i: number): number {
  let k = subjectEndBefore(v, i);
  if (k === i - 1 || v.toks[k]?.pos !== "VERB" || !is(v, v.toks[k], v.b.say)) return -1;
  // The sayer's noun phrase: a few words, no verb or punctuation.
  const stop = k - 8;
  k--;
  while (k > stop && k >= 0 && !is(v, v.toks[k], v.b.relative)) {
    const pos = v.toks[k]!.pos;
    if (pos === "VERB" || pos === "AUX" || pos === "PUNCT") return -1;
    k--;
  }
  if (k <= stop || k < 2 || v.toks[k - 1]!.text !== ",") return -1;
  const g = v.groupAt[k - 2] ?? -1;
  return g >= 0 && v.groups[g]!.tokEnd === k - 1 ? g : -1;
}

/**
 * The token after the passive verb at `i` past adverbs (and an adjective) and a weekday or other name after "on" ("struck overnight by",
 * "were struck early on Sunday by"): where its "by" stands, if it has one right there.
 */
function agentByAfter(v: View, i: number): number {
  let k = i + 1;
  for (;;) {
    const t = v.toks[k];
    // The tagger may read "overnight" as an adjective.
    if (t?.pos === "ADV" || (t?.pos === "ADJ" && k < i + 3)) k++;
    else if (t?.lower === "on" && v.toks[k + 1]?.pos === "PROPN" && v.groupAt[k + 1]! < 0) k += 2;
    else return k;
  }
}

/**
 * The actor that owns or qualifies the head noun of the passive verb at `i`'s subject when a clause or complement
 * stands on that noun ("A Ukrainian claim that ...", "Sudan's accusation that ...", "EU demands to repeal ..."); -1
 * when the subject has no such clause or its head phrase names no actor.
 */
function clauseHeadOwner(v: View, i: number): number {
  const end = subjectEndBefore(v, i);
  const head = end > 0 && end < i - 1 ? complementedHead(v, end) : -1;
  if (head < 0) return -1;
  let k = head - 1;
  while (k >= 0 && v.groupAt[k]! < 0 && (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NOUN")) k--;
  if (k > 0 && v.toks[k]!.pos === "PART" && v.w.possessive.has(v.toks[k]!.lower)) k--;
  return k >= 0 ? v.groupAt[k]! : -1;
}

/** The agent of a passive verb: the group after "by" in the clause. */
function agentAfter(v: View, i: number): number {
  for (let k = i + 1; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0 && introducedBy(v, g, v.w.agent, true)) return g;
    // "was killed in a strike attributed to Israel": the agent of the means is the agent of the act.
    const blamed = g < 0 ? blamedAgent(v, k) : -1;
    if (blamed >= 0) return blamed;
    if (g < 0 && isBarrier(v, t)) return -1;
  }
  return -1;
}

/** First actor group after token `from` in the clause; with `wide`, verbs do not stop the search. */
/**
 * "brokered by Qatar with the help of Egypt and the United States", "Qatar, with the support of Egypt, ...": the
 * group after "with the `_HELP_NOUN` of" that opens at token `k` (a comma may stand before it), or -1.
 */
function helpPhrase(v: View, k: number): number {
  if (v.toks[k]?.text === ",") k++;
  if (v.toks[k]?.lower !== "with") return -1;
  k++;
  if (v.toks[k]?.pos === "DET") k++;
  if (!isIn(v.toks[k], v.w.helpNoun) || v.toks[k + 1]?.lower !== "of") return -1;
  // "with the help of the United States": the article may stand outside the mention.
  return v.groupAt[v.toks[k + 2]?.pos === "DET" && (v.groupAt[k + 2] ?? -1) < 0 ? k + 3 : k + 2] ?? -1;
}

/** The co-agent group named by a help phrase right after group `g` (see helpPhrase), or -1. */
export function helperOf(v: View, g: number): number {
  return g < 0 ? -1 : helpPhrase(v, v.groups[g]!.tokEnd);
}

/** True when group `g` is named by a help phrase ("with the help of Egypt"): a co-agent, never a target. */
function helping(v: View, g: number): boolean {
  const start = v.groups[g]!.tokStart;
  for (let k = start - 1; k >= 0 && k >= start - 5; k--)
    if (v.toks[k]!.lower === "with") return helpPhrase(v, k) === g;
  return false;
}

/**
 * Acts that may serve the one who asked for them, whose requester stays a target ("deployed special forces to the
 * capital at President Kiir's request" `074` to South Sudan): consultation, diplomatic and material cooperation, aid.
 */
const SERVED_ROOT: ReadonlySet<string> = new Set(["04", "05", "06", "07"]);

/** True when an act of CAMEO `code` may be aimed at the one who requested it (see SERVED_ROOT). */
export function servesRequester(code: string): boolean {
  return SERVED_ROOT.has(code.slice(0, 2));
}

/**
 * "pardoned Sansal at the request of German President Steinmeier", "at the personal invitation of X", "at Iran's
 * request": group `g` asked for the act (`_REQUEST_NOUN` after "at"); it is no target found after an act that does
 * not serve it (see SERVED_ROOT).
 */
export function requester(v: View, g: number): boolean {
  const x = v.groups[g]!;
  let k = x.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (v.toks[k]?.lower === "of" && isIn(v.toks[k - 1], v.w.requestNoun)) {
    k -= 2;
    while (k >= 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ")) k--;
    return v.toks[k]?.lower === "at";
  }
  if (v.toks[k]?.lower !== "at") return false;
  let n = x.tokEnd;
  if (POSSESSIVE_MARK.has(v.toks[n]?.lower ?? "")) n++;
  else if (!POSSESSIVE_MARK.has(v.toks[n - 1]!.lower)) return false;
  return isIn(v.toks[n], v.w.requestNoun);
}

/** The tokens that mark a possessor: "Iran 's request". */
const POSSESSIVE_MARK: ReadonlySet<string> = new Set(["'s", "'", "’s", "’"]);

/** "hosted leaders at a summit on Gaza", "talks on Gaza": group `g` is what a gathering is about. */
function topicOf(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  const noun = v.toks[k - 1];
  return (
    (isIn(v.toks[k], v.w.topicPrep) && isIn(noun, v.w.topicNoun)) ||
    (isIn(v.toks[k], v.w.truceTopicPrep) && isIn(noun, v.w.truceNoun))
  );
}

export function targetAfter(
  v: View,
  from: number,
  source: number,
  wide: boolean,
  noPlace = false,
  placeWhere = false,
  askedOut = false,
): number {
  // An act inside an aside (", speaking after talks with his Russian counterpart,") finds its target there.
  const own = from > 0 ? v.asideAt[from - 1]! : -1;
  for (let k = from; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0) {
      const place =
        (noPlace || (placeWhere && v.groups[g]!.members.every((x) => x.kind === "place"))) &&
        introducedBy(v, g, v.w.placePrep);
      // "brokered by Qatar with the help of Egypt": a co-agent acts with the source, not on it.
      const helper = helping(v, g) || topicOf(v, g) || (askedOut && requester(v, g));
      if (g !== source && !place && !helper && (v.asideAt[k]! < 0 || (own >= 0 && v.asideAt[k] === own))) {
        const listed = corefOnly(v, g) ? includedAfter(v, v.groups[g]!.tokEnd) : -1;
        return listed >= 0 && listed !== source ? listed : g;
      }
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    // "urged him to", "attacked its nuclear facilities": a pronoun object stands for an earlier actor.
    if (k === from && (is(v, t, v.b.objectPronoun | v.b.possessivePronoun) || reportedPerson(v, k)))
      return antecedentOf(v, from, source);
    // "rammed one of its ships", "shot down two of its drones": so does one after a count and "of".
    if (
      k === from &&
      (t.lower === "one" || t.pos === "NUM") &&
      v.toks[k + 1]?.lower === "of" &&
      is(v, v.toks[k + 2], v.b.possessivePronoun)
    )
      return antecedentOf(v, k + 2, source);
    // "sanctions on the group's leader, Mohamed Hamdan Dagalo.": a name in apposition to the object noun.
    // "convicted Genaro Garcia Luna, Mexico's former security minister, of ...": after a name that is no actor, too.
    const head = v.toks[k - 1]?.pos;
    if (t.text === "," && (head === "NOUN" || head === "PROPN") && v.groupAt[k - 1]! < 0) {
      const at = head === "NOUN" ? appositionAt(v, k + 1) : -1;
      const g2 = at >= 0 ? at : roleApposition(v, k);
      if (g2 >= 0 && g2 !== source) return g2;
      const g3 = includedAfter(v, k);
      if (g3 >= 0 && g3 !== source) return g3;
    }
    if (t.lower === "including") {
      const g4 = includedAfter(v, k);
      if (g4 >= 0 && g4 !== source) return g4;
    }
    if (
      isBarrier(v, t) &&
      !(wide && !v.w.barrier.has(t.text)) &&
      !nounListLink(v, k) &&
      !peopleListLink(v, k)
    )
      return -1;
    // "killing more than 400 people according to health officials": the reporter is no target.
    if (isIn(t, v.w.attribution)) return -1;
    // "over the downing of the balloon by the United States": a verb form after a determiner is a noun.
    if (!wide && CLAUSE_VERB.has(t.pos) && !isParticiple(v, k) && v.toks[k - 1]?.pos !== "DET") return -1;
  }
  return -1;
}

/**
 * True when an actor other than group `source` stands after it and before a preposition that leads to token `i`, in
 * the same clause: "restored relations with Qatar at a Gulf summit". Not a place after "in" ("agreed in Riyadh after
 * talks"), nor a modifier of the noun at `i` ("resumed UN-convened talks").
 */
export function partyBetween(v: View, source: number, i: number): boolean {
  let party = false;
  // "U.S. and Russian officials agreed in Riyadh ... after talks": an actor of the source's own countries is no other.
  const own = new Set(v.groups[source]!.members.map((x) => x.code.slice(0, 3)));
  const other = (g: number) => v.groups[g]!.members.some((x) => !own.has(x.code.slice(0, 3)));
  for (let k = v.groups[source]!.tokEnd; k < i; k++) {
    const t = v.toks[k]!;
    // "between Pakistan and Afghanistan at talks": a conjunction inside the phrase does not end the clause.
    if (v.w.barrier.has(t.text) || is(v, t, v.b.subord | v.b.relative)) return false;
    const g = v.groupAt[k]!;
    if (g >= 0 && g !== source && !v.attributive[g] && other(g) && !introducedBy(v, g, v.w.placePrep))
      party = true;
    else if (party && g < 0 && t.pos === "ADP") return true;
  }
  return false;
}

/** True when a framework phrase ("under a deal ...") opens between tokens `from` and `to`. */
function inFramework(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (isIn(v.toks[k], v.w.frameworkPrep) && frameworkNext(v, k + 1)) return true;
  return false;
}

/** "under a deal", "in a U.S.-brokered agreement": a `_FRAMEWORK_NOUN` heads the phrase opening at token `k`. */
function frameworkNext(v: View, k: number): boolean {
  for (let j = k; j < v.toks.length && j <= k + 4; j++) {
    const t = v.toks[j]!;
    if (isIn(t, v.w.frameworkNoun)) return true;
    if (!(t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || t.text === "-" || t.pos === "PROPN"))
      return false;
  }
  return false;
}

/** Tokens an inquiry's complement is read over for the actor it probes. */
const PROBE_REACH = 14;

/**
 * NO_ACTOR when the pattern ends on a word of cause after an object of its own (no reading of this pattern).
 * "opened an inquiry into whether Israeli soldiers had ...", "an investigation into allegations that a Chinese firm
 * bribed ...", "into electric cars made in China", "into the execution of prisoners by Russian troops": the actor the
 * complement of an inquiry (from token `from`) is about: an agent after "by", else the first actor that is not a mere
 * place after "in" (a participle's place, "made in China", is one) nor a place of the source's own country ("a fraud
 * run from Seoul", "from Seoul" for Korean prosecutors); -1 when the phrase ends first (a comma, a reason phrase, an infinitive, another clause).
 */
function probedActor(v: View, from: number, source: number, trigger: number): number {
  // "was investigating after Israeli tanks fired on ...": a pattern that ends on the word of cause, with nothing
  // investigated between ("investigating the incident after Hamas accused ..." probes the incident).
  if (isIn(v.toks[from - 1], v.w.probeCause))
    return objectBefore(v, trigger + 1, from - 1) ? NO_ACTOR : causeAuthor(v, from, source);
  let first = -1;
  for (let k = from; k < v.toks.length && k < from + PROBE_REACH; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0) {
      if (g !== source && introducedBy(v, g, v.w.agent, true)) return g;
      const own = source >= 0 && sameCountry(v, g, source) && (placeOnly(v, g) || afterPreposition(v, g));
      if (g !== source && first < 0 && !placeWhere(v, g) && !own) first = g;
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    if (v.w.barrier.has(t.text) || isIn(t, v.w.attribution)) break;
    // "opened a war crimes investigation on Sunday after a Russian missile strike on Sumy": with nothing probed yet, a
    // phrase of cause names the act whose author is investigated.
    if (first < 0 && isIn(t, v.w.probeCause) && !objectBefore(v, from, k))
      return causeAuthor(v, k + 1, source);
    // "into its crew over damage to a cable linking Finland and Estonia", "into a blast on a line used to carry aid to
    // Ukraine": a reason phrase or an infinitive is no part of what is probed.
    if (is(v, t, v.b.reasonPrep) || (t.lower === "to" && v.toks[k + 1]?.pos === "VERB")) break;
    // "into whether", "into allegations that": the clause opened there is what is probed; any other ends the phrase.
    const opens = k === from || is(v, v.toks[k - 1], v.b.claimNoun);
    if (is(v, t, v.b.subord | v.b.relative) && !opens) break;
    // "imports of drones and drone parts made in China": a conjunction inside the noun phrase.
    if (t.pos === "CCONJ" && v.toks[k + 1]?.pos !== "NOUN" && v.toks[k + 1]?.pos !== "ADJ") break;
  }
  return first;
}

/** True when a noun other than a time word stands in tokens [from, to): "the incident", not "on Sunday". */
function objectBefore(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = v.toks[k]!;
    const time = isIn(t, v.w.timeWord) || isIn(t, v.w.duration);
    if ((t.pos === "NOUN" || t.pos === "PROPN" || v.groupAt[k]! >= 0) && !time) return true;
  }
  return false;
}

/**
 * "after a Russian missile strike on Sumy", "after Israeli tanks fired on its headquarters", "after footage showed
 * Russian soldiers executing ...", "over the shelling of a hospital by Russian forces": the author of the act a phrase of
 * cause names (from token `from`): an agent after "by", a modifier or possessor of the act's noun, or the subject of a
 * verb; not the source's own country nor a place where something happened ("after a blast in Kyiv"); an actor the act
 * undergoes ("after an explosion killed three Chinese engineers") is passed over; -1 when the clause ends first.
 */
function causeAuthor(v: View, from: number, source: number): number {
  for (let k = from; k < v.toks.length && k < from + PROBE_REACH; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0) {
      const next = v.toks[v.groups[g]!.tokEnd];
      const author =
        introducedBy(v, g, v.w.agent, true) ||
        next?.pos === "NOUN" ||
        isIn(next, v.w.possessive) ||
        next?.pos === "VERB" ||
        next?.pos === "AUX";
      const own = source >= 0 && sameCountry(v, g, source);
      if (g !== source && author && !own && !placeWhere(v, g)) return g;
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    if (v.w.barrier.has(t.text) || isIn(t, v.w.attribution)) break;
  }
  return -1;
}

/** True when a preposition stands before group `g` (past determiners): "from Seoul", "of the Israeli army". */
function afterPreposition(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  // "into whether South Africa's navy ...": the tagger may read "whether" as a preposition.
  return v.toks[k]?.pos === "ADP" && !is(v, v.toks[k], v.b.subord);
}

/** "the crash in Ukraine": a place after a place word, where an act happened; not after a participle ("made in"). */
function placeWhere(v: View, g: number): boolean {
  if (!v.groups[g]!.members.every((x) => x.kind === "place") || !introducedBy(v, g, v.w.placePrep))
    return false;
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return v.toks[k - 1]?.pos !== "VERB";
}

const LIST_LEAD = new Set(["DET", "NUM", "ADJ"]);

/**
 * "arrested more than 100 foreigners, including two Americans", "detained dozens of activists, including a Swedish
 * campaigner": the actor that ", including" names among a plain object noun's members (a comma at `k`), or -1.
 */
export function includedAfter(v: View, k: number): number {
  // "released 52 prisoners, among them Polish citizens": "among them" lists members as "including" does.
  const among = v.toks[k + 1]?.lower === "among" && v.toks[k + 2]?.lower === "them";
  // "citizens of 12 countries including Afghanistan, Iran and Haiti": with no comma, "including" right after a plural
  // noun that names no actor lists its members too (`k` at "including").
  const bare = v.toks[k]?.lower === "including" && pluralPlain(v, k - 1);
  if (!bare && (v.toks[k]?.text !== "," || (v.toks[k + 1]?.lower !== "including" && !among))) return -1;
  let j = k + (bare ? 1 : among ? 3 : 2);
  while (j < k + 6 && LIST_LEAD.has(v.toks[j]?.pos ?? "") && v.groupAt[j]! < 0) j++;
  // "among them citizens of Poland and Lithuania": a plain noun of the members' kind before "of".
  const noun = v.toks[j];
  if (noun?.pos === "NOUN" && noun.lower !== noun.lemma && v.groupAt[j]! < 0 && v.toks[j + 1]?.lower === "of")
    j += 2;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart === j ? g : -1;
}

/** A plural common noun at `k` that is no actor's ("countries", "nations"). */
function pluralPlain(v: View, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.pos === "NOUN" && t.lower !== t.lemma.toLowerCase() && v.groupAt[k]! < 0;
}

/** "activists", "the protesters": a group whose country the actor stage only inferred from the sentence. */
export function corefOnly(v: View, g: number): boolean {
  return v.groups[g]!.members.every((x) => x.kind === "coref");
}

/** The group starting at `k` when it closes the sentence or a comma aside (an apposition), or -1. */
function appositionAt(v: View, k: number): number {
  const g = v.groupAt[k] ?? -1;
  if (g < 0 || v.groups[g]!.tokStart !== k || v.attributive[g]) return -1;
  const after = v.toks[v.groups[g]!.tokEnd];
  return after === undefined || after.text === "." || after.text === "," ? g : -1;
}

/**
 * "Genaro Garcia Luna, Mexico's former security minister,", "Igor Kirillov, the head of Russia's chemical troops,":
 * the actor a role phrase after the comma at `k` names, the phrase closed by a comma or the sentence's end with no
 * verb in it and no preposition but "of"; or -1.
 */
function roleApposition(v: View, k: number): number {
  let g = -1;
  for (let j = k + 1; j < v.toks.length && j <= k + 12; j++) {
    const t = v.toks[j]!;
    if (t.text === "," || t.text === "." || j === v.toks.length - 1) return g;
    if (t.pos === "VERB" || t.pos === "AUX" || is(v, t, v.b.relative) || isBarrier(v, t)) return -1;
    // "the head of Russia's troops"; not a phrase of place or time (", on the orders of Trump", ", a visit to X").
    if (t.pos === "ADP" && (j === k + 1 || t.lower !== "of")) return -1;
    const h = v.groupAt[j]!;
    if (h >= 0 && g < 0 && !v.attributive[h]) g = h;
  }
  return -1;
}

/** True when every member of group `g` is of no known country ("Gunmen", "Lieutenant General Igor Kirillov"). */
export function noCountry(v: View, g: number): boolean {
  return v.groups[g]!.members.every((x) => x.code.startsWith("---"));
}

/**
 * "killed Lieutenant General Igor Kirillov, the head of Russia's chemical troops,": a target of no known country
 * (---MIL) stands for the actor its role phrase names; the group itself otherwise.
 */
function namedByRole(v: View, g: number, source: number): number {
  if (g < 0 || !noCountry(v, g)) return g;
  const end = v.groups[g]!.tokEnd;
  const role = v.toks[end]?.text === "," ? roleApposition(v, end) : -1;
  return role >= 0 && role !== source ? role : g;
}

/**
 * Roots of acts of violence (assault, fight, mass violence), shows of force (15) aside: what they hit may be
 * territory, and their victims may be the actor's own people.
 */
export const VIOLENT_ROOTS: ReadonlySet<string> = new Set(["18", "19", "20"]);
/** Tokens after an object of no known country read for the place its phrase names. */
const PLACE_REACH = 8;

/**
 * "An Israeli air strike killed seven aid workers from World Central Kitchen in central Gaza": the object of an act of
 * force that is of no known country ("aid workers", "gunmen") stands for the place its own phrase names after
 * "in"/"at"/"near" (the territory hit: the place's country, as the gold codes a target that is a place); the group
 * itself when the phrase ends first (a comma, a verb, a relative pronoun, a conjunction) or names no place.
 */
export function namedByPlace(v: View, g: number, source: number): number {
  if (g < 0 || (!noCountry(v, g) && !claimedOwner(v, g))) return g;
  const end = v.groups[g]!.tokEnd;
  let place = -1;
  for (let k = end; k < v.toks.length && k < end + PLACE_REACH; k++) {
    const h = v.groupAt[k]!;
    if (h >= 0) {
      const where = v.groups[h]!.members.every((x) => TERRITORY_KIND.has(x.kind) && x.country !== null);
      if (place < 0 && h !== source && where && (introducedBy(v, h, v.w.placePrep, true) || placeOf(v, h)))
        place = h;
      k = v.groups[h]!.tokEnd - 1;
      continue;
    }
    const t = v.toks[k]!;
    // "killed seven aid workers in Gaza, including three British citizens": the actor listed is the target.
    const listed = includedAfter(v, k);
    if (listed >= 0 && listed !== source) return listed;
    if (isBarrier(v, t) || CLAUSE_VERB.has(t.pos) || isIn(t, v.w.attribution)) break;
  }
  return place >= 0 ? place : g;
}

/** Verbs of a free relative that gives the attacker's own account of what it hit ("what it said was", "what it called"). */
const CLAIM_VERB: ReadonlySet<string> = new Set(["say", "call", "describe"]);

/**
 * "fired missiles at what it said was an Israeli spy headquarters in Erbil": a demonym owner inside a free relative
 * that gives the attacker's account of its target is that account, not the party hit; the place the phrase names
 * after "in" is (the wire-dev writers code the place's country, IRQ, not ISR). Group `g` must be attributive and
 * stand right after "what <judge> said/called/described (as) (was/were) (a/an)".
 */
export function claimedOwner(v: View, g: number): boolean {
  if (!v.attributive[g]) return false;
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (v.toks[k]?.lemma === "be" || v.toks[k]?.lower === "as") k--;
  if (!CLAIM_VERB.has(v.toks[k]?.lemma ?? "")) return false;
  k--;
  const judge = v.groupAt[k] ?? -1;
  if (judge >= 0) k = v.groups[judge]!.tokStart - 1;
  else if (v.toks[k]?.pos === "PRON") k--;
  else return false;
  return k >= 0 && v.toks[k]?.lower === "what";
}

/** "in the southern city of Kherson": group `g` names the place after "of" and a place noun introduced by "in". */
function placeOf(v: View, g: number): boolean {
  const k = v.groups[g]!.tokStart - 1;
  if (v.toks[k]?.lower !== "of" || v.toks[k - 1]?.pos !== "NOUN" || v.groupAt[k - 1]! >= 0) return false;
  let j = k - 2;
  while (j >= 0 && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ") && v.groupAt[j]! < 0) j--;
  return isIn(v.toks[j], v.w.placePrep);
}

/** True when a verb follows token `i` before the next comma or the sentence's end (a clause of its own). */
function verbUntilComma(v: View, i: number): boolean {
  for (let k = i + 1; k < v.toks.length && !v.w.barrier.has(v.toks[k]!.text); k++)
    if (CLAUSE_VERB.has(v.toks[k]!.pos)) return true;
  return false;
}

/** Mentions that may name the territory an act hits: a place, a state's name, a capital. */
const TERRITORY_KIND: ReadonlySet<string> = new Set(["place", "state", "metonym"]);

/** "on the Fordow plant and two other Iranian sites": a conjunction joining noun phrases, not clauses. */
function nounListLink(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if (t.pos !== "CCONJ" || v.toks[k - 1]?.text === ",") return false;
  for (let j = k + 1; j < v.toks.length && j <= k + 6; j++) {
    const x = v.toks[j]!;
    if (x.pos === "VERB" || x.pos === "AUX" || x.pos === "PUNCT" || x.pos === "PRON") return false;
    if (x.pos === "NOUN") return true;
    if (v.groupAt[j]! >= 0 && !v.attributive[v.groupAt[j]!]) return false;
  }
  return false;
}

/**
 * "hosted European leaders and Zelensky", "met Gulf ministers and Blinken": an "and" at `k` between a plural noun of
 * people (`_PAIR_NOUN`, `_INFORMANT`) that names no actor and an actor with no verb after it joins one list of objects.
 */
function peopleListLink(v: View, k: number): boolean {
  const t = v.toks[k]!;
  const noun = v.toks[k - 1];
  if (t.pos !== "CCONJ" || !is(v, t, v.b.and) || noun?.pos !== "NOUN" || noun.lower === noun.lemma)
    return false;
  if (v.groupAt[k - 1]! >= 0 || !(is(v, noun, v.b.pairNoun) || v.w.informant.has(noun.lower))) return false;
  const g = v.groupAt[v.toks[k + 1]?.pos === "DET" ? k + 2 : k + 1] ?? -1;
  if (g < 0) return false;
  const next = v.toks[v.groups[g]!.tokEnd];
  return next?.pos !== "VERB" && next?.pos !== "AUX";
}

/** Verbs whose "that" clause is addressed to its subject: "demanded that she retract the remarks". */
const DEMAND_THAT = new Set(["demand", "insist", "request"]);

/**
 * "demanded that she retract the remarks": a person's subject pronoun right after "that" of a demand is its addressee
 * ("warned that he would block ..." is the speaker's own act).
 */
function reportedPerson(v: View, k: number): boolean {
  const t = v.toks[k]!;
  return (
    is(v, t, v.b.personPronoun) &&
    is(v, t, v.b.subjectPronoun) &&
    v.toks[k - 1]?.lower === "that" &&
    DEMAND_THAT.has(v.toks[k - 2]?.lemma ?? "")
  );
}

/** "demanded that it withdraw": "it"/"they" (no person, no actor) right after the "that" of the demand verb at `i`. */
function thingThat(v: View, i: number): boolean {
  const t = v.toks[i + 2];
  return (
    t !== undefined &&
    v.toks[i + 1]?.lower === "that" &&
    DEMAND_THAT.has(v.toks[i]!.lemma) &&
    is(v, t, v.b.subjectPronoun) &&
    !is(v, t, v.b.personPronoun) &&
    v.groupAt[i + 2]! < 0 &&
    // "demanded that it be withdrawn": a thing the demand is about, not its addressee.
    v.toks[i + 3]?.lemma !== "be"
  );
}

/** Prepositions of place or direction: an actor after one is where something happened or went ("to the Philippines"). */
const WHERE_PREP: ReadonlySet<string> = new Set([
  "to",
  "into",
  "from",
  "across",
  "over",
  "toward",
  "towards",
  "off",
]);

/**
 * The party "demanded that it ..." at `i` addresses: the nearest actor before `i` that is neither the source, of its
 * country, a modifier, nor a place where something happened ("genocide in Gaza"), or -1.
 */
function demandedAntecedent(v: View, i: number, source: number): number {
  for (let g = v.groups.length - 1; g >= 0; g--) {
    const x = v.groups[g]!;
    if (x.tokEnd > i || g === source || v.attributive[g] || (source >= 0 && sameCountry(v, g, source)))
      continue;
    if (
      x.members.every((y) => y.kind === "place") ||
      introducedBy(v, g, v.w.placePrep) ||
      introducedBy(v, g, WHERE_PREP, true)
    )
      continue;
    return g;
  }
  return -1;
}

/**
 * "some of", "many of them", "some of the migrants": a count word (`_QUANTITY`) and "of" at `k` whose phrase names no
 * actor before the charge or complement that follows it.
 */
function partitiveSlot(v: View, k: number): boolean {
  if (!isIn(v.toks[k], v.w.quantity) || v.toks[k + 1]?.lower !== "of") return false;
  // "some of them of", "some of the migrants of": up to the charge's "of" or the gerund of "some of spying".
  for (let j = k + 2; j < k + 6 && j < v.toks.length; j++) {
    const t = v.toks[j]!;
    if (t.lower === "of" || t.pos === "VERB" || t.lower.endsWith("ing")) break;
    if (v.groupAt[j]! >= 0) return false;
  }
  return true;
}

/**
 * The plural people a partitive slot after the verb at `at` is part of: the nearest earlier actor, not the source nor
 * of its country nor a modifier, made of several members or named by a plural noun ("detainees") or a counted
 * demonym ("500,000 Afghans": the tagger gives "Afghans" no singular lemma).
 */
function pluralAntecedent(v: View, at: number, source: number): number {
  for (let g = v.groups.length - 1; g >= 0; g--) {
    const x = v.groups[g]!;
    if (x.tokEnd > at || g === source || v.attributive[g] || (source >= 0 && sameCountry(v, g, source)))
      continue;
    const head = v.toks[x.tokEnd - 1]!;
    if (
      x.members.length > 1 ||
      head.lower !== head.lemma ||
      (head.lower.endsWith("s") && counted(v, x.tokStart))
    )
      return g;
  }
  return -1;
}

/** "500,000 Afghans", "half a million Afghans", "hundreds of Palestinians": a count stands before the phrase at `k`. */
function counted(v: View, k: number): boolean {
  const t = v.toks[k - 1];
  if (t?.lower === "of") return isIn(v.toks[k - 2], v.w.quantity);
  return t?.pos === "NUM" || isIn(t, v.w.quantity) || t?.lower === "million";
}

/** What an object pronoun ("urged him to") refers to: the nearest earlier actor that is not the source. */
function antecedentOf(v: View, at: number, source: number): number {
  // "Putin will skip the summit, South Africa said, after the ICC issued a warrant for his arrest": a possessive
  // "his"/"her" is the nearest person named before, other than the source ("a Caracas court issued a warrant for
  // his arrest" may be the court's own countryman).
  // "Fico threatened to cut supplies unless Kyiv restored the transit of Russian gas, and Zelensky accused him of ...":
  // an object "him"/"her" too.
  const t = v.toks[at]!;
  if (
    is(v, t, v.b.personPronoun) &&
    (is(v, t, v.b.possessivePronoun | v.b.objectPronoun) || reportedPerson(v, at))
  ) {
    const own = new Set(source >= 0 ? v.groups[source]!.members.map((x) => x.code) : []);
    for (let k = at - 1; k >= 0; k--) {
      const g = v.groupAt[k]!;
      if (
        g >= 0 &&
        g !== source &&
        isPerson(v, g) &&
        !v.attributive[g] &&
        !v.groups[g]!.members.some((x) => own.has(x.code))
      ) {
        const host = gerundOfHost(v, g);
        return host >= 0 && host !== source && isPerson(v, host) && !v.attributive[host] ? host : g;
      }
    }
  }
  // "Finland and Sweden applied to join NATO, while Turkey said it would block their bids": "their" stands for the
  // nearest earlier compound actor of other countries than the source's.
  if (isIn(t, v.w.pluralPronoun)) {
    const own = source >= 0 ? v.groups[source]!.members.map((x) => x.code.slice(0, 3)) : [];
    for (let g = v.groups.length - 1; g >= 0; g--) {
      const x = v.groups[g]!;
      if (x.tokEnd > at || g === source || v.attributive[g] || x.members.length < 2) continue;
      if (!x.members.some((y) => own.includes(y.code.slice(0, 3)))) return g;
    }
  }
  // "Tehran suspended its cooperation ... over the U.S. strikes on its nuclear sites": "its" in a phrase governed by a
  // verb of its own clause is that verb's subject, not the sentence's first ("Investigators ... left Iran after ...").
  const possessive = is(v, v.toks[at], v.b.possessivePronoun);
  const gov = possessive && adjunctPhrase(v, at) ? clauseVerbBefore(v, at) : -1;
  const near = gov >= 0 ? subjectOf(v, gov) : -1;
  if (near >= 0 && near !== source && !v.attributive[near] && !(source >= 0 && sameCountry(v, near, source)))
    return near;
  // "its" after a long clause most often means the clause's subject ("Iran fired ... the U.S. strikes on its sites").
  const subj = possessive ? firstSubject(v, clauseStart(v, at), at) : -1;
  if (subj >= 0 && subj !== source && !(source >= 0 && sameCountry(v, subj, source))) return subj;
  // "Crowds protested outside the French embassy, and police fired tear gas to disperse them": "them" is no single
  // thing named by a common noun.
  const plural = isIn(t, v.w.pluralPronoun);
  for (let k = at - 1; k >= 0; k--) {
    const g = v.groupAt[k]!;
    // "the U.S. strikes on its nuclear facilities": an actor of the source's own country is not the one meant.
    if (g >= 0 && g !== source && !(source >= 0 && sameCountry(v, g, source)) && !v.attributive[g]) {
      if (plural && singularNoun(v, g)) continue;
      // "accused two Israeli ministers of inciting violence against Palestinians, saying it had barred them": the
      // one accused is meant, not an actor inside what it is accused of.
      const host = gerundOfHost(v, g);
      if (host >= 0 && host !== source && !v.attributive[host] && !(source >= 0 && sameCountry(v, host, source)))
        return host;
      return g;
    }
  }
  return -1;
}

/**
 * "accused Kabarebe of orchestrating support for the M23 rebels", "accused four soldiers of passing secrets to Chinese
 * agents": the actor right before the "of" that opens the gerund phrase holding group `g` (no comma or clause verb
 * between), the one a later pronoun points back to rather than an actor inside what it is accused or convicted of;
 * or -1.
 */
function gerundOfHost(v: View, g: number): number {
  const start = v.groups[g]!.tokStart;
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const t = v.toks[k]!;
    if (isBarrier(v, t) || t.pos === "CCONJ" || t.pos === "SCONJ" || t.pos === "AUX") return -1;
    if (v.groupAt[k]! >= 0) return -1;
    if (t.lower === "of") {
      const next = v.toks[k + 1];
      // "accused Rwanda's minister, James Kabarebe, of …": past a name in apposition set off by commas.
      let j = k - 1;
      if (v.toks[j]?.text === ",") {
        j--;
        while (j > 0 && v.toks[j]!.pos === "PROPN" && v.groupAt[j]! < 0) j--;
        if (v.toks[j]?.text === ",") j--;
      }
      const host = v.groupAt[j] ?? -1;
      const gerund = !!next?.lower.endsWith("ing") && (next.pos === "VERB" || next.pos === "NOUN");
      return gerund && host >= 0 && host !== g ? host : -1;
    }
    if (CLAUSE_VERB.has(t.pos) && !t.lower.endsWith("ing")) return -1;
  }
  return -1;
}

// Articles that open a noun phrase naming one thing when its noun has no plural ending ("the French embassy").
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * Is group `g` one actor named by a singular common noun after an article ("the French embassy", "an army base")? Not
 * a noun with no article, which may be a plural with no ending ("Chinese coast guard personnel").
 */
function singularNoun(v: View, g: number): boolean {
  const gr = v.groups[g]!;
  const head = v.toks[gr.tokEnd - 1]!;
  return (
    gr.members.length === 1 &&
    head.pos === "NOUN" &&
    head.lower === head.lemma &&
    (ARTICLES.has(v.toks[gr.tokStart]!.lower) || ARTICLES.has(v.toks[gr.tokStart - 1]?.lower ?? ""))
  );
}

/**
 * "over the American and Israeli strikes on its nuclear sites": the phrase holding the pronoun at `at` (after the
 * preposition of a noun's object) is a noun phrase opened by a preposition, an adjunct of its clause's verb; not the
 * verb's own object ("joined Israel's attacks on its nuclear sites").
 */
function adjunctPhrase(v: View, at: number): boolean {
  let k = at - 1;
  if (v.toks[k]?.pos !== "ADP") return false;
  k--;
  const start = k;
  while (k >= 0 && k > start - 10 && (ADJUNCT_NP_POS.has(v.toks[k]!.pos) || v.groupAt[k]! >= 0)) k--;
  return k < start && v.toks[k]?.pos === "ADP";
}

const ADJUNCT_NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PART"]);

export function sameCountry(v: View, a: number, b: number): boolean {
  return v.groups[a]!.members[0]!.code.slice(0, 3) === v.groups[b]!.members[0]!.code.slice(0, 3);
}

/** A participle modifying a noun ("the meeting scheduled for", "talks held in") does not end the clause. */
function isParticiple(v: View, k: number): boolean {
  const prev = v.toks[k - 1];
  const t = v.toks[k]!;
  return (
    t.pos === "VERB" &&
    t.lower !== t.lemma &&
    prev !== undefined &&
    (prev.pos === "NOUN" || prev.pos === "PROPN")
  );
}

/** The group right after a verb trigger (past determiners) that ends inside the matched span, or -1. */
function directObject(v: View, m: Match, source: number): number {
  // "fired American ATACMS missiles at a military facility in Russia": a pattern whose TGT slot comes after other words
  // names its target there; an actor among those words is the instrument.
  if (m.pattern.rest.findIndex((e) => e.kind === "target") > 0) return -1;
  let k = m.trigger + 1;
  while (k <= m.last && v.toks[k]!.pos === "DET") k++;
  const g = k <= m.last ? v.groupAt[k]! : -1;
  if (g < 0 || g === source || v.attributive[g] || v.groups[g]!.tokEnd - 1 > m.last) return -1;
  return g;
}

const PLAIN_NP = new Set(["NUM", "ADJ", "PROPN", "NOUN"]);

/**
 * "diplomats from Argentina": the group right after a preposition that follows group `g`, or the actor a plain noun
 * there names with ", including" ("diplomats from seven Latin American countries, including Argentina"), or -1.
 */
function originAfter(v: View, g: number): number {
  let k = v.groups[g]!.tokEnd;
  if (v.toks[k]?.pos !== "ADP") return -1;
  k++;
  while (k < v.toks.length && v.toks[k]!.pos === "DET") k++;
  const o = v.groupAt[k] ?? -1;
  if (o < 0) {
    let j = k;
    while (j < k + 6 && PLAIN_NP.has(v.toks[j]?.pos ?? "") && v.groupAt[j]! < 0) j++;
    return j > k && v.toks[j - 1]!.pos === "NOUN" ? includedAfter(v, j) : -1;
  }
  // "the Saudi embassy in Tehran": a place is where the object is, not whose it is.
  if (o < 0 || v.groups[o]!.tokStart !== k || v.groups[o]!.members.every((x) => x.kind === "place"))
    return -1;
  return o;
}

/**
 * "fired at their headquarters in Naqoura", "hit its base in Lebanon": when the slot's actor `place` is a place reached
 * through a noun that "its"/"their" owns and a preposition, the owner named before the pronoun (no place, no actor of
 * the source's country, no modifier), or -1.
 */
function ownerBeforePlace(v: View, m: Match, place: number, source: number): number {
  const start = v.groups[place]!.tokStart;
  if (!v.groups[place]!.members.every((x) => x.kind === "place") || v.toks[start - 1]?.pos !== "ADP") return -1;
  if (v.toks[start - 2]?.pos !== "NOUN") return -1;
  // The owned noun phrase: nouns and adjectives back to the pronoun ("their main headquarters").
  let k = start - 2;
  while (k > m.trigger && (v.toks[k]!.pos === "NOUN" || v.toks[k]!.pos === "ADJ") && v.groupAt[k]! < 0) k--;
  if (!is(v, v.toks[k], v.b.possessivePronoun) || v.groupAt[k]! >= 0) return -1;
  for (let j = k - 1; j >= 0; j--) {
    const g = v.groupAt[j]!;
    if (g < 0 || g === source || v.attributive[g] || (source >= 0 && sameCountry(v, g, source))) continue;
    if (v.groups[g]!.members.every((x) => x.kind === "place")) continue;
    return g;
  }
  return -1;
}

/** A group inside the matched span ("cancelled the U.S.-Japan talks"), preferring one unlike the source. */
function targetInside(v: View, m: Match, source: number): number {
  // "said Greenland was not for sale": the words' actor is the thing refused, not the one refused.
  if (m.pattern.thing) return -1;
  let any = -1;
  const slot = m.pattern.rest.some((e) => e.kind === "target");
  for (let k = m.trigger + 1; k <= m.last; k++) {
    // "attacked its nuclear facilities": a possessive pronoun where the TGT slot found no actor is an earlier actor.
    if (slot && is(v, v.toks[k], v.b.possessivePronoun) && v.groupAt[k]! < 0) {
      const g = antecedentOf(v, k, source);
      if (g >= 0) return g;
    }
    const g = v.groupAt[k]!;
    // "killing 11 people whom Trump described as ...": the subject of a relative clause inside the words is passed over.
    if (g < 0 || g === source || relativeSubject(v, g)) continue;
    any = g;
    break;
  }
  return any;
}

/**
 * "The court ordered Israel to ..., in a case brought by South Africa", "a tribunal ruled that China had no rights ...":
 * the first actor before token `before` (after the sentence's first subject, when that is an actor), of another
 * country than `filer` and no mere place; or -1.
 */
function partyActedOn(v: View, before: number, filer: number): number {
  const subj = v.groups.findIndex((_, g) => v.subjectPos[g] && !v.attributive[g]);
  const from = subj >= 0 && v.groups[subj]!.tokStart < before ? subj + 1 : 0;
  for (let g = from; g < v.groups.length && v.groups[g]!.tokStart < before; g++) {
    const x = v.groups[g]!;
    if (v.attributive[g] || sameCountry(v, g, filer) || x.members.every((mm) => mm.kind === "place"))
      continue;
    return g;
  }
  return -1;
}

/**
 * ", a proposal Egypt rejected", ", comments that Sheinbaum swiftly rejected", "made a request both neighbours
 * rejected": when group `g` is the subject of a relative clause on a noun right before it, the noun's index and the
 * index of the token before its noun phrase; or null.
 */
export function summaryNoun(v: View, g: number): { head: number; before: number } | null {
  return summaryNounBefore(v, relativeSubjectStart(v, g));
}

/**
 * "after talks he mediated", "a deal it brokered": the verb at `i` has for subject a pronoun that opens a relative
 * clause on a noun (summaryNounBefore), not an actor's phrase there.
 */
export function pronounRelative(v: View, i: number): boolean {
  const k = subjectEndBefore(v, i);
  return (
    k > 0 && is(v, v.toks[k], v.b.subjectPronoun) && v.groupAt[k]! < 0 && summaryNounBefore(v, k) !== null
  );
}

/** summaryNoun for a relative clause whose subject starts at token `start` (an actor's phrase or a pronoun). */
export function summaryNounBefore(v: View, start: number): { head: number; before: number } | null {
  let k = start - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (k < 0) return null;
  // ", a move the UN condemned and the United States criticised", ", an attack Qatar condemned and that drew ...": the
  // subject of a second relative clause joined by "and" to the first shares its noun.
  if (is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") k--;
  if (v.toks[k]?.pos === "CCONJ" && v.toks[k]!.lower === "and") return conjoinedSummary(v, k);
  k = start - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if ((is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") && v.toks[k - 1]?.pos === "NOUN") k--;
  else if (is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") k = nounBeforePlace(v, k - 1);
  if (v.toks[k]?.pos !== "NOUN") return null;
  const head = k;
  // "large-scale joint exercises that Pyongyang calls ...": a hyphen inside a compound modifier is part of the phrase.
  // "a long-delayed report that Beijing dismissed": so is the participle after it, which the tagger reads as a verb.
  const modifier = (t: number) =>
    v.toks[t]!.pos === "NOUN" ||
    v.toks[t]!.pos === "ADJ" ||
    compoundHyphen(v, t) ||
    (v.toks[t]!.pos === "VERB" && t > 0 && compoundHyphen(v, t - 1));
  while (k >= 0 && modifier(k)) k--;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return { head, before: k };
}

/**
 * The first token of the noun phrase group `g` ends when that phrase may be a relative clause's subject: the owner
 * before "'s" ("which the agency's chief Rafael Grossi called ...") or, for an apposition between commas right before
 * a verb, the name of no known actor it renames ("that Zeid Ra'ad al-Hussein, the UN human rights chief, called
 * ..."); else the group's own start.
 */
export function relativeSubjectStart(v: View, g: number): number {
  const { tokStart, tokEnd } = v.groups[g]!;
  // A read at index -1 is a slow lookup in V8 (a string key up the prototype chain): sentence starts are guarded.
  const before = tokStart > 0 ? v.toks[tokStart - 1] : undefined;
  if (before?.text === "'s" || before?.text === "\u2019s") {
    const owner = v.groupAt[tokStart - 2] ?? -1;
    if (owner >= 0) return v.groups[owner]!.tokStart;
    let k = tokStart - 2;
    while (k >= 0 && v.groupAt[k]! < 0 && (v.toks[k]!.pos === "NOUN" || v.toks[k]!.pos === "PROPN")) k--;
    while (k >= 0 && v.groupAt[k]! < 0 && v.toks[k]!.pos === "DET") k--;
    return k + 1 < tokStart - 1 ? k + 1 : tokStart;
  }
  // ", a senior UN humanitarian official,": the apposition's own determiner and adjectives before the mention.
  let c = tokStart - 1;
  while (c > 0 && v.groupAt[c]! < 0 && (v.toks[c]!.pos === "DET" || v.toks[c]!.pos === "ADJ")) c--;
  if (c < 0 || v.toks[c]?.text !== "," || v.toks[tokEnd]?.text !== "," || v.toks[tokEnd + 1]?.pos !== "VERB")
    return tokStart;
  // The renamed name: proper nouns (and the hyphens and particles of an Arabic name) that no mention covers.
  let k = c - 1;
  let names = 0;
  while (k >= 0 && v.groupAt[k]! < 0 && (NAME_POS.has(v.toks[k]!.pos) || compoundHyphen(v, k))) {
    if (v.toks[k]!.pos === "PROPN") names++;
    k--;
  }
  return names >= 2 ? k + 1 : tokStart;
}

/** Tokens of a person's name the tagger may split ("Zeid Ra'ad al-Hussein": "al" read as a noun). */
const NAME_POS = new Set(["PROPN", "NOUN"]);

/**
 * "joint landing drills near Pohang that North Korea calls ...": a relative clause after a place phrase (a place
 * preposition and a name ending at `k`) is on the noun before the phrase; that noun's index, or -1.
 */
function nounBeforePlace(v: View, k: number): number {
  const end = k;
  while (k >= 0 && (v.toks[k]!.pos === "PROPN" || v.toks[k]!.pos === "DET" || placeToken(v, k))) k--;
  if (k === end || !isIn(v.toks[k], v.w.placePrep)) return -1;
  return v.toks[k - 1]?.pos === "NOUN" ? k - 1 : -1;
}

/** Token `k` lies in a mention of a place ("Yekaterinburg", "the Sea of Japan"). */
function placeToken(v: View, k: number): boolean {
  const g = v.groupAt[k]!;
  return g >= 0 && v.groups[g]!.members.every((x) => x.kind === "place");
}

/** "large-scale", "long-range": a hyphen at `k` joining two words with no space, inside a modifier. */
function compoundHyphen(v: View, k: number): boolean {
  const t = v.toks[k]!;
  const prev = v.toks[k - 1];
  return t.text === "-" && prev !== undefined && prev.end === t.start && v.toks[k + 1]?.start === t.end;
}

/**
 * The summary noun of a relative clause that ends right before the "and" at `and` (its subject the nearest group before
 * it, with no punctuation between): the noun a second relative clause after the "and" is on too; or null.
 */
export function conjoinedSummary(v: View, and: number): { head: number; before: number } | null {
  for (let h = v.groups.length - 1; h >= 0; h--) {
    const { tokStart, tokEnd } = v.groups[h]!;
    if (tokEnd > and) continue;
    for (let k = tokEnd; k < and; k++) if (v.toks[k]!.pos === "PUNCT") return null;
    const np = v.subjectPos[h] ? summaryNoun(v, h) : null;
    if (np || and - tokStart > 20) return np;
  }
  return null;
}

/** Roots of reactions to another's act (disapproval, rejection): never aimed at a bare place. */
const REACTION_ROOT = new Set(["11", "12"]);
/** Roots of taking up a truce or deal (intent, agreement, yielding): its proposer or broker is no counterpart. */
const ACCEPT_ROOT = new Set(["03", "05", "08"]);
/** Nouns of a truce or deal taken up ("a truce proposed by ..."); not "lifted the martial law declared by Yoon". */
const TRUCE_NOUN = new Set([
  "ceasefire",
  "cease-fire",
  "truce",
  "armistice",
  "proposal",
  "plan",
  "deal",
  "agreement",
  "accord",
  "initiative",
  "framework",
  "roadmap",
  "offer",
]);

/** In an object relative clause ("China, which Japan criticised, ...") the antecedent is the target. */
function relativeAntecedent(v: View, i: number, source: number, reaction = false, mutual = false): number {
  const aside = v.asideAt[i]!;
  if (aside < 0 || source < 0) return -1;
  const start = v.asides[aside]![0];
  // "hosted talks in Putrajaya, where Thailand and Cambodia agreed to a ceasefire": the parties of a mutual act
  // act on one another, not on the place "where" points back to.
  if (mutual && v.toks[start]!.lower === "where" && parties(v, source) > 1) return -1;
  // "Maduro, whose government he has accused of ...": a pronoun subject inside the clause counts as its own.
  let inside = v.groups[source]!.tokStart > start;
  for (let k = start + 1; k < i && !inside; k++) inside = is(v, v.toks[k], v.b.subjectPronoun);
  if (!isIn(v.toks[start], v.w.relative) || !inside) return -1;
  if (sayerRelative(v, start, i)) return -1;
  for (let k = start - 2; k >= 0 && k >= start - 3; k--) {
    const g = v.groupAt[k]!;
    // "imposed new rules on migrants, which Mexico said it would not accept": a group of no known country is no
    // counterpart; "which" then names the act before the comma.
    // "sent balloons into South Korea, which Seoul called a low act": nor, after "which" (not "whom": "Gulen, whom
    // Ankara blames"), is one of the reactor's own country.
    const own = g >= 0 && v.toks[start]!.lower === "which" && sameCountry(v, g, source);
    // "a warrant for Putin over the deportation of Ukrainian children, which the Kremlin dismissed as legally void":
    // nor is a demonym on the noun before the comma; "which" names that noun or the act, aimed at the act's author.
    const modifier =
      g >= 0 && v.toks[start]!.lower === "which" && v.attributive[g]! && v.groups[g]!.tokEnd < start - 1;
    // "banned all imports from Kenya, which it accused of backing the RSF": after the reactor's own act, an accusation
    // "of" something names an agent, not that act: the place's country ("drills around Taiwan, which it described as
    // punishment" and "an attack on a base in Jordan, which the Pentagon blamed on militias" stay as they were).
    const accusedPlace =
      g >= 0 && !own && !modifier && v.toks[i + 1]?.lower === "of" && ownAct(v, start, source);
    if (g >= 0 && reaction && (placeOnly(v, g) || own || modifier) && !accusedPlace) return actAuthor(v, start, source);
    if (g >= 0) return v.groups[g]!.members[0]!.code.startsWith("---") ? -1 : g;
  }
  // "expelled 45 Russian diplomats and embassy staff, whom it accused of …": a noun joined by "and" to an actor's
  // noun phrase right before the comma shares that actor.
  let k = start - 2;
  while (k > start - 5 && v.toks[k]?.pos === "NOUN" && v.groupAt[k]! < 0) k--;
  if (k < start - 2 && v.toks[k]?.pos === "CCONJ" && is(v, v.toks[k], v.b.and) && PERSON_RELATIVE.has(v.toks[start]!.lower)) {
    k--;
    while (k > start - 8 && v.toks[k]?.pos === "NOUN" && v.groupAt[k]! < 0) k--;
    const g = v.groupAt[k] ?? -1;
    if (g >= 0 && g !== source && !v.groups[g]!.members[0]!.code.startsWith("---")) return g;
  }
  return ownerOfNounBefore(v, start - 1);
}

/** The relative words that point back to people ("diplomats and staff, whom it accused of …"). */
const PERSON_RELATIVE: ReadonlySet<string> = new Set(["who", "whom"]);

/**
 * "Erdogan, who said the two neighbours would begin negotiations": a relative word that is the subject of an active
 * reporting verb (before the act at `i`) makes its antecedent the sayer of the reported clause, not its target.
 */
function sayerRelative(v: View, start: number, i: number): boolean {
  for (let k = start + 1; k < i; k++) {
    const t = v.toks[k]!;
    if (t.pos === "ADV" || (t.pos === "AUX" && t.lemma !== "be")) continue;
    return t.pos === "VERB" && is(v, t, v.b.say);
  }
  return false;
}

/**
 * True when group `g` closes a "to"/"at" phrase that follows a noun after `from` ("the handover of villages to
 * Azerbaijan", "the blast at a Gaza hospital"), or a "with" phrase right on such a noun ("blocked roads and border
 * crossings with Ukraine"): the phrase completes that noun.
 */
function closesNounPhrase(v: View, from: number, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= from && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NUM")) k--;
  const prep = v.toks[k];
  if (k >= from && prep?.lower === "with" && v.toks[k - 1]!.pos === "NOUN") return true;
  if (k <= from || prep?.pos !== "ADP" || (prep.lower !== "to" && prep.lower !== "at")) return false;
  for (let j = k - 1; j >= from; j--) if (v.toks[j]!.pos === "NOUN") return true;
  return false;
}

/**
 * True when group `g` stands in a relative clause on a noun after `from` ("against a bill that they said copied
 * Russian law"): the clause describes that noun.
 */
function inNounRelative(v: View, from: number, g: number): boolean {
  for (let k = from + 1; k < v.groups[g]!.tokStart; k++)
    if ((is(v, v.toks[k], v.b.relative) || v.toks[k]!.lower === "that") && v.toks[k - 1]?.pos === "NOUN")
      return true;
  return false;
}

/** The number of distinct actor codes among group `g`'s members. */
function parties(v: View, g: number): number {
  return new Set(v.groups[g]!.members.map((x) => x.code)).size;
}

function placeOnly(v: View, g: number): boolean {
  return v.groups[g]!.members.every((x) => x.kind === "place");
}

/**
 * "Russia annexed Crimea, which Japan condemned", "adopted a resolution calling for a truce in Gaza, which Israel
 * rejected": a reaction to a place names the act before the comma, aimed at that clause's subject; or -1.
 */
function actAuthor(v: View, comma: number, source: number): number {
  const subj = firstSubject(v, clauseStart(v, comma), comma);
  return subj >= 0 && !sameCountry(v, subj, source) ? subj : -1;
}

/** True when the clause before `comma` has a subject of the same country as `source`: the reactor's own act. */
function ownAct(v: View, comma: number, source: number): boolean {
  const subj = firstSubject(v, clauseStart(v, comma), comma);
  return subj >= 0 && sameCountry(v, subj, source);
}

/**
 * "President Lai's National Day speech, which Beijing condemned": the owner of the noun phrase that ends right before
 * `comma` (a possessor or modifier actor within it), or -1.
 */
function ownerOfNounBefore(v: View, comma: number): number {
  if (v.toks[comma - 1]?.pos !== "NOUN") return -1;
  for (let k = comma - 2; k >= 0 && k >= comma - 7; k--) {
    const g = v.groupAt[k]!;
    if (g >= 0) return v.attributive[g] || v.groups[g]!.members[0]!.code.startsWith("---") ? -1 : g;
    if (!OWNED_NP_POS.has(v.toks[k]!.pos)) return -1;
  }
  return -1;
}

/**
 * "Venezuelans it accused of ...", "the dissidents whom Beijing jailed for ...": the actor right before the subject of
 * a verb whose object is missing (a preposition follows it) is that object; or -1.
 */
function contactAntecedent(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART")) k--;
  const subj = v.groupAt[k] ?? -1;
  if (subj >= 0) k = v.groups[subj]!.tokStart;
  else if (!is(v, v.toks[k], v.b.subjectPronoun)) return -1;
  k--;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  // "whom"/"that" may open the clause; "which"/"who" with a comma is an aside (relativeAntecedent).
  if ((is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") && v.toks[k]!.pos !== "VERB") k--;
  const g = v.groupAt[k] ?? -1;
  if (g >= 0) return g !== subj && v.groups[g]!.tokEnd === k + 1 ? g : -1;
  // "executed eight men they accused of collaborating with Israel": the object is a noun that names no actor.
  return v.toks[k]?.pos === "NOUN" && v.toks[k]!.lower !== v.toks[k]!.lemma ? NO_ACTOR : -1;
}

/** `contactAntecedent`'s answer when the missing object is a plural noun that names no actor. */
const NO_ACTOR = -2;

/** The modifier or possessor of a noun event ("U.S. sanctions", "Japan's cancellation", "Xi's visit"). */
function modifierOf(v: View, head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const g = v.groupAt[k]!;
    if (g >= 0) return g;
    const t = v.toks[k]!;
    if (
      !(
        t.pos === "ADJ" ||
        t.pos === "NOUN" ||
        t.pos === "NUM" ||
        t.pos === "DET" ||
        t.pos === "PART" ||
        t.pos === "SYM" ||
        t.text === "-" ||
        // "Brussels' investigation": a possessive apostrophe after a name ending in "s" is read as punctuation.
        (isIn(t, v.w.possessive) && t.pos === "PUNCT" && v.groupAt[k - 1]! >= 0) ||
        // "Lai's planned stopover": a participle inside the noun phrase.
        adjectivalParticiple(v, k) ||
        // "Iran's drone and missile attack on Israel": the trigger joined by "and" to an actor's weapon ("Colombian
        // goods and visa restrictions" are two noun phrases).
        (k === head - 1 && t.pos === "CCONJ" && is(v, t, v.b.and) && (v.groupAt[k - 1] ?? -1) >= 0)
      )
    )
      return -1;
  }
  return -1;
}

/** True when a reason preposition ("over", "about") stands between two tokens. */
function reasonBetween(v: View, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (is(v, v.toks[k], v.b.reasonPrep) && v.toks[k]!.pos === "ADP") return true;
  return false;
}

/** The agent of a reduced passive relative on the object noun starting at `from` ("the sanctions imposed on X by Y"). */
function reducedObjectAgent(v: View, from: number, source: number): number {
  let k = from;
  while (k < from + 5 && v.groupAt[k]! < 0 && ["DET", "ADJ", "NUM", "NOUN"].includes(v.toks[k]?.pos ?? "")) {
    if (v.toks[k]!.pos === "NOUN") {
      const g = reducedRelativeAgent(v, k);
      if (g >= 0) return source >= 0 && sameCountry(v, g, source) ? -1 : g;
      // "Protesters defied a ban on gatherings imposed by the junta": a participle of authoring names the measure's
      // author, of the protesters' own country too.
      const author = authoredBy(v, k, true);
      if (author >= 0) return author === source ? -1 : author;
    }
    k++;
  }
  return -1;
}

/** "complained to Washington over its latest arms sale to Taipei": the nearest actor before an owning "its"/"their". */
function pronounOwner(v: View, head: number, target: number): number {
  let k = head - 1;
  // "its repeated water cannon attacks": adjectives, participles and noun modifiers in between; also a name that is
  // no actor ("their annual Balikatan exercises", "its Zapad drills").
  while (k >= 0 && k >= head - 4 && ownedModifier(v, k)) k--;
  if (!is(v, v.toks[k], v.b.possessivePronoun) || v.toks[k]!.pos === "DET") return -1;
  // "Modi met Xi ..., on his first trip to China": not an actor of the target's own country.
  // "Qin Gang demanded that Tokyo stop ... Taiwan independence forces, ... his talks with ...": "his" is a person.
  // "Trump met Kim during his trip to Seoul": the person who is the subject of the governing verb first.
  if (is(v, v.toks[k], v.b.personPronoun)) {
    const gov = verbBefore(v, k);
    const subj = gov >= 0 ? subjectOf(v, gov) : -1;
    if (subj >= 0 && otherOwner(v, subj, target) && isPerson(v, subj)) return subj;
  }
  if (is(v, v.toks[k], v.b.personPronoun))
    for (let j = k - 1; j >= 0; j--)
      if (otherOwner(v, v.groupAt[j]!, target) && isPerson(v, v.groupAt[j]!)) return v.groupAt[j]!;
  for (let j = k - 1; j >= 0; j--) if (otherOwner(v, v.groupAt[j]!, target)) return v.groupAt[j]!;
  return -1;
}

/** Between a possessive pronoun and its head (pronounOwner): an adjective, a noun, an "-ed" verb or a name of no actor. */
function ownedModifier(v: View, j: number): boolean {
  const t = v.toks[j]!;
  return (
    t.pos === "ADJ" ||
    t.pos === "NOUN" ||
    (t.pos === "VERB" && t.lower.endsWith("ed")) ||
    (t.pos === "PROPN" && v.groupAt[j]! < 0)
  );
}

/** A group that may own a pronoun (pronounOwner): no attributive one, nor one of the target's own country. */
function otherOwner(v: View, g: number, target: number): boolean {
  return g >= 0 && !v.attributive[g] && !(target >= 0 && sameCountry(v, g, target));
}

/** ", whose visit to Moscow", ", whose first trip abroad": the actor right before the comma and "whose", or -1. */
function whoseOwner(v: View, head: number): number {
  let k = head - 1;
  while (
    k >= 0 &&
    k >= head - 3 &&
    (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NOUN") &&
    v.groupAt[k]! < 0
  )
    k--;
  if (v.toks[k]?.lower !== "whose" || v.toks[k - 1]?.text !== ",") return -1;
  return v.groupAt[k - 2] ?? -1;
}

/** "Xi's planned visit", "the postponed summit", "its delayed talks": an -ed participle after a determiner or possessive. */
/** The nearest finite verb before token `head` in its clause (no comma or ";" between), or -1. */
function clauseVerbBefore(v: View, head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 25; k--) {
    const t = v.toks[k]!;
    if (t.text === "," || t.text === ";" || t.text === ":") return -1;
    if (t.pos === "VERB" && !adjectivalParticiple(v, k) && !t.lower.endsWith("ing")) return k;
  }
  return -1;
}

function adjectivalParticiple(v: View, k: number): boolean {
  const t = v.toks[k]!;
  const p = v.toks[k - 1];
  if (t.pos !== "VERB" || t.lower === t.lemma || !t.lower.endsWith("ed") || !p) return false;
  return (
    p.pos === "DET" ||
    (p.pos === "PART" && p.lower.startsWith("'")) ||
    is(v, p, v.b.possessivePronoun) ||
    participleAfterVerb(v, k)
  );
}

/**
 * "Haniyeh was killed in an Israeli strike": the subject of the passive verb that governs noun event `i` through a
 * means or place phrase, when it is an actor of another country than the noun's own agent `source`; or -1.
 */
function passiveVictim(v: View, i: number, source: number): number {
  const gov = verbBefore(v, i);
  if (gov < 0 || !passiveAdjunct(v, gov, i)) return -1;
  const victim = subjectOf(v, gov, true);
  return victim >= 0 && victim !== source && !sameCountry(v, victim, source) ? victim : -1;
}

/** "was killed in a strike", "were wounded during shelling": a noun in a means or place phrase of a passive verb. */
function passiveAdjunct(v: View, gov: number, i: number): boolean {
  if (!isPassive(v, gov)) return false;
  for (let k = gov + 1; k < i; k++) {
    const t = v.toks[k]!;
    if (t.pos === "ADP") return is(v, t, v.b.meansPrep) || isIn(t, v.w.placePrep);
  }
  return false;
}

/** The verb that governs a noun event on its left ("announced sanctions", "held talks"), or -1. */
export function verbBefore(v: View, head: number, direct = false): number {
  let floor = head - 8;
  for (let k = head - 1; k >= 0 && k >= floor; k--) {
    const t = v.toks[k]!;
    // "postpone Xi's planned state visit": an adjective of the noun phrase, not the verb that governs it.
    if (adjectivalParticiple(v, k)) continue;
    // "agreed to delay for one month the tariffs", "put off for 30 days the levies": a duration moved before the
    // object is no bar to the verb that governs it.
    const shifted = direct ? shiftedDuration(v, k) : -1;
    if (shifted >= 0) {
      floor -= k - shifted;
      k = shifted;
      continue;
    }
    if (t.pos === "VERB") return k;
    // "rejected as baseless Sudan's accusation that ...": a judgment moved before the object is no bar to its verb.
    if (t.lower === "as" && v.toks[k - 1]?.pos === "VERB" && v.toks[k + 1]?.pos === "ADJ") return k - 1;
    // "Iran was behind the drone attacks": a copula governs the noun phrase; its subject is the agent.
    if (!direct && t.pos === "AUX" && !CHAIN_NEXT.has(v.toks[k + 1]?.pos ?? "")) return k;
    // A direct object may contain "of" and particles ("put off a round of defense talks"), not other prepositions.
    if (isBarrier(v, t) || (direct && t.pos === "ADP" && is(v, t, v.b.targetPrep) && !is(v, t, v.b.npLink)))
      return -1;
  }
  return -1;
}

/**
 * "delay for one month the tariffs": the index of "for" when token `k` closes a duration phrase ("for one month",
 * "for 30 days", "for another year") right after a verb or its particle and right before the object; else -1.
 */
function shiftedDuration(v: View, k: number): number {
  if (!isIn(v.toks[k], v.w.duration) || !OBJECT_OPEN.has(v.toks[k + 1]?.pos ?? "")) return -1;
  let j = k - 1;
  while (j > k - 4 && (v.toks[j]?.pos === "NUM" || v.toks[j]?.pos === "DET" || v.toks[j]?.pos === "ADJ")) j--;
  if (v.toks[j]?.lower !== "for") return -1;
  const p = v.toks[j - 1];
  const verb =
    p?.pos === "VERB" || ((p?.pos === "ADP" || p?.pos === "PART") && v.toks[j - 2]?.pos === "VERB");
  return verb ? j : -1;
}

/** Tags that open an object noun phrase after a moved duration ("… for a month the 25 percent tariffs"). */
const OBJECT_OPEN: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "NOUN", "PROPN"]);

/**
 * "raised tariffs in retaliation for Trump's latest tariff increase", ", retaliating against Washington's levies": the
 * one who retaliates (the subject of the clause holding the phrase) for a noun event at `i` with agent `source`, when
 * a `_RETALIATION` word and a preposition stand right before the noun phrase; or -1. With `targeted`, the noun event
 * has found its own target, so a preposition after the noun ("expulsion of 12 French officials") is no bar.
 */
export function retaliator(v: View, i: number, source: number, targeted = false): number {
  // "in response to the group's attacks on shipping": an act with a target of its own that is no actor.
  if (!targeted && is(v, v.toks[i + 1], v.b.targetPrep)) return -1;
  let k = Math.min(i, v.groups[source]!.tokStart) - 1;
  while (k > 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ")) k--;
  if (k < 1 || v.toks[k]!.pos !== "ADP" || !isIn(v.toks[k - 1], v.w.retaliation)) return -1;
  const r = k - 1;
  const gov = v.toks[r]!.pos === "VERB" ? r : clauseVerbBefore(v, r);
  const subj = gov >= 0 ? subjectOf(v, gov) : firstSubject(v, clauseStart(v, r), r);
  return subj >= 0 && subj !== source && !sameCountry(v, subj, source) ? subj : -1;
}

/** The act of an `answered` noun pattern at `i`: its own agent's, aimed at the retaliator; no event elsewhere. */
function answeredArgs(v: View, i: number): Args {
  // "retaliating against the sweeping levies announced by Trump": the agent of a participle of authoring too.
  let source = modifierOf(v, i);
  if (source < 0) source = authoredBy(v, i);
  const target = source >= 0 ? retaliator(v, i, source) : -1;
  return target >= 0
    ? { source, target, passive: false, targetHow: "inside", retaliated: true }
    : { source: -1, target: -1, passive: false, targetHow: "none" };
}

/** Finds source and target for a match, following passives, relative clauses and noun-event modifiers. */
/** "a resolution backing membership", "the summit hosted by India": a participle after a noun has no actor subject. */
/**
 * "five Chinese companies accused of supplying drone parts", "200 Venezuelans accused of gang membership": a past
 * participle at `i` whose object slot is empty, right after an actor that is itself the noun it describes (not one
 * after a noun or relative word, the subject of an object relative: "a move Israel's foreign minister denounced as").
 */
export function describedActor(v: View, i: number, p: Match["pattern"]): boolean {
  const t = v.toks[i]!;
  const g = v.groupAt[i - 1] ?? -1;
  // "a Russian national jailed in the United States": the tagger may read the participle as an adjective.
  const participle = t.pos === "VERB" || (t.pos === "ADJ" && t.lower.endsWith("ed"));
  if (g < 0 || !participle || t.lower === t.lemma || t.lower.endsWith("ing")) return false;
  if (v.toks[i + 1]?.pos !== "ADP") return false;
  // "struck targets in Iraq and Syria linked to Iran's Revolutionary Guards", "ban churches linked to the Russian
  // Orthodox Church": the pattern's own preposition right after the participle, before its target, leaves the object
  // slot empty too (not after a reporting verb: "said North Korean troops crossed into Russia" is the clause's act).
  const first = p.rest[0];
  const prepSlot =
    first?.kind === "word" && p.rest[1]?.kind === "target" && first.words.has(v.toks[i + 1]!.lower);
  if (first?.kind !== "target" && !prepSlot) return false;
  // The actor is an object ("imposed sanctions on five Chinese companies accused of", "deported more than 200
  // Venezuelans accused of"), not the clause's subject ("The European Union called on Russia to ...").
  let k = v.groups[g]!.tokStart - 1;
  while (k > 0 && OBJECT_LEAD.has(v.toks[k]!.pos)) k--;
  const before = tokAt(v, k);
  // Not a hyphenated modifier ("Sudan's army-led government rejected ...").
  const verb = before?.pos === "VERB" && v.toks[k - 1]?.text !== "-" && !(prepSlot && is(v, before, v.b.say));
  // With the preposition's slot, a place after a preposition is an object only behind a verb of its clause ("struck
  // targets in Syria linked to"), not in the subject ("Protesters in Yerevan marched to the Russian embassy").
  if (prepSlot && before?.pos === "ADP" && (is(v, before, v.b.npLink) || !verbEarlier(v, k))) return false;
  return (before?.pos === "ADP" || verb) && !is(v, before, v.b.subord | v.b.relative);
}

/**
 * Whether a verb stands before token `k` in its clause (no comma, semicolon or colon between), not a participle
 * between a noun and a preposition ("soldiers deployed in eastern Congo", "a delegation led by its ambassador").
 */
function verbEarlier(v: View, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = v.toks[j]!;
    if (t.text === "," || t.text === ";" || t.text === ":") return false;
    const reduced = v.toks[j + 1]?.pos === "ADP" && (v.toks[j - 1]?.pos === "NOUN" || v.toks[j - 1]?.pos === "PROPN");
    if (t.pos === "VERB" && !reduced) return true;
  }
  return false;
}

function reducedRelative(v: View, i: number, p: Match["pattern"]): boolean {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  if (v.groupAt[i - 1]! >= 0 && describedActor(v, i, p)) return true;
  if (t.pos !== "VERB" || !prev || (prev.pos !== "NOUN" && prev.pos !== "PROPN")) return false;
  // "a Chinese refinery accused of buying Iranian oil": a participle whose object slot is empty (a preposition follows)
  // describes the noun before it; with no "by" agent nobody acts.
  // "a tariff on electric vehicles imported from China": a preposition of the pattern right after the participle,
  // before its target, leaves the object slot empty too, when the noun is a preposition's object (not the subject in
  // "Polish and allied jets shot down ...", "North Korean soldiers arrived in Russia").
  const first = p.rest[0];
  const prepSlot =
    first?.kind === "word" &&
    p.rest[1]?.kind === "target" &&
    first.words.has(v.toks[i + 1]?.lower ?? "") &&
    (objectOfPreposition(v, i) || objectOfVerb(v, i));
  // "at sites hit during the June war": a participle whose form is its lemma ("hit", "cut", "shut") is one only when
  // the noun before it is a preposition's or a verb's object, not a subject.
  const participle = t.lower !== t.lemma || objectOfPreposition(v, i) || objectOfVerb(v, i);
  const emptySlot = participle && (first?.kind === "target" || prepSlot) && v.toks[i + 1]?.pos === "ADP";
  if (v.groupAt[i - 1]! >= 0) return describedActor(v, i, p);
  if (t.lower.endsWith("ing")) return true;
  return participle && (is(v, v.toks[i + 1], v.b.agent) || (prev.pos === "NOUN" && emptySlot));
}

/** "a tariff on electric vehicles": the noun phrase ending right before token `i` is a preposition's object (not "of"). */
function objectOfPreposition(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && NP_POS.has(v.toks[k]!.pos)) k--;
  return tokAt(v, k)?.pos === "ADP" && !is(v, v.toks[k], v.b.npLink);
}

/**
 * "seized a cargo ship linked to an Israeli businessman": the noun phrase ending right before token `i` is the object
 * of a verb (not of a reporting verb, whose clause it opens as a subject: "said a hacking group linked to ...") or an
 * apposition after a comma.
 */
function objectOfVerb(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && NP_POS.has(v.toks[k]!.pos)) k--;
  if (k < 0) return false;
  // ", a cargo ship linked to an Israeli businessman": an apposition is no subject either.
  // Not a relative word opening a clause (", whose veto held up ...").
  if (v.toks[k]?.text === ",") return v.toks[k + 1]?.pos === "DET" && !is(v, v.toks[k + 1], v.b.relative);
  // Not a participle inside the phrase ("Polish and allied jets shot down ...": "allied" governs no object).
  const inside =
    v.toks[k - 1]?.pos === "CCONJ" || v.toks[k - 1]?.pos === "DET" || v.toks[k - 1]?.pos === "ADJ";
  return v.toks[k]?.pos === "VERB" && !inside && !is(v, v.toks[k], v.b.say);
}

/** True when the actors right before token `i` follow a "between" with no verb in the way ("between X and Y"). */
function betweenEnds(v: View, i: number): boolean {
  const g = v.groupAt[i - 1] ?? -1;
  if (g < 0) return false;
  for (let k = v.groups[g]!.tokStart - 1; k >= 0 && k >= i - 12; k--) {
    const t = v.toks[k]!;
    if (is(v, t, v.b.between)) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";") return false;
  }
  return false;
}

/**
 * True when the word before the participle at `i` is a common noun that names no actor of a country: no mention, or
 * a sector word with no country ("militants", "rebels").
 */
function plainNounBefore(v: View, i: number): boolean {
  if (v.toks[i - 1]?.pos !== "NOUN") return false;
  const g = v.groupAt[i - 1]!;
  return g < 0 || v.groups[g]!.members.every((x) => x.country === null);
}

/** "the agreement signed in Washington by X and Y": a past participle after a noun with a "by" agent later on. */
function participleAgent(v: View, i: number): number {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  const participle = t.pos === "VERB" || (t.pos === "ADJ" && t.lower.endsWith("ed"));
  // "Talks" opening a sentence is often tagged as a name.
  // "talks in Doha mediated by Qatar": a place name may end the noun phrase.
  const place = v.groupAt[i - 1]! >= 0 && v.attributive[v.groupAt[i - 1]!]!;
  // "signed deals in Istanbul on Friday, brokered by Turkey": after a comma, "by" must follow the participle.
  const comma = prev?.text === "," && is(v, v.toks[i + 1], v.b.agent);
  // "talks in Doha on Sunday mediated by Qatar": a prepositional adjunct ("on Sunday") may end the noun phrase too.
  // "talks in St Vincent mediated by Brazil", "talks on southern Syria mediated by a US envoy": a longer name too.
  const adjunct = adjunctNameBefore(v, i) && is(v, v.toks[i + 1], v.b.agent);
  // "a ceasefire between Israel and Iran brokered by Trump": the noun phrase may end with its "between" parties.
  const parties = is(v, v.toks[i + 1], v.b.agent) && betweenEnds(v, i);
  const noun =
    prev?.pos === "NOUN" || (i === 1 && prev?.pos === "PROPN") || place || comma || adjunct || parties;
  // An adjective's lemma is its own form ("mediated"/ADJ).
  if (!participle || (t.pos === "VERB" && t.lower === t.lemma) || t.lower.endsWith("ing") || !noun) return -1;
  // "Talks mediated by Oman ...": "by" right after the participle marks a reduced relative wherever the noun stands.
  if (is(v, v.toks[i + 1], v.b.agent)) return agentAfter(v, i);
  if (place) return -1;
  // The noun must be an object ("under the agreement signed ..."), not the subject ("the office opened ...").
  let k = i - 1;
  while (k >= 0 && NP_POS.has(v.toks[k]!.pos) && v.groupAt[k]! < 0) k--;
  const gov = v.toks[k];
  if (!gov || !(gov.pos === "VERB" || (gov.pos === "ADP" && gov.lower !== "of"))) return -1;
  return agentAfter(v, i);
}

/**
 * True when the verb `gov` governing a `joint` noun act at `i` (-1: none), or the word right before the noun's phrase, is in
 * `_JOINT_VERB`: "suspended the Ulchi Freedom Guardian exercises", "sank a ship during the Balikatan drills" (the
 * subject's own drills), not "condemned the drills".
 */
function jointGovernor(v: View, gov: number, i: number): boolean {
  if (gov >= 0 && v.w.jointVerb.has(v.toks[gov]!.lemma)) return true;
  let k = i - 1;
  while (k > gov && k > 0 && NP_POS.has(v.toks[k]!.pos) && v.groupAt[k]! < 0) k--;
  return k >= 0 && v.w.jointVerb.has(v.toks[k]!.lower);
}

/** "the detention of a Japanese businessman by Chinese police": the "by" agent of a noun whose "of" object is `g`; or -1. */
function nominalAgent(v: View, g: number): number {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NUM")) k--;
  const head = v.toks[k - 1];
  if (!is(v, v.toks[k], v.b.npLink) || !head || v.groupAt[k - 1]! >= 0 || head.pos === "PUNCT") return -1;
  let j = v.groups[g]!.tokEnd;
  // "of Australian writer Yang Hengjun by ...": after a demonym, the title and the name it qualifies.
  while (j < v.groups[g]!.tokEnd + 4 && qualifiedWord(v, g, v.toks[j]) && v.groupAt[j]! < 0) j++;
  if (!is(v, v.toks[j], v.b.agent)) return -1;
  j++;
  while (
    j < v.toks.length &&
    (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ" || v.toks[j]!.pos === "NUM")
  )
    j++;
  const a = v.groupAt[j] ?? -1;
  return a >= 0 && a !== g && !v.attributive[a] ? a : -1;
}

/** A word of the noun phrase after group `g`: a noun or adjective, or a name after a demonym ("Australian writer Yang"). */
function qualifiedWord(v: View, g: number, t: Token | undefined): boolean {
  return t?.pos === "NOUN" || t?.pos === "ADJ" || (v.attributive[g] === true && t?.pos === "PROPN");
}

/** "Venezuela's government, backed by Russia and China, ...": the actor before a comma and a participle with "by"; or -1. */
function participleAside(v: View, i: number): number {
  const t = v.toks[i]!;
  const participle = (t.pos === "VERB" && t.lower !== t.lemma) || (t.pos === "ADJ" && t.lower.endsWith("ed"));
  if (!participle || t.lower.endsWith("ing") || v.toks[i - 1]?.text !== ",") return -1;
  let k = i + 1;
  while (v.toks[k]?.pos === "ADV") k++;
  if (!is(v, v.toks[k], v.b.agent)) return -1;
  return v.groupAt[i - 2] ?? -1;
}

/** "a plot to sabotage", "a plan to mobilise": an infinitive that completes a noun is not an act of its own. */
function nounComplement(v: View, i: number): boolean {
  if (i < 2) return false;
  const to = v.toks[i - 1];
  // "a formal request from Bangladesh to extradite": the noun's agent may stand between it and "to".
  const g = v.groupAt[i - 2] ?? -1;
  const from = g >= 0 ? v.groups[g]!.tokStart - 1 : -1;
  if (to?.lower === "to" && from > 0 && is(v, v.toks[from], v.b.agent | v.b.nounAgent))
    return is(v, v.toks[from - 1], v.b.intentNoun);
  const noun = v.toks[i - 2];
  const det = i > 2 ? v.toks[i - 3] : undefined;
  if (to?.lower !== "to" || to.pos !== "PART" || noun?.pos !== "NOUN" || v.groupAt[i - 2]! >= 0) return false;
  // "his failure to condemn": a possessive pronoun is a determiner.
  const lead =
    det !== undefined &&
    (det.pos === "DET" ||
      det.pos === "ADJ" ||
      is(v, det, v.b.possessivePronoun) ||
      isIn(det, v.w.possessive));
  return is(v, noun, v.b.intentNoun) && lead;
}

const PARTICIPLE_LEAD = new Set(["DET", "ADP"]);
const MODIFIED = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * "planes carrying deported migrants", "the return of deported Ukrainian children": a past participle between a
 * determiner, preposition or verb and the noun it modifies is no act ("Trump deported migrants" is).
 */
function attributiveParticiple(v: View, i: number): boolean {
  const t = v.toks[i]!;
  // An "-ed" word the tagger read as an adjective keeps its own form as lemma ("heavily armed").
  const participle = t.lower !== t.lemma || (t.pos === "ADJ" && t.lower.endsWith("ed"));
  if (!participle || t.lower.endsWith("ing") || t.lower.endsWith("s")) return false;
  const prev = v.toks[i - 1];
  // "Around 30 heavily armed Serb gunmen", "Heavily armed gunmen": an adverb after a determiner, a preposition, a
  // number or the sentence's start; not "Russia also armed Serb militias".
  if (prev?.pos === "ADV") {
    const before = v.toks[i - 2];
    const lead = before === undefined || PARTICIPLE_LEAD.has(before.pos) || before.pos === "NUM";
    return lead && MODIFIED.has(v.toks[i + 1]?.pos ?? "");
  }
  // After a verb only an "-ing" one ("carrying deported migrants"; not "a measure Seoul said violated WTO rules").
  const lead = prev?.pos === "VERB" ? prev.lower.endsWith("ing") : PARTICIPLE_LEAD.has(prev?.pos ?? "");
  return lead && prev!.lower !== "to" && MODIFIED.has(v.toks[i + 1]?.pos ?? "");
}

/**
 * "rejected Trump's demand that it hand Greenland over", "a Russian demand that Ukraine withdraw from the region": a
 * clause completing an intent noun (`_INTENT_NOUN`) names what is sought, not an act that happened.
 */
function demandedClause(v: View, i: number): boolean {
  let k = i - 1;
  // "a proposal that Egypt and Jordan swiftly rejected": a verb in the past with no modal before it is an object
  // relative's on the noun; what is sought takes a bare verb or a modal ("that Ukraine withdraw", "that it would").
  let past = v.toks[i]!.lower !== v.toks[i]!.lemma && !v.toks[i]!.lower.endsWith("ing");
  while (k > 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART")) {
    if (v.toks[k]!.pos !== "ADV" && !PERFECT_AUX.has(v.toks[k]!.lemma)) past = false;
    k--;
  }
  const g = v.groupAt[k] ?? -1;
  if (g >= 0) k = v.groups[g]!.tokStart - 1;
  else if (v.toks[k]?.pos === "PRON") k--;
  else return false;
  return (
    !past &&
    tokAt(v, k)?.lower === "that" &&
    v.toks[k - 1]?.pos === "NOUN" &&
    is(v, v.toks[k - 1], v.b.intentNoun)
  );
}

/** Auxiliaries of a perfect or an emphatic past ("had rejected", "did reject"): no modal of what is sought. */
const PERFECT_AUX = new Set(["have", "do"]);

/** "in what it called a response", "what Beijing described as": a free relative names a thing; it is no act. */
function namingClause(v: View, i: number): boolean {
  let k = i - 1;
  const g = v.groupAt[k]!;
  if (g >= 0) k = v.groups[g]!.tokStart - 1;
  else if (v.toks[k]?.pos === "PRON") k--;
  else return false;
  return k >= 0 && v.toks[k]?.lower === "what";
}

/**
 * "..., in what NATO called a significant escalation": a verdict (`111` or root 05, with no slot of its own) in a free
 * relative after "in" or "amid" that stands beside the clause before it judges that clause's act, not a thing it names
 * ("struck what New Delhi called terrorist camps", "over what it called interference"). Not when the nearest subject
 * before it is of the judge's own country ("Israeli troops crossed into Lebanon in what the military called raids").
 */
export function verdictAside(v: View, i: number, p: Match["pattern"]): boolean {
  // Criticism or praise only: "in what the UN called ethnic cleansing" names the act's kind, no accusation of its own.
  const verdict = p.code.startsWith("111") || p.code.startsWith("05");
  if (!verdict || p.noun || (p.rest.some((x) => x.kind === "target") && !emptySlotAs(v, i))) return false;
  // "The Pentagon said Venezuelan jets flew near a destroyer in what it called a provocative move": a pronoun judge
  // stands for its clause's subject or for the trailing sayer.
  const named = v.groupAt[i - 1]!;
  const judge = named >= 0 ? named : pronounSubject(v, i);
  if (judge < 0) return false;
  const what = named >= 0 ? v.groups[named]!.tokStart - 1 : i - 2;
  if (v.toks[what]?.lower !== "what") return false;
  const prep = v.toks[what - 1]?.lower;
  if (prep !== "in" && prep !== "amid") return false;
  // The nearest subject before the free relative that acts; a sayer (", the defence ministry said, in what Tokyo
  // called ...") and the judge itself report the act, they do not do it.
  for (let g = v.groupAt[what - 1]! >= 0 ? v.groupAt[what - 1]! : lastGroupBefore(v, what); g >= 0; g--)
    if (v.subjectPos[g] && !v.attributive[g] && g !== judge && !saysNext(v, g))
      return !sameCountry(v, g, judge) || domesticVerdict(v, g, judge, p);
  return false;
}

/**
 * "Bolivian troops stormed the palace in what President Luis Arce called an attempted coup": criticism (`111`) by a
 * judge of the agent's own country but another sector judges that agent; "Israeli troops crossed into Lebanon in what
 * the military called raids" (the same actor) and praise of one's own side do not.
 */
export function domesticVerdict(v: View, agent: number, judge: number, p: Match["pattern"]): boolean {
  return p.code.startsWith("111") && v.groups[agent]!.members[0]!.code !== v.groups[judge]!.members[0]!.code;
}

/** The index of the last actor group that ends before token `k`, or -1. */
function lastGroupBefore(v: View, k: number): number {
  for (let g = v.groups.length - 1; g >= 0; g--) if (v.groups[g]!.tokEnd <= k) return g;
  return -1;
}

/** Group `g` is a trailing sayer (", the defence ministry said"), not the agent of an act it announces. */
function saysNext(v: View, g: number): boolean {
  if (v.toks[v.groups[g]!.tokStart - 1]?.text !== ",") return false;
  let k = v.groups[g]!.tokEnd;
  while (v.toks[k]?.pos === "AUX" || v.toks[k]?.pos === "ADV") k++;
  const t = v.toks[k];
  return t?.pos === "VERB" && is(v, t, v.b.say);
}

/**
 * "cut ties with Rabat over what it called hostile actions", "citing what he called a witch hunt against Bolsonaro",
 * "after what the Kremlin called provocative statements by Macron": a verdict (`111`, no slot of its own) in a free
 * relative that gives the reason for the act before it judges the thing it names, and so that thing's agent. Not as
 * the object of an act ("struck what New Delhi called terrorist camps" names a target), nor after "in"/"amid" (see
 * verdictAside).
 */
export function namedVerdict(v: View, i: number, p: Match["pattern"]): boolean {
  if (!p.code.startsWith("111") || p.noun || (p.rest.some((x) => x.kind === "target") && !emptySlotAs(v, i)))
    return false;
  const what = judgeWhat(v, i);
  if (what < 0) return false;
  // A reason ("over", "about", "after", "for") or "citing": not the object of an act ("strikes on what it called
  // terrorist camps", "fire at what he called bandits", "rallied against what they said was a threat").
  const before = v.toks[what - 1];
  if (
    !before ||
    !(is(v, before, v.b.reasonPrep) || NAMED_REASON.has(before.lemma) || opposedNamed(v, i, what - 1))
  )
    return false;
  // "over what it called attempts to destabilise the country", "a plot to sabotage": an intent named, not judged.
  return !namedIntent(v, i);
}

/**
 * "what it called", "what Beijing called", "what Netanyahu's office called": the "what" of a free relative whose
 * subject (a name, a pronoun, or an office a name owns) stands right before the naming verb at `i`, or -1.
 */
function judgeWhat(v: View, i: number): number {
  let k = i - 1;
  // "Netanyahu's office", "Russia's foreign ministry": the owner's group before "'s" and the office's nouns.
  while (k > i - 4 && v.groupAt[k]! < 0 && (v.toks[k]?.pos === "NOUN" || v.toks[k]?.pos === "ADJ")) k--;
  if (k < i - 1 && !(v.toks[k]?.lower === "'s" && v.groupAt[k - 1]! >= 0)) return -1;
  if (k < i - 1) k--;
  const judge = v.groupAt[k]!;
  if (judge < 0 && v.toks[k]?.pos !== "PRON") return -1;
  const what = judge >= 0 ? v.groups[judge]!.tokStart - 1 : k - 1;
  return v.toks[what]?.lower === "what" ? what : -1;
}

/**
 * An `opposed` naming verb ("over what it called the degrading treatment of migrants", "to crush what he called an
 * armed mutiny", "in response to what X called a pattern of malign activity") fires only in a free relative after a
 * reason preposition ("over", "about") or a word of opposition or answer (see opposedNamed): the thing named is what
 * the act before opposes, so the naming judges it whatever its words. Not after "for", "after" or "citing" ("thanked
 * Qatar for what he called its tireless mediation"), nor after "in"/"amid" ("in what he called a historic session").
 */
export function opposedNaming(v: View, i: number): boolean {
  const what = judgeWhat(v, i);
  if (what < 0) return false;
  const before = v.toks[what - 1];
  if (!before || !(is(v, before, v.b.reasonPrep) || opposedNamed(v, i, what - 1)) || namedIntent(v, i))
    return false;
  // "apologised to Aliyev over what the Kremlin called a tragic incident", "would respond to what he called a
  // constructive message": no opposition in the act the free relative completes.
  for (let k = what - 1; k >= 0 && k > what - 16; k--) {
    const t = v.toks[k]!;
    if (t.pos === "VERB") return !UNOPPOSED.has(t.lemma);
    if (t.pos === "PUNCT") return true;
  }
  return true;
}

/** Verbs whose reason or object a free relative names without opposing it ("apologised over what ..."). */
const UNOPPOSED = new Set([
  "apologise",
  "apologize",
  "respond",
  "thank",
  "praise",
  "welcome",
  "congratulate",
  "commend",
]);

/**
 * "what it called attempts to destabilise the country", "described as a plot to sabotage", "Spain's failure to condemn
 * Hamas": the noun phrase the naming verb at `i` names is completed by an infinitive (an intent, not a verdict).
 */
function namedIntent(v: View, i: number): boolean {
  for (let k = i + 1; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.pos === "PART" && t.lower === "to") return v.toks[k + 1]?.pos === "VERB";
    if (!NAMED_PHRASE.has(t.pos) && t.lower !== "as" && t.lower !== "'s") return false;
  }
  return false;
}

/** Parts of speech of the noun phrase a free relative names ("a deliberate provocation", "Spain's failure"). */
const NAMED_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "ADV", "NUM", "PART"]);

/**
 * "in what Armenia called ethnic cleansing by Azerbaijan": a free relative that names the act's author after "by" in
 * the pattern's own slot accuses that author; "in what the UN called ethnic cleansing" names the act's kind only.
 */
export function authorNamed(m: Match): boolean {
  if (m.targetGroup < 0) return false;
  const r = m.pattern.rest;
  const k = r.findIndex((x) => x.kind === "target");
  const by = r[k - 1];
  return k > 0 && by?.kind === "word" && by.words.size === 1 && by.words.has("by");
}

/** Words before a free relative that give the reason for the act before it ("after what ...", "citing what ..."). */
const NAMED_REASON = new Set(["after", "for", "cite"]);

/** Verbs whose object is a thing opposed ("punish what it called separatist acts", "stopped what it called ..."). */
const OPPOSE_NAMED = new Set(["against", "punish", "crush", "stop", "resist", "counter", "protest"]);

/**
 * "protested against what it called an overreaction", "stops what it called humiliating ceremonies", "in response to
 * what he called threats": the free relative after the word at `k` names the thing opposed or answered, whose agent
 * the verdict (naming verb at `i`) judges.
 */
function opposedNamed(v: View, i: number, k: number): boolean {
  // "rallied against what they said was a threat": a reported claim, no verdict of the judge's own.
  if (is(v, v.toks[i], v.b.say)) return false;
  const t = v.toks[k]!;
  // "warned Moscow against what he called a serious mistake": a caution about the object's next step; not "to defend
  // the country against what he called threats from Washington", whose object is the one defended.
  const g = v.groupAt[k - 1]!;
  if (t.lower === "against" && g >= 0) {
    let d = v.groups[g]!.tokStart - 1;
    while (v.toks[d]?.pos === "DET") d--;
    if (!DEFEND_NAMED.has(v.toks[d]?.lemma ?? "")) return false;
  }
  if (OPPOSE_NAMED.has(t.lemma)) return true;
  const head = v.toks[k - 1]?.lemma;
  // "in response to what he called threats", "in protest at what it called a declaration of war".
  return (
    (t.lower === "to" && (head === "respond" || head === "response")) ||
    (t.lower === "at" && head === "protest")
  );
}

/** Verbs whose object is defended against the thing a free relative names ("to defend the country against what ..."). */
const DEFEND_NAMED = new Set(["defend", "protect", "shield", "safeguard", "guard"]);

/**
 * "in what Manila described as a provocation": the object slot of "describe/denounce TGT as" is the free relative's
 * "what" itself, so a verb followed straight by "as" has no target of its own and judges like a slotless verdict.
 */
function emptySlotAs(v: View, i: number): boolean {
  return v.toks[i + 1]?.lower === "as" || (v.toks[i + 1]?.pos === "ADV" && v.toks[i + 2]?.lower === "as");
}

/**
 * "what New Delhi called ...", "what Moscow described as ...", "a boat that Trump said was carrying drugs": when group
 * `g` is the subject of a free relative or the sayer in a relative clause, the last token of its naming verb (with an
 * adverb particle after it), or -1.
 */
function namingVerbAfter(v: View, g: number): number {
  const { tokStart, tokEnd } = v.groups[g]!;
  const before = v.toks[tokStart - 1]?.lower;
  const verb = v.toks[tokEnd];
  if (verb?.pos !== "VERB") return -1;
  const sayer = (before === "that" || before === "which") && is(v, verb, v.b.say);
  if (before !== "what" && !sayer) return -1;
  return v.toks[tokEnd + 1]?.pos === "ADV" ? tokEnd + 1 : tokEnd;
}

/**
 * "killing 11 people whom President Trump described as gang members", "sent troops to a zone which Egypt condemned":
 * group `g` stands right after a relative pronoun on a noun, with a verb of its own after it; the relative clause's
 * subject, never the object of a verb before the noun.
 */
function relativeSubject(v: View, g: number): boolean {
  const { tokStart, tokEnd } = v.groups[g]!;
  const rel = v.toks[tokStart - 1];
  // Not "that", which after a noun may open its complement ("warnings that Moscow could ...", "allegations that ...").
  if (rel?.pos !== "PRON" || !is(v, rel, v.b.relative)) return false;
  const head = v.toks[tokStart - 2];
  if (!(head?.pos === "NOUN" || head?.pos === "NUM") || v.groupAt[tokStart - 2]! >= 0) return false;
  let k = tokEnd;
  while (v.toks[k]?.pos === "ADV" || v.toks[k]?.pos === "AUX") k++;
  return v.toks[k]?.pos === "VERB" && k > tokEnd - 1;
}

/** "G7 foreign ministers meeting in Canada condemned ...": an "-ing" noun after its subject names the forum, not an act. */
function forumParticiple(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  if (!t.lower.endsWith("ing") || (prev?.pos !== "NOUN" && v.groupAt[i - 1]! < 0)) return false;
  if (!isIn(v.toks[i + 1], v.w.placePrep)) return false;
  // The phrase is a subject: a verb follows before any barrier.
  for (let k = i + 2; k < v.toks.length; k++) {
    const x = v.toks[k]!;
    if (x.pos === "VERB") return true;
    if (isBarrier(v, x) || x.pos === "AUX") return false;
  }
  return false;
}

/**
 * The actor an "-ing" participle at `i` that the tagger read as a noun takes for its subject, or -1: the subject noun
 * phrase before a comma when the participle clause sits between that subject and its verb ("Maduro and Ali, meeting
 * in St Vincent, agreed ..."), the subject noun phrase right before it in a reduced relative ("Ukrainian and American
 * officials meeting in Jeddah agreed ..."), or the main clause's subject when the participle follows that clause
 * after a comma ("Xi arrived in Moscow, meeting with Putin for talks"). A determiner, adjective or preposition before
 * the word makes it a plain noun ("at a meeting in Jeddah"), and an object before it is no subject ("struck Hamas
 * leaders meeting in Doha").
 */
function participleActor(v: View, i: number): number {
  const t = v.toks[i]!;
  if (!t.lower.endsWith("ing") || t.lower !== t.lemma || (t.pos !== "NOUN" && t.pos !== "VERB")) return -1;
  const comma = v.toks[i - 1]?.text === ",";
  const g = v.groupAt[comma ? i - 2 : i - 1] ?? -1;
  // The subject noun phrase ends right before the comma or the participle (its head noun inside the group).
  if (g >= 0 && v.groups[g]!.tokEnd === (comma ? i - 1 : i)) {
    if (!v.subjectPos[g] || v.attributive[g] || v.asideAt[v.groups[g]!.tokStart]! >= 0) return -1;
    // The participle clause closes before the subject's verb: "..., meeting in Riyadh, agreed", "... meeting in Riyadh
    // agreed".
    return clauseVerbAfter(v, i, comma) ? g : -1;
  }
  if (!comma || v.asideAt[i]! >= 0) return -1;
  // ", meeting with Putin for talks": after a main clause, its subject (not an actor of a clause it reports).
  const s = subjectOf(v, i);
  return s >= 0 ? governingSubject(v, s, false) : -1;
}

/**
 * True when the phrase of a participle at `i` is followed by its subject's verb: after a comma when `comma` (the phrase
 * was opened by one), or directly, with no barrier in between.
 */
function clauseVerbAfter(v: View, i: number, comma: boolean): boolean {
  let k = i + 1;
  while (k < v.toks.length && v.toks[k]!.text !== "," && !isBarrier(v, v.toks[k]!)) {
    if (!comma && (v.toks[k]!.pos === "VERB" || v.toks[k]!.pos === "AUX")) return true;
    k++;
  }
  if (!comma || v.toks[k]?.text !== ",") return false;
  k++;
  while (k < v.toks.length && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "AUX")) k++;
  return v.toks[k]?.pos === "VERB";
}

/**
 * "shot down dozens of Iranian drones crossing its airspace", "intercepted Russian missiles targeting Kyiv": an act of
 * force at an "-ing" participle right after an object noun phrase of an armed force (no comma between) is that
 * phrase's own act, aimed at its slot's actor or else at the one who acted on the phrase (the clause subject, of
 * another country); null when the participle has no such phrase before it (", killing 59 people").
 */
function carrierArgs(v: View, m: Match): Args | null {
  const i = m.trigger;
  const t = v.toks[i]!;
  if (!VIOLENT_ROOTS.has(m.pattern.code.slice(0, 2)) || m.pattern.noun) return null;
  if (!t.lower.endsWith("ing") || t.lower === t.lemma || t.pos !== "VERB") return null;
  // The phrase's head noun may follow the actor ("Iranian drones"); the tagger's group usually holds it.
  let k = i - 1;
  while (k >= i - 3 && v.groupAt[k]! < 0 && v.toks[k]!.pos === "NOUN") k--;
  const g = v.groupAt[k] ?? -1;
  // Armed forces or their weapons only ("Iranian drones", "Russian troops"): not drivers entering a country, nor a place
  // ("carried out an air strike in Doha targeting Hamas leaders").
  if (g < 0 || v.groups[g]!.tokEnd !== k + 1 || v.subjectPos[g] || !forcesOnly(v.groups[g]!)) return null;
  const actedOn = subjectOf(v, i);
  const slot = m.targetGroup;
  const other = actedOn >= 0 && actedOn !== g && !sameCountry(v, actedOn, g) ? actedOn : -1;
  const target = slot >= 0 && slot !== g ? slot : other;
  return { source: g, target, passive: false, targetHow: target >= 0 && target === slot ? "slot" : "after" };
}

/** Roots of the reciprocal acts participleActor reads: consultation, diplomatic and material cooperation. */
const PARTICIPLE_ROOT = new Set(["04", "05", "06"]);

/**
 * Arguments of a reciprocal noun event read at an "-ing" participle whose subject is `source` (see participleActor):
 * the partner in the pattern's slot ("meeting in Cairo with Hamas negotiators") or right after the word ("meeting
 * Biden"), else the members of a compound subject with one another; null when there is no partner.
 */
function participleArgs(v: View, m: Match, source: number): Args | null {
  const slot = m.targetGroup;
  if (slot >= 0 && slot !== source) return { source, target: slot, passive: false, targetHow: "slot" };
  const next = v.groupAt[m.trigger + 1] ?? -1;
  if (next >= 0 && next !== source && !v.attributive[next])
    return { source, target: next, passive: false, targetHow: "after" };
  if (v.groups[source]!.members.length > 1)
    return { source, target: -1, passive: false, targetHow: "none", mutual: true };
  return null;
}

/** "reached through direct talks without U.S. mediation": a noun event after "without" (`_ABSENT_PREP`) did not happen. */
function absentNoun(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (NP_POS.has(v.toks[k]!.pos) || v.groupAt[k]! >= 0)) k--;
  return k >= 0 && v.w.absentPrep.has(v.toks[k]!.lower);
}

/** "a linchpin ... in deterring Chinese aggression": a gerund after "in"/"at" names a role, not an act. */
function roleGerund(v: View, i: number): boolean {
  const t = v.toks[i]!;
  return t.lower.endsWith("ing") && is(v, v.toks[i - 1], v.b.gerundRole) && v.toks[i - 1]!.pos === "ADP";
}

/** First actor of another country than the source: the addressee of a show of force ("put its forces on alert"). */
export function contextTarget(
  v: View,
  source: number,
  known = false,
  skip?: { from: number; to: number },
  un = true,
): number {
  const own = v.groups[source]!.members[0]!.code.slice(0, 3);
  // "Gunmen killed 40 people in Moscow in an attack claimed by ...": with `known`, an actor of no known country is
  // passed over.
  // "RSF fighters killed hundreds of people in El Fasher, the World Health Organization said": an international or
  // non-governmental body that reports the act is no party to it (a state's sayer may be its victim: "Russia broke the
  // truce, Zelensky said").
  return v.groups.findIndex(
    (g, gi) =>
      gi !== source &&
      g.members[0]!.code.slice(0, 3) !== own &&
      !(known && noCountry(v, gi)) &&
      !(stateless(g) && sayerGroup(v, gi)) &&
      !(!un && g.members.every((x) => x.code.startsWith("IGOUNO"))) &&
      !(skip && g.tokStart >= skip.from && g.tokStart <= skip.to) &&
      !brokerGroup(v, gi),
  );
}

/**
 * "Myanmar's opposition rejected the junta's plan, calling the vote a sham": the first actor of the source's own
 * country in another sector named before the verdict at `before` (no place, no sayer), the author of the domestic
 * act a `kin` verdict judges, or -1.
 */
export function kinTarget(v: View, source: number, before: number): number {
  const s = v.groups[source]!.members[0]!;
  const own = s.country;
  if (own === null || s.code.startsWith("---") || /^(IGO|NGO)/.test(s.code)) return -1;
  return v.groups.findIndex(
    (g, gi) =>
      gi !== source &&
      g.members.every((x) => x.country === own && x.kind !== "place" && x.code !== s.code) &&
      g.tokEnd <= before &&
      !sayerGroup(v, gi),
  );
}

/**
 * "pulled out of the grain deal, ending an arrangement brokered by the United Nations and Turkey", "a UN-brokered
 * arrangement", "which the United Nations and Turkey had brokered": the broker of a deal (`_MEDIATE_VERB`) is no party
 * to it, so never the one a `ctx` act is aimed at.
 */
function brokerGroup(v: View, g: number): boolean {
  const x = v.groups[g]!;
  const before = v.toks[x.tokStart - 1];
  if (before?.lower === "by" && isIn(v.toks[x.tokStart - 2], v.w.mediateVerb)) return true;
  let j = x.tokEnd;
  if (v.toks[j]?.text === "-") return isIn(v.toks[j + 1], v.w.mediateVerb);
  while (v.toks[j]?.pos === "AUX") j++;
  return j > x.tokEnd || v.toks[j]?.pos === "VERB" ? isIn(v.toks[j], v.w.mediateVerb) : false;
}

/** True when every member of the group is an international or non-governmental body (IGO…, NGO…). */
function stateless(g: Group): boolean {
  return g.members.every((x) => x.code.startsWith("IGO") || x.code.startsWith("NGO"));
}

/**
 * True when group `g` is the subject of a reporting verb (`_SAY`) right after it, past a short tail and auxiliaries
 * ("the World Health Organization said", "UN investigators said in a report", "a UN spokesperson has said").
 */
function sayerGroup(v: View, g: number): boolean {
  const end = v.groups[g]!.tokEnd;
  let j = end;
  // "a United Nations fact-finding mission said": a hyphenated word in the tail, whose second half the tagger may read
  // as a verb, counts as one word of it (at most four).
  for (let n = 0; n < 4 && j < v.toks.length && v.groupAt[j]! < 0; j++) {
    const hyphen = v.toks[j]!.text === "-" || v.toks[j - 1]?.text === "-";
    if (!hyphen && !SAYER_TAIL.has(v.toks[j]!.pos)) break;
    if (!hyphen) n++;
  }
  while (v.toks[j]?.pos === "AUX" || v.toks[j]?.pos === "ADV") j++;
  const say = v.toks[j];
  return say?.pos === "VERB" && is(v, say, v.b.say) && !isIn(say, v.w.addresseeSay);
}

/** The subject of the main clause after a fronted phrase ending at `end`: its first subject-position group. */
export function mainSubject(v: View, end: number): number {
  return firstSubject(v, end + 1, v.toks.length);
}

/**
 * A bloc named by a plural noun ("NATO leaders", "Leaders of the Quad", "G7 foreign ministers"): one organisation
 * (an `IGO` code) whose words hold a plural common noun, so that "their" after it stands for the bloc's members.
 */
function pluralBloc(v: View, g: number): boolean {
  const x = v.groups[g]!;
  if (x.members.length !== 1 || !x.members[0]!.code.startsWith("IGO")) return false;
  for (let j = x.tokStart; j < x.tokEnd; j++) {
    const t = v.toks[j]!;
    if (t.pos === "NOUN" && t.lower !== t.lemma && t.lower.endsWith("s")) return true;
    // "Leaders of the Quad": a capitalised plural opening the sentence is tagged as a name.
    if (j === 0 && t.pos === "PROPN" && t.lower.endsWith("s") && !t.lower.endsWith("ss")) return true;
  }
  return false;
}

/**
 * "Xi told Biden at their final meeting", "Putin and Trump spoke during their talks": a reciprocal noun owned by
 * "their" joins the clause's subject and the actor named after it (or the members of a compound subject).
 */
function sharedAct(v: View, i: number): Args | null {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ") k--;
  if (!is(v, v.toks[k], v.b.pluralPoss)) return null;
  const gov = verbBefore(v, k + 1);
  const own = sharedWith(v, k, subjectOf(v, gov >= 0 ? gov : k));
  if (own || gov >= 0 || v.toks[k - 1]?.pos !== "ADP" || v.toks[k - 2]?.text !== ",") return own;
  // "Modi told Putin that now was no era of war, during their meeting": a phrase set off by a comma after a clause
  // whose subject is no party belongs to the main clause. Not when a compound actor stands in between: "Indonesia
  // said China and the Philippines had eased tensions, after their talks" (theirs).
  const main = firstSubject(v, clauseStart(v, k), k);
  if (v.groups.some((g, gi) => gi > main && g.tokEnd <= k && g.members.length > 1)) return null;
  return sharedWith(v, k, main);
}

/** The parties of a reciprocal noun owned by "their" at `k`: `source` and the actor named after it, or its members. */
function sharedWith(v: View, k: number, source: number): Args | null {
  if (source < 0) return null;
  // "NATO leaders told Ukraine at their summit", "Leaders of the Quad criticised China ... at their summit": "their"
  // is the bloc's own members, and its gathering is no meeting with the one the bloc acts on (none is coded).
  if (pluralBloc(v, source)) return { source: -1, target: -1, passive: false, targetHow: "none" };
  for (let j = k - 1; j >= v.groups[source]!.tokEnd; j--) {
    const g = v.groupAt[j]!;
    if (g >= 0 && g !== source && !v.attributive[g] && !sameCountry(v, g, source))
      return { source, target: g, passive: false, targetHow: "inside" };
  }
  return v.groups[source]!.members.length > 1
    ? { source, target: -1, passive: false, targetHow: "none", mutual: true }
    : null;
}

/** "... that South Korea and the United States had planned": a compound group right after a relative word at `k`, or -1. */
function relativeCompound(v: View, k: number): number {
  if (!(is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that")) return -1;
  let j = k + 1;
  while (j < v.toks.length && v.toks[j]!.pos === "DET" && v.groupAt[j]! < 0) j++;
  const g = v.groupAt[j] ?? -1;
  if (g < 0 || v.groups[g]!.tokStart !== j || v.groups[g]!.members.length < 2) return -1;
  // Its verb follows the compound ("had planned", "were due to hold"): the compound is the clause's subject.
  const next = v.toks[v.groups[g]!.tokEnd];
  return next?.pos === "VERB" || next?.pos === "AUX" ? g : -1;
}

/** "talks between U.S. and Russian officials": the compound group right after "between"/"among" a noun event, or -1. */
export function betweenGroup(v: View, i: number): number {
  if (!is(v, v.toks[i + 1], v.b.between)) return -1;
  let k = i + 2;
  // "between the United States and the Houthis": the article may be the mention's own first word.
  while (k < v.toks.length && v.toks[k]!.pos === "DET" && v.groupAt[k]! < 0) k++;
  const g = v.groupAt[k] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart === k && v.groups[g]!.members.length > 1 ? g : -1;
}

/**
 * The compound group of a noun event's parties after "between" right after its trigger, or after the pattern's own
 * last word "between" ("a prisoner exchange between Russia and Ukraine", "the signing of a deal between X and Y"); -1.
 */
export function betweenParties(v: View, m: Match): number {
  const g = betweenGroup(v, m.trigger);
  return g >= 0 || m.last <= m.trigger + 1 ? g : betweenGroup(v, m.last - 1);
}

/**
 * "joint Russian-Belarusian military exercises": a compound group (two or more members) standing wholly between the
 * trigger and the last matched word of a noun pattern, or -1.
 */
function compoundInside(v: View, m: Match): number {
  for (let k = m.trigger + 1; k < m.last; k++) {
    const g = v.groupAt[k]!;
    if (g < 0) continue;
    const grp = v.groups[g]!;
    return grp.tokStart === k && grp.tokEnd - 1 < m.last && grp.members.length > 1 ? g : -1;
  }
  return -1;
}

/**
 * "between Azerbaijan and ethnic Armenian forces": the two actors (separate groups) joined by "and" after "between"
 * at token `k`; null when token `k` is no "between" or the parties are not two named actors.
 */
function betweenPair(v: View, k: number): [number, number] | null {
  if (!is(v, v.toks[k], v.b.between)) return null;
  let j = k + 1;
  while (j < v.toks.length && v.toks[j]!.pos === "DET" && v.groupAt[j]! < 0) j++;
  const a = v.groupAt[j] ?? -1;
  if (a < 0 || v.groups[a]!.tokStart !== j || v.attributive[a]) return null;
  j = v.groups[a]!.tokEnd;
  if (v.toks[j]?.lower !== "and") return null;
  j++;
  const lead = (t: Token) => t.pos === "DET" || t.pos === "ADJ";
  while (j < v.toks.length && lead(v.toks[j]!) && v.groupAt[j]! < 0) j++;
  const b = v.groupAt[j] ?? -1;
  return b >= 0 && b !== a && v.groups[b]!.tokStart === j && !v.attributive[b] ? [a, b] : null;
}

/**
 * "clashes between protesters and police", "between riot police and demonstrators": a one-way noun pattern whose own
 * words go on past "between" to name one party's kind; that party is the source and the other the target (with a
 * compound after "between", `leader` keeps its member as the only source). No source (the recip runner-up may take
 * the trigger) when the pattern's last word lies in no party; null when the noun is not followed by "between" or the
 * pattern stops there.
 */
function namedPartyFirst(v: View, m: Match): Args | null {
  const i = m.trigger;
  if (m.last <= i + 1 || !is(v, v.toks[i + 1], v.b.between)) return null;
  const none: Args = { source: -1, target: -1, passive: false, targetHow: "none" };
  const holds = (g: number) => g >= 0 && v.groups[g]!.tokStart <= m.last && m.last < v.groups[g]!.tokEnd;
  const parties = betweenGroup(v, i);
  if (parties >= 0) {
    const lead = v.groups[parties]!.members.some((x) => x.tokenStart <= m.last && m.last < x.tokenEnd);
    if (!lead) return none;
    return { source: parties, target: -1, passive: false, targetHow: "none", mutual: true, leader: m.last };
  }
  const pair = betweenPair(v, i + 1);
  if (pair && holds(pair[0])) return { source: pair[0], target: pair[1], passive: false, targetHow: "after" };
  if (pair && holds(pair[1])) return { source: pair[1], target: pair[0], passive: false, targetHow: "after" };
  return none;
}

/** Handing a person over (063) or sending them away (174): acts a passive names by where they start from. */
const TRANSFER = new Set(["063", "174"]);

/**
 * "an aircraft carrying 104 Indian migrants deported from the United States", "a Salvadoran man wrongly deported from
 * Maryland": a reduced passive relative of a transfer (`TRANSFER`) with no "by" agent is done by the state it sends
 * them from, to the people of the noun phrase it describes (as the passive "were deported from" is); null otherwise.
 */
function sentFrom(v: View, i: number): Args | null {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || t.lower === t.lemma || !t.lower.endsWith("ed")) return null;
  // "wrongly deported": an adverb may stand between the noun and its participle
  let k = v.toks[i - 1]?.pos === "ADV" ? i - 2 : i - 1;
  const prev = v.toks[k];
  if (!prev || (prev.pos !== "NOUN" && prev.pos !== "PROPN")) return null;
  const from = afterWord(v, i, "from");
  if (from < 0) return null;
  // the people sent: an actor inside the noun phrase the participle ends ("104 Indian migrants", "a Salvadoran man")
  let target = -1;
  for (; k >= 0 && k >= i - 5 && NP_POS.has(v.toks[k]!.pos); k--)
    if (v.groupAt[k]! >= 0) {
      target = v.groupAt[k]!;
      break;
    }
  if (target === from || (target >= 0 && sameCountry(v, target, from))) return null;
  // "would not take in Venezuelans deported from ...": people taken in are the object of that act alone
  while (k >= 0 && (NP_POS.has(v.toks[k]!.pos) || v.toks[k]!.pos === "ADP")) k--;
  if (k >= 0 && v.toks[k]!.pos === "VERB" && isIn(v.toks[k], v.w.takeIn)) return null;
  return { source: from, target, passive: true, targetHow: target >= 0 ? "after" : "none", stateFrom: true };
}

/** The actor right after the word `w` that follows token `i` (an optional "the" between), or -1. */
function afterWord(v: View, i: number, w: string): number {
  if (v.toks[i + 1]?.lower !== w) return -1;
  const k = v.groupAt[i + 2]! < 0 && v.toks[i + 2]?.pos === "DET" ? i + 3 : i + 2;
  const g = v.groupAt[k] ?? -1;
  if (g < 0 || v.groups[g]!.tokStart !== k) return -1;
  // "from Russia": a country's name after a preposition is read as a place; it still names the state.
  return !v.attributive[g] || v.groups[g]!.members.every(countryPlace) ? g : -1;
}

/**
 * "signed a pact in Pyongyang during Putin's first visit to the country": a pointing noun ("the country") the actor
 * stage read as the visitor's own country names the host, the last other country named before it (no one visits
 * their own country); returns that group, or `target` unchanged.
 */
export function visitedCountry(v: View, source: number, target: number): number {
  if (source < 0 || target < 0 || !sameCountry(v, source, target)) return target;
  const t = v.groups[target]!;
  if (!t.members.every((x) => x.kind === "coref")) return target;
  for (let g = target - 1; g >= 0; g--) {
    const x = v.groups[g]!;
    if (x.tokEnd > t.tokStart || sameCountry(v, g, source)) continue;
    if (x.members.every((m) => m.kind !== "coref" && m.country !== null)) return g;
  }
  return target;
}

/**
 * "as Russian missile strikes on the country's power grid intensified", "after Iran's missile attack on the country":
 * a pointing noun ("the country") that an attack noun is aimed at names the last country named before it other than
 * the attacker's, which the actor stage may not have picked (it reads the noun as the sentence's subject state);
 * returns that group, or `target` unchanged.
 */
export function attackedCountry(v: View, source: number, target: number): number {
  if (source < 0 || target < 0 || target <= source) return target;
  const t = v.groups[target]!;
  if (!t.members.every((x) => x.kind === "coref" && x.entry === "sector-state")) return target;
  for (let g = target - 1; g >= 0; g--) {
    const x = v.groups[g]!;
    if (x.tokEnd > t.tokStart || sameCountry(v, g, source)) continue;
    // A state, its capital or a place in it ("to Ukraine", "Kyiv"), not a person or body that merely has one.
    if (x.members.every((m) => STATE_KINDS.has(m.kind) && m.country !== null)) return g;
  }
  return target;
}

const STATE_KINDS = new Set(["state", "metonym", "place", "attributive"]);

/** A place mention that is a whole country ("Russia" after "from"), not a city or a demonym. */
export function countryPlace(x: ActorMention): boolean {
  return x.kind === "place" && x.country !== null && x.code === x.country;
}

/**
 * "told Aliyev at a meeting", "assured Xi during talks in Bali": the object of a reporting verb (`_SAY`) right before
 * the "at"/"during" phrase whose noun is at `i` (at most four words before it, no name: "at a NATO summit" is a
 * venue); or -1.
 */
export function occasionObject(v: View, i: number): number {
  let k = i - 1;
  // "at a NATO summit", "at the G20 summit": a name before the noun makes it a venue.
  while (
    k >= 0 &&
    k >= i - 4 &&
    NP_POS.has(v.toks[k]!.pos) &&
    v.toks[k]!.pos !== "PROPN" &&
    v.groupAt[k]! < 0
  )
    k--;
  const prep = v.toks[k];
  if (prep?.pos !== "ADP" || !(prep.lower === "at" || prep.lower === "during")) return -1;
  const g = v.groupAt[k - 1] ?? -1;
  if (g < 0 || v.groups[g]!.tokEnd !== k || v.attributive[g]) return -1;
  // Words only ("told", "assured"): "struck Hamas at a meeting in Gaza" met nobody.
  const verb = v.toks[v.groups[g]!.tokStart - 1];
  if (verb?.pos !== "VERB" || !is(v, verb, v.b.say)) return -1;
  const subject = subjectOf(v, verb.i);
  return subject >= 0 && subject !== g ? g : -1;
}

/** "at which Thailand and Cambodia agreed", "where the two leaders met": a compound subject of a relative clause that
 * opens at token `k` (a preposition and "which", or "where"); or -1. */
function relativeParties(v: View, k: number): number {
  if (v.toks[k]?.pos === "ADP" && v.toks[k + 1]?.lower === "which") k += 2;
  else if (v.toks[k]?.lower === "where") k += 1;
  else return -1;
  const g = v.groupAt[v.toks[k]?.pos === "DET" && (v.groupAt[k] ?? -1) < 0 ? k + 1 : k] ?? -1;
  return g >= 0 && v.groups[g]!.members.length > 1 ? g : -1;
}

/**
 * "arrested Duterte in Manila on Tuesday on an ICC warrant", "handed over a Belarusian national under a European
 * arrest warrant issued by Vilnius": the object of the verb the "on"/"under" phrase of the noun at `i` serves (an
 * actor right after a verb or its particle, within its clause, other than `source`); or -1.
 */
function servedObject(v: View, i: number, source: number): number {
  return servedAct(v, i, source)[0];
}

/** Particles between a verb and its object ("handed over", "turned over", "sent back"). */
const SERVE_PARTICLE: ReadonlySet<string> = new Set(["over", "back", "up"]);

/** The object of the verb a `served` noun at `i` serves (see servedObject) and that verb's index, or [-1, -1]. */
export function servedAct(v: View, i: number, source: number): [number, number] {
  const none: [number, number] = [-1, -1];
  let k = i - 1;
  while (k >= 0 && k >= i - 8 && (NP_POS.has(v.toks[k]!.pos) || v.groupAt[k]! >= 0)) k--;
  const prep = v.toks[k];
  if (prep?.pos !== "ADP" || !(prep.lower === "on" || prep.lower === "under")) return none;
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const t = v.toks[j]!;
    if (t.text === "," || t.pos === "VERB" || t.pos === "AUX") return none;
    const g = v.groupAt[j]!;
    if (g < 0 || g === source || v.groups[g]!.tokStart !== j) continue;
    const before = v.toks[j - 1];
    // "handed over a Belarusian national": a particle after the verb; "arrested in Manila" is a place.
    const particle = SERVE_PARTICLE.has(before?.lower ?? "") && v.toks[j - 2]?.pos === "VERB";
    const verb = before?.pos === "VERB" ? j - 1 : particle ? j - 2 : -1;
    // "Duterte was arrested in Manila on a warrant": a passive has no object here; the patient is its subject.
    if (verb >= 0) return isPassive(v, verb) ? none : [g, verb];
    // "in Manila", "at Manila airport": a place of the act's own adjunct, passed over.
    if (before?.pos !== "ADP") return none;
  }
  return none;
}

/**
 * The arguments of match `m`; a co-agent named by a help phrase right after the source ("brokered by Qatar with the
 * help of Egypt and the United States") joins the source's members.
 */
export function findArgs(v: View, m: Match, wrapEnd: number): Args {
  const a = argsOf(v, m, wrapEnd);
  // "urged its citizens to avoid travel to Japan": the one asked names no actor; the act has no target.
  if (m.unnamed) return { ...a, target: -1, targetHow: "none" };
  if (a.joined !== undefined || a.mutual) return a;
  // "X and Y agreed ..., Erdogan said, after hosting talks between their leaders": a host or mediator's gerund after a
  // named trailing sayer is the sayer's act (the parties of the clause before do not host their own talks); other
  // gerunds there stay the main clause's ("North Korea fired a missile, Seoul said, after warning Japan").
  if (!m.pattern.noun && (m.pattern.code === "043" || m.pattern.code === "045")) {
    const sub = gerundClause(v, m.trigger);
    const sayer = sub >= 0 ? sayerBeforeAdjunct(v, sub) : -1;
    if (sayer >= 0 && sayer !== a.source)
      return { ...a, source: sayer, target: a.target === sayer || a.target < 0 ? a.source : a.target };
  }
  // "telling Aliyev at a meeting in Dushanbe": a meeting at which the subject acted on an object met that object.
  if (m.pattern.noun && m.pattern.recip && m.pattern.code.startsWith("04") && a.source >= 0 && a.target < 0) {
    const met = occasionObject(v, m.trigger);
    if (met >= 0 && met !== a.source && !sameCountry(v, met, a.source))
      return { ...a, target: met, targetHow: "inside" };
  }
  // "hosted talks in Putrajaya at which Thailand's and Cambodia's leaders agreed ...": the host's own place is where;
  // its guests are the compound subject of the relative clause on the talks.
  if (!m.pattern.noun && (m.pattern.code === "043" || m.pattern.code === "045") && a.source >= 0) {
    const own = a.target >= 0 && placeOnly(v, a.target) && sameCountry(v, a.target, a.source);
    const guests = own ? relativeParties(v, v.groups[a.target]!.tokEnd) : -1;
    if (guests >= 0) return { ...a, target: guests, targetHow: "after" };
  }
  const helper = helperOf(v, a.source);
  if (helper >= 0 && helper !== a.target) return { ...a, joined: helper };
  const co = !m.pattern.recip && a.source >= 0 && a.target >= 0 ? coAgentAfter(v, m.trigger, a) : -1;
  return co >= 0 ? { ...a, joined: co } : a;
}

/**
 * "Mali recalled its ambassador from Algiers on Sunday, together with Niger and Burkina Faso, after ...": states named
 * after a comma and a `_CO_LINK` phrase later in the clause of the act at `i` (no verb between) do the act with its
 * subject, on the same target; -1 when there are none.
 */
function coAgentAfter(v: View, i: number, a: Args): number {
  for (let k = i + 1; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || (isBarrier(v, t) && t.text !== ",")) return -1;
    if (t.text !== ",") continue;
    const n = phraseAt(v.toks, k + 1, v.toks.length, v.w.coLink);
    if (n === 0) continue;
    const g = v.groupAt[k + 1 + n] ?? -1;
    if (g < 0 || g === a.target || g === a.source) return -1;
    const grp = v.groups[g]!;
    const own = v.groups[a.source]!.members[0]!.code.slice(0, 3);
    const end = v.toks[grp.tokEnd];
    if (end !== undefined && end.text !== "," && end.text !== ".") return -1;
    return grp.members.every((x) => x.kind === "state" && x.code.slice(0, 3) !== own) ? g : -1;
  }
  return -1;
}

function argsOf(v: View, m: Match, wrapEnd: number): Args {
  const p = m.pattern;
  const i = m.trigger;
  if (p.answered) return answeredArgs(v, i);
  const byAgent = p.noun ? -1 : participleAgent(v, i);
  // "in an attempt to restart trade talks with Washington": a noun event that is the object of such an infinitive is
  // no act either (the talks are sought, not held).
  const gov = p.noun ? verbBefore(v, i, true) : -1;
  // "in a bid to revive stalled talks": the participle before the noun may be read as the governing verb.
  const sought =
    gov >= 0 &&
    (nounComplement(v, gov) ||
      demandedClause(v, gov) ||
      (v.toks[gov - 1]?.pos === "VERB" && nounComplement(v, gov - 1)));
  const notAnAct =
    reducedRelative(v, i, p) ||
    nounComplement(v, i) ||
    demandedClause(v, i) ||
    attributiveParticiple(v, i) ||
    roleGerund(v, i) ||
    (namingClause(v, i) && !verdictAside(v, i, p) && !namedVerdict(v, i, p) && !authorNamed(m));
  // "Maduro and Ali, meeting in St Vincent, agreed ...": a reciprocal act at a participle read as a noun.
  // Cooperative roots only: "protested in Dhaka ..., clashing with police" stays the protesters' act on the police.
  const participant =
    p.noun && p.recip && PARTICIPLE_ROOT.has(p.code.slice(0, 2)) ? participleActor(v, i) : -1;
  const partnered = participant >= 0 ? participleArgs(v, m, participant) : null;
  if (partnered) return partnered;
  const sent = !p.noun && byAgent < 0 && TRANSFER.has(p.code) ? sentFrom(v, i) : null;
  if (sent) return sent;
  if (
    (!p.noun && byAgent < 0 && notAnAct) ||
    (p.noun && (forumParticiple(v, i) || sought || absentNoun(v, i)))
  )
    return { source: -1, target: -1, passive: false, targetHow: "none" };
  // "Russia, accused by Kyiv of targeting civilians, denied ...": the agent acts on the actor the participle describes.
  const described = p.noun ? -1 : participleAside(v, i);
  if (described >= 0) {
    const agent = agentAfter(v, i);
    if (agent >= 0 && agent !== described)
      return { source: agent, target: described, passive: true, targetHow: "slot" };
  }
  // "in a case brought by South Africa": the filer in the slot, against the party the sentence's subject acted on.
  if (p.filed) {
    const filer = m.targetGroup;
    return {
      source: filer,
      target: filer < 0 ? -1 : partyActedOn(v, i, filer),
      passive: false,
      targetHow: "inside",
    };
  }
  let source = -1;
  let target = m.targetGroup;
  let passive = false;
  // "hit what New Delhi called terrorist infrastructure in Pakistan": the slot's actor names the thing; the target
  // is searched for after the naming verb.
  const naming = target >= 0 ? namingVerbAfter(v, target) : -1;
  // "a boat that Trump said had been carrying drugs from Venezuela": the said clause's own verbs are passed over.
  if (naming >= 0) target = targetAfter(v, naming + 1, -1, is(v, v.toks[naming], v.b.say));
  // "killing 11 people whom President Trump described as ...": the slot reached the subject of a relative clause.
  else if (target >= 0 && relativeSubject(v, target)) target = -1;
  if (p.noun && p.recip && target < 0) {
    const shared = sharedAct(v, i);
    if (shared) return shared;
    // "hosted talks between U.S. and Russian officials": the parties are the compound, not the host.
    const parties = betweenParties(v, m);
    if (parties >= 0) return { source: parties, target: -1, passive: false, targetHow: "none", mutual: true };
    // "Fighting broke out between Azerbaijan and ethnic Armenian forces": two actors after the pattern's "between".
    const pair = betweenPair(v, is(v, v.toks[i + 1], v.b.between) ? i + 1 : m.last);
    if (pair) return { source: pair[0], target: pair[1], passive: false, targetHow: "after" };
    // "during joint Russian-Belarusian military exercises": a compound inside the matched words names the parties.
    const inner = compoundInside(v, m);
    if (inner >= 0) return { source: inner, target: -1, passive: false, targetHow: "none", mutual: true };
    // "joint exercises that South Korea and the United States had planned for August": a compound subject of an
    // object relative clause on the noun names the parties.
    const planners = relativeCompound(v, m.last + 1);
    if (planners >= 0 && modifierOf(v, i) < 0)
      return { source: planners, target: -1, passive: false, targetHow: "none", mutual: true };
  }
  if (p.noun && !p.recip && target < 0) {
    const named = namedPartyFirst(v, m);
    if (named) return named;
  }
  if (p.noun) {
    source = modifierOf(v, i);
    // "Haniyeh was killed in an Israeli strike on his residence in Tehran": the passive's subject is the victim.
    const victim = source >= 0 && !p.recip ? passiveVictim(v, i, source) : -1;
    if (victim >= 0) return { source, target: victim, passive: false, targetHow: "slot", victim: true };
    // "the RSF tightened its siege of El Fasher": a place a `territory` act takes may be of the owner's own country.
    const taken = p.territory && target >= 0 && v.groups[target]!.members.every((x) => x.kind === "place");
    if (source < 0) source = pronounOwner(v, i, taken ? -1 : target);
    // "against Prime Minister Robert Fico, whose visit to Moscow had angered many": the antecedent of "whose".
    if (source < 0) source = whoseOwner(v, i);
    // "sanctions imposed on Moscow by the West": the agent of a reduced passive relative on the noun.
    if (source < 0) source = reducedRelativeAgent(v, i);
    // "the sanctions imposed by ECOWAS", "the levies on Chinese imports ordered by Trump": a participle of authoring.
    if (source < 0 && !p.recip) source = authoredBy(v, i);
    if (source < 0) source = agentRightAfter(v, m.last);
    // "demands from the Trump administration for Japan to ...": the agent right after the noun, inside the match.
    // "an angry response from China": after the noun an adjective trigger qualifies.
    if (source < 0 && m.last > i) source = agentRightAfter(v, agentSlot(v, i) - 1, 1);
    // "the visit of the Indian prime minister"; not "the detention of a Japanese executive" (the slot's patient).
    // Not a place ("ordered the lifting of U.S. sanctions on Syria": a place is never the source; the governing
    // verb's subject is).
    const of = ofAfter(v, i);
    if (
      source < 0 &&
      !p.recip &&
      of !== target &&
      !(of >= 0 && namedPatient(v, of, m.last)) &&
      !(of >= 0 && v.groups[of]!.members.every((x) => x.kind === "place"))
    )
      source = of;
    // "the signing of the European Union's trade agreement with Brazil, Argentina, Uruguay and Paraguay": a reciprocal
    // noun's "of" actor that owns the agreement named inside the match is its party, across from the slot's partners.
    if (source < 0 && p.recip && of >= 0 && of !== target && target >= 0 && ownsInside(v, of, m.last))
      source = of;
    // "the detention of Australian writer Yang Hengjun by Chinese authorities": the "by" agent after the "of" patient.
    if (source < 0 && target >= 0 && v.groups[target]!.tokStart > i) source = nominalAgent(v, target);
    // "Russia's war in Ukraine", "its war": an `owned` noun event has its own agent or none ("ended the war in Gaza").
    if (p.owned && source < 0) return { source: -1, target: -1, passive: false, targetHow: "none" };
    const gov = source < 0 ? verbBefore(v, i) : -1;
    // "General X was killed in a strike on his home": the subject of a passive is the victim, no agent of the act
    // named as its means or occasion (neither here nor through the adjunct rule below). A reciprocal act keeps it:
    // "soldiers were killed in a clash with X" (the soldiers fought).
    if (gov >= 0 && !p.recip && passiveAdjunct(v, gov, i))
      return { source: -1, target, passive: false, targetHow: "none" };
    // "summoned the ambassador over the detention of ...": a reason is not the subject's own act.
    if (gov >= 0 && !reasonBetween(v, gov, i) && (!p.joint || jointGovernor(v, gov, i)))
      source = subjectOf(v, gov);
    // "police fired tear gas at students during demonstrations against tax rises": security forces do not protest;
    // a protest noun after their verb is the crowd's, the verb's object when it is named ("killed 40 protesters during
    // demonstrations against the government"), otherwise nobody named.
    if (source >= 0 && p.code.startsWith("14") && forcesOnly(v.groups[source]!)) {
      const crowd = v.groups.findIndex((g) => g.tokStart > gov && g.tokEnd <= i && !forcesOnly(g));
      if (crowd < 0) return { source: -1, target: -1, passive: false, targetHow: "none" };
      source = crowd;
    }
    // "Germany's chancellor, who met Zelenskiy, pledged more air defence systems": a finite verb that only a noun
    // pattern matched still has its subject.
    // Not after a preposition or determiner ("despite promises made during talks"): that is a noun.
    const t = v.toks[i]!;
    const nounSlot = NOUN_SLOT.has(v.toks[i - 1]?.pos ?? "");
    // A `joint` noun ("watched Chinese exercises", the noun tagged as a verb) has no subject of its own.
    if (
      source < 0 &&
      t.pos === "VERB" &&
      t.lower !== t.lemma &&
      !t.lower.endsWith("ing") &&
      !nounSlot &&
      (!p.joint || jointGovernor(v, -1, i))
    )
      source = subjectOf(v, i);
    // "Orban lavished praise on Xi during a visit to Beijing": an adjunct's noun event is the clause subject's.
    if (source < 0) {
      let k = i - 1;
      // "on a surprise visit to London", "during a state visit": a noun modifier that names no actor leads it too.
      const lead = (t: Token, j: number) =>
        t.pos === "DET" ||
        t.pos === "ADJ" ||
        t.pos === "NUM" ||
        is(v, t, v.b.possessivePronoun) ||
        (t.pos === "NOUN" && j === i - 1 && v.groupAt[j]! < 0);
      // "on a two-day visit to Seoul": a hyphenated modifier is passed over whole ("any near-term dialogue": its
      // first word is no preposition).
      while (k >= 0 && (v.toks[k]!.text === "-" || lead(v.toks[k]!, k))) k -= v.toks[k]!.text === "-" ? 2 : 1;
      // "a second round of talks", "two days of negotiations"
      if (p.recip && is(v, v.toks[k], v.b.npLink) && v.toks[k - 1]?.pos === "NOUN") {
        k -= 2;
        while (k >= 0 && lead(v.toks[k]!, k)) k--;
      }
      // "Sunak, on a visit to Kyiv, signed ...": an aside opened by "on" after the subject is an adjunct too.
      // "regained control of the district after a gunfight with gang members", "withdrew after months of fighting
      // against Russian forces": a fight after a subordinator used as a preposition was the clause subject's too.
      // Not when the noun heads a clause of its own ("as clashes with police spread across the country", ", as
      // fighting ... sent thousands fleeing": a verb follows, or a comma opens the subordinator's clause).
      const fought =
        p.recip &&
        VIOLENT_ROOTS.has(p.code.slice(0, 2)) &&
        is(v, v.toks[k], v.b.subord) &&
        v.toks[k - 1]?.text !== "," &&
        !verbUntilComma(v, m.last);
      // "held talks with Putin in Moscow on his first visit since ...": "on" leads a visit (`venue`) without the comma.
      const adjunct =
        isIn(v.toks[k], v.w.placePrep) ||
        (v.toks[k]?.lower === "on" && (v.toks[k - 1]?.text === "," || p.venue)) ||
        fought;
      if (k > 0 && v.toks[k]!.pos === "ADP" && adjunct) source = subjectOf(v, k);
    }
  } else if (byAgent >= 0) {
    passive = true;
    source = byAgent;
    // "blamed the attack on militants backed by Kabul", "agreed to a ceasefire backed by Turkey": a `patient` act in a
    // reduced relative on a plain noun backs that noun's referent, no actor of the clause.
    if (p.patient && plainNounBefore(v, i)) return { source: -1, target: -1, passive, targetHow: "none" };
    // "M23 rebels backed by Rwandan troops captured Goma": a reduced passive relative right after an actor acts on
    // that actor (the one backed), not on one named later in the clause. Not a place ("talks in Doha mediated by
    // Qatar"), nor an actor inside a phrase ("a deal with Washington mediated by the Vatican").
    const modified = v.groupAt[i - 1] ?? -1;
    if (
      modified >= 0 &&
      modified !== source &&
      !v.attributive[modified]! &&
      v.toks[v.groups[modified]!.tokStart - 1]?.pos !== "ADP"
    )
      target = modified;
  } else if (isPassive(v, i)) {
    passive = true;
    // "Japan was accused by China of spying": an agent right after the verb stands inside the matched words.
    // "Houthi targets were struck overnight by American warplanes": adverbs or a day may stand before "by".
    source = agentAfter(v, is(v, v.toks[agentByAfter(v, i)], v.b.agent) ? i : m.last);
    // "was extradited from Spain to the United States": with no "by" agent, the state a person is handed over or
    // sent away from is the agent, and the one named after "to" receives them.
    if (source < 0 && TRANSFER.has(p.code)) {
      source = afterWord(v, i, "from");
      const to = source >= 0 ? afterWord(v, v.groups[source]!.tokEnd - 1, "to") : -1;
      if (to >= 0) target = to;
      else if (target < 0 && source >= 0) target = subjectOf(v, i, true);
      if (target === source) target = -1;
      if (source >= 0)
        return { source, target, passive, targetHow: target >= 0 ? "after" : "none", stateFrom: true };
    }
    // "North Korean troops had been sent to Russia": the force's own state sends it (`dispatched`).
    const sent = source < 0 && p.dispatched ? dispatchedForce(v, m) : null;
    if (sent) return { source: sent[0], target: sent[1], passive, targetHow: "slot" };
    // "M23 rebels, whom UN experts say are backed by Rwandan troops": the antecedent is the subject, not the sayer.
    if (target < 0 && source >= 0) target = saidRelativeAntecedent(v, i);
    // "A Ukrainian claim that Russian forces had used cluster munitions was denied by Moscow": the actor that owns the
    // subject's head noun, not one inside the clause on it.
    if (target < 0) target = clauseHeadOwner(v, i);
    // "A peace plan proposed by Qatar was turned down by Israel": a reaction to a measure answers its author.
    if (target < 0 && REACTION_ROOT.has(p.code.slice(0, 2))) target = authoredSubject(v, i)?.[0] ?? -1;
    if (target < 0) target = subjectOf(v, i, true);
  } else if (carrierArgs(v, m) !== null) {
    return carrierArgs(v, m)!;
  } else {
    source = sharedSayer(v, i, DEED_ROOT.has(p.code.slice(0, 2)));
    // "responded by expelling 12 Algerian officials and recalling its ambassador": the first participle's subject.
    const joined = source < 0 ? joinedParticiple(v, i) : -1;
    if (joined >= 0) {
      source = subjectOf(v, joined);
      if (source >= 0 && elaborating(v, joined)) source = governingSubject(v, source, false, false);
    }
    if (source < 0) source = subjectOf(v, i);
    // "a treaty with Tuvalu that commits Canberra to defend it": the actor between a `bound` verb and the pattern's
    // "to" is the one bound to the act, not the subject (a treaty, or a party the relative follows).
    const bound = p.bound ? boundObject(v, m) : -1;
    if (bound >= 0) source = bound;
    // "India expelled ..., a day after Ottawa ordered out ..., and rejected the allegations": a verb after ", and"
    // with no subject of its own belongs to the clause that governs the background one.
    const before = source >= 0 ? sayerBeforeCommaAnd(v, source, i) : -1;
    const reporter = source >= 0 && before < 0 ? reportCoordinate(v, source, i) : -1;
    if (before >= 0) source = before;
    else if (reporter >= 0) source = reporter;
    else if (source >= 0 && (elaborating(v, i) || commaAnd(v, i)))
      source = governingSubject(
        v,
        source,
        VERBAL_ROOT.has(p.code.slice(0, 2)) && elaborating(v, i),
        REACTION_ROOT.has(p.code.slice(0, 2)) && elaborating(v, i),
      );
    // "A 7.8-magnitude earthquake struck southern Turkey and northern Syria, killing thousands" (or ", toppling
    // buildings and killing thousands"): the participle's subject is the clause's own, a noun phrase that is no actor,
    // not the object it struck.
    // "An explosion at the al-Ahli hospital in Gaza City killed hundreds": an incident with no agent heads the clause;
    // the actor in its phrase is where it happened.
    if (source >= 0 && agentlessHead(v, clauseStart(v, i), source, i)) source = -1;
    // "Thailand expelled the envoy after a landmine wounded two soldiers, accusing Phnom Penh of ...": an act done by
    // speaking needs a speaker, which a background clause's plain noun ("a landmine") is not; it stays the governing
    // clause's.
    const speech = VERBAL_ROOT.has(p.code.slice(0, 2));
    if (
      source >= 0 &&
      (elaborating(v, i) || joinedElaborating(v, i)) &&
      (plainClauseSubject(v, clauseStart(v, i), source) || (!speech && plainBackgroundSubject(v, source, i)))
    )
      source = -1;
    // "Israeli air strikes killed 40 people, health officials said on Tuesday, shattering a ceasefire": a participle of
    // a deed (no verbal act) after a trailing sayer continues the clause before the sayer, not the sayer's words.
    if (source >= 0 && elaborating(v, i) && !VERBAL_ROOT.has(p.code.slice(0, 2))) {
      const main = trailingSayerMain(v, source);
      if (main >= 0) source = main;
    }
  }
  // "calls from Seoul", "criticism by Beijing": after a noun event, the actor after "from"/"by" is its agent.
  if (p.noun && target >= 0 && source < 0 && agentWord(v, v.groups[target]!.tokStart, i + 1)) {
    source = target;
    target = -1;
  }
  // "In a phone call with X, Y urged ...", "During his visit to X, Y ...": the fronted act is the main subject's.
  const front = v.frontEnd;
  const inFront = front > i && m.last < front;
  const ownedByPronoun = p.noun && is(v, v.toks[i - 1], v.b.possessivePronoun);
  // Not a verb whose fronted clause has a subject of its own that is no actor ("After a 7.7-magnitude earthquake struck
  // central Myanmar, China ... flew rescue teams": the earthquake struck, not China).
  const thingFront = !p.noun && is(v, v.toks[0], v.b.subord) && plainSubjectBefore(v, 1, i);
  if (inFront && target >= 0 && (source < 0 || ownedByPronoun) && !thingFront) {
    const main = mainSubject(v, front);
    if (main >= 0 && main !== target) source = main;
  }
  // "If Israel attacks its nuclear sites, Iran will strike back": a pronoun object of an act of force in a fronted
  // condition points ahead to the main clause's subject, the party the condition names as attacked.
  if (inFront && source >= 0 && target < 0 && !p.noun && forwardPronoun(v, i)) {
    const main = mainSubject(v, front);
    const force = VIOLENT_ROOTS.has(p.code.slice(0, 2));
    if (force && main >= 0 && main !== source && !sameCountry(v, main, source)) target = main;
  }
  // "Maduro, whose government he has accused of flooding the United States ...": the object moved to the relative.
  // Not for a passive with its "by" agent ("Riyadh, where he was received by the crown prince"): its subject is the patient.
  // "an explosion on a line carrying aid to Ukraine, which Tusk blamed on Russian intelligence": a slot after the
  // pattern's own preposition that found an actor keeps it.
  const slotAfterWord =
    p.rest.findIndex((e) => e.kind === "target") > 0 && target >= 0 && target === m.targetGroup;
  const movedObject = !p.noun && !slotAfterWord && v.toks[i + 1]?.pos === "ADP";
  if (movedObject && !(passive && is(v, v.toks[i + 1], v.b.agent))) {
    const ante = relativeAntecedent(v, i, source, REACTION_ROOT.has(p.code.slice(0, 2)), p.mutual);
    if (ante >= 0 && ante !== source) target = ante;
    // "deported 200 Venezuelans it accused of gang membership": a relative clause with no comma and no pronoun.
    // The slot then found an actor inside a later phrase ("whom Beijing accused of interfering in Hong Kong").
    const contact = ante < 0 && p.rest[0]?.kind === "target" ? contactAntecedent(v, i) : -1;
    if (contact >= 0 && contact !== source) target = contact;
    if (contact === NO_ACTOR) return { source, target: -1, passive, targetHow: "none" };
  }
  // "President Lai, whom Beijing called a dangerous separatist": a verdict with no object slot, in an object relative
  // clause, judges the antecedent; an actor named in the verdict itself ("separatist") is no target.
  if (
    !p.noun &&
    source >= 0 &&
    REACTION_ROOT.has(p.code.slice(0, 2)) &&
    !p.rest.some((e) => e.kind === "target")
  ) {
    const ante = relativeAntecedent(v, i, source, true);
    if (ante >= 0 && ante !== source) target = ante;
  }
  if (target === source) target = -1;
  // "Israeli tanks fired at their headquarters in Naqoura": the owner of the thing hit is the target, not its place.
  if (target >= 0 && target === m.targetGroup && p.code >= "17") {
    const owner = ownerBeforePlace(v, m, target, source);
    if (owner >= 0) target = owner;
  }
  // "accusing him of the unlawful deportation of Ukrainian children": an object pronoun in the slot is an earlier actor
  // (a group the slot found further on stands in the complement: "accusing him of allowing drug cartels to flourish").
  if (!p.noun && p.rest[0]?.kind === "target" && is(v, v.toks[i + 1], v.b.objectPronoun)) {
    const ante = antecedentOf(v, i + 1, source);
    if (ante >= 0 || target < 0) target = ante;
  }
  // "accused Israel of genocide in Gaza and demanded that it withdraw from Palestinian territory": "it" or "they"
  // right after the "that" of a demand, in the slot, is the addressee named before (the territory it should leave is
  // no target).
  if (target < 0 && !p.noun && p.rest[1]?.kind === "target" && thingThat(v, i))
    target = demandedAntecedent(v, i, source);
  // "deported 500,000 Afghans, accusing some of spying for Israel", "accused many of them of ...": a count and "of"
  // in the slot, naming no actor, is part of the plural people named before (not Israel, named in the charge).
  if (!p.noun && p.rest[0]?.kind === "target" && partitiveSlot(v, i + 1)) {
    const ante = pluralAntecedent(v, i, source);
    if (ante >= 0) target = ante;
  }
  let how: Args["targetHow"] = target >= 0 ? "slot" : "none";
  // "criticism from X and Y": a co-agent the list split off (`coAgent`), whose members join the source.
  let joined = -1;
  // "summoned China's ambassador over ...": a named object inside the matched words comes before actors after them.
  if (target < 0 && !p.noun && !p.thing) {
    target = directObject(v, m, source);
    // "Venezuela expelled diplomats from Argentina": an object of the source's own country names another's people.
    if (target >= 0 && source >= 0 && sameCountry(v, target, source)) {
      const o = originAfter(v, target);
      if (o >= 0 && !sameCountry(v, o, source)) target = o;
    }
    if (target >= 0) how = "inside";
  }
  // "marched on the Velkan embassy in the capital to protest the war in X": an actor read with the pattern's last word
  // (a building, a mission: "Velkan embassy") or standing right before it owns it and is the target, before any actor
  // after the pattern.
  // Only for patterns that wrap their clause, whose purpose phrase ("to protest the war in X") is no target.
  if (target < 0 && !p.noun && p.wrap && m.last > i + 1 && v.toks[m.last]!.pos === "NOUN") {
    const at = v.groupAt[m.last]!;
    const before = v.groupAt[m.last - 1]!;
    const g =
      at >= 0
        ? at
        : before >= 0 && v.attributive[before] && v.groups[before]!.tokEnd === m.last
          ? before
          : -1;
    if (g >= 0 && g !== source && v.groups[g]!.tokStart > i) {
      target = g;
      how = "inside";
    }
  }
  if (target < 0 && p.probe) {
    target = probedActor(v, m.last + 1, source, i);
    if (target === NO_ACTOR) return { source, target: -1, passive, targetHow: "none" };
    if (target >= 0) how = "after";
  }
  if (target < 0) {
    // "Japan and Australia met in Manila": a place after a meeting verb is not a participant.
    // "U.S. demands could weaken ...": a noun event that is the subject of a verb has no target after it.
    const subjectNoun = p.noun && (v.toks[m.last + 1]?.pos === "AUX" || v.toks[m.last + 1]?.pos === "VERB");
    // "supported a ceasefire in Gaza", "summoned its ambassador over the fighting in Gaza": a place after "in" is
    // where, not whom, for acts short of threats and force ("threatened military action in Nigeria" is aimed there).
    // "signed a Saudi-brokered accord in Jeddah": a mediator's venue is no party either, nor a host's ("talks hosted
    // by Malaysia in Putrajaya").
    const where = p.code < "13" && (!p.code.startsWith("04") || p.code === "045" || p.code === "043");
    // "condemned the sanctions imposed on Tehran by the United States": a reaction is aimed at the agent of the act
    // its object names in a reduced passive relative.
    const reacted =
      !p.noun && REACTION_ROOT.has(p.code.slice(0, 2)) ? reducedObjectAgent(v, m.last + 1, source) : -1;
    target =
      reacted >= 0
        ? reacted
        : subjectNoun
          ? -1
          : targetAfter(v, m.last + 1, source, p.wrap, p.mutual, where, !servesRequester(p.code));
    // "talks mediated by Egypt": the agent of a participle after a noun event is not its counterpart.
    if (target >= 0 && p.noun && participleBy(v, v.groups[target]!.tokStart)) target = -1;
    // "agreed to a humanitarian truce proposed by the United States, Saudi Arabia ...", "accepted a ceasefire proposal
    // drafted by Egyptian and Qatari mediators": the author or broker of the truce a party takes up, named as the agent
    // of a participle right after the matched noun, is no counterpart of the acceptance (the act keeps its implied
    // target); a rejection stays aimed at the proposer ("rejected a full ceasefire proposed by Washington" 127).
    if (
      target >= 0 &&
      !p.noun &&
      v.toks[m.last]!.pos === "NOUN" &&
      TRUCE_NOUN.has(v.toks[m.last]!.lower) &&
      ACCEPT_ROOT.has(p.code.slice(0, 2)) &&
      v.groups[target]!.tokStart <= m.last + 4 &&
      participleBy(v, v.groups[target]!.tokStart)
    )
      target = -1;
    // "discussed Israel's plan for Gaza with Jordan": the topic's actors are passed over for the partner after "with".
    while (target >= 0 && p.topic && !partnerWith(v, target))
      target = targetAfter(
        v,
        v.groups[target]!.tokEnd,
        source,
        p.wrap,
        p.mutual,
        where,
        !servesRequester(p.code),
      );
    if (target >= 0 && p.wrap && v.groups[target]!.tokStart >= wrapEnd && reacted < 0) target = -1;
    // Inside a wrapped clause, an actor of the source's own country ("its military") is not the addressee; the author
    // of the measure reacted to may be ("Protesters defied a curfew imposed by the army").
    if (target >= 0 && p.wrap && source >= 0 && sameCountry(v, target, source) && reacted < 0) {
      const next = targetAfter(v, v.groups[target]!.tokEnd, source, true);
      target = next >= 0 && v.groups[next]!.tokStart < wrapEnd ? next : -1;
    }
    // "rallied against the handover of four villages to Azerbaijan", "to protest against the blast at a Gaza hospital":
    // for a domestic act, an actor closing a "to"/"at" phrase of the noun after it is what that noun is about, not the
    // act's counterpart; the act keeps its implied target.
    if (target >= 0 && p.selfTarget !== null && closesNounPhrase(v, m.last + 1, target)) target = -1;
    // "rallied against a bill that they said copied Russian law": nor is an actor in a relative clause on that noun.
    if (target >= 0 && p.selfTarget !== null && inNounRelative(v, m.last, target)) target = -1;
    // "arrested dozens of students opposed to Israel's war", "two men accused of spying for Iran": nor is an actor in
    // a participle phrase on the people an arrest's own last word names (those fired on "while queuing for bread in
    // Kherson" stay the city's).
    if (
      target >= 0 &&
      p.selfTarget !== null &&
      p.code === "173" &&
      v.toks[m.last]!.pos === "NOUN" &&
      isParticiple(v, m.last + 1)
    )
      target = -1;
    // "Cuba freed 553 prisoners under a deal brokered by the Vatican": nor is an actor of the act's framework (the
    // deal's partner or broker); the act keeps its implied target.
    if (target >= 0 && p.selfTarget !== null && inFramework(v, m.last + 1, v.groups[target]!.tokStart))
      target = -1;
    how = target >= 0 ? "after" : "none";
    // "drawing condemnation from the United Nations and ASEAN chair Cambodia": an actor the list split off after "and"
    // from a noun event's "from"/"by" agent is a co-agent, not the target.
    if (target >= 0 && p.noun && source >= 0 && coAgent(v, i, source, target)) {
      joined = target;
      target = -1;
      how = "none";
    }
    // "announced the closure of the Russian consulate in Poznan": a place of the source's own country after the
    // pattern says where; another country's actor inside the matched words is the target.
    if (target >= 0 && source >= 0 && sameCountry(v, target, source)) {
      const inside = targetInside(v, m, source);
      if (inside >= 0 && !sameCountry(v, inside, source)) {
        target = inside;
        how = "inside";
      }
    }
  }
  if (target < 0) {
    target = targetInside(v, m, source);
    how = target >= 0 ? "inside" : "none";
  }
  if (target < 0) {
    target = relativeAntecedent(v, i, source, REACTION_ROOT.has(p.code.slice(0, 2)), p.mutual);
    how = target >= 0 ? "slot" : "none";
  }
  // "signed an agreement in Hanoi during Marcos's state visit": a visit that is its clause's occasion goes to the
  // place where the clause's act happened, not to the clause's subject ("Japan and Vietnam signed a pact in Hanoi
  // during a visit by Ishiba").
  if (target < 0 && p.venue && source >= 0) {
    const place = visitVenue(v, i, source);
    if (place >= 0) return { source, target: place, passive, targetHow: "inside", venue: true };
  }
  // "Israel and Hamas agreed to a ceasefire brokered by Egypt", "Under a deal brokered by Qatar, Israel and Hamas
  // agreed ...": a reduced relative's act is aimed at the subject of the clause that holds its noun.
  if (target < 0 && byAgent >= 0) {
    const gov = inFront ? -1 : verbBefore(v, i - 1);
    // "South Korea boycotted a memorial ceremony hosted by Japan": the one who stays away from the event is no guest
    // of its host.
    if (gov >= 0 && isIn(v.toks[gov], v.w.shunVerb)) return { source, target: -1, passive, targetHow: "none" };
    // "..., Trump said, crediting a night of talks mediated by Washington": with no governing verb, the sentence's subject.
    // "Trump announced that X and Y had agreed to a ceasefire after talks mediated by Z": behind "after", the verb of
    // the clause that holds the phrase, not the sentence's first subject.
    // Only for mediation ("a summit hosted by X" after another verb keeps the sentence's subject).
    const near = gov < 0 && !inFront && p.code === "045" ? clauseVerbBefore(v, i - 1) : -1;
    let nearSubj = near >= 0 ? subjectOf(v, near) : -1;
    // "Trump said the deal had been reached after talks mediated by the United States": no party there.
    if (nearSubj >= 0 && source >= 0 && sameCountry(v, nearSubj, source)) nearSubj = -1;
    const subj = inFront
      ? mainSubject(v, front)
      : gov >= 0
        ? subjectOf(v, gov)
        : nearSubj >= 0
          ? nearSubj
          : firstSubject(v, 0, i);
    if (subj >= 0 && subj !== source) {
      target = subj;
      how = "inside";
    }
  }
  // "Moscow's offer was rejected by Kyiv": so is one that is the owned subject of a passive, to its agent.
  if (target < 0 && p.noun && p.inner && !p.owned && source >= 0) {
    let k = i + 1;
    while (k < v.toks.length && k <= i + 4 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV")) k++;
    const agent = k > i + 1 && isPassive(v, k) && ownedPassiveSubject(v, k) === i ? agentAfter(v, k) : -1;
    if (agent >= 0 && agent !== source) {
      target = agent;
      how = "inside";
    }
  }
  // "arrested Duterte on an International Criminal Court warrant": a `served` noun is aimed at the act's object.
  if (target < 0 && p.served && source >= 0) {
    const served = servedObject(v, i, source);
    if (served >= 0) return { source, target: served, passive, targetHow: "inside" };
  }
  // "Despite an appeal from X, Y ...", "drawing criticism from X": an agent's noun event is addressed to the clause's subject.
  if (
    target < 0 &&
    p.noun &&
    source >= 0 &&
    v.groups[source]!.tokStart > i &&
    agentWord(v, v.groups[source]!.tokStart)
  ) {
    let gov = inFront ? -1 : verbBefore(v, i);
    // "..., ending weeks of hesitation that had drawn criticism from Poland": a relative clause on a thing noun
    // draws the criticism to the subject of the verb that governs that noun.
    const thing = gov > 0 ? thingNounBefore(v, gov) : -1;
    if (thing >= 0) gov = verbBefore(v, thing);
    // "..., Mulino said after a visit by Rubio": with no governing verb, the subject of the clause holding the noun.
    // "NATO said Ukraine's future was in the alliance, drawing a rebuke from Zelenskiy": a participle after a comma
    // answers the sentence's main subject, not the subject of the clause just before it.
    const participle = gov > 0 && v.toks[gov - 1]!.text === "," && v.toks[gov]!.lower.endsWith("ing");
    let subj = inFront
      ? mainSubject(v, front)
      : participle
        ? firstSubject(v, conjoinedClauseStart(v, gov), gov)
        : subjectOf(v, gov >= 0 ? gov : i);
    // "South Africans granted refugee status by the Trump administration arrived ..., drawing criticism from
    // Pretoria": a reaction to one's own people answers the other country's actor before it.
    // Only for people ("South Africans": a bare country code) or a non-state sector: "Trump hosted Bukele ...,
    // drawing criticism from Democratic lawmakers" is domestic.
    const people = subj >= 0 && peopleCode(v.groups[subj]!.members[0]!.code);
    if (participle && people && sameCountry(v, subj, source)) subj = otherBefore(v, gov, source);
    // "Gunmen killed 40 people in an attack claimed by the Islamic State": a subject of no known country is no
    // addressee (a `ctx` act then takes the first actor of another country).
    if (subj >= 0 && subj !== source && !noCountry(v, subj)) {
      target = subj;
      how = "inside";
    }
  }
  // "raised tariffs in retaliation for Trump's latest tariff increase": the act retaliated for is aimed at the retaliator.
  if (target < 0 && p.noun && source >= 0) {
    const r = retaliator(v, i, source);
    if (r >= 0) return { source, target: r, passive, targetHow: "inside", retaliated: true };
  }
  // "Moscow rejected Kyiv's demand for ...": an owned noun event is addressed to the governing verb's subject.
  // Not an `owned` act on a thing ("condemned Iran's seizure of a tanker": the condemners are not what was seized), nor
  // a domestic act (`self`: "investigate Iran's crackdown on protesters" is on Iran's own people).
  if (target < 0 && p.noun && p.inner && !p.owned && p.selfTarget === null && source >= 0) {
    const gov = verbBefore(v, i);
    const subj = gov >= 0 ? subjectOf(v, gov) : -1;
    if (subj >= 0 && subj !== source) {
      target = subj;
      how = "inside";
    }
  }
  // "lodged a protest over the shooting down of a Canadian aircraft by Russian air defences": the act is aimed at the
  // agent of the act whose patient the target is.
  if (target >= 0 && v.groups[target]!.tokStart > i) {
    const agent = nominalAgent(v, target);
    if (agent >= 0 && agent !== source) target = agent;
  }
  // "Russia and Ukraine agreed at a second round of talks in Istanbul ...": the members of a compound meet each other.
  if (p.noun && p.recip && target < 0 && source >= 0 && v.groups[source]!.members.length > 1)
    return { source, target, passive, targetHow: how, mutual: true };
  target = namedByRole(v, target, source);
  if (VIOLENT_ROOTS.has(p.code.slice(0, 2))) target = namedByPlace(v, target, source);
  if (joined >= 0 && target >= 0 && target !== joined)
    return { source, target, passive, targetHow: how, joined };
  return { source, target, passive, targetHow: how };
}

/** Words that may stand between a noun event's agent and a co-agent after "and" ("ASEAN chair"; no "from"). */
const CO_AGENT_GAP = new Set(["DET", "ADJ", "NOUN", "PROPN", "CCONJ"]);

/**
 * "criticism from the Taliban administration in Kabul and the UN refugee agency": group `target`, after the noun
 * event's agent `source` (named after "from"/"by" following the trigger `i`), is joined to it by "and" with only
 * noun-phrase words between (no verb, no comma), so it names another agent.
 */
function coAgent(v: View, i: number, source: number, target: number): boolean {
  const s = v.groups[source]!;
  const t = v.groups[target]!;
  if (s.tokStart < i || t.tokStart < s.tokEnd || !agentWord(v, s.tokStart)) return false;
  // "from the EU and several European governments": a noun read as an actor named before is no certain co-agent.
  if (t.members.some((x) => x.kind === "coref")) return false;
  // "from the Taliban administration in Kabul and the UN refugee agency": the agent's place heads the list after it.
  const placed = t.members.length > 1 && t.members[0]!.kind === "place" && t.tokStart === s.tokEnd + 1;
  if (placed && v.toks[s.tokEnd]!.lower === "in") return true;
  let and = false;
  for (let k = s.tokEnd; k < t.tokStart; k++) {
    const w = v.toks[k]!;
    if (!CO_AGENT_GAP.has(w.pos)) return false;
    if (is(v, w, v.b.and)) and = true;
  }
  return and;
}

/** Tags between "during"/"on" and a visit noun: "during Marcos's first state visit", "on his trip". */
const VISIT_LEAD = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);

/**
 * The place a visit with no destination of its own went to, when the visit is the occasion of its clause's act: the
 * nearest place after "in"/"at" before it ("Putin and Kim signed a pact in Pyongyang, ..., during the Russian
 * president's first visit to the reclusive state"), else, for an aside after the subject ("Prabowo, on his first
 * foreign trip, met Xi in Beijing"), the first such place of the main clause after it; -1 when that place is the
 * visitor's own country or none is named.
 */
function visitVenue(v: View, i: number, source: number): number {
  let k = i - 1;
  // "during President Abdel Fattah al-Sisi's state visit": an owner's name is passed over whole.
  while (k >= 0) {
    const g = v.groupAt[k]!;
    if (g >= 0) k = v.groups[g]!.tokStart - 1;
    else if (v.toks[k]!.text === "-") k -= 2;
    else if (VISIT_LEAD.has(v.toks[k]!.pos) || is(v, v.toks[k], v.b.possessivePronoun)) k--;
    else break;
  }
  if (!isIn(v.toks[k], v.w.visitOccasion)) return -1;
  // "during a visit to the camps": a site visited, named before the clause ends.
  for (let j = i + 1; j < v.toks.length && j <= i + 6 && !isBarrier(v, v.toks[j]!); j++)
    if (isIn(v.toks[j], v.w.visitSite)) return -1;
  const placed = (g: number) => placeOnly(v, g) && isIn(v.toks[v.groups[g]!.tokStart - 1], v.w.placePrep);
  for (let g = v.groups.length - 1; g >= 0; g--) {
    if (v.groups[g]!.tokEnd > k || !placed(g)) continue;
    return sameCountry(v, g, source) ? -1 : g;
  }
  if (v.toks[k - 1]?.text !== ",") return -1;
  let j = i + 1;
  while (j < v.toks.length && v.toks[j]!.text !== ",") j++;
  // The barriers include the comma.
  for (let t = j + 1; t < v.toks.length && !v.w.barrier.has(v.toks[t]!.text); t++) {
    const g = v.groupAt[t]!;
    if (g >= 0 && g !== source && placed(g)) return sameCountry(v, g, source) ? -1 : g;
  }
  return -1;
}
