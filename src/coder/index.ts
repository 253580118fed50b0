import { type ActorMention, type Event, type NlpDoc, shortHash } from "../core/index.js";
import type { CameoTable, VerbModel } from "../dict/index.js";
import {
  adjunctPrep,
  adjunctTalks,
  frontedTalks,
  eraOnly,
  clauseSubjectNoun,
  heldTalks,
  landmarkOnly,
  occasionOnly,
  processOnly,
  unheldMeeting,
  unopenedAccession,
  bodyMeeting,
  relativeMeeting,
  seatMeeting,
  seatVisit,
  takenUp,
  actPlace,
  turnedDownElsewhere,
  turnedDownForThing,
} from "./_adjunct.js";
import {
  type Args,
  betweenParties,
  contextTarget,
  kinTarget,
  controller,
  decisionOwner,
  corefOnly,
  countryPlace,
  describedActor,
  elaborating,
  FORCES,
  joinedElaborating,
  findArgs,
  includedAfter,
  namedByPlace,
  claimedOwner,
  noCountry,
  OWNED_NP_POS,
  partyBetween,
  pronounPartner,
  relativeSubjectStart,
  stateCode,
  subjectOf,
  summaryNoun,
  pronounRelative,
  verbBefore,
  verdictAside,
  domesticVerdict,
  authorNamed,
  namedVerdict,
  promptedSubject,
  opposedNaming,
  VIOLENT_ROOTS,
  thingClauseBefore,
  visitedCountry,
  attackedCountry,
  retaliator,
  conditionPronoun,
  servedAct,
  isPerson,
  dispatchFires,
  namelessPatient,
  monitorBefore,
} from "./_args.js";
import { type CopyWords, copiedActs, copyWords } from "./_copy.js";
import { accusedDenier } from "./_denier.js";
import { relTermsArgs, signedPurpose, termsRelative } from "./_relterms.js";
import { type ActInfo, actFeatures, type Features, sentenceFeatures } from "./_filter.js";
import {
  Fillable,
  findMatches,
  gerundAdjunct,
  listNeeds,
  type NeedsIndex,
  type Match,
  runnerUp,
} from "./_match.js";
import {
  backgroundSubject,
  demandOfSelf,
  eachOther,
  participle,
  participleSubject,
  landmarkParticiple,
  possessedObject,
  type PrevAct,
  type PrevSelf,
  pronounCounterpart,
  type SecondWords,
  threatCounterpart,
  envoyAddressee,
  secondWords,
  chargedAfter,
} from "./_second.js";
import {
  ADJUNCT_POS,
  type CueIndex,
  findStatus,
  negatedBefore,
  prospectBefore,
  otherRelative,
  indexCues,
  plannedNoun,
  verbAsNoun,
  type SentenceCues,
  sentenceCues,
  type StatusResult,
  summaryPhrase,
  sayWithObject,
  stateOutletWord,
  trailingReport,
} from "./_status.js";
import {
  authoredBy,
  type Bits,
  buildLexicon,
  buildView,
  classBits,
  engineWords,
  type EngineWords,
  type FormEntries,
  formEntries,
  is,
  isIn,
  isPassive,
  type Lexicon,
  ownedPassiveSubject,
  pairAlone,
  reducedRelativeAgent,
  tokAt,
  tokenFlags,
  verbBetween,
  tokenWords,
  inquirySubject,
  invertedCondition,
  SUBJECT_PHRASE,
  subjectEndBefore,
  type View,
} from "./_view.js";

/** What the coder needs besides the sentences. */
export interface CoderInput {
  readonly doc: NlpDoc;
  readonly mentions: readonly (readonly ActorMention[])[];
  readonly docId: string;
  /** Document date, YYYY-MM-DD, or null; events get it as a provisional date. */
  readonly date: string | null;
}

/** The dictionaries the coder reads. */
export interface CoderModel {
  readonly verbs: VerbModel;
  readonly cameo: CameoTable;
  readonly version: string;
}

/** Lookups derived from the model once per call (a few dozen cues: cheap next to the sentences). */
interface Prepared {
  readonly words: EngineWords;
  readonly lex: Lexicon;
  readonly bits: Bits;
  readonly cues: CueIndex;
  readonly second: SecondWords;
  readonly copy: CopyWords;
  readonly needs: NeedsIndex;
  /** Ids of the `formal` patterns (a protest lodged, a case filed). */
  readonly formal: ReadonlySet<string>;
  /** Codes of aid pledged: the `intent` embed table's codes for the acts of the aid root ("pledged aid": 0333). */
  readonly aidIntent: ReadonlySet<string>;
  /** Codes of yielding pledged: the `intent` embed table's codes for the acts of the yield root ("agreed to free": 0353). */
  readonly yieldIntent: ReadonlySet<string>;
}

// Resolved once per verb model: documents are coded one at a time, and the model outlives them all.
const PREPARED = new WeakMap<VerbModel, Prepared>();

function prepare(verbs: VerbModel): Prepared {
  let p = PREPARED.get(verbs);
  if (!p) {
    p = {
      words: engineWords(verbs),
      lex: buildLexicon(verbs),
      bits: classBits(verbs),
      cues: indexCues(verbs),
      second: secondWords(verbs),
      copy: copyWords(verbs),
      needs: listNeeds(verbs),
      formal: new Set(verbs.patterns.filter((x) => x.formal).map((x) => x.id)),
      aidIntent: new Set(
        [...(verbs.embeds.get(INTENT_TABLE) ?? new Map<string, string>())]
          .filter(([act]) => act.startsWith(AID_ROOT))
          .map(([, code]) => code),
      ),
      yieldIntent: new Set(
        [...(verbs.embeds.get(INTENT_TABLE) ?? new Map<string, string>())]
          .filter(([act]) => act.startsWith(YIELD_ROOT))
          .map(([, code]) => code),
      ),
    };
    PREPARED.set(verbs, p);
  }
  return p;
}

const AUX_MODE = { scheduled: "future", hypothetical: "hypothetical", negated: "negation" } as const;
const HARD_END = new Set([",", ";", ":", "(", ")"]);
const VERB_LEAD = new Set(["ADV", "AUX"]);
/** Tags before a participle that make it an adjective ("the grounded warship", "all remaining hostages"). */
const ADJ_BEFORE = new Set(["DET", "ADJ", "NUM"]);
/** Words of a noun phrase between an "-ing" verb and the actor that is its object ("the", "Tuareg"). */
const GERUND_OBJECT_WORD = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"]);
const NOUN_LEAD = new Set(["DET", "ADJ", "NUM", "SYM", "NOUN"]);
/** Sectors that never speak for their country's state, nor it for them: armed groups, insurgents, opposition. */
const RIVAL_SECTORS = new Set(["REB", "INS", "OPP"]);
/** Roots of reactions to another's act: disapproval (11) and rejection (12). */
const REACTION_ROOTS = new Set(["11", "12"]);
/** Roots of acts a later clause's agent may do beside an earlier one, against the same party: reducing relations. */
const PARALLEL_ROOTS = new Set(["16"]);

/** End (exclusive) of the clause a wrapping pattern consumes ("threatened to impose sanctions on Russia"). */
function clauseEnd(v: View, from: number): number {
  let k = from;
  while (
    k < v.toks.length &&
    !HARD_END.has(v.toks[k]!.text) &&
    !newClause(v, k) &&
    !finiteAfterAnd(v, k) &&
    !subjectAfterAnd(v, k)
  )
    k++;
  return k;
}

/**
 * "where Washington agreed to cut tariffs and Beijing agreed to delay its export controls": "and" before an actor (not
 * a member of a compound that "and" joins) and a finite verb of its own (an inflected form, no bare verb: "demanded
 * that Hamas free the hostages and Israel withdraw" stays one demand) opens a clause of its own.
 */
function subjectAfterAnd(v: View, k: number): boolean {
  if (!is(v, v.toks[k], v.b.and)) return false;
  const g = v.groupAt[v.toks[k + 1]?.pos === "DET" ? k + 2 : k + 1] ?? -1;
  // Not inside a compound ("Saudi Arabia and Iran had offered": one subject of the wrapped clause).
  if (g < 0 || v.groups[g]!.tokStart < k) return false;
  let j = v.groups[g]!.tokEnd;
  while (j < v.toks.length && VERB_LEAD.has(v.toks[j]!.pos)) j++;
  const t = v.toks[j];
  return t?.pos === "VERB" && t.lower !== t.lemma && !t.lower.endsWith("ing");
}

/**
 * End (exclusive) of what a match consumes: its span, or for a wrapping match the rest of its clause. A domestic act
 * (`self`) wraps no demand that states its purpose ("marched on Islamabad to demand his release", "rallied outside
 * parliament demanding that Yoon resign"): the clause ends before it, and the demand is coded by itself.
 */
function wrapEndOf(v: View, m: Match, matches: readonly Match[]): number {
  if (!m.pattern.wrap) return m.spanEnd;
  // "welcomed Beijing's decision to resume imports", "called Washington's decision to impose tariffs unfair": the
  // infinitive after another's decision is that owner's act, coded by itself.
  const to = v.toks[m.last]!.lower === "to" ? m.last : m.last + 1;
  if (v.toks[to]?.lower === "to" && decisionOwner(v, to + 1) >= 0) return m.spanEnd;
  const end = clauseEnd(v, m.last + 1);
  if (m.pattern.selfTarget === null || m.pattern.noun) return end;
  // "blocked highways to protest what they called judicial persecution by Arce's government": a verdict that names
  // the judged act's author after "by", in a free relative, is the protesters' own act; the wrap ends before "what".
  const judged = matches.find((x) => x.trigger > m.last && x.trigger < end && authorNamed(x));
  if (judged) {
    for (let k = judged.trigger - 1; k > m.last; k--) if (v.toks[k]!.lower === "what") return k;
  }
  const aim = matches.find(
    (x) =>
      x.trigger > m.last &&
      x.trigger < end &&
      x.pattern.status === "demanded" &&
      !x.pattern.noun &&
      (v.toks[x.trigger]!.lower.endsWith("ing") || purposeTo(v, x.trigger)),
  );
  if (!aim) return end;
  return v.toks[aim.trigger]!.lower.endsWith("ing") ? aim.trigger : aim.trigger - 1;
}

/** Sectors of a country's own forces and companies, whom its leaders command rather than press. */
const COMMANDED = /(MIL|COP|SPY|BUS)$/;

/**
 * "Maduro ordered the state oil company to issue licences", "Prabowo ordered police and soldiers to act firmly",
 * "Trump ordered 2,000 National Guard troops to Los Angeles": true when the trigger of a demand (root 10) is "order" or
 * "direct" and its source, no court (`JUD`), orders its own country's armed forces, police, intelligence or companies.
 */
function ownCommand(v: View, m: Match, s: ActorMention, t: ActorMention): boolean {
  if (!m.pattern.code.startsWith("10")) return false;
  const lemma = v.toks[m.trigger]!.lemma;
  if (lemma !== "order" && lemma !== "direct") return false;
  if (countryOf(s.code) !== countryOf(t.code) || s.code.endsWith("JUD")) return false;
  return COMMANDED.test(t.code) && !COMMANDED.test(s.code.slice(3));
}

/** Finite verbs of the indicative that a bare verb or a modal is not: "was", "posed", "has" (not "withdraw", "must"). */
function finiteIndicative(t: { lower: string; lemma: string; pos: string }): boolean {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  if (t.lower.endsWith("ing")) return false;
  return t.lower !== t.lemma;
}

/**
 * "insisting the project posed no threat to downstream countries", "insisting his government protected people of all
 * faiths", "insisted that Greenland was not for sale": true when a demand (root 10) is triggered by "insist" before a
 * clause (after an optional "that", a subject of a few words and no comma) whose first verb is a finite indicative:
 * an assertion of fact. "insisted on compensation", "insisted that Kyiv withdraw" and "insisted it must" stay demands.
 */
function assertedInsist(v: View, m: Match): boolean {
  if (!m.pattern.code.startsWith("10") || m.pattern.noun || v.toks[m.trigger]!.lemma !== "insist")
    return false;
  let k = m.trigger + 1;
  if (v.toks[k]?.lower === "that") k++;
  const start = k;
  while (k < v.toks.length && k < start + 6) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" || t.pos === "AUX") return k > start && finiteIndicative(t);
    if (t.pos === "PUNCT" || t.pos === "ADP" || t.pos === "SCONJ") return false;
    k++;
  }
  return false;
}

/** Words of a vote that a boycott in a clause on it only describes. */
const BOYCOTTED_VOTE = new Set([
  "election",
  "elections",
  "vote",
  "poll",
  "polls",
  "referendum",
  "ballot",
  "runoff",
  "run-off",
]);

/**
 * "won an election boycotted by the main opposition parties", "after a referendum that the opposition boycotted": a
 * boycott told in a clause on the vote it was aimed at (a reduced passive with its "by" agent, or an object relative
 * with a subject of its own, after "that", "which" or none) only describes the vote the sentence is about; the
 * wire-dev writers code nothing for it. A boycott that is the clause's own act ("the opposition said it would
 * boycott the vote") is coded.
 */
function boycottedVote(v: View, m: Match): boolean {
  if (!m.pattern.code.startsWith("14") || m.pattern.noun || v.toks[m.trigger]!.lemma !== "boycott")
    return false;
  const vote = (k: number) => BOYCOTTED_VOTE.has(v.toks[k]?.lower ?? "") && (v.groupAt[k] ?? -1) < 0;
  if (vote(m.trigger - 1) && v.toks[m.trigger + 1]?.lower === "by") return true;
  const k = subjectEndBefore(v, m.trigger);
  const subject = v.groupAt[k] ?? -1;
  if (subject < 0 || v.groups[subject]!.tokEnd !== k + 1) return false;
  let n = v.groups[subject]!.tokStart - 1;
  while (n >= 0 && v.toks[n]!.pos === "DET" && (v.groupAt[n] ?? -1) < 0) n--;
  // "a vote the Serbs had boycotted": the relative word may be left out.
  if (v.toks[n]?.lower !== "that" && v.toks[n]?.lower !== "which") return vote(n);
  n--;
  if (v.toks[n]?.lower === ",") n--;
  return vote(n);
}

/** Release words after a possessive pronoun: "his immediate release", "their freedom", "her return". */
const RELEASE_WORDS = new Set(["release", "freedom", "return"]);
const HOLDER_PRONOUNS = new Set(["his", "her", "their"]);

/**
 * "Russia's FSB detained reporter Evan Gershkovich in Yekaterinburg, and the White House demanded his immediate
 * release", "ELN rebels kidnapped the father of Luis Diaz, and Petro's government demanded his immediate release": an
 * appeal or demand for the release of a person named only by a possessive pronoun is aimed at the agent of the latest
 * detention or abduction (roots 17-18) coded before it in the sentence, when that agent is another than its source.
 * Returns the new arguments, or null.
 */
function releaseHolder(
  v: View,
  m: Match,
  a: Args,
  acts: readonly { source: number; target: number; code?: string }[],
): Args | null {
  if (m.pattern.code !== "1053" && m.pattern.code !== "0253") return null;
  if (a.source < 0 || a.passive) return null;
  // The release word, within the matched words, after "his"/"her"/"their" and adjectives ("his immediate release").
  let found = false;
  for (let k = m.trigger + 1; k < Math.min(v.toks.length, m.spanEnd + 1); k++) {
    if (!RELEASE_WORDS.has(v.toks[k]!.lower)) continue;
    let j = k - 1;
    while (j > m.trigger && v.toks[j]!.pos === "ADJ") j--;
    if (j > m.trigger && HOLDER_PRONOUNS.has(v.toks[j]!.lower)) found = true;
    break;
  }
  if (!found) return null;
  for (let x = acts.length - 1; x >= 0; x--) {
    const act = acts[x]!;
    if (!act.code || !/^(17|18)/.test(act.code)) continue;
    if (act.source < 0 || act.source === a.source || v.groups[act.source]!.tokEnd > m.trigger) return null;
    if (act.source === a.target) return null;
    return { ...a, target: act.source, targetHow: "inside" };
  }
  return null;
}

/** "to demand": the infinitive marker right before a verb. */
function purposeTo(v: View, i: number): boolean {
  const to = v.toks[i - 1];
  return to?.pos === "PART" && to.lower === "to";
}

/**
 * "appealed to Hamas to release the hostages and called on Israel to ...", "said it was ready to ... but criticised
 * Washington": "and"/"but" before an inflected verb.
 */
function finiteAfterAnd(v: View, k: number): boolean {
  const next = v.toks[k + 1];
  return (
    (is(v, v.toks[k], v.b.and) || (is(v, v.toks[k], v.b.clauseSplit) && v.toks[k]!.pos === "CCONJ")) &&
    next?.pos === "VERB" &&
    // "accused Ukraine of ... and said Russia reserved the right to retaliate": an irregular reporting verb too.
    (pastForm(v, k + 1) || (next.lower !== next.lemma && is(v, next, v.b.say))) &&
    v.groupAt[k + 2] !== undefined
  );
}

/**
 * "and recalled": a past form; "and withdrew", "and cut" (an irregular form, not "-ing", "-s" or "-en", or the base
 * form itself) only when the verb before it is past too or a gerund, whose clause it cannot continue ("accused Israel
 * of sabotage and struck", "accused the UAE of arming the RSF and cut ties"; not "urged Russia to withdraw and cut
 * ties", "demanded that Hamas release the hostages and lay down its arms", "stop supporting X and withdraw").
 */
function pastForm(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if (t.lower.endsWith("ed")) return t.lower !== t.lemma;
  if (t.lower !== t.lemma && /(?:ing|s|en)$/.test(t.lower)) return false;
  // A "that" or subordinator first: the verb may be that clause's bare one ("demanded that Hamas release ... and lay").
  const stop = (x: View["toks"][number]) =>
    HARD_END.has(x.text) || is(v, x, v.b.subord) || x.lower === "that";
  // "the grounded warship": a participle after a determiner or an adjective is no verb of the clause.
  const verb = (x: number) => v.toks[x]!.pos === "VERB" && !ADJ_BEFORE.has(v.toks[x - 1]?.pos ?? "");
  let j = k - 2;
  while (j >= 0 && !verb(j) && !gerund(v, j) && !stop(v.toks[j]!)) j--;
  const b = v.toks[j];
  if (!b || stop(b)) return false;
  return gerund(v, j) || (b.lower !== b.lemma && !/(?:ing|s|en)$/.test(b.lower));
}

/** "of arming", "by sheltering": an "-ing" word right after a preposition, whatever the tagger made of it. */
function gerund(v: View, k: number): boolean {
  const t = v.toks[k]!;
  return t.lower.endsWith("ing") && t.lower.length > 5 && v.toks[k - 1]?.pos === "ADP" && v.groupAt[k]! < 0;
}

/**
 * "accused the UAE of arming the RSF", "of sheltering Tuareg rebels": group `g` is the object of an "-ing" verb (a few
 * noun-phrase words before it), never the subject of a verb that follows it.
 */
function gerundObject(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  for (let n = 0; k >= 0 && n < 4 && GERUND_OBJECT_WORD.has(v.toks[k]!.pos) && !gerund(v, k); n++) k--;
  const t = v.toks[k];
  return !!t && t.lower.endsWith("ing") && (gerund(v, k) || t.pos === "VERB");
}

/**
 * "Sudan accused the UAE of arming the RSF and froze all trade": a past verb right after "and" that follows the object
 * of the previous act's "-ing" complement keeps that act's source (the object is no subject of it). Returns the new
 * arguments, or null.
 */
function gerundObjectSubject(v: View, m: Match, a: Args, prev: PrevAct | null): Args | null {
  if (!prev || m.pattern.noun || a.source < 0 || a.source === prev.source) return null;
  const gs = v.groups[a.source]!;
  if (gs.tokEnd > prev.end || gs.tokStart < v.groups[prev.source]!.tokEnd) return null;
  let k = m.trigger - 1;
  while (k > gs.tokEnd && VERB_LEAD.has(v.toks[k]!.pos)) k--;
  if (k !== gs.tokEnd || !is(v, v.toks[k], v.b.and) || !pastForm(v, m.trigger)) return null;
  if (!gerundObject(v, a.source)) return null;
  return { ...a, source: prev.source, target: a.target === prev.source ? -1 : a.target };
}

/**
 * "..., the first time a NATO member had fired on Russian assets", "..., the first such summit in twelve years": a
 * comma phrase ranking the main act restates it; no act inside it is coded.
 */
function firstTimeAside(v: View, i: number): boolean {
  for (let k = i - 1; k >= 2; k--) {
    const t = v.toks[k]!;
    if (t.text === ";" || t.text === "(" || t.text === ")") return false;
    if (t.text !== ",") continue;
    const [a, b, c] = [v.toks[k + 1], v.toks[k + 2], v.toks[k + 3]];
    return a?.lower === "the" && b?.lower === "first" && (c?.lower === "time" || c?.lower === "such");
  }
  return false;
}

/** Parts of speech of an auxiliary chain between a subject and its verb ("will", "is to", "would not"). */
const CHAIN_POS = new Set(["AUX", "ADV", "PART"]);

/**
 * "signed a pact allowing their troops to hold joint drills", "a treaty that includes a pledge of mutual aid", "a
 * document in which North Korea committed to ...": the act at `i` stands in a participle or subject relative on an
 * agreement noun, one of the agreement's terms (the signing is the act): "terms". A relative with a subject of its
 * own ("a deal that Turkey brokered") names an act of that subject, and so does a prepositional relative whose clause
 * opens with an actor ("a deal under which Washington will reduce tariffs on Japanese cars", "an agreement under
 * which Turkish officers will train Syrian forces"), as the wire-dev writers code it (w36-274, w37-211, w41-183,
 * w42-079, w43-162 …): "own"; "a pact under which an attack on either country ..." and "... each country pledged
 * ..." stay terms. "none" outside such a clause.
 */
function termsClause(v: View, sw: SecondWords, i: number): { kind: "none" | "terms" | "own"; noun: number } {
  for (let k = i; k >= 1; k--) {
    const t = v.toks[k]!;
    if (k < i && (HARD_END.has(t.text) || newClause(v, k) || finiteAfterAnd(v, k)))
      return { kind: "none", noun: -1 };
    const next = v.toks[k + 1];
    const participle = t.pos === "VERB" && t.lower.endsWith("ing");
    const subjectRelative =
      (t.lower === "that" || t.lower === "which") &&
      (next?.pos === "AUX" || next?.pos === "VERB" || next?.pos === "ADV");
    const prepRelative = (t.pos === "ADP" && next?.lower === "which") || t.lower === "whereby";
    if (!participle && !subjectRelative && !prepRelative) continue;
    // The noun the clause hangs on, past place and time adjuncts ("a pact in Manila on Monday that allows ...").
    let n = k - 1;
    while (n > 0 && n > k - 7 && ADJUNCT_POS.has(v.toks[n]!.pos) && !isIn(v.toks[n], sw.terms)) n--;
    const noun = v.toks[n]!;
    if (noun.pos !== "NOUN" || !isIn(noun, sw.terms) || (v.groupAt[n] ?? -1) >= 0) continue;
    if (!prepRelative) return { kind: "terms", noun: n };
    let j = k + (t.lower === "whereby" ? 1 : 2);
    while (j < v.toks.length && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "NUM")) j++;
    // The act is that actor's verb itself, past auxiliaries only ("Washington will reduce", "Kigali is to withdraw");
    // a second verb ("... and commit to defending") or a noun act later in the clause stays among the terms.
    const g = v.groupAt[j] ?? -1;
    let e = g >= 0 ? v.groups[g]!.tokEnd : i + 1;
    // "under which the two countries would share data": a conditional or reported future stays a term.
    let would = false;
    for (; e < i && CHAIN_POS.has(v.toks[e]!.pos); e++) if (v.toks[e]!.lower === "would") would = true;
    return { kind: e === i && v.toks[i]!.pos === "VERB" && !would ? "own" : "terms", noun: n };
  }
  return { kind: "none", noun: -1 };
}

/**
 * True when the verb at `i` opens a subject relative ("that", "which"; adverbs between: "that also commits") and one
 * actor follows it right before "to" ("commits Canberra to defend Tuvalu", "obliges the United States to ...").
 */
function boundParty(v: View, i: number): boolean {
  let k = i - 1;
  while (k > 0 && v.toks[k]!.pos === "ADV") k--;
  const rel = v.toks[k]?.lower;
  if ((rel !== "that" && rel !== "which") || v.toks[i]!.pos !== "VERB") return false;
  let j = i + 1;
  while (v.toks[j]?.pos === "DET") j++;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && !v.attributive[g] && v.toks[v.groups[g]!.tokEnd]?.lower === "to";
}

/**
 * The first phrase group before `source` holding an actor of another country than the source's: "The European Union
 * and Morocco signed a memorandum under which Brussels will provide ..." (the compound, whose EU member then pairs with
 * nothing), or -1.
 */
function signingPartner(v: View, source: number): number {
  const own = v.groups[source]!.members[0]!.code.slice(0, 3);
  return v.groups.findIndex(
    (g, gi) => gi < source && g.members.some((x) => x.country !== null && x.code.slice(0, 3) !== own),
  );
}

/**
 * "The EU and Tunisia signed a memorandum under which Brussels will provide 105 million euros": an act of an agreement's
 * own terms clause (see termsClause) whose agreement its parties sign (`_SIGN_VERB` before the noun, no comma between);
 * "Qatar brokered a deal under which Hamas freed four hostages" names a mediator, no party.
 */
function signedTerms(v: View, sw: SecondWords, i: number): boolean {
  const { kind, noun } = termsClause(v, sw, i);
  if (kind !== "own") return false;
  for (let k = noun - 1; k >= 0 && k >= noun - 8; k--) {
    const t = v.toks[k]!;
    if (t.text === "," || HARD_END.has(t.text)) return false;
    if (t.pos === "VERB") return isIn(t, sw.signVerb);
  }
  return false;
}

/** "at a ceremony hosted by Trump", "during a visit by President Japarov": an act whose own agent follows it. */
function agentAfter(v: View, m: Match): boolean {
  for (let k = m.trigger + 1; k < Math.min(m.spanEnd + 2, v.toks.length); k++) {
    if (!is(v, v.toks[k], v.b.agent)) continue;
    let j = k + 1;
    while (j < v.toks.length && NOUN_LEAD.has(v.toks[j]!.pos) && (v.groupAt[j] ?? -1) < 0) j++;
    if ((v.groupAt[j] ?? -1) >= 0) return true;
  }
  return false;
}

/**
 * "... after Trump threatened to ...", "after three Russian jets violated ...": a subordinator (not "that") followed
 * by an actor (determiners and numerals before it) opens a new clause.
 */
function newClause(v: View, k: number): boolean {
  const t = v.toks[k]!;
  if (!is(v, t, v.b.subord) || t.lower === "that") return false;
  let j = k + 1;
  while (j < v.toks.length && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "NUM")) j++;
  if ((v.groupAt[j] ?? -1) >= 0) return true;
  // "Japan and China agreed to improve ties when they met in Lima": "they" with a verb of its own opens a clause too
  // (a singular pronoun may be the wrapped act's own object: "boycotted a brand after it criticised Beijing"); not a
  // condition ("threatened to strike if they refused"), which belongs to the act it conditions. So does a person's
  // "he"/"she" ("Merz pledged to help Ukraine produce long-range weapons as he hosted Zelensky in Berlin": the hosting
  // is an act of its own).
  const next = v.toks[j + 1];
  // "warned Israel of a crushing response if it attacked ...": "it" or "they" acting in a condition names the party
  // the condition is set for, as a name there would.
  if (j === k + 1 && isIn(t, v.w.condition) && (v.toks[j]?.lower === "it" || v.toks[j]?.lower === "they")) {
    let i = j + 1;
    while (v.toks[i]?.pos === "ADV" || v.toks[i]?.pos === "AUX" || v.toks[i]?.pos === "PART") i++;
    if (i < v.toks.length && conditionPronoun(v, j, i) >= 0) return true;
  }
  return (
    j === k + 1 &&
    is(v, v.toks[j], v.b.subjectPronoun) &&
    (isIn(v.toks[j], v.w.pluralPronoun) || is(v, v.toks[j], v.b.personPronoun)) &&
    !isIn(t, v.w.condition) &&
    (next?.pos === "VERB" || next?.pos === "AUX")
  );
}

/** A selected match, the end of the clause it consumes, and the act it wraps (if any). */
interface Selected {
  readonly m: Match;
  readonly wrapEnd: number;
  readonly embedded: Match | null;
  /** Arguments of the match, when selection already needed them. */
  readonly args: Args | null;
  /** True for the runner-up pattern tried after the best found no actor pair (tried once). */
  readonly runner?: true;
  /** The mediator's act whose words hold this parties' act ("brokered a truce between X and Y"). */
  readonly mediator?: Match;
  /** True for an `established` act a finding wraps (foundAtrocity): reported, not occurred. */
  readonly found?: true;
}

/** Is the token one of the pattern words (not a filler) of the match that covers it? */
/**
 * "at Maputo's request", "at the request of the Mozambican government", "at the invitation of Muhammad Yunus": a noun
 * match on a request noun (`_REQUEST_NOUN`) right after "at" (`_VENUE_PREP`), past a determiner or an owner's name,
 * or a match headed by that "at" ending on the request noun.
 */
function atRequest(v: View, sw: SecondWords, m: Match): boolean {
  // "at TGT request": a pattern headed by "at" itself, ending on the request noun.
  if (isIn(v.toks[m.trigger], sw.venuePrep)) return isIn(v.toks[m.last], v.w.requestNoun);
  if (!m.pattern.noun || !isIn(v.toks[m.trigger], v.w.requestNoun)) return false;
  let k = m.trigger - 1;
  while (k >= 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "PART" || v.groupAt[k]! >= 0)) k--;
  return isIn(v.toks[k], sw.venuePrep);
}

function ownWord(owner: Match | undefined, t: { lemma: string; lower: string }): boolean {
  return (
    owner?.pattern.rest.some((e) => e.kind === "word" && (e.words.has(t.lemma) || e.words.has(t.lower))) ??
    false
  );
}

/**
 * `ps` with each source that is a member of `members` naming two or more countries kept from yielding to an actor of its
 * own country that is no member itself: "Russia and the United States freed 24 prisoners" is each one's release to the
 * other (its own country, implied, becomes the other members'); "..., freeing journalist Evan Gershkovich" is none of
 * the United States' own.
 */
function notOwnCountry(
  members: readonly ActorMention[],
  ps: [ActorMention, ActorMention | null][],
): [ActorMention, ActorMention | null][] {
  if (new Set(members.map((x) => countryOf(x.code))).size < 2) return ps;
  return ps.flatMap(([s, t]): [ActorMention, ActorMention | null][] => {
    if (t === null || members.includes(t) || !members.includes(s) || countryOf(s.code) !== countryOf(t.code))
      return [[s, t]];
    if (t.entry !== "implied:self") return [];
    return members.filter((y) => countryOf(y.code) !== countryOf(s.code)).map((y) => [s, y]);
  });
}

/**
 * "apologised in a phone call from the White House for the strike", "thanked X in a phone call from Paris for ...":
 * the trigger of noun event `m` is one of the own words of another noun event's phrase that starts before it ("phone
 * call"), so it names that event, not one of its own.
 */
function compoundWord(v: View, m: Match, matches: readonly Match[]): boolean {
  const t = v.toks[m.trigger]!;
  return matches.some(
    (x) => x !== m && x.pattern.noun && x.trigger < m.trigger && m.trigger < x.spanEnd && ownWord(x, t),
  );
}

/** True when a token in [from, to) is one of `words`. */
function wordBetween(v: View, from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (isIn(v.toks[k], words)) return true;
  return false;
}

/**
 * A finite verb match joined by "and" to the clause before it, whose own words or clause named a target: an act of
 * its own (not a participle: "setting fires and chanting slogans against Washington" elaborates the act before).
 */
function ownPredicate(v: View, x: Selected, cameo: CameoTable): boolean {
  const a = x.args;
  // A statement or posture (`ctx`: "met Wang Yi and told him ...") stays a fallback: it reports the act before.
  if (x.m.pattern.noun || x.m.pattern.contextTarget || a === null || a.source < 0) return false;
  // "signed a deal that Turkey brokered", "after talks he mediated": a mediation in a relative clause on the noun of
  // the act before is the mediator's own act (aimed at that act's parties, see mediatedParties).
  if (
    cameo.get(x.m.pattern.code)?.mode === "third-party" &&
    a.target < 0 &&
    (summaryNoun(v, a.source) !== null || pronounRelative(v, x.m.trigger))
  )
    return true;
  // ", prompting EU leaders to call it a state hijacking": the prompted actor's own act answers the act before.
  if (controller(v, x.m.trigger) === a.source) return true;
  return a.target >= 0 && !v.toks[x.m.trigger]!.lower.endsWith("ing") && afterAnd(v, x.m.trigger);
}

/**
 * "suspended aid to Rwanda and imposed new sanctions": a finite verb right after "and" that shares its subject with an
 * act of its own before it, which named a partner, and names none itself, is a second act on that partner (the
 * coordinated verb keeps it, see `coordinated`), kept even when its pattern only fires alone.
 */
function sharedPartner(v: View, x: Selected, out: readonly Selected[]): boolean {
  const a = x.args;
  const i = x.m.trigger;
  const p = x.m.pattern;
  // A domestic act ("and arrested a suspect") or a statement (`ctx`) stays a fallback.
  if (p.noun || p.contextTarget || p.selfTarget !== null || a === null || a.source < 0 || a.target >= 0)
    return false;
  if (a.passive || v.toks[i]!.lower.endsWith("ing") || !afterAnd(v, i)) return false;
  return out.some((y) => {
    const b = y.args;
    if (y === x || y.m.pattern.fallback || b === null || b.source !== a.source || b.target < 0) return false;
    const end = Math.max(y.wrapEnd, y.m.spanEnd);
    return end <= i && coordinated(v, end, i, b.target);
  });
}

/** "killed #50+ people": a pattern that counts its victims. */
function countsToll(m: Match): boolean {
  return m.pattern.rest.some((x) => x.kind === "quantity");
}

/** Picks one match per act: left to right, a match suppresses the triggers inside its span. */
function selectMatches(
  v: View,
  fillable: Fillable,
  matches: readonly Match[],
  verbs: VerbModel,
  cameo: CameoTable,
): Selected[] {
  const sw = prepare(verbs).second;
  // 1: inside a selected match's words (`owner`), 2: inside the clause a wrapping match consumes.
  const covered = new Uint8Array(v.toks.length);
  const owner: (Match | undefined)[] = new Array(v.toks.length);
  const out: Selected[] = [];
  for (const found of matches) {
    const m = withoutAdjunctTalks(v, sw, fillable, found, matches);
    if (!m) continue;
    // "... or face sanctions": coded only with the appeal or demand it is the alternative of (below).
    if (m.pattern.alternative || firstTimeAside(v, m.trigger)) continue;
    // "signed a pact allowing their troops to hold joint drills": the terms of an agreement are not acts of their own.
    // "at a ceremony hosted by Trump": an act with its own agent is the occasion of the signing, not one of its terms.
    // "a treaty that commits Canberra to defend Tuvalu": a `bound` act names the party bound, its own commitment.
    const bound = m.pattern.bound && boundParty(v, m.trigger);
    if (!m.pattern.blocks && termsClause(v, sw, m.trigger).kind === "terms" && !agentAfter(v, m) && !bound)
      continue;
    // "an accord that both countries signed": a bare signing verb counts only in a relative clause on its agreement.
    if (m.pattern.relTerms && termsRelative(v, sw, m.trigger) < 0) continue;
    // ", a proposal Egypt rejected": a summary noun restating the act before the comma is not coded again.
    if (m.pattern.noun && restatedNoun(v, m.trigger)) continue;
    // "Kyiv accepted a U.S. proposal for a truce": the acceptance is the act, the offer taken up is none of its own.
    if (m.pattern.offer && takenUp(v, m.trigger)) continue;
    // "signed an agreement at a meeting hosted by Egypt": the occasion of another act, not the parties' own talks.
    if (occasionOnly(v, sw, m) || landmarkOnly(v, sw, m) || eraOnly(v, sw, m)) continue;
    // "signed a deal after weeks of negotiations": a negotiating process, no meeting of the parties.
    if (processOnly(v, sw, m)) continue;
    // "proposed direct talks between ...", "called for a meeting of the Security Council": no meeting held.
    if (unheldMeeting(v, sw, m) || bodyMeeting(v, m) || unopenedAccession(v, sw, m)) continue;
    // "hosted talks between X and Y": talks inside the words of a host's act of the same root are coded too (not
    // inside a wrapped clause, nor "demanded a ceasefire between X and Y"); so is the parties' own act inside a
    // mediator's ("brokered a truce between X and Y": X and Y agreed to a truce).
    const host = owner[m.trigger];
    const parties =
      covered[m.trigger] === 1 && m.pattern.noun && m.pattern.recip && betweenParties(v, m) >= 0;
    const mediated = parties && cameo.get(host!.pattern.code)?.mode === "third-party";
    // "welcomed the truce between X and Y": a blocking match ("---") hides no parties' act named after "between".
    // "a trilateral summit between X, Y and Z": a reciprocal noun event covering it names the same meeting.
    const between =
      mediated ||
      (parties &&
        (host!.pattern.code === "---" ||
          (host!.pattern.code.slice(0, 2) === m.pattern.code.slice(0, 2) &&
            !(host!.pattern.noun && host!.pattern.recip))));
    const wrapEnd = wrapEndOf(v, m, matches);
    // "a shift driven by threats from China": a verb with no actor in the subject (or agent) role codes nothing
    // and must not hide the acts inside its words.
    const plain = m.pattern.noun || covered[m.trigger] === 1 ? null : findArgs(v, m, wrapEnd);
    const args =
      plain && plain.source < 0
        ? (reportedThreat(v, m, plain) ?? hostedArgs(v, m, plain, prepare(verbs).cues))
        : plain;
    // "agreed to reopen the border after talks facilitated by Qatar": a reduced relative with its own agent is
    // coded inside a wrapped clause.
    // "Moscow's offer was rejected by Kyiv": a wrapping noun event does not wrap the passive it is the subject of.
    const subject = args?.passive === true ? ownedPassiveSubject(v, m.trigger) : -1;
    const reduced =
      covered[m.trigger] === 2 &&
      args?.passive === true &&
      (v.toks[m.trigger - 1]?.pos !== "AUX" || (subject >= 0 && owner[subject]?.pattern.noun === true));
    if (
      covered[m.trigger] &&
      !between &&
      !reduced &&
      // An adjunct consultation is its own act ("agreed by phone to meet"), unless it is one of the words of the
      // match that covers it ("no interest in talks with Japan").
      !(adjunctPrep(v, sw, m) >= 0 && !ownWord(owner[m.trigger], v.toks[m.trigger]!)) &&
      !(gerundAdjunct(v, m, sw.landmarkPrep) && !ownWord(owner[m.trigger], v.toks[m.trigger]!)) &&
      // "deployed 1,000 soldiers to Mozambique at Maputo's request to help fight insurgents": a request or invitation
      // "at" whose words the covering act does not hold is the asker's own act, beside it.
      !(atRequest(v, sw, m) && !ownWord(owner[m.trigger], v.toks[m.trigger]!)) &&
      !(
        m.pattern.inner &&
        // "in a phone call from the White House for the strike": the phone call, not an appeal "call from X for".
        !compoundWord(v, m, matches) &&
        (ownedNoun(v, m.trigger) ||
          agentNext(v, m.trigger) ||
          // "the water cannon attack by Chinese coast guard ships": after a two-noun compound the match ends.
          (m.last === m.trigger + 1 && v.toks[m.last]!.pos === "NOUN" && agentNext(v, m.last)) ||
          reducedRelativeAgent(v, m.trigger) >= 0 ||
          (!m.pattern.recip && authoredBy(v, m.trigger) >= 0) ||
          filedBy(m)) &&
        !sameAct(v, m, covered, owner) &&
        !undoneBy(v, m, covered, owner)
      ) &&
      // "protest against the arrest of Istanbul mayor Imamoglu by Erdogan's government": a noun act that names its
      // target in its own words and its agent with "by" right after them is coded inside another act's words.
      !(agentAfterTarget(v, m) && !sameAct(v, m, covered, owner) && !undoneBy(v, m, covered, owner)) &&
      // ", a request both neighbours rejected": a pair's relative clause on the act before is not in its words.
      !(!m.pattern.noun && pairRelative(v, pairSubject(v, m.trigger, true))) &&
      // "concluded that a Syrian air force helicopter had dropped a chlorine cylinder on Douma": a use of chemical
      // weapons a finding establishes is coded beside the finding, as the wire-dev writers code it (not genocide).
      !(covered[m.trigger] === 2 && foundAtrocity(out, m)) &&
      // "vowed to crush what he called an armed mutiny": a verdict in a free relative naming what the covering act
      // opposes is the judge's own act, not one of its words; "blamed Israel for what it called aggression" restates
      // the criticism that covers it; a protest ("summoned a Russian diplomat to protest what Kallas called a
      // provocation", 114) is an act of its own beside the verdict.
      !(
        (namedVerdict(v, m.trigger, m.pattern) ||
          (opposedNaming(v, m.trigger) && m.pattern.code.startsWith("111"))) &&
        !/^11[12]/.test(out.at(-1)?.m.pattern.code ?? "")
      ) &&
      // "Israeli air strikes killed more than 400 people": a toll the pattern counts is coded beside the attack noun
      // whose words hold it (see meansKept).
      !(covered[m.trigger] === 1 && owner[m.trigger]!.pattern.noun && countsToll(m)) &&
      // "for its war in Ukraine", "the incursion of Russian drones into ...": an `owned` noun event finds its own agent.
      !(m.pattern.inner && m.pattern.owned && findArgs(v, m, m.spanEnd).source >= 0) &&
      // "violated the truce with drone strikes on Kharkiv": the means of a frame act is an act of its own.
      !(
        covered[m.trigger] === 1 &&
        owner[m.trigger]?.pattern.frame &&
        m.pattern.noun &&
        bareMeans(v, m.trigger)
      )
    )
      continue;
    // "blocked highways on Monday demanding that ...": the stated aim of a domestic act is its source's (demandOfSelf);
    // not a crowd's or an actor's right before it ("police fired on demonstrators demanding new elections").
    const before = m.trigger - 1;
    const aimed =
      !isIn(v.toks[before], sw.crowd) &&
      v.groupAt[before]! < 0 &&
      out.some((x) => x.m.pattern.selfTarget !== null && statedAim(x, m));
    // "A meeting between X and Y broke down, and a planned signing of a deal was called off": a signing named as a
    // noun finds its parties in the act before (below), not in a subject of its own.
    const plannedSigning =
      m.pattern.recip &&
      m.pattern.code.startsWith("05") &&
      verbAsNoun(v, m.trigger) &&
      plannedNoun(v, m, prepare(verbs).cues);
    if (
      args &&
      args.source < 0 &&
      !aimed &&
      !afterAnd(v, m.trigger) &&
      pairSubject(v, m.trigger) < 0 &&
      !plannedSigning &&
      // "during which they signed ...": the parties of the act before, found in the loop below (placeThey).
      !(out.length > 0 && (cameo.get(m.pattern.code)?.quad ?? 3) <= 2 && whichThey(v, sw, m.trigger))
    ) {
      // "a resolution demanding a ceasefire between Israel and Hamas": what is demanded has not happened, whoever
      // demands it; the demand's words still hide the acts inside them.
      // "five Chinese companies accused of supplying drone parts to Russia": nor is what nobody named alleges.
      const described = describedActor(v, m.trigger, m.pattern);
      if (m.pattern.wrap && (m.pattern.status === "demanded" || described) && !covered[m.trigger]) {
        if (described) covered.fill(2, m.trigger, wrapEnd);
        covered.fill(1, m.trigger, m.spanEnd);
        owner.fill(m, m.trigger, m.spanEnd);
      }
      continue;
    }
    const embedded = m.pattern.wrap
      ? (matches.find(
          (x) =>
            x.trigger > m.last &&
            x.trigger < wrapEnd &&
            !x.pattern.alternative &&
            // "agreed to a U.S.-brokered plan": the mediator's noun is not what the parties agreed to.
            !(x.pattern.noun && cameo.get(x.pattern.code)?.mode === "third-party") &&
            // "Beijing's offer was welcomed by Islamabad": the passive whose subject the noun is is no wrapped act.
            !(x.passive && ownedPassiveSubject(v, x.trigger) === m.trigger) &&
            // "agreed to forward Oslo's bid after talks with X": the consultation is the occasion, coded by itself.
            adjunctPrep(v, sw, x) < 0 &&
            // "pledging to come to each other's aid if attacked": an act in a condition is not the one wrapped.
            !wordBetween(v, m.last + 1, x.trigger, v.w.condition),
        ) ?? null)
      : null;
    const atrocity = covered[m.trigger] === 2 && foundAtrocity(out, m);
    const sel: Selected =
      mediated && host
        ? { m, wrapEnd, embedded, args, mediator: host }
        : atrocity
          ? { m, wrapEnd, embedded, args, found: true }
          : { m, wrapEnd, embedded, args };
    // "said it would impose tariffs": no intent code for the wrapped act (no entry, or one that codes the act itself:
    // "intent 163 163"), so the act itself is coded with its own status.
    if (m.pattern.transparent && embedded && actItself(verbs, sel)) continue;
    const bare = reportWithoutAct(m, embedded);
    if (m.pattern.ownAct && (othersAct(v, m, args, out) || statedFact(v, m, wrapEnd))) continue;
    // A forecast of a risk codes nothing, neither the warning nor the acts it names ("could trigger clashes with ...").
    const forecast = m.pattern.ownAct && riskForecast(v, m, wrapEnd);
    if (!covered[m.trigger]) {
      covered.fill(2, m.trigger, Math.max(wrapEnd, m.spanEnd));
      covered.fill(1, m.trigger, m.spanEnd);
      owner.fill(m, m.trigger, m.spanEnd);
    } else if (m.pattern.inner && m.pattern.noun)
      // "investigating the execution of six captured soldiers by Russian troops": an inner noun event coded inside
      // another act's words still owns its own words past them ("captured" is no seizure).
      for (let k = m.trigger + 1; k < m.spanEnd; k++)
        if (!covered[k]) {
          covered[k] = 1;
          owner[k] = m;
        }
    if (bare || forecast) continue;
    out.push(sel);
    // "withdraw its ambassador and its troops from Niger": the other coordinated object's act at the same verb.
    const second = coordinatedObjectAct(v, fillable, m);
    if (second) out.push({ m: second, wrapEnd: second.spanEnd, embedded: null, args, runner: true });
    // "pledged to restore dialogue with X and to improve ties with Y": one event per coordinated wrapped act.
    if (m.pattern.wrap)
      for (const x of matches) {
        const after = embedded?.trigger ?? m.last;
        if (x.trigger <= after || x.trigger >= wrapEnd || !coordinatedInfinitive(v, x)) continue;
        // "urged Moscow to accept the truce or face sanctions": the wrapper's source threatens its addressee; after an
        // ultimatum ("gave X a week to ... or face force") the alternative restates the wrapper's own threat.
        if (x.pattern.alternative) {
          const own = m.pattern.code.slice(0, 2) === x.pattern.code.slice(0, 2);
          if (!own && v.toks[x.trigger - 1]?.lower === "or")
            out.push({ m: x, wrapEnd: x.spanEnd, embedded: null, args });
        } else if (embedded) {
          // "called on X to silence their weapons and open the way to talks": a bare verb the wrapper's table has no
          // code for names no act of its own.
          const next: Selected = { m, wrapEnd, embedded: x, args };
          if (v.toks[x.trigger - 1]?.lower === "to" || embeddedCode(verbs, next) !== m.pattern.code)
            out.push(next);
        }
      }
    // "agreed to resume military contacts and to curb fentanyl flows": an intent's infinitive joined by "and to" is
    // an intent of its own even when no pattern names its act (the wrapper's own code).
    // The first infinitive without one is the wrapper's own event already, unless a later one's act was wrapped.
    if (m.pattern.embed && m.pattern.code.slice(0, 2) === INTENT_ROOT) {
      const parts = intentInfinitives(v, m.last, wrapEnd);
      for (let p = embedded ? 0 : 2; p + 1 < parts.length; p += 2) {
        const from = parts[p]!;
        const to = parts[p + 1]!;
        if (!matches.some((x) => x.trigger >= from && x.trigger < to && !x.pattern.alternative))
          out.push({ m, wrapEnd, embedded: null, args });
      }
    }
  }
  // "condemned the invasion and announced sanctions targeting Russian banks": a verb joined by "and" to another act
  // is an act of its own, kept even when its pattern only fires alone, when it names its own target.
  // "Thousands rallied in Belgrade, demanding accountability": a domestic act that only fires alone is not hidden by
  // the participles that continue it.
  // "Protesters marched through Lima ..., and police fired tear gas": a crowd's own domestic act is no fallback.
  const real = out.filter(
    (x) =>
      !x.m.pattern.fallback ||
      ownPredicate(v, x, cameo) ||
      sharedPartner(v, x, out) ||
      modalForce(v, x, cameo) ||
      actsAlone(v, x, out) ||
      crowdActs(v, x, out, sw) ||
      pronounObjectAct(v, x),
  );
  return real.length > 0 ? real : out;
}

/**
 * "Putin visited Mongolia, and Ulaanbaatar did not detain him": a domestic verb act that only fires alone, whose object
 * is a person's pronoun ("him", "her") right after its trigger and whose subject is a named actor, acts on the person
 * named before and is kept beside other acts; "police arrested a suspect" and a bare "were detained" stay fallbacks.
 */
function pronounObjectAct(v: View, x: Selected): boolean {
  const a = x.args;
  if (x.m.pattern.noun || x.m.pattern.selfTarget === null || a === null || a.source < 0 || a.passive)
    return false;
  if (v.groups[a.source]!.tokEnd > x.m.trigger || v.toks[x.m.trigger]!.lower.endsWith("ing")) return false;
  // "sparing Pretoria a decision on whether to arrest him": an infinitive names no act of the actor before it.
  let k = x.m.trigger - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  if (v.toks[k]?.lower === "to") return false;
  const t = v.toks[x.m.trigger + 1];
  return is(v, t, v.b.objectPronoun) && is(v, t, v.b.personPronoun);
}

/**
 * "Thousands of protesters marched through Lima ..., and police fired tear gas": a domestic protest verb (a plain
 * "march", "rally") whose subject is a crowd (`_CROWD_NOUN`) is a protest whatever else the sentence codes, unless
 * the crowd's protest is coded already ("stormed the embassy, chanting slogans", "marched to the embassy and burned
 * an effigy"); with another subject ("troops marched", "stocks rallied") it still only fires alone.
 */
function crowdActs(v: View, x: Selected, out: readonly Selected[], sw: SecondWords): boolean {
  const a = x.args;
  const root = x.m.pattern.code.slice(0, 2);
  return (
    root === PROTEST_ROOT &&
    x.m.pattern.selfTarget !== null &&
    !x.m.pattern.noun &&
    !participle(v, x.m.trigger) &&
    a !== null &&
    a.source >= 0 &&
    crowdSubject(v, a.source, sw) &&
    !out.some((y) => y !== x && !y.m.pattern.fallback && y.m.pattern.code.slice(0, 2) === root)
  );
}

/**
 * Is group `g` a crowd: a crowd noun ("protesters"), people who march as one (`_MARCHER_NOUN`: "students", "farmers"),
 * or a count of people that are no forces ("tens of thousands of Georgians"; not "thousands of troops")?
 */
function crowdSubject(v: View, g: number, sw: SecondWords): boolean {
  if (headIn(v, sw.crowd, g) || headIn(v, sw.marcher, g)) return true;
  const k = v.groups[g]!.tokStart - 1;
  return (
    v.toks[k]?.lower === "of" &&
    (isIn(v.toks[k - 1], v.w.quantity) || v.toks[k - 1]?.pos === "NUM") &&
    !v.groups[g]!.members.some((m) => FORCES.has(m.code.slice(3, 6)))
  );
}

/**
 * "Russia massed troops near Ukraine's border and could launch an invasion", "warning that Moscow could launch an
 * offensive": an act of force in prospect (a modal such as "could", "would" in the auxiliary chain right before the
 * verb) whose subject is a named actor is an act of its own, kept beside other acts although its pattern only fires
 * alone; "since Russia launched its full-scale invasion" (no modal) stays a fallback.
 */
function modalForce(v: View, x: Selected, cameo: CameoTable): boolean {
  const a = x.args;
  if (x.m.pattern.noun || a === null || a.source < 0) return false;
  if (!v.w.forceType.has(cameo.get(x.m.pattern.code)?.plover?.toLowerCase() ?? "")) return false;
  if (v.groups[a.source]!.tokEnd > x.m.trigger) return false;
  let k = x.m.trigger - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART")) k--;
  if (v.toks[k]?.pos !== "AUX" || !isIn(v.toks[k], v.w.prospect)) return false;
  // the modal's subject is the actor itself, right before it ("Moscow could launch"), not a clause away
  let j = k - 1;
  while (j >= 0 && (v.toks[j]!.pos === "ADV" || v.toks[j]!.pos === "AUX")) j--;
  return j >= 0 && v.groupAt[j] === a.source;
}

/** A domestic verb act that only fires alone, with only fallbacks or its own later participles beside it (selectMatches). */
function actsAlone(v: View, x: Selected, out: readonly Selected[]): boolean {
  return (
    x.m.pattern.selfTarget !== null &&
    !x.m.pattern.noun &&
    out.every(
      (y) =>
        y.m.pattern.fallback ||
        (y.m.trigger > x.m.trigger && (participle(v, y.m.trigger) || statedAim(x, y.m))),
    )
  );
}

/** "rallied in Nairobi to demand that ...": `y` is the demand that ends the clause `x` wraps (see wrapEndOf). */
function statedAim(x: Selected, y: Match): boolean {
  return y.pattern.status === "demanded" && (y.trigger === x.wrapEnd || y.trigger === x.wrapEnd + 1);
}

/** Roots of force (posture, assault, fight, mass violence): a list of the forces or victims names one act. */
const FORCE_ROOTS = new Set(["15", "18", "19", "20"]);
/** Sectors of people who are no side of a fight: the victims of a domestic act of violence. */
const PEOPLE_SECTORS = new Set(["CVL", "REF"]);

/**
 * "killed 15 civilians in Kaduna" (by a Nigerian strike), "captured a Myanmar army base" (by the Arakan Army): the
 * targets, of the source's own country, are sector nouns naming its people, or the other side of a rivalry (an armed
 * group or opposition against the state's forces or back); not a place, a state's name or a pointing noun.
 */
function domesticVictim(s: ActorMention, targets: readonly ActorMention[]): boolean {
  return targets.every(
    (t) =>
      t.kind === "sector" &&
      (PEOPLE_SECTORS.has(t.code.slice(3, 6)) ||
        (t.code.length > 3 && rivalCode(s.code) !== rivalCode(t.code))),
  );
}

/** True for an actor code of a rebel, insurgent or opposition sector. */
function rivalCode(code: string): boolean {
  return RIVAL_SECTORS.has(code.slice(3, 6));
}

/** Tags allowed between two coordinated object nouns ("its ambassador and its troops"): one noun phrase list. */
const OBJECT_LIST = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "CCONJ", "PUNCT"]);

/** The first noun of match `x`'s own pattern words after its trigger (its object), or -1. */
function objectNoun(v: View, x: Match): number {
  for (let k = x.trigger + 1; k <= x.last; k++) {
    const t = v.toks[k]!;
    if ((t.pos === "NOUN" || t.pos === "PROPN") && ownWord(x, t)) return k;
  }
  return -1;
}

/** A token of a noun list (the words `coordinatedObjectAct` lets stand between two objects). */
function listWord(v: View, k: number): boolean {
  const t = v.toks[k];
  return !!t && OBJECT_LIST.has(t.pos) && (t.pos !== "PUNCT" || t.text === ",");
}

/**
 * Whether the noun list around token `at` holds an "and": no other object can lie across one from it otherwise, so the
 * runner-up patterns at the verb (each matched again) need not be tried.
 */
function andInList(v: View, at: number): boolean {
  for (let k = at - 1; listWord(v, k); k--) if (andAt(v, k)) return true;
  for (let k = at + 1; listWord(v, k); k++) if (andAt(v, k)) return true;
  return false;
}

/** True when token `k` is the conjunction "and". */
function andAt(v: View, k: number): boolean {
  return v.toks[k]!.pos === "CCONJ" && is(v, v.toks[k]!, v.b.and);
}

/**
 * "France will withdraw its ambassador and its troops from Niger": one verb with two coordinated objects names two
 * acts when two patterns at its trigger each match one of them (161 the envoy, 087 the troops); the runner-up whose
 * own object noun lies across "and" from the selected match's (same verb, so same subject and target) is an act too.
 * Not a pattern of the same code, nor one whose words name the winner's object ("expelled the envoy and his aide"),
 * nor an act of force: "sent police and troops to Honiara" is one deployment, "killed 80 soldiers and civilians" one
 * attack.
 */
function coordinatedObjectAct(v: View, fillable: Fillable, m: Match): Match | null {
  if (!splittable(m.pattern)) return null;
  const own = objectNoun(v, m);
  if (own < 0 || !andInList(v, own)) return null;
  const across = (x: Match): boolean => {
    const other = objectNoun(v, x);
    if (other < 0 || other === own || ownWord(x, v.toks[own]!) || ownWord(m, v.toks[other]!)) return false;
    let and = false;
    for (let k = Math.min(own, other) + 1; k < Math.max(own, other); k++) {
      if (!listWord(v, k)) return false;
      and ||= andAt(v, k);
    }
    return and;
  };
  const x = runnerUp(v, fillable, m, (y) => !across(y));
  // "sent rescue teams and aid flights to eastern Libya": generic aid beside relief is the same act of relief.
  return x &&
    splittable(x.pattern) &&
    x.pattern.code !== m.pattern.code &&
    !(ONE_AID.has(x.pattern.code) && ONE_AID.has(m.pattern.code))
    ? x
    : null;
}

/** The key of target `t` for one act: a place or a seat stands for its country, else the actor's own code. */
function placeKey(t: ActorMention): string {
  return t.kind === "place" || t.kind === "metonym" ? countryOf(t.code) : t.code;
}

/** Aid codes that name one act of relief: "sent rescue teams and aid flights" is one act of aid (073), not two. */
const ONE_AID = new Set(["070", "073"]);

/** `ps` with each aid target that is a transit place "for" another country's people replaced by those people. */
function forBeneficiary(
  v: View,
  ps: [ActorMention, ActorMention | null][],
): [ActorMention, ActorMention | null][] {
  let out = ps;
  for (let i = 0; i < ps.length; i++) {
    const [s, t] = ps[i]!;
    const b = t ? beneficiary(v, s, t) : null;
    if (!b) continue;
    if (out === ps) out = [...ps];
    out[i] = [s, b];
  }
  return out;
}

/**
 * "to Egypt's El-Arish port for Palestinians in Gaza", "to the Rafah crossing for Gazans": the actor right after the
 * "for" that follows the target's phrase ending in a `_TRANSIT_PLACE` noun, when it is of another country than the
 * place and the source; else null ("sent aid to Port Sudan for people displaced by the fighting" stays Sudan's).
 */
function beneficiary(v: View, s: ActorMention, t: ActorMention): ActorMention | null {
  let k = t.tokenEnd;
  for (; k < v.toks.length && k < t.tokenEnd + 5; k++) {
    const x = v.toks[k]!;
    if (isIn(x, v.w.transitPlace)) break;
    if (
      x.text === "," ||
      !(x.pos === "PART" || x.pos === "PROPN" || x.pos === "NOUN" || x.pos === "ADJ" || x.pos === "PUNCT")
    )
      return null;
  }
  if (!isIn(v.toks[k], v.w.transitPlace) || v.toks[k + 1]?.lower !== "for") return null;
  for (let j = k + 2; j < v.toks.length && j < k + 5; j++) {
    const g = v.groupAt[j]!;
    if (g < 0) {
      if (v.toks[j]!.pos === "VERB" || v.toks[j]!.text === ",") return null;
      continue;
    }
    const b = v.groups[g]!.members[0]!;
    const c = countryOf(b.code);
    return c !== countryOf(t.code) && c !== countryOf(s.code) ? b : null;
  }
  return null;
}

/** A pattern whose act may be one of two at a verb with coordinated objects: a plain verb act, not one of force. */
function splittable(p: Match["pattern"]): boolean {
  return !p.noun && !p.wrap && !p.blocks && !FORCE_ROOTS.has(p.code.slice(0, 2));
}

/**
 * "Japan agreed to forward Kyiv's bid after talks with Berlin": a verb pattern ("agree to ... talk with") whose own
 * word is the noun of an adjunct consultation ("after talks with X", not "clashed during a meeting") reads the
 * occasion as the act agreed to; the runner-up pattern at its trigger is taken instead (or none), and the talks are
 * coded by themselves.
 */
function withoutAdjunctTalks(
  v: View,
  sw: SecondWords,
  fillable: Fillable,
  m: Match,
  matches: readonly Match[],
): Match | null {
  return adjunctWord(v, sw, matches, m) ? runnerUp(v, fillable, m, (x) => adjunctWord(v, sw, matches, x)) : m;
}

/** Whether verb match `x` has as one of its own words the noun of an adjunct consultation (see withoutAdjunctTalks). */
function adjunctWord(v: View, sw: SecondWords, matches: readonly Match[], x: Match): boolean {
  if (x.pattern.noun) return false;
  for (const n of matches)
    if (
      n.pattern.noun &&
      // "spoke to Putin by phone", "talked with X by telephone": a consultation verb's pattern that names the medium
      // of its own talks (a noun of its root) keeps it; the adjunct is no other act.
      n.pattern.code.slice(0, 2) !== x.pattern.code.slice(0, 2) &&
      n.trigger > x.trigger &&
      n.trigger <= x.last &&
      // its own word is the noun, or the noun's own "with" ("agree with TGT" over "after talks with X"; not the
      // "to" after "agreed by phone to meet").
      (ownWord(x, v.toks[n.trigger]!) ||
        (n.trigger < Math.min(x.last, n.last) && ownWord(x, v.toks[n.trigger + 1]!))) &&
      isIn(tokAt(v, adjunctPrep(v, sw, n)), sw.adjunctPrep)
    )
      return true;
  return false;
}

/**
 * "Britain, France and Germany moved to reimpose UN sanctions on Iran": a noun event inside the words of a verb act
 * of the same code is that act's object ("UN" says what kind of sanctions), not a second act of its own — unless a
 * possessive names its own agent ("France joined Israel's strikes on Iran": Israel's strikes are Israel's act).
 */
function sameAct(v: View, m: Match, covered: Uint8Array, owner: readonly (Match | undefined)[]): boolean {
  if (covered[m.trigger] !== 1 || owner[m.trigger]?.pattern.code !== m.pattern.code) return false;
  let k = m.trigger - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ") k--;
  return !isIn(v.toks[k], v.w.possessive);
}

/**
 * "signed an order lifting U.S. sanctions on Belarus", "lifted most of its sanctions on Cuba": a yield act (root 08)
 * whose own words name the noun event undoes it; the sanctions being lifted are no new ones (163). So does an `undoes`
 * pattern ("vowed to veto any new EU sanctions on Russia", "called for new EU sanctions against Moscow").
 */
function undoneBy(v: View, m: Match, covered: Uint8Array, owner: readonly (Match | undefined)[]): boolean {
  const host = owner[m.trigger];
  return (
    covered[m.trigger] === 1 &&
    (host?.pattern.code.startsWith("08") === true || host?.pattern.undoes === true) &&
    ownWord(host!, v.toks[m.trigger]!)
  );
}

/** "Seoul and Washington agreed to postpone their joint drills": the wrapped act, postponed, instead of the pledge. */
function deferred(v: View, sel: Selected, cues: CueIndex): Selected {
  const inner = sel.embedded;
  if (!sel.m.pattern.deferring || !inner) return sel;
  const st = findStatus(v, inner, cues, { sentence: [], clause: [] }).status;
  if (st !== "postponed" && st !== "cancelled") return sel;
  return { m: inner, wrapEnd: inner.spanEnd, embedded: null, args: null };
}

/** The runner-up pattern at a selected match's trigger ("launched another round of drills" with no TGT → ctx), or null. */
function alternative(v: View, fillable: Fillable, sel: Selected, matches: readonly Match[]): Selected | null {
  if (sel.runner) return null;
  // An `opposed` naming verb out of its free relative is no runner-up ("denounced the tariffs imposed by X").
  const m = runnerUp(v, fillable, sel.m, (x) => x.pattern.opposed && !opposedNaming(v, x.trigger));
  if (!m || m.pattern.fallback || m.pattern.code.slice(0, 2) !== sel.m.pattern.code.slice(0, 2)) return null;
  const wrapEnd = wrapEndOf(v, m, matches);
  const embedded = m.pattern.wrap
    ? (matches.find((x) => x.trigger > m.last && x.trigger < wrapEnd) ?? null)
    : null;
  return { m, wrapEnd, embedded, args: null, runner: true };
}

/** True when the group opens a new clause: ", and Beijing ...", "; Tokyo ...". */
function newSubject(v: View, g: number): boolean {
  if (g < 0) return false;
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  // ", and the office of the U.S. trade representative rejected ...": the actor owns the head of the subject's phrase.
  if (v.toks[k]?.lower === "of" && v.toks[k - 1]?.pos === "NOUN") {
    k -= 2;
    while (k >= 0 && (v.toks[k]!.pos === "NOUN" || v.toks[k]!.pos === "ADJ")) k--;
    while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  }
  const t = v.toks[k];
  if (t?.text === ";") return true;
  return t !== undefined && t.pos === "CCONJ" && v.toks[k - 1]?.text === ",";
}

/**
 * ", while Iran condemned the strikes", "... on Monday as Jordan denounced the raid": the group opens a clause set beside
 * the one before by "while"/"whereas" after a comma or by "as"; a reaction there with no named target answers the act
 * before it.
 */
function sideClause(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  const t = v.toks[k];
  if (t === undefined || k === 0) return false;
  if (t.lower === "as" || ((t.lower === "while" || t.lower === "whereas") && v.toks[k - 1]!.text === ","))
    return true;
  // "Tehran vowed revenge while Syria condemned the attack": "while" with no comma before a new subject whose verb
  // follows it (not "while Israeli strikes" inside a noun phrase).
  return t.lower === "while" && v.toks[v.groups[g]!.tokEnd]?.pos === "VERB";
}

/**
 * "Doha said its air defences had intercepted most of them while condemning the attack": a reaction whose verb is an
 * -ing word right after "while" (the subject's second act) answers the act before it, as a side clause does.
 */
function whileGerund(v: View, trigger: number): boolean {
  return v.toks[trigger]!.lower.endsWith("ing") && v.toks[trigger - 1]?.lower === "while";
}

/**
 * The target of the latest earlier act of root `root` whose agent is a clause's subject of another country than
 * `source`'s, when that target is of neither's country; or -1 ("Bolivia cut ties with Israel, and Chile recalled its
 * ambassador": Israel).
 */
function parallelTarget(
  v: View,
  acts: readonly { source: number; target: number; code?: string }[],
  source: number,
  root: string,
): number {
  for (let k = acts.length - 1; k >= 0; k--) {
    const { source: s, target: t, code } = acts[k]!;
    if (code?.slice(0, 2) !== root || !v.subjectPos[s] || v.attributive[s] || sameCountry(v, s, source))
      continue;
    return sameCountry(v, t, source) || sameCountry(v, t, s) ? -1 : t;
  }
  return -1;
}

/** The source of the latest earlier act aimed at `source`'s country by another country, or -1. */
function reactionTarget(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
): number {
  const own = countryOf(v.groups[source]!.members[0]!.code);
  for (let k = acts.length - 1; k >= 0; k--) {
    const { source: s, target: t } = acts[k]!;
    if (countryOf(v.groups[t]!.members[0]!.code) === own && countryOf(v.groups[s]!.members[0]!.code) !== own)
      return s;
  }
  return -1;
}

/**
 * "refused to let Israel use ...", "vowed to help Kyiv defend itself ...": true when the words from `from` are a
 * `_COMPLEMENT_CONTROL` verb and group `g` as its object (a determiner or adjective may stand between), followed by
 * the infinitive ("to" or a bare verb) in which the wrapped act at `inner` stands.
 */
function controlledObject(v: View, from: number, g: number, inner: number): boolean {
  const x = v.groups[g]!;
  if (inner < x.tokEnd || !isIn(v.toks[from], v.w.complementControl) || v.toks[from]!.pos !== "VERB")
    return false;
  for (let k = from + 1; k < x.tokStart; k++)
    if (v.toks[k]!.pos !== "DET" && v.toks[k]!.pos !== "ADJ") return false;
  // "let Israel use": the tagger may read the bare verb as a noun; it keeps its base form.
  const next = v.toks[x.tokEnd];
  return next?.lower === "to" || next?.pos === "VERB" || (next?.pos === "NOUN" && next.lower === next.lemma);
}

/** True when no verb stands between two tokens ("demanded that Pyongyang ...", not "pledged to hold talks with"). */
function noVerbBetween(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.toks[k]!.pos === "VERB") return false;
  return true;
}

/**
 * "... and to improve ties": an infinitive joined to an earlier one by "and"/"or"; also a bare one ("demanded that
 * Rwanda stop its support and withdraw its troops"): a verb in its base form right after the conjunction.
 */
function coordinatedInfinitive(v: View, x: Match): boolean {
  const i = x.trigger;
  const to = v.toks[i - 1];
  if (to?.lower === "to") return is(v, v.toks[i - 2], v.b.and);
  const t = v.toks[i]!;
  return is(v, to, v.b.and) && !x.pattern.noun && t.lower === t.lemma;
}

/** Root of yielding (releases, retreats): a compound subject's member yields nothing to its own country (notOwnCountry). */
const YIELD_ROOT = "08";
/** The root of expressed intents (pledges, agreements to act), whose coordinated infinitives are intents each. */
const INTENT_ROOT = "03";
/** The root of aid given (07) and the embed table that names the intent to give it ("pledged aid": 033x). */
const AID_ROOT = "07";
const INTENT_TABLE = "intent";

/** An act of aid, given or pledged (`code` of the aid root, or its intent in the `intent` embed table). */
function aidAct(prep: Prepared, code: string): boolean {
  return code.startsWith(AID_ROOT) || prep.aidIntent.has(code);
}
/** Root of protest: a crowd's plain march or rally (crowdActs). */
const PROTEST_ROOT = "14";

/**
 * "agreed to resume military contacts and to curb fentanyl flows": the token spans of the infinitives an intent
 * wrapper at `last` ("agreed to") opens before `end`, as [from, to) pairs flattened; the first starts at the verb
 * right after the wrapper, each other at a verb after "and to". Empty when no "and to" verb follows.
 */
function intentInfinitives(v: View, last: number, end: number): number[] {
  let k = last + 1;
  while (v.toks[k]?.pos === "ADV") k++;
  if (v.toks[last]?.lower !== "to" || !bareVerb(v, k)) return [];
  const out = [k];
  for (let j = k + 1; j + 1 < end; j++)
    if (v.toks[j]!.lower === "to" && is(v, v.toks[j - 1], v.b.and) && bareVerb(v, j + 1))
      out.push(j - 1, j + 1);
  out.push(end);
  return out.length > 2 ? out : [];
}

/** True when token `k` is a verb in its bare form ("resume", "curb"). */
function bareVerb(v: View, k: number): boolean {
  const t = v.toks[k];
  return t?.pos === "VERB" && t.lower === t.lemma;
}

/** "the two leaders signed", "both sides agreed": the index of the pair noun subject of the verb at `i`, or -1. */
function pairSubject(v: View, i: number, counted = false): number {
  const k = subjectEndBefore(v, i);
  // "both governments": a pointing noun the resolver read as one actor still names the pair.
  const g = v.groupAt[k] ?? -1;
  // With `counted`, "both neighbours" that the resolver read as one actor with its count word.
  const from = g >= 0 ? v.groups[g]!.tokStart : k;
  const taken = counted && from === k - 1 && is(v, v.toks[from], v.b.pairCount);
  // "and the two agreed to coordinate", ", and both pledged ...": the count word alone, after a determiner or opening
  // its clause, is the pair (not "both were taken to hospital": a passive's pair is what was acted on).
  if (pairAlone(v, k) && !isPassive(v, i)) return k;
  if (!is(v, v.toks[k], v.b.pairNoun) || (from !== k && !taken)) return -1;
  let j = k - 1;
  while (j >= 0 && v.toks[j]!.pos === "ADJ") j--;
  return is(v, v.toks[j], v.b.pairCount) ? k : -1;
}

/**
 * "where the two leaders opened a museum and agreed to expand trade": a verb after "and" with no subject of its own
 * shares the pair subject of the verb before it in its clause; the pair's index, or -1.
 */
function coordinatedPair(v: View, i: number): number {
  if (!afterAnd(v, i)) return -1;
  for (let k = i - 1; k >= 0; k--) {
    const t = v.toks[k]!;
    if (t.text === "," || t.text === ";" || v.groupAt[k]! >= 0) return -1;
    if (t.pos === "VERB" && !is(v, v.toks[k - 1], v.b.and)) return pairSubject(v, k);
  }
  return -1;
}

/** Tags of the words a framed noun's phrase may hold before it ("a nearly two-year", "their money-laundering"). */
const FRAME_NP = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PRON", "PUNCT"]);

/**
 * "detained Istanbul's mayor on Wednesday in a corruption investigation", "raided 44 offices of Vivo as part of a
 * money-laundering investigation", "accused Bolsonaro of plotting a coup, concluding a two-year investigation": true
 * when the noun at `i` stands in a `_FRAME_PREP` phrase of the act before it (ending at `end`), in the same clause: no
 * verb, conjunction or other clause opener between them.
 */
function framesAct(v: View, i: number, end: number): boolean {
  let k = i - 1;
  while (k >= end && v.groupAt[k]! < 0 && FRAME_NP.has(v.toks[k]!.pos) && v.toks[k]!.text !== ",") k--;
  const t = v.toks[k];
  if (t === undefined || k < end) return false;
  const frame =
    (t.pos === "ADP" && isIn(t, v.w.framePrep)) ||
    (t.lower === "of" && isIn(v.toks[k - 1], v.w.framePrep)) ||
    (t.pos === "VERB" && isIn(t, v.w.framePrep) && v.toks[k - 1]?.text === ",");
  if (!frame) return false;
  // "as part of": the "as" that opens the phrase is no clause.
  const open = t.lower === "of" ? k - 2 : k;
  for (let j = end; j < open; j++) {
    const x = v.toks[j]!;
    if (x.pos === "VERB" || x.pos === "CCONJ" || x.text === ";" || is(v, x, v.b.relative)) return false;
    if (is(v, x, v.b.subord) && j !== open - 1) return false;
  }
  return true;
}

/** "the three leaders agreed": a `_GROUP_COUNT` word and a pair noun as the subject of the verb at `i`. */
function groupSubject(v: View, i: number): boolean {
  const k = subjectEndBefore(v, i);
  if (!is(v, v.toks[k], v.b.pairNoun) || (v.groupAt[k] ?? -1) >= 0) return false;
  let j = k - 1;
  while (j >= 0 && v.toks[j]!.pos === "ADJ") j--;
  return isIn(v.toks[j], v.w.groupCount);
}

/**
 * "hosted the leaders of Turkmenistan and Tajikistan in Samarkand, where they pledged ...", "held talks in Delhi, during
 * which they signed ...": a plural pronoun subject right after a relative on the place or occasion of the act before
 * stands for all who were there (that act's parties).
 */
function placeThey(v: View, ctx: SentenceCtx, m: Match): boolean {
  // A cooperative act only: "shelled soldiers near Kharkiv, where they killed ..." is the shelling side's.
  if ((ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) > 2) return false;
  const sw = ctx.prep.second;
  const k = subjectEndBefore(v, m.trigger);
  if (!isIn(v.toks[k], sw.pluralPronoun)) return false;
  if (isIn(v.toks[k - 1], sw.placeRelative)) return v.toks[k - 2]?.text === ",";
  return whichThey(v, sw, m.trigger);
}

/**
 * "on a state visit during which China ...", "an agreement with Turkey under which ...", "held talks, at which ...": true
 * when the words from the end of the act before (`from`) up to the relative's subject at `to` hold no verb and no comma
 * but one right before the preposition ("..., two days before a referendum in which Caracas ..." hangs on another noun).
 */
function onActBefore(v: View, from: number, to: number): boolean {
  if (from > to) return false;
  // `to` is the subject's first token; the preposition stands two (or three, past a determiner) before it.
  const prep = v.toks[to - 1]?.lower === "which" ? to - 2 : to - 3;
  for (let k = from; k < prep; k++) {
    const t = v.toks[k]!;
    // "a Vatican-brokered deal under which ...": a hyphened participle is the noun's modifier.
    if ((t.pos === "VERB" && v.toks[k - 1]?.text !== "-") || (t.text === "," && k !== prep - 1)) return false;
  }
  return true;
}

/** "Qatar brokered a deal under which Hamas freed four hostages": true when group `g`'s country mediated (the source of
 * a coded third-party event), no counterpart of the parties' acts. */
function mediatorOf(ctx: SentenceCtx, events: readonly Event[], v: View, g: number): boolean {
  const country = countryOf(v.groups[g]!.members[0]!.code);
  return events.some(
    (e) => ctx.model.cameo.get(e.code)?.mode === "third-party" && countryOf(e.source.code) === country,
  );
}

/** "talks in Beijing, during which China pledged ...": the actor subject of the verb at `i` right after a `_WHICH_PREP`
 * preposition and "which" (past a determiner), or -1. */
function whichSubject(v: View, sw: SecondWords, i: number): number {
  const k = subjectEndBefore(v, i);
  const g = v.groupAt[k] ?? -1;
  if (g < 0) return -1;
  let j = v.groups[g]!.tokStart - 1;
  if (v.toks[j]?.pos === "DET") j--;
  return v.toks[j]?.lower === "which" && isIn(v.toks[j - 1], sw.whichPrep) ? g : -1;
}

/** "held talks in Delhi, during which they signed ...", "a memorandum under which they will set up ...": a plural
 * pronoun subject of the verb at `i` right after a `_WHICH_PREP` preposition and "which". */
function whichThey(v: View, sw: SecondWords, i: number): boolean {
  const k = subjectEndBefore(v, i);
  return (
    isIn(v.toks[k], sw.pluralPronoun) && v.toks[k - 1]?.lower === "which" && isIn(v.toks[k - 2], sw.whichPrep)
  );
}

/**
 * ", a request both neighbours rejected", ", which both governments rejected", ", a proposal that both sides turned
 * down": the pair at `k` opens a relative clause on the act before the comma.
 */
function pairRelative(v: View, k: number): boolean {
  if (k < 0) return false;
  let j = k - 1;
  while (j >= 0 && (v.toks[j]!.pos === "ADJ" || is(v, v.toks[j], v.b.pairCount))) j--;
  if (is(v, v.toks[j], v.b.relative) || v.toks[j]?.lower === "that") j--;
  if (v.toks[j]?.text === ",") return true;
  if (v.toks[j]?.pos !== "NOUN") return false;
  while (j >= 0 && (v.toks[j]!.pos === "NOUN" || v.toks[j]!.pos === "ADJ")) j--;
  while (j >= 0 && v.toks[j]!.pos === "DET") j--;
  return v.toks[j]?.text === ",";
}

/** True when `m` is an `established` act inside the clause a `finding` match selected before wraps. */
function foundAtrocity(out: readonly Selected[], m: Match): boolean {
  return (
    m.pattern.established &&
    out.some((x) => x.m.pattern.finding && x.m.trigger < m.trigger && m.trigger < x.wrapEnd)
  );
}

/** True when "and" (past adverbs and auxiliaries) comes right before the verb: it may share an earlier subject. */
function afterAnd(v: View, i: number): boolean {
  const k = subjectEndBefore(v, i);
  return is(v, v.toks[k], v.b.and);
}

/** A noun with an actor as possessor or modifier right before it ("Kyiv's demand", "U.S. sanctions"). */
function ownedNoun(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADJ" || isIn(v.toks[k], v.w.possessive))) k--;
  // "a U.S.-brokered truce": an actor joined by a hyphen to the participle.
  if (k === i - 1 && v.toks[k]?.text === "-" && v.toks[i]!.lower.endsWith("ed")) k--;
  return k >= 0 && v.groupAt[k]! >= 0;
}

/** "ignored calls from Seoul": a noun event whose agent follows it ("from"/"by" and an actor). */
function agentNext(v: View, i: number): boolean {
  if (!is(v, v.toks[i + 1], v.b.nounAgent)) return false;
  const k = v.toks[i + 2]?.pos === "DET" ? i + 3 : i + 2;
  return (v.groupAt[k] ?? -1) >= 0;
}

/**
 * "the deportation of Mexican migrants by the Trump administration": a noun event whose target is its "of" object and
 * whose agent follows that object after "by" (not "an investigation into the killing of protesters by police").
 */
function agentAfterTarget(v: View, m: Match): boolean {
  return (
    m.pattern.noun &&
    m.targetGroup >= 0 &&
    v.toks[m.trigger + 1]?.lower === "of" &&
    v.toks[m.spanEnd]?.lower === "by" &&
    agentNext(v, m.spanEnd - 1)
  );
}

/** "in a case brought by Armenia": a `filed` noun event whose filer stands in its slot has an agent of its own. */
function filedBy(m: Match): boolean {
  return m.pattern.filed && m.targetGroup >= 0;
}

/** The code of a wrapping event from the act it consumes (embed table), else the pattern's own code. */
function embeddedCode(verbs: VerbModel, sel: Selected): string {
  const table = sel.m.pattern.embed;
  const inner = sel.embedded?.pattern.code;
  if (!table || !inner) return sel.m.pattern.code;
  const code = tableCode(verbs, table, inner);
  // An entry that codes the act itself ("agreed to restrict arms sales" 163) needs a verb: "agreed to a trade deal
  // setting tariffs" agrees to the deal, not to the tariffs noun inside it.
  if (
    code === undefined ||
    (code.slice(0, 2) === inner.slice(0, 2) &&
      sel.embedded!.pattern.noun &&
      code.slice(0, 2) !== sel.m.pattern.code.slice(0, 2))
  )
    return sel.m.pattern.code;
  return code;
}

/** The embed table of cooperation cut: "would stop supplying bombs" is aid halted (`1622`), not aid (`embed.txt`). */
const HALT_TABLE = "halt";

/**
 * "would stop supplying bombs to Israel", "suspended sharing intelligence": an unwrapped verb act whose "-ing" trigger
 * directly follows a `_HALT_VERB` is that cooperation cut, its code from the `halt` table; undefined for an act the
 * table does not list, a wrapped act or any other trigger.
 */
function haltedCode(verbs: VerbModel, v: View, sel: Selected): string | undefined {
  const m = sel.m;
  // "would stop buying American weapons": a `converse` act's source is the seller, who halts nothing.
  if (sel.embedded || m.pattern.noun || m.pattern.converse) return undefined;
  const t = v.toks[m.trigger];
  const prev = v.toks[m.trigger - 1];
  if (!t?.lower.endsWith("ing") || !prev || !isIn(prev, v.w.haltVerb)) return undefined;
  return tableCode(verbs, HALT_TABLE, m.pattern.code);
}

/**
 * "warning that Russian missiles were striking the grid", "warned that Baku could be preparing an offensive": the
 * clause the wrapper opens has for subject an actor of another country than the wrapper's source, whose verb is no
 * `_UNDERGO` word ("warned that Seoul would face a response" stays a threat).
 */
function othersAct(v: View, m: Match, args: Args | null, before: readonly Selected[]): boolean {
  if (!args || args.source < 0) return false;
  let k = m.last + 1;
  while (v.toks[k]?.pos === "DET") k++;
  const g = v.groupAt[k] ?? -1;
  // "warned that the army was prepared": a pointing noun may stand for the speaker's own forces.
  if (g < 0 || v.groups[g]!.members[0]!.kind === "coref") return false;
  // "demanded that Britain release the tanker, warning that Tehran would respond": a participle's speaker may be the
  // subject of the act before, whose object was read as its subject.
  const speakers = [
    args.source,
    ...before.filter((x) => x.args?.target === args.source).map((x) => x.args!.source),
  ];
  const other = v.groups[g]!.members[0]!.code;
  for (const s of speakers) {
    const own = s < 0 ? null : v.groups[s]!.members[0]!.code;
    if (own !== null && (sameParty(other, own) || sameParty(own, other))) return false;
  }
  // The actor's head noun may follow it ("Russian missiles"), then the verb chain ("could be preparing").
  let j = v.groups[g]!.tokEnd;
  while (v.toks[j]?.pos === "NOUN" || v.toks[j]?.pos === "PROPN") j++;
  const head = j;
  while (v.toks[j]?.pos === "AUX" || v.toks[j]?.pos === "ADV" || v.toks[j]?.pos === "PART") j++;
  // "were striking": the tagger may read the participle as an adjective.
  const t = v.toks[j];
  const verb = t?.pos === "VERB" || (t?.pos === "ADJ" && /(ing|ed)$/.test(t.lower)) ? t : v.toks[j - 1];
  return j > head && verb !== undefined && !isIn(verb, v.w.undergo);
}

/**
 * "warning that the agency had lost track of Tehran's stockpile", "warned that the failure was eroding the UN's
 * credibility": the clause the wrapper opens holds no `_PROSPECT` word (a modal, "ready") and no condition, so it
 * states a fact; a warning is a threat only of what would happen.
 */
function statedFact(v: View, m: Match, wrapEnd: number): boolean {
  for (let k = m.last + 1; k < wrapEnd; k++) {
    const t = v.toks[k];
    if (isIn(t, v.w.prospect) || isIn(t, v.w.condition)) return false;
  }
  return true;
}

/**
 * "warning that a miscalculation could trigger a wider war", "warned that the move could inflame tensions": the
 * clause the wrapper opens has a subject that names no actor and holds no pronoun, a `_RISK_MODAL` for its first
 * `_PROSPECT` word and no condition, so it forecasts a risk; "warned that Moscow could strike", "that it could close
 * the strait", "that the move would be met with a response" and "that X could face sanctions if ..." stay threats.
 */
function riskForecast(v: View, m: Match, wrapEnd: number): boolean {
  let k = m.last + 1;
  let nouns = 0;
  // "goods trade between the United States and China could shrink": an actor past the head's preposition owns nothing.
  let prep = false;
  for (; k < wrapEnd; k++) {
    const t = v.toks[k]!;
    if (isIn(t, v.w.prospect)) break;
    if ((v.groupAt[k]! >= 0 && !prep) || t.pos === "PRON" || t.pos === "VERB" || t.text === ",") return false;
    if (t.pos === "NOUN" && !prep) nouns++;
    if (t.pos === "ADP") prep = true;
  }
  if (k >= wrapEnd || nouns === 0 || !isIn(v.toks[k], v.w.riskModal)) return false;
  // "warned that military action could follow if Iran refused": the condition may stand past the wrapped clause.
  for (; k < v.toks.length && v.toks[k]!.text !== ";"; k++) if (isIn(v.toks[k], v.w.condition)) return false;
  return true;
}

/** True when the embed table gives a wrapper no code of its own for the act it wraps, or the act's own root. */
/**
 * "Tokyo said it would monitor the drills closely", "said they would issue a common passport": a report of one's own
 * future act (the `report` table, "said it would") is that act, `scheduled`; when no act is matched inside it, the
 * report names none, and nothing is coded (its words still hide what they hold). "said it was ready to help" and
 * "pledged it would" are intents of their own (other tables) and stay.
 */
function reportWithoutAct(m: Match, embedded: Match | null): boolean {
  return m.pattern.transparent && m.pattern.embed === "report" && embedded === null;
}

function actItself(verbs: VerbModel, sel: Selected): boolean {
  const code = embeddedCode(verbs, sel);
  const own = sel.m.pattern.code;
  const inner = sel.embedded?.pattern.code ?? own;
  return code === own || (code.slice(0, 2) !== own.slice(0, 2) && code.slice(0, 2) === inner.slice(0, 2));
}

/**
 * "shot dead six men they accused of ...", "attacked a crowded beach": a force act's own object, an indefinite noun
 * phrase that names no actor, follows match `m` (after "dead", "down"); the act then aims at no one else in the
 * sentence.
 */
function plainObject(v: View, m: Match): boolean {
  // "breached Putin's truce nearly 3,000 times": the pattern named its own object; what follows is no object.
  for (let j = m.trigger + 1; j <= m.last; j++)
    if (v.toks[j]!.pos === "NOUN" || v.groupAt[j]! >= 0) return false;
  let k = m.last + 1;
  while (v.toks[k]?.pos === "ADV" || v.toks[k]?.pos === "PART") k++;
  // "shelling the attackers", "pound the enclave": a definite noun points back to an actor named before.
  if (v.toks[k]?.lower === "the") return false;
  while (v.toks[k]?.pos === "DET" || v.toks[k]?.pos === "NUM" || v.toks[k]?.pos === "ADJ") k++;
  const t = v.toks[k];
  return t !== undefined && t.pos === "NOUN" && v.groupAt[k]! < 0 && v.toks[k + 1]?.pos !== "NOUN";
}

/**
 * The target of an act that named none, from the sentence around it; the first rule that finds one wins, or -1:
 * - force posture and statements (`ctx` patterns): the first actor of another country in the sentence;
 * - "Xi told Biden that China was willing to cooperate": the one it was told to (never for force, roots 15-20);
 * - "Iran threatened to abandon the deal unless the EU helped it": a threat is aimed at the one whose act would
 *   avert it, the subject of the "unless"/"if" clause after it (from `end`, the end of the threat's clause);
 * - "The EU imposed sanctions on China, and Beijing condemned the move": a reaction answers the earlier act aimed
 *   at its source's country.
 */
function fallbackTarget(
  v: View,
  m: Match,
  source: number,
  acts: readonly { source: number; target: number; code?: string }[],
  end: number,
  cameo: CameoTable,
  background = false,
  sw?: SecondWords,
): number {
  const p = m.pattern;
  const open = p.selfTarget === null && !p.recip;
  const force = v.w.forceType.has(cameo.get(p.code)?.plover?.toLowerCase() ?? "");
  // A noun event ("an attack claimed by X") names no object of its own: its addressee is a known country's actor.
  // "said Greenland was not for sale, a day after Trump ...": a `thing` pattern's own actors are passed over.
  const skip = p.thing ? { from: m.trigger, to: m.last } : undefined;
  // "signed a memorandum under which Brussels will provide 105 million euros to curb migration": an act of a signed
  // agreement's own terms clause that names no one is aimed at the other signer (signingPartner); one of a deal only
  // brokered ("Qatar brokered a deal under which Hamas freed four hostages") at no one.
  if (sw !== undefined && termsClause(v, sw, m.trigger).kind === "own")
    return open && !force && signedTerms(v, sw, m.trigger) ? signingPartner(v, source) : -1;
  // "United Nations sanctions on Iran were reimposed after Britain, France and Germany triggered the snapback
  // mechanism": sanctions (163) are never laid on the United Nations (they come from it), so a `ctx` sanction passes
  // over UN actors (IGOUNO…) for the state they are on; other bodies stay ("retaliatory tariffs" against the EU).
  const un = p.code !== "163";
  let t = p.contextTarget && !(force && plainObject(v, m)) ? contextTarget(v, source, p.noun, skip, un) : -1;
  if (t < 0 && p.contextTarget && p.kin) t = kinTarget(v, source, m.trigger);
  // "Human Rights Watch said people detained after the protests had been tortured by ...": the one who reports a
  // passive act of force on people it does not name is no victim of it.
  if (t >= 0 && force && m.passive && reportsPassive(v, t, m.trigger)) t = -1;
  // "Iran struck what it said were militant bases in Pakistan's Balochistan province": an act of force whose first
  // actor is of no known country hits the place that actor's phrase names, else the first known country's actor.
  if (t >= 0 && force && (noCountry(v, t) || claimedOwner(v, t)) && v.groups[t]!.tokStart > m.trigger) {
    t = namedByPlace(v, t, source);
    if (noCountry(v, t)) t = contextTarget(v, source, true);
  }
  // "A Myanmar military air strike on a gathering killed 160 people, and the UN condemned the attack": an act of force
  // that may fall on its agent's own country (`self`) is no strike on an international body named elsewhere.
  if (
    t >= 0 &&
    force &&
    p.selfTarget !== null &&
    v.groups[t]!.members.every((x) => /^(IGO|NGO)/.test(x.code))
  )
    t = -1;
  // "India pulled out of a summit in Islamabad, accusing Pakistan of ...": a hostile act (quads 3 and 4) that named no
  // one is aimed at the party the participle after its clause charges with the reason for it.
  if (t < 0 && open && !p.noun && sw !== undefined && (cameo.get(p.code)?.quad ?? 1) >= 3)
    t = chargedAfter(v, sw, end, source);
  if (t < 0 && open && p.code < "15") t = toldAddressee(v, m.trigger, source);
  // "The White House said Colombia had agreed to accept deportation flights", "Jordan said Damascus had promised to
  // curb the smuggling": a commitment that names no one, reported by a party of another country, was made to it.
  if (t < 0 && open && !p.noun && p.code.startsWith("03") && isIn(v.toks[m.trigger], v.w.commitVerb))
    t = reportingParty(v, m, source);
  if (t < 0 && p.code.startsWith("13")) t = conditionSubject(v, end, source);
  if (t < 0 && p.code.startsWith("13")) t = provokerSubject(v, end, source);
  // "..., and Qatar denounced the raid": a reaction's own act noun names the act it answers, not a new one.
  // "Japan said Chinese jets had locked radar on its aircraft, and lodged a protest": a verb sharing the sayer.
  const lastSource = acts.at(-1)?.source ?? source;
  // Not a journey ("was arrested on a warrant from the ICC and flown to The Hague"): no reaction to the act before.
  const shared = afterAnd(v, m.trigger) && lastSource !== source && cameo.get(p.code)?.plover !== "CONSULT";
  const rejects = p.code.startsWith("11") || p.code.startsWith("12");
  const reaction =
    open &&
    !p.noun &&
    (newSubject(v, source) || shared || (rejects && (sideClause(v, source) || whileGerund(v, m.trigger))));
  // "..., after Mexico pledged to send troops": a verbal act (quads 1 and 3) in a background clause answers the act
  // before it aimed at its source's country; a material one there ("after Tokyo began releasing water") or a visit
  // ("after lawmakers visited the shrine") is mostly the occasion, aimed at no one.
  const quad = cameo.get(p.code)?.quad ?? 4;
  const verbal = (quad === 1 || quad === 3) && cameo.get(p.code)?.plover !== "CONSULT";
  const answer = background && open && !p.noun && verbal;
  // "Bolivia cut ties with Israel, and Chile and Colombia recalled their ambassadors": a new clause doing the same kind
  // of act as an earlier clause's agent (`PARALLEL_ROOTS`) joins it against that act's target.
  if (
    reaction &&
    PARALLEL_ROOTS.has(p.code.slice(0, 2)) &&
    (t < 0 || v.groups[t]!.tokStart < v.groups[source]!.tokStart)
  ) {
    const par = parallelTarget(v, acts, source, p.code.slice(0, 2));
    if (par >= 0) t = par;
  }
  // "The ICJ dismissed Sudan's case against the UAE, and Abu Dhabi welcomed the decision": a reaction to "the
  // decision" answers the one who decided, the latest agent that is a clause's subject (as restatedAgent), not the
  // owner of a noun event (the case) that was aimed at the reactor's country.
  if (t < 0 && reaction && decisionObject(v, m.trigger)) t = subjectAgent(v, acts, source, true);
  if (t < 0 && (reaction || answer)) t = reactionTarget(v, acts, source);
  // "Israel struck Hamas leaders in Doha, and Qatar condemned the attack": else the agent of the act before.
  if (t < 0 && reaction) t = latestAgent(v, acts, source, true);
  // "Turkish police detained Imamoglu, and his party called the move an attempted coup": criticism of a restated act
  // (a definite noun) by a judge of its agent's own country but another sector, on the judge's own side ("rallied
  // against Japan, while the opposition condemned the discharge" does not judge the ralliers).
  if (t < 0 && reaction && definite(v, m.trigger + 2)) {
    const victim = acts.at(-1)?.target ?? -1;
    if (victim >= 0 && v.groups[victim]!.members[0]!.code === v.groups[source]!.members[0]!.code)
      t = domesticAgent(v, acts, source, p);
  }
  // "..., in a move the State Department welcomed": praise in a relative clause after a preposition answers the act
  // before, as a rejection does.
  if (t < 0 && open && relativeOnClause(v, source, rejects || p.code.startsWith("05"))) {
    // ", a position Lithuania called blackmail": a restated stance is its speaker's (`_STANCE_NOUN`).
    t = restatedReport(v, m, source, true)?.claimant ?? -1;
    if (t < 0) t = restatedAgent(v, acts, source);
    // "... after Addis Ababa signed a port deal with Somaliland, which Mogadishu called a violation": a restated
    // act coded as no event still has its agent, the nearest subject before the relative clause.
    if (t < 0) t = clauseSubjectBefore(v, v.groups[source]!.tokStart, source, true);
    // "Bolivian troops rammed the palace doors in a coup bid that President Arce denounced": see domesticVerdict.
    if (t < 0) t = domesticAgent(v, acts, source, p);
  }
  // "called the ruling regrettable and said Tokyo would not accept it": a rejection of "it" answers the counterpart
  // of the act its source's country took before.
  if (t < 0 && open && rejects && v.w.thingPronoun.has(v.toks[m.last + 1]?.lower ?? ""))
    t = ownCounterpart(v, acts, source);
  // "..., prompting Doha to condemn what it called a flagrant violation": a prompted reaction answers the act before.
  const prompted = controller(v, m.trigger) === source;
  if (t < 0 && open && (prompted || namingObject(v, m.last + 1))) t = latestAgent(v, acts, source);
  // "Milei called Lula a corrupt communist, prompting Lula to demand an apology": with no act coded before, a prompted
  // verbal reaction (a demand, a protest; not "prompting Japan to send patrol aircraft") answers the subject whose
  // deed prompted it.
  if (t < 0 && open && prompted && cameo.get(p.code)?.quad === 3)
    t = clauseSubjectBefore(v, m.trigger, source);
  // "urged Washington to lift the tariffs, calling them interference": a participle judging "it"/"them" judges the
  // counterpart of the source country's act before.
  if (
    t < 0 &&
    open &&
    rejects &&
    elaborating(v, m.trigger) &&
    v.w.thingPronoun.has(v.toks[m.trigger + 1]?.lower ?? "")
  ) {
    t = ownCounterpart(v, acts, source);
    // "Allied jets shot down Russian drones that entered Polish airspace, Tusk said, calling it a provocation": with
    // no act of its own country before, "it" is the act just reported, judged at its agent (another country's).
    if (t < 0 && targetless(p)) t = latestAgent(v, acts, source);
  }
  // "The U.S. revoked South Sudan's visas after Juba refused to accept a deportee": a refusal that names no one
  // answers the latest act aimed at its source's country.
  if (t < 0 && open && p.code.startsWith("12")) t = reactionTarget(v, acts, source);
  // "..., calling the release selfish": a participle judging a definite noun judges the agent of the act before.
  if (t < 0 && open && m.targetGroup < 0 && elaborating(v, m.trigger) && definite(v, m.trigger + 2)) {
    t = latestAgent(v, acts, source);
    if (t < 0) t = clauseSubjectBefore(v, m.trigger, source);
    // "North Korea fired missiles into the sea, Seoul's military said, calling the launches a provocation": the
    // nearest subject is the participle's own source, the sayer after the clause; the act judged is the sentence's
    // first clause, whose subject is its agent.
    if (t < 0) t = firstSubjectBefore(v, m.trigger, source);
    // "Estonia said Russian border guards had removed buoys, and Tallinn summoned a Russian diplomat, calling the move
    // a provocation": past the source's own clause, the nearest subject of another country (a demonym's noun too)
    // is the author of the reported deed.
    if (t < 0 && targetless(p)) t = otherSubjectBefore(v, m.trigger, source);
  }
  return t;
}

/** "rejected the comments, saying Mexico would never accept ...": the trigger is inside a ", saying" participle. */
function saying(v: View, i: number): boolean {
  for (let k = i - 1; k > 0 && !HARD_END.has(v.toks[k]!.text); k--)
    if (elaborating(v, k) && is(v, v.toks[k], v.b.say)) return true;
  return false;
}

/** The target of the latest earlier act by `source`'s country, when of another country; or -1. */
function ownCounterpart(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
): number {
  for (let k = acts.length - 1; k >= 0; k--)
    if (sameCountry(v, acts[k]!.source, source))
      return sameCountry(v, acts[k]!.target, source) ? -1 : acts[k]!.target;
  return -1;
}

/**
 * The first actor in subject position in the sentence (the main clause's agent), when it stands before token `i`, is
 * not `source` and is of another country; else -1.
 */
function firstSubjectBefore(v: View, i: number, source: number): number {
  const g = v.groups.findIndex((_, k) => v.subjectPos[k] && !v.attributive[k]);
  if (g < 0 || g === source || v.groups[g]!.tokEnd > i) return -1;
  return sameCountry(v, g, source) ? -1 : g;
}

/**
 * The nearest actor in subject position before token `i` (a clause's agent), when of another country than `source`.
 * With `owner`, a demonym modifying the subject noun counts too ("after a Chinese surveillance balloon drifted over
 * Montana, an incursion the Pentagon called ...": the balloon's country is the deed's author).
 */
function clauseSubjectBefore(v: View, i: number, source: number, owner = false): number {
  for (let g = v.groups.length - 1; g >= 0; g--) {
    if (v.groups[g]!.tokEnd > i || !v.subjectPos[g]) continue;
    if (v.attributive[g] && !(owner && demonymSubject(v, g))) continue;
    return sameCountry(v, g, source) ? -1 : g;
  }
  return -1;
}

/**
 * A pattern with no target slot, whose words alone are the verdict (", calling it a provocation"); not "call TGT
 * move" (11.call-tgt-act), which judges only an actor it names ("calling the move a success" is no verdict).
 */
function targetless(p: Match["pattern"]): boolean {
  return !p.rest.some((e) => e.kind === "target");
}

/**
 * The nearest actor in subject position before token `i` that is of another country than `source`, passing over
 * subjects of the source's own country; a demonym modifying the subject noun counts (as `clauseSubjectBefore` with
 * `owner`). -1 when there is none.
 */
function otherSubjectBefore(v: View, i: number, source: number): number {
  for (let g = v.groups.length - 1; g >= 0; g--) {
    if (v.groups[g]!.tokEnd > i || !v.subjectPos[g]) continue;
    if (v.attributive[g] && !demonymSubject(v, g)) continue;
    if (!sameCountry(v, g, source)) return g;
  }
  return -1;
}

/** "a Chinese surveillance balloon drifted": demonym group `g` modifies a noun that is the subject of the next verb. */
function demonymSubject(v: View, g: number): boolean {
  if (v.groups[g]!.members.some((x) => x.kind !== "attributive")) return false;
  let k = v.groups[g]!.tokEnd;
  if (v.toks[k]?.pos !== "NOUN") return false;
  while (v.toks[k]?.pos === "NOUN" || v.toks[k]?.pos === "ADJ") k++;
  while (v.toks[k]?.pos === "AUX" || v.toks[k]?.pos === "ADV") k++;
  return v.toks[k]?.pos === "VERB";
}

/** "condemned what it called ...": the object is a free relative naming the act before. */
function namingObject(v: View, k: number): boolean {
  while (v.toks[k]?.pos === "DET" || v.toks[k]?.pos === "ADV") k++;
  return v.toks[k]?.lower === "what";
}

/**
 * ", a charge New Delhi rejected as baseless", ", a decision Israel condemned as ...", ", which Beijing called ...":
 * the source opens a relative clause on the act before the comma.
 */
function relativeOnClause(v: View, source: number, reaction = false): boolean {
  let k = relativeSubjectStart(v, source) - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (k >= 0 && is(v, v.toks[k], v.b.relative) && v.groupAt[k - 1]! < 0 && v.toks[k - 1]?.text === ",") return true;
  const np = summaryNoun(v, source);
  if (!np) return false;
  if (v.toks[np.before]?.text === ",") return true;
  // "said Israel's presence was unlawful, in an advisory opinion that Netanyahu denounced", "ruled against Israel in
  // an opinion Netanyahu denounced": a reaction to the act the phrase after a preposition names.
  if (reaction && v.toks[np.before]?.pos === "ADP" && !is(v, v.toks[np.before], v.b.subord)) return true;
  // "Iran proposed a plan which Israel rejected", "made a request both neighbours swiftly rejected": with no comma, a
  // rejection or criticism of the object of an earlier verb answers that verb's subject.
  return reaction && v.toks[np.before]?.pos === "VERB" && subjectOf(v, np.before) >= 0;
}

/**
 * "U.N. investigators said in a report that Bamako rejected as biased", "..., the office said, in a report that Addis
 * Ababa dismissed": a claim noun after "in" right after a reporting verb (or its comma) is the report the clause before
 * came in, restated as a set-off noun is (react4; the comma form alone was taken by claimRestated).
 */
function reportIn(v: View, np: { head: number; before: number }): boolean {
  const prev = v.toks[np.before - 1];
  if (v.toks[np.before]?.lower !== "in" || !is(v, v.toks[np.head], v.b.claimNoun)) return false;
  return prev?.text === "," || (prev?.pos === "VERB" && is(v, prev, v.b.say));
}

/**
 * ", a proposal Egypt and Jordan swiftly rejected", ", a move the UN said violated ...": the head of a summary noun
 * phrase after a comma that restates the clause before it, when group `g` is the subject of a verb in the noun's
 * relative clause; or -1. Also after "in" for a report (reportIn).
 */
function restatingHead(v: View, g: number): number {
  const np = summaryNoun(v, g);
  if (!np || (v.toks[np.before]?.text !== "," && !reportIn(v, np))) return -1;
  let k = v.groups[g]!.tokEnd;
  // ", a charge a Saudi government source dismissed", ", a move the UN human rights office called ...": the subject's
  // own head noun after the actor's name.
  // "a move Sudan's army-led government called ...": a hyphened participle ("-led", "-run") joins that noun.
  const own = (t: number) =>
    v.toks[t]?.pos === "NOUN" ||
    v.toks[t]?.pos === "ADJ" ||
    v.toks[t]?.text === "-" ||
    v.toks[t - 1]?.text === "-" ||
    // ", a report Israel's mission dismissed": an actor's possessive before a noun its dictionary entry lacks.
    (v.toks[t]?.text === "'s" && v.toks[t + 1]?.pos === "NOUN");
  for (let n = 0; n < 5 && own(k); n++) k++;
  // ", a report Israel's mission in Geneva dismissed": the subject's seat ("in" and a proper name) is its phrase too.
  if ((v.toks[k]?.lower === "in" || v.toks[k]?.lower === "at") && v.toks[k + 1]?.pos === "PROPN") {
    k++;
    while (v.toks[k]?.pos === "PROPN") k++;
  }
  // "an operation that Zeid Ra'ad al-Hussein, the UN human rights chief, called ...": the apposition's closing comma.
  if (v.toks[k]?.text === "," && relativeSubjectStart(v, g) < v.groups[g]!.tokStart - 1) k++;
  while (k < v.toks.length && (VERB_LEAD.has(v.toks[k]!.pos) || v.toks[k]!.pos === "PART")) k++;
  return v.toks[k]?.pos === "VERB" ? np.head : -1;
}

/**
 * ", a step North Korea later called a dangerous move toward an Asian NATO": a criticism or praise whose source opens
 * a relative clause on a summary noun restating the clause before the comma judges that clause's agent; an actor named
 * after the verdict word (not in the pattern's slot) is part of the verdict. Null when nothing changes.
 */
function restatedVerdict(
  v: View,
  m: Match,
  a: Args,
  acts: readonly { source: number; target: number }[],
): Args | null {
  const root = m.pattern.code.slice(0, 2);
  if (m.pattern.noun || (root !== "11" && root !== "05")) return null;
  if (a.source < 0 || a.target < 0 || a.targetHow !== "after") return null;
  if (v.groups[a.target]!.tokStart < m.trigger || restatingHead(v, a.source) < 0) return null;
  let agent = restatedAgent(v, acts, a.source);
  // "The UAE opened a field hospital in Chad, a move Sudan called a cover for arms shipments to the RSF": an act coded
  // as no event (it names no one) still has its agent, the nearest subject before the restating noun.
  if (agent < 0) agent = clauseSubjectBefore(v, v.groups[a.source]!.tokStart, a.source, true);
  return agent >= 0 && agent !== a.target ? { ...a, target: agent, targetHow: "inside" } : null;
}

/** Prepositions that put the victim of an act inside a verdict on it ("a provocation against NATO", "a blow to Kyiv"). */
const VICTIM_PREPS = new Set(["against", "to", "toward", "towards", "on", "upon"]);

/**
 * "The Russian navy announced drills near Estonia, and Latvia called it a deliberate provocation against NATO": a
 * slotless criticism (root 11) of "it" or a definite noun restating the act before judges that act's agent; an actor
 * after a victim's preposition inside the verdict is the act's victim, not the one judged. Null when nothing changes
 * (no agent of another country than the judge's and the victim's; "an attack by Russia" names the agent itself).
 */
function calledVictim(
  v: View,
  m: Match,
  a: Args,
  acts: readonly { source: number; target: number }[],
): Args | null {
  if (m.pattern.noun || !m.pattern.code.startsWith("11") || !targetless(m.pattern)) return null;
  if (a.source < 0 || a.target < 0 || a.targetHow !== "after") return null;
  const obj = v.toks[m.trigger + 1]?.lower ?? "";
  if (!v.w.thingPronoun.has(obj) && obj !== "the") return null;
  const start = v.groups[a.target]!.tokStart;
  if (start <= m.last) return null;
  let k = start - 1;
  while (k > m.last && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ")) k--;
  if (k <= m.last || !VICTIM_PREPS.has(v.toks[k]!.lower)) return null;
  // the verdict's own noun phrase: no clause break nor verb between it and the victim
  for (let j = m.last + 1; j < k; j++) {
    const t = v.toks[j]!;
    if (t.text === "," || t.text === ";" || t.pos === "VERB" || t.pos === "AUX") return null;
  }
  const agent = latestAgent(v, acts, a.source, true);
  if (agent < 0 || agent === a.target || sameCountry(v, agent, a.target)) return null;
  return { ...a, target: agent, targetHow: "inside" };
}

/** ", a proposal Egypt rejected": the noun at `i` restates the act before the comma and is no act of its own. */
function restatedNoun(v: View, i: number): boolean {
  let k = i + 1;
  if (is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") k++;
  while (v.toks[k]?.pos === "DET") k++;
  const g = v.groupAt[k] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart > i && restatingHead(v, g) === i;
}

/**
 * "intercepted Russian strategic bombers": the head noun of the phrase group `g` ends or modifies ("Russian" before
 * "strategic bombers") is one of `words` (an aircraft).
 */
function headIn(v: View, words: ReadonlySet<string>, g: number): boolean {
  let k = v.groups[g]!.tokEnd - 1;
  for (let n = 0; n < 3 && (v.toks[k + 1]?.pos === "NOUN" || v.toks[k + 1]?.pos === "ADJ"); n++) k++;
  return words.has(v.toks[k]!.lower);
}

/**
 * "killed Qassem Soleimani", "killed Iranian General Mohammad Reza Zahedi": target `t` (phrase group `g`) names one
 * person, known or not (a title's mention ending in a name, or a name right after it).
 */
function namedVictim(v: View, t: ActorMention, g: number): boolean {
  if (t.kind === "person") return true;
  if (t.kind !== "sector" || g < 0) return false;
  const end = v.groups[g]!.tokEnd;
  // "killed 12 people in Kharkiv": a name closing a located noun's phrase is the place, not the victim's name.
  let k = end - 1;
  while (k > v.groups[g]!.tokStart && v.toks[k]?.pos === "PROPN") k--;
  const located = k < end - 1 && isIn(v.toks[k], v.w.placePrep);
  return (
    (v.toks[end - 1]?.pos === "PROPN" && !located) || v.toks[end]?.pos === "PROPN" || appositiveName(v, end)
  );
}

/**
 * "killed Iran's top commander, Qassem Soleimani, in Baghdad", "killing a senior Hezbollah commander, Fuad Shukr": the
 * office before the comma at `end` is named by the person after it, a known person's mention or a name of two or more
 * proper nouns that is no subject (", Prime Minister Benjamin Netanyahu said" and ", Israel's army said" are sayers).
 */
function appositiveName(v: View, end: number): boolean {
  if (v.toks[end]?.text !== ",") return false;
  const g = v.groupAt[end + 1] ?? -1;
  let k = end + 1;
  if (g >= 0) {
    if (v.groups[g]!.tokStart !== end + 1 || v.groups[g]!.members[0]!.kind !== "person") return false;
    k = v.groups[g]!.tokEnd;
  } else {
    while (v.toks[k]?.pos === "PROPN" && (v.groupAt[k] ?? -1) < 0) k++;
    if (k - end - 1 < 2) return false;
  }
  const next = v.toks[k];
  return !next || (next.pos !== "VERB" && next.pos !== "AUX" && next.pos !== "PART" && next.text !== "'s");
}

/**
 * "Armenia accused Azerbaijani forces of firing on a village, an accusation Baku called a lie": group `g` is the subject
 * of a relative clause on a claim noun that restates the clause before it. Judging the claim false denies it, as
 * the `deny` embed table makes a rejection of restated reported speech a denial.
 */
function claimRestated(v: View, g: number): boolean {
  if (g < 0) return false;
  let head = restatingHead(v, g);
  // "The UN office said ..., in a long-delayed report that Beijing dismissed as a farce": the report the claim came in.
  const np = head < 0 ? summaryNoun(v, g) : null;
  if (np && v.toks[np.before]?.lower === "in" && v.toks[np.before - 1]?.text === ",") head = np.head;
  return head >= 0 && is(v, v.toks[head], v.b.claimNoun);
}

/**
 * "A U.S. official said Russia could supply Iran with jets, a claim Tehran rejected": a reaction whose subject opens
 * a relative clause on a claim noun that restates reported speech answers the claimant, the subject of the first
 * reporting verb before the comma, when of another country than the source: that claimant, its reporting verb and the
 * claim noun's index; or null. With `stance`, on a stance noun (`_STANCE_NOUN`: ", a position Lithuania called ...").
 */
function restatedReport(
  v: View,
  m: Match,
  source: number,
  stance = false,
): { claimant: number; verb: number; head: number } | null {
  const p = m.pattern;
  if (p.selfTarget !== null || p.recip || p.noun || m.trigger < v.groups[source]!.tokEnd) return null;
  const head = restatingHead(v, source);
  if (head < 0 || !(stance ? isIn(v.toks[head], v.w.stanceNoun) : is(v, v.toks[head], v.b.claimNoun)))
    return null;
  let from = head - 1;
  while (from > 0 && v.toks[from - 1]!.text !== ";") from--;
  for (let k = from; k < head; k++) {
    // ", a UN investigation found, a report the junta rejected": a finding is reported like speech.
    if (v.toks[k]!.pos !== "VERB" || !(is(v, v.toks[k], v.b.say) || v.toks[k]!.lemma === "find")) continue;
    const g = subjectOf(v, k);
    return g >= 0 && !v.attributive[g] && !sameCountry(v, g, source) ? { claimant: g, verb: k, head } : null;
  }
  return null;
}

/**
 * "Trudeau said Indian government agents may have been behind the killing, an allegation New Delhi rejected": the
 * claim a reaction restates names the party it blames, the first actor after the claimant's reporting verb that is the
 * subject of the reported clause (a demonym on its subject noun too) and of another country than the claimant; or -1.
 */
function restatedAccused(v: View, claimant: number, verb: number, head: number): number {
  for (let g = 0; g < v.groups.length; g++) {
    const x = v.groups[g]!;
    if (x.tokStart <= verb) continue;
    if (x.tokEnd > head) break;
    if (
      !v.subjectPos[g] ||
      (v.attributive[g] ? !demonymSubject(v, g) : !CLAUSE_LEAD.has(v.toks[x.tokEnd]?.pos ?? ""))
    )
      continue;
    if (sameCountry(v, g, claimant)) return -1;
    // "UN experts said Israel was carrying out ethnic cleansing, a finding Israel dismissed": a deed, not a state,
    // accuses only when it is coded as an assault or mass violence (`DEED_ACCUSED`), checked where it is emitted.
    return copular(v, x.tokEnd) ? g : -2 - g;
  }
  return -1;
}

/**
 * "The OPCW concluded that ..., a finding Damascus rejected", "UN experts said Israel was carrying out ..., a finding
 * Israel dismissed": a finding (the claim noun or the claimant's verb) charges the deed it restates; "said Russian
 * forces had used chloropicrin, a charge the Kremlin dismissed" reports the deed and no accusation besides.
 */
function findingReport(v: View, r: { verb: number; head: number }): boolean {
  return v.toks[r.head]!.lemma === "finding" || FINDING_VERB.has(v.toks[r.verb]!.lemma);
}

/** Verbs that report an inquiry's finding ("concluded that", "found that"). */
const FINDING_VERB = new Set(["find", "conclude"]);

/** Reporting verbs that state a finding themselves ("determined that"), beside `FINDING_VERB`. */
const FINDING_SAY = new Set([...FINDING_VERB, "determine"]);

/**
 * "UN investigators said ...": a reporting verb at `i` that finds nothing itself, whose subject's report is an
 * inquiry's finding only when that subject is an inquiry body, as the wire-dev writers code investigators' reports;
 * "UN investigators concluded that ..." stays their finding.
 */
function plainReport(v: View, i: number): boolean {
  const t = v.toks[i]!;
  return is(v, t, v.b.say) && !FINDING_SAY.has(t.lemma);
}

/** Roots of a restated deed whose claimant accuses its author though the deed itself is coded (assault, mass violence). */
const DEED_ACCUSED = new Set(["18", "20"]);

/**
 * "agents may have been behind the killing", "China had become a decisive enabler", "Iran was responsible": the
 * clause after a subject ending at `k` says what the subject is, not what it did ("troops were massing near the
 * border" reports a deed, coded as that deed when a pattern knows it).
 */
function copular(v: View, k: number): boolean {
  while (v.toks[k]?.pos === "NOUN" || v.toks[k]?.pos === "ADJ") k++;
  let be = false;
  for (; v.toks[k]?.pos === "AUX" || v.toks[k]?.pos === "ADV" || v.toks[k]?.pos === "PART"; k++)
    if (v.toks[k]!.lemma === "be") be = true;
  const t = v.toks[k];
  if (t?.pos === "VERB") return COPULA.has(t.lemma);
  return be;
}

/** Verbs that link a subject to what it is ("had become a decisive enabler", "remained a threat"). */
const COPULA = new Set(["be", "become", "remain"]);

/**
 * "in response to Algiers' expulsion of 12 French embassy staff" (after France expelled Algerian diplomats): the noun
 * event at `i` with agent `source` follows a `_RETALIATION` word and is aimed at the retaliator's country.
 */
function answersRetaliator(v: View, i: number, source: number, t: ActorMention): boolean {
  if (source < 0) return false;
  const r = retaliator(v, i, source, true);
  return r >= 0 && sameCountryCode(t.code, v, r);
}

/** The noun event at `i` from `source` to group `target` answers a `_RETALIATION` phrase whose retaliator it hits. */
function answeredAt(v: View, i: number, source: number, target: number): boolean {
  const r = retaliator(v, i, source, true);
  return r >= 0 && sameCountry(v, r, target);
}

/** Whether actor code `code` is of the country of a member of group `g`. */
function sameCountryCode(code: string, v: View, g: number): boolean {
  return v.groups[g]!.members.some((x) => countryOf(x.code) === countryOf(code));
}

/**
 * Whether event `e` (trigger `k`) lies inside a restated report's clause and is done by the accused's country (a
 * module function: a closure made per match costs a name definition per call under tsx, which the bench runs).
 */
function ownDeed(
  v: View,
  events: readonly Event[],
  report: { readonly verb: number; readonly head: number },
  accused: number,
  e: number,
  k: number,
): boolean {
  return k > report.verb && k < report.head && sameCountryCode(events[e]!.source.code, v, accused);
}

/** What follows a clause's subject: its verb, an auxiliary or an adverb before them ("told parliament that" is none). */
const CLAUSE_LEAD = new Set(["VERB", "AUX", "ADV"]);

/**
 * ", a move the United Nations said violated the 1974 agreement": an act right after the reporting verb of a relative
 * clause on a summary noun has the noun's gap as its subject; the sayer (`source`) says the restated act was it.
 */
function saidOfRestated(v: View, m: Match, source: number): boolean {
  if (m.pattern.noun) return false;
  let k = m.trigger - 1;
  // "said had violated", not "said would force Russia to ...": a consequence foretold is no allegation.
  while (
    k >= 0 &&
    (v.toks[k]!.pos === "ADV" || (v.toks[k]!.pos === "AUX" && TENSE_AUX.has(v.toks[k]!.lemma)))
  )
    k--;
  if (v.toks[k]?.pos !== "VERB" || !is(v, v.toks[k], v.b.say)) return false;
  k--;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  const g = v.groupAt[k] ?? -1;
  return g === source && restatingHead(v, g) >= 0;
}

/** The code of a demand that another actor do an act of `code` (embed table `demand`, else `oblige`), or undefined. */
function demandCode(verbs: VerbModel, code: string): string | undefined {
  return tableCode(verbs, DEMAND_TABLE, code) ?? tableCode(verbs, OBLIGE_TABLE, code);
}

/** The modal of obligation ("must", "should", "needs to") right before the trigger at `i` (adverbs between), or -1. */
function obligingModal(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  const t = v.toks[k];
  if (t === undefined) return -1;
  if (t.lower !== "to") return v.w.oblige.has(t.lower) ? k : -1;
  return v.w.obligeTo.has(v.toks[k - 1]?.lower ?? "") ? k - 1 : -1;
}

/**
 * "The United States should withdraw its forces from Iraq, Iraq's foreign minister told reporters", "Zelensky said
 * Russia must stop ...": the speaker (a group of another country) who states that `source`, the subject right before
 * the modal, must do the act of `m`; or -1 ("analysts said", "Japan should ..., Ishiba said": no demand).
 */
function obligingSpeaker(v: View, m: Match, source: number): number {
  if (source < 0) return -1;
  // "Iran should resume talks with Washington": a noun act takes the modal of the verb that governs it.
  const head = m.pattern.noun ? verbBefore(v, m.trigger, true) : m.trigger;
  if (head < 0) return -1;
  const modal = obligingModal(v, coordinatedHead(v, head));
  if (modal < 1 || !subjectBefore(v, modal, source)) return -1;
  return foreignSpeaker(
    v,
    source,
    trailingSpeaker(v, m.last) ?? leadingSpeaker(v, v.groups[source]!.tokStart),
  );
}

/** True when group `source` is the subject right before token `k` (a modal), past adverbs. */
function subjectBefore(v: View, k: number, source: number): boolean {
  k--;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  return v.groupAt[k] === source;
}

/** Speaker group `g` when it is another than `source` and shares no country with it ("Japan should ..., Ishiba
 * said": no one else's demand or threat); else -1. */
function foreignSpeaker(v: View, source: number, g: number | null): number {
  if (g === null || g < 0 || g === source) return -1;
  const own = new Set(v.groups[source]!.members.map((x) => countryOf(x.code)));
  return v.groups[g]!.members.some((x) => own.has(countryOf(x.code))) ? -1 : g;
}

/**
 * "Japan would suffer a crushing defeat if it intervened, China's defence ministry said", "India could face further
 * penalties, Trump told reporters": the trailing speaker, of another country than `source`, the subject right before
 * a `_PROSPECT` modal of the trigger, of an `undergone` act; or -1 ("the factory would face closure", "Russia could
 * face sanctions, analysts said", a party's speaker on its own losses: no threat).
 */
function undergoSpeaker(v: View, m: Match, source: number): number {
  if (source < 0) return -1;
  // The modal is the pattern's first word ("would face ...").
  if (!v.w.prospect.has(v.toks[m.trigger]?.lower ?? "") || !subjectBefore(v, m.trigger, source)) return -1;
  return foreignSpeaker(v, source, trailingSpeaker(v, m.last, true));
}

/** "must stop its coercion of Taiwan and withdraw its ships": the first verb of an "and" chain ending at `i`, else `i`. */
function coordinatedHead(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  if (!is(v, v.toks[k], v.b.and)) return i;
  // "must stop enriching uranium and let inspectors in": the verb right after the chain's auxiliary.
  let head = -1;
  for (let j = k - 1; j >= 0 && j >= k - 12; j--) {
    const t = v.toks[j]!;
    if (t.pos === "PUNCT") return i;
    if (t.pos === "AUX") return head >= 0 ? head : i;
    if (t.pos === "VERB") head = j;
  }
  return i;
}

/**
 * The demand an `ultimatum` match makes beside its threat when it states the penalty ("gave Moscow ten days to agree
 * to a ceasefire or face new sanctions", as the wire-dev writers code a deadline with a consequence): the `demand`
 * table's code for the act it wraps ("a week to reinstate ..." 1041, "to agree to a ceasefire" 107), for an infinitive
 * no pattern codes ("three days to accept the plan or face ...") the plain demand the `oblige` table gives; or
 * undefined (no ultimatum, no penalty: "gave Moscow 60 days to return to compliance", or nothing set).
 */
function ultimatumDemand(
  ctx: SentenceCtx,
  v: View,
  sel: Selected,
  matches: readonly Match[],
): string | undefined {
  if (!sel.m.pattern.ultimatum) return undefined;
  // "ignored the bloc's deadline to reinstate Bazoum": a deadline named as a noun demands its act, penalty or not.
  if (!sel.m.pattern.noun && orFace(v, sel.m, matches) === null && !penaltyAside(v, sel, matches))
    return undefined;
  if (sel.embedded) return demandCode(ctx.model.verbs, sel.embedded.pattern.code);
  const to = v.toks[sel.m.last]?.lower === "to" ? sel.m.last : sel.m.last + 1;
  const infinitive = v.toks[to]?.lower === "to" && v.toks[to + 1]?.pos === "VERB";
  return infinitive ? tableCode(ctx.model.verbs, OBLIGE_TABLE, sel.m.pattern.code) : undefined;
}

/**
 * "Islamabad said any attempt to divert its water would be considered an act of war", "a Houthi official said the
 * strikes would not go unpunished": a threat (a `ctx` pattern of status `threatened`) whose clause has no actor for
 * subject is the threat of the one who reports it, the subject of the nearest reporting verb before it in the same
 * stretch of the sentence; likewise a `reporter` passive with no actor for agent or subject ("the Israeli military said
 * most of them had been intercepted"); or null.
 */
function reportedThreat(v: View, m: Match, a: Args): Args | null {
  const threat = m.pattern.contextTarget && m.pattern.status === "threatened";
  // "the Israeli military said most of them had been intercepted": a `reporter` passive with no actor as agent.
  const reported = m.pattern.reporter && a.passive;
  if (!threat && !reported) return null;
  for (let k = m.trigger - 1; k >= 0; k--) {
    const t = v.toks[k]!;
    if (v.w.barrier.has(t.text)) return null;
    if (t.pos !== "VERB" || !(is(v, t, v.b.say) || isIn(t, v.w.forecast))) continue;
    const s = subjectOf(v, k);
    if (s < 0 || threat) return s >= 0 ? { ...a, source: s } : null;
    // The passive's own subject stays the target ("Iranian drones were intercepted"); an actor after the verb ("with
    // the help of U.S. forces") or the sayer itself is none: the target is then found as for any `ctx` act.
    const subject = a.target >= 0 && v.groups[a.target]!.tokEnd <= m.trigger && !sameCountry(v, a.target, s);
    return { ...a, source: s, target: subject ? a.target : -1, targetHow: subject ? a.targetHow : "none" };
  }
  return null;
}

/**
 * The drafter a vetoed text names after token `from` (a `drafter` act): the actor after a draft verb and "by" ("a draft
 * put forward by the United Arab Emirates", ", drafted by the United States and Japan"), the subject of a relative
 * clause on the text ("which Switzerland and Brazil had drafted") or the name a relative on the drafter follows
 * ("Britain, which had drafted the text"); -1 when the sentence names none.
 */
function drafterAfter(v: View, sw: SecondWords, from: number, source: number, to = v.toks.length): number {
  const other = (g: number) => g >= 0 && g !== source && !v.attributive[g];
  for (let k = from; k < to; k++) {
    const t = v.toks[k]!;
    if (t.text === ";") return -1;
    if (t.pos !== "VERB" || !isIn(t, sw.draftVerb)) continue;
    // "put forward by X": one particle may stand between the verb and "by".
    let j = k + 1;
    if (v.toks[j]?.lower !== "by" && (v.toks[j]?.pos === "ADV" || v.toks[j]?.pos === "ADP")) j++;
    if (v.toks[j]?.lower === "by") {
      let n = j + 1;
      while (v.toks[n]?.pos === "DET") n++;
      const g = v.groupAt[n] ?? -1;
      if (other(g)) return g;
    }
    let r = k - 1;
    while (r > from && (v.toks[r]!.pos === "AUX" || v.toks[r]!.pos === "ADV")) r--;
    const g = v.groupAt[r] ?? -1;
    if (other(g)) {
      const before = v.toks[v.groups[g]!.tokStart - 1];
      if (is(v, before, v.b.relative) || before?.lower === "that") return g;
    }
    if (r >= 2 && is(v, v.toks[r], v.b.relative) && v.toks[r - 1]?.text === ",") {
      const h = v.groupAt[r - 2] ?? -1;
      if (other(h)) return h;
    }
  }
  return -1;
}

/**
 * The accuser an `accuser` denial answers: the subject (of another country than the denier's) of the reporting verb
 * nearest before the denier's clause, else the first one in a subordinate clause after the denial ("after X said"),
 * when the sentence names an actor of the denier's country outside the denial ("The United States said Russia had used chloropicrin ..., and Moscow denied the charge",
 * "Serbia denied supplying shells after Russia's intelligence service said Serbian arms makers were shipping ..."); -1
 * when none.
 */
function accuserOf(v: View, m: Match, source: number): number {
  const from = v.groups[source]!.tokStart;
  const outside = (k: number) => k < from || k > m.last;
  const reported = v.groups.some((g, i) => i !== source && sameCountry(v, i, source) && outside(g.tokStart));
  if (!reported) return -1;
  const says: number[] = [];
  for (let k = from - 1; k >= 0; k--)
    if (v.toks[k]!.pos === "VERB" && is(v, v.toks[k], v.b.say)) says.push(k);
  // After the denial, only a report in a subordinate clause ("after X said"), not one in a clause of its own.
  let subord = false;
  for (let k = m.last + 1; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.text === "," || t.pos === "CCONJ") subord = false;
    if (is(v, t, v.b.subord) && t.lower !== "that") subord = true;
    if (subord && t.pos === "VERB" && is(v, t, v.b.say)) says.push(k);
  }
  for (const k of says) {
    const g = subjectOf(v, k);
    if (g >= 0 && g !== source && !v.attributive[g] && !sameCountry(v, g, source)) return g;
  }
  return -1;
}

/** The first actor of another country than the source's and the avenged victim's (an `avenged` act's target), or -1. */
function avengedTarget(v: View, source: number, victim: number): number {
  return v.groups.findIndex(
    (_, g) => g !== source && g !== victim && !sameCountry(v, g, source) && !sameCountry(v, g, victim),
  );
}

/**
 * "warned Iran to stop supporting the group, saying Tehran would be held accountable": the penalty of a warning stated
 * by a threat in the participle clause right after the wrapped one (", saying ...", ", adding ...").
 */
function penaltyAside(v: View, sel: Selected, matches: readonly Match[]): boolean {
  return matches.some(
    (x) =>
      x.pattern.status === "threatened" &&
      x.pattern.wrap &&
      x.trigger >= sel.wrapEnd &&
      participle(v, x.trigger) &&
      !v.toks.slice(sel.wrapEnd, x.trigger - 1).some((t) => t.pos === "PUNCT"),
  );
}

/** The code of an `alternative` act joined by "or" to the act of `m` in its clause ("... or face sanctions"), or null. */
function orFace(v: View, m: Match, matches: readonly Match[]): string | null {
  for (const x of matches) {
    if (!x.pattern.alternative || x.trigger <= m.last || v.toks[x.trigger - 1]?.lower !== "or") continue;
    if (v.toks.slice(m.last + 1, x.trigger).some((t) => t.pos === "PUNCT")) continue;
    return x.pattern.code;
  }
  return null;
}

/**
 * ", the Group of Seven foreign ministers said": the group that says it after a comma, from `after` on; or null. With
 * `past`, a reporting verb inside a condition before it is passed over ("if it declared independence, Beijing said").
 */
function trailingSpeaker(v: View, after: number, past = false): number | null {
  for (let j = after + 1; j < v.toks.length; j++) {
    const t = v.toks[j]!;
    if (t.text === ";" || t.text === ":") return null;
    if (t.pos !== "VERB" || !isIn(t, v.w.demandSay)) continue;
    let k = j - 1;
    while (k > after && v.toks[k]!.pos === "ADV") k--;
    const g = v.groupAt[k] ?? -1;
    let b = g < 0 ? k : v.groups[g]!.tokStart - 1;
    while (b > after && v.toks[b]!.pos === "DET") b--;
    if (g >= 0 && v.toks[b]?.text === ",") return g;
    if (!past) return null;
  }
  return null;
}

/** "Zelensky said (that) Russia must ...": the subject of a reporting verb right before the clause at `start`, or -1. */
function leadingSpeaker(v: View, start: number): number {
  let k = start - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  if (v.toks[k]?.lower === "that") k--;
  const t = v.toks[k];
  if (t?.pos !== "VERB" || !isIn(t, v.w.demandSay)) return -1;
  return subjectOf(v, k);
}

/** The code a table of `embed.txt` gives for `code` (full code, 3-digit prefix, root), or undefined. */
function tableCode(verbs: VerbModel, table: string, code: string): string | undefined {
  const t = verbs.embeds.get(table);
  return t?.get(code) ?? t?.get(code.slice(0, 3)) ?? t?.get(code.slice(0, 2));
}

/**
 * The agent of the thing a free-relative verdict names ("over what it called hostile statements by Zagreb", "against
 * what they called U.S. hegemony"): an actor of another country in the rest of its clause, else the target of the
 * judge's own act before it ("expelled a Russian diplomat over what it called interference"), else the agent of the act
 * before ("Beijing protested against what it called an overreaction"), or -1.
 */
function namedAgent(
  v: View,
  m: Match,
  judge: number,
  acts: readonly { source: number; target: number }[],
): number {
  // Its owner or modifier ("Spain's failure", "U.S. hegemony") or its agent ("by Zagreb"), before any verb or
  // infinitive ("a plot to sabotage supply lines to Ukraine"), not its victim ("a witch hunt against Bolsonaro").
  const end = clauseEnd(v, m.last + 1);
  for (let k = m.trigger + 1; k < end; k++) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" || (t.pos === "PART" && t.lower === "to")) break;
    const g = v.groupAt[k]!;
    if (g < 0 || g === judge) continue;
    k = v.groups[g]!.tokEnd - 1;
    // "threats from Washington": "from" names the agent as "by" does.
    const inside = v.groups[g]!.tokStart <= m.last || is(v, v.toks[v.groups[g]!.tokStart - 1], v.b.nounAgent);
    if (inside && !sameCountry(v, g, judge)) return g;
  }
  // The judge's own acts before it, latest first, passing over one aimed at its own country ("expelled a Russian
  // diplomat to protest what Kallas called ...": "protest" took Kallas for its object).
  for (let k = acts.length - 1; k >= 0 && sameCountry(v, acts[k]!.source, judge); k--) {
    const own = acts[k]!;
    if (own.target >= 0 && !sameCountry(v, own.target, judge)) return own.target;
  }
  return latestAgent(v, acts, judge, true);
}

/**
 * The source of the latest earlier act by another country than `source`'s, or -1; with `subject`, when there is none,
 * the sentence's first subject of another country ("Japan tightened controls ..., and Seoul denounced the move").
 */
function latestAgent(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
  subject = false,
): number {
  for (let k = acts.length - 1; k >= 0; k--)
    if (!sameCountry(v, acts[k]!.source, source)) return acts[k]!.source;
  if (!subject) return -1;
  const first = v.groups.findIndex((_, g) => v.subjectPos[g] && !v.attributive[g]);
  return first >= 0 && first < source && !sameCountry(v, first, source) ? first : -1;
}

/** The latest act's source of the judge's own country but another sector whose criticism it is (see domesticVerdict). */
function domesticAgent(
  v: View,
  acts: readonly { source: number; target: number }[],
  judge: number,
  p: Match["pattern"],
): number {
  const s = acts.length > 0 ? acts[acts.length - 1]!.source : -1;
  return s >= 0 && s !== judge && domesticVerdict(v, s, judge, p) ? s : -1;
}

/**
 * The agent of the act a decision noun (`_DECISION_NOUN`) restates (", a decision the ministry welcomed"): the latest
 * act before whose source is a clause's subject of another country, passing over an owner's noun event inside that
 * clause's object ("threw out Sudan's genocide case against the UAE, a decision the Emirati ministry welcomed" judges
 * the court's act, not Sudan's case); else, and after other nouns ("backed Pakistan's call for an inquiry, an idea
 * New Delhi rejected"), as `latestAgent`.
 */
function restatedAgent(v: View, acts: readonly { source: number; target: number }[], source: number): number {
  const np = summaryNoun(v, source);
  const head = np ? v.toks[np.head]!.lower : "";
  if (v.w.decisionNoun.has(head) || v.w.moveNoun.has(head)) {
    const s = subjectAgent(v, acts, source, v.w.moveNoun.has(head));
    if (s >= 0) return s;
  }
  return latestAgent(v, acts, source, true);
}

/**
 * The source of the latest act before that is a clause's subject of another country than `source`'s, or -1; with
 * `unowned`, not an owner of a noun event ("days after Rubio's visit to Panama City").
 */
function subjectAgent(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
  unowned = false,
): number {
  for (let k = acts.length - 1; k >= 0; k--) {
    const s = acts[k]!.source;
    if (s < 0 || !v.subjectPos[s] || v.attributive[s] || sameCountry(v, s, source)) continue;
    if (unowned && possessorAfter(v, s)) continue;
    return s;
  }
  return -1;
}

/** True when group `g` is followed by a possessive ("Rubio's", "the Palestinians'"). */
function possessorAfter(v: View, g: number): boolean {
  const t = v.toks[v.groups[g]!.tokEnd];
  return t !== undefined && t.pos === "PART" && v.w.possessive.has(t.lower);
}

/** "welcomed the decision", "condemned this decision": the verb at `i` takes a definite decision noun for object. */
function decisionObject(v: View, i: number): boolean {
  let k = i + 1;
  if (v.toks[k]?.pos !== "DET" || v.w.possessive.has(v.toks[k]!.lower)) return false;
  k++;
  return v.w.decisionNoun.has(v.toks[k]?.lower ?? "") && v.toks[k + 1]?.lower !== "by";
}

/**
 * The source of the latest act coded before whose actor is another than `source`'s (any country), when `source` is a
 * state's armed or police force (`counter`); else -1.
 */
function counteredAgent(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
): number {
  const own = v.groups[source]!.members[0]!.code;
  if (!FORCES.has(own.slice(3, 6))) return -1;
  for (let k = acts.length - 1; k >= 0; k--) {
    const s = acts[k]!.source;
    if (s >= 0 && s !== source && v.groups[s]!.members[0]!.code !== own) return s;
  }
  return -1;
}

const CONDITION_WORDS = new Set(["unless", "if"]);

/** Whether the sentence opens with a condition: "if"/"unless", or an inverted one ("Should X attack Y, …"). */
function opensCondition(v: View): boolean {
  return CONDITION_WORDS.has(v.toks[0]?.lower ?? "") || invertedCondition(v.toks, v.groupAt);
}

/**
 * The subject of the first "unless"/"if" clause from token `from` on, else of one fronted before the main clause, when
 * of another country than the source.
 */
function conditionSubject(v: View, from: number, source: number): number {
  const subjectAt = (k: number) => {
    let j = k + 1;
    while (j < v.toks.length && v.toks[j]!.pos === "DET") j++;
    const g = v.groupAt[j] ?? -1;
    return g >= 0 && g !== source && !v.attributive[g] && !sameCountry(v, g, source) ? g : -1;
  };
  for (let k = Math.max(0, from - 1); k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.text === ";" || t.text === ".") break;
    if (CONDITION_WORDS.has(t.lower)) return subjectAt(k);
  }
  // "If the United States strikes Venezuela, Caracas would use force": a condition fronted before the main clause
  // (ending at `frontEnd`, before the threat's clause).
  const front = v.frontEnd;
  // Only for the clause right after its comma: a trailing ", the minister warned" is no consequence of it.
  if (front < 0 || front >= from || !opensCondition(v)) return -1;
  for (let k = front + 1; k < from - 1; k++) if (v.toks[k]!.text === ",") return -1;
  return subjectAt(0);
}

/**
 * "North Korea threatened to take stronger countermeasures after South Korea suspended the pact": the actor that opens
 * the clause after a `_PROVOKED` word ending the threat's clause and acts in it (a verb right after its name), when of
 * another country than the threat's source; else -1.
 */
function provokerSubject(v: View, from: number, source: number): number {
  const k = isIn(v.toks[from], v.w.provoked) ? from : from - 1;
  if (k < 0 || !isIn(v.toks[k], v.w.provoked)) return -1;
  let j = k + 1;
  while (j < v.toks.length && v.toks[j]!.pos === "DET") j++;
  const g = v.groupAt[j] ?? -1;
  if (g < 0 || g === source || v.attributive[g] || sameCountry(v, g, source)) return -1;
  return v.toks[v.groups[g]!.tokEnd]?.pos === "VERB" ? g : -1;
}

/** A legal complaint (CAMEO 115, "bring lawsuit against"), the appeal to a court against a party. */
const COURT_COMPLAINT = "115";

/**
 * "asked the International Court of Justice to order Israel to halt ...", "filed a request with the ICJ to halt
 * Caracas's planned referendum": when group `court` names a court (`_COURT`), the actors of the first group after it
 * in the same clause (up to a comma, ";" or a subordinator that opens a clause) that are of another country than
 * `source`'s; else none.
 */
function courtDefendants(v: View, court: number, source: string): ActorMention[] {
  if (court < 0) return [];
  const g = v.groups[court]!;
  let named = false;
  for (let k = g.tokStart; k < g.tokEnd; k++) if (v.w.court.has(v.toks[k]!.lower)) named = true;
  if (!named) return [];
  for (let k = g.tokEnd; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.text === "," || t.text === ";" || t.text === "." || newClause(v, k)) return [];
    const h = v.groupAt[k] ?? -1;
    if (h < 0 || v.asideAt[k]! >= 0) continue;
    return v.groups[h]!.members.filter(
      (x) =>
        !x.code.startsWith("---") && countryOf(x.code) !== countryOf(source) && !x.code.startsWith("IGO"),
    );
  }
  return [];
}

/**
 * Whether the act at `trigger` is refused in prospect: a modal of prospect (`_PROSPECT`: "would", "will") stands before
 * it in its clause, within a few words ("would not meet", "will never negotiate with", "would not resume talks with").
 */
function refusedInProspect(v: View, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 5); k--) {
    const t = v.toks[k]!;
    if (t.pos === "PUNCT" || (v.groupAt[k] ?? -1) >= 0) return false;
    if (t.pos === "AUX" && isIn(t, v.w.prospect)) return true;
  }
  return false;
}

/** The embed table that turns a promised act into the threat of it (`embed.txt`). */
const THREAT_TABLE = "threaten";
/** The embed table of promised acts coded as their threat alone, with that threat's code (`embed.txt`). */
const PROMISED_TABLE = "promised";
/** Embed tables for reactions to a restated act: a rejected claim is denied, an act said of a restated act alleged. */
const DENY_TABLE = "deny";
/** Embed tables for an act another actor must do, stated by a speaker: the demand of it, else a plain demand. */
const DEMAND_TABLE = "demand";
const OBLIGE_TABLE = "oblige";
const ALLEGE_TABLE = "allege";
/** The accusation a reaction to a restated claim reveals (", an allegation New Delhi rejected"): the claimant's. */
const CLAIMED_TABLE = "claimed";
/** Auxiliaries of tense and voice ("said had violated", "said was seen"), not modals ("said would force"). */
const TENSE_AUX = new Set(["have", "be"]);
const CONSEQUENCE = new Set(["hypothetical", "scheduled"]);

/**
 * The threat code of an act of material conflict promised as the consequence of a condition ("would strike again if
 * Pakistan backed another attack", "will take retaliatory steps if Finland applies"): the act is modal, an
 * "if"/"unless" with an actor or a participle after it follows it in its clause, and none comes before it; or null.
 */
function conditionalThreat(ctx: SentenceCtx, v: View, m: Match, code: string, status: string): string | null {
  // "would resume attacks on American warships if Washington struck Yemen": a noun act under a modal verb.
  // "vowed to impose sanctions on Vilnius unless ...", "said it was ready to cut gas supplies if provoked": a pledged
  // act is in prospect as well.
  const consequence = m.pattern.noun
    ? modalGoverned(v, m.trigger)
    : CONSEQUENCE.has(status) || pledgeWrapper(m);
  // Verbal conflict (quad 3: "would block any new EU sanctions if the bloc did not ease ...") only with a condition.
  const quad = ctx.model.cameo.get(code)?.quad ?? 0;
  if (!consequence || quad < 3) return null;
  // "If Tokyo does not open its market, the United States will impose tariffs": a condition fronted before the
  // main clause conditions the act after its comma as one after the act does.
  const fronted = frontedCondition(v, m);
  if (!fronted && conditionBefore(v, m)) return null;
  // "China could halt exports to the U.S. if ..., analysts said": speculation by others is no threat.
  if (speculation(v, m)) return null;
  if (fronted) return tableCode(ctx.model.verbs, THREAT_TABLE, code) ?? null;
  // "would shoot down any Russian aircraft that entered their airspace": an act on "any" such party is conditional too.
  // Not a refusal ("would veto any resolution", "will reject any contact with Japan").
  for (let k = m.trigger + 1; quad === 4 && k <= m.last + 2 && k < v.toks.length; k++)
    if (v.toks[k]!.lower === "any" && v.toks[k + 1]?.lower !== "time")
      return tableCode(ctx.model.verbs, THREAT_TABLE, code) ?? null;
  return partyCondition(v, m) ? (tableCode(ctx.model.verbs, THREAT_TABLE, code) ?? null) : null;
}

/** Embed tables of pledges and stated intents: the act they wrap is promised, not done ("vowed to", "ready to"). */
const PLEDGE_TABLES = new Set(["vow", "intent"]);

/** Is `m` a pledge or a stated intent that wraps the act it promises? */
function pledgeWrapper(m: Match): boolean {
  return m.pattern.embed !== null && PLEDGE_TABLES.has(m.pattern.embed);
}

/**
 * Whether an "if"/"unless" clause follows the act in its clause and sets a condition for a party: "if Pakistan backed
 * ...", "if attacked", "if it resisted", "if its forces struck ...", not an event ("if the talks fail").
 */
function partyCondition(v: View, m: Match): boolean {
  let k = m.last + 1;
  while (k < v.toks.length && !CONDITION_WORDS.has(v.toks[k]!.lower) && !HARD_END.has(v.toks[k]!.text)) k++;
  if (!CONDITION_WORDS.has(v.toks[k]?.lower ?? "")) return false;
  let j = k + 1;
  while (v.toks[j]?.pos === "DET") j++;
  const party =
    ((v.groupAt[j] ?? -1) >= 0 && !v.attributive[v.groupAt[j]!]) ||
    (j === k + 1 &&
      (is(v, v.toks[j], v.b.possessivePronoun) ||
        // Not an empty "it" ("if it is too late"): a pronoun with a verb, or a passive ("if it was attacked").
        (is(v, v.toks[j], v.b.subjectPronoun) &&
          !(v.toks[j + 1]?.lemma === "be" && v.toks[j + 2]?.pos !== "VERB"))));
  return party || v.toks[k + 1]?.pos === "VERB";
}

/**
 * "If Moscow does not agree to a ceasefire, Trump said he would impose tariffs", "Unless Tokyo opened its market, the
 * United States would ...": the sentence opens with "if"/"unless" and a party (an actor, a pronoun, a possessive, or a
 * participle: "If attacked,"), and the act `m` stands after the comma that ends that fronted clause (`frontEnd`), with
 * no other "if"/"unless" between; the act is then the condition's consequence, not the condition.
 */
function frontedCondition(v: View, m: Match): boolean {
  const front = v.frontEnd;
  if (front < 0 || m.trigger <= front || !opensCondition(v)) return false;
  // The act stands in the main clause right after the comma (no other comma before it) and has no condition of its own.
  for (let k = front + 1; k < m.trigger; k++) if (v.toks[k]!.text === ",") return false;
  for (let k = front + 1; k <= m.last; k++) if (CONDITION_WORDS.has(v.toks[k]!.lower)) return false;
  let j = 1;
  while (v.toks[j]?.pos === "DET") j++;
  const party =
    ((v.groupAt[j] ?? -1) >= 0 && !v.attributive[v.groupAt[j]!]) ||
    (j === 1 &&
      (is(v, v.toks[j], v.b.possessivePronoun) ||
        (is(v, v.toks[j], v.b.subjectPronoun) &&
          !(v.toks[j + 1]?.lemma === "be" && v.toks[j + 2]?.pos !== "VERB"))));
  return party || v.toks[1]?.pos === "VERB";
}

/** A `condition` pattern's condition: a party's "if"/"unless" clause after the act and none before it, or a fronted one. */
function conditionedAct(v: View, m: Match): boolean {
  return frontedCondition(v, m) || (!conditionBefore(v, m) && partyCondition(v, m));
}

/** Whether an "if"/"unless" stands before the end of the act `m` (the act is then the condition, not its outcome). */
function conditionBefore(v: View, m: Match): boolean {
  for (let k = 0; k <= m.last; k++) if (CONDITION_WORDS.has(v.toks[k]!.lower)) return true;
  return false;
}

/**
 * "would resume attacks on ...": the verb that governs the noun at `i` has a modal (`_PROSPECT`) in its chain, and
 * no actor of its own stands before the noun.
 */
function modalGoverned(v: View, i: number): boolean {
  const g = verbBefore(v, i, true);
  if (g < 0 || v.toks[g]!.pos !== "VERB") return false;
  // "would block any new EU sanctions on Russia": a noun act with an agent of its own is not the subject's.
  for (let k = g + 1; k < i; k++) if ((v.groupAt[k] ?? -1) >= 0) return false;
  for (
    let k = g - 1;
    k >= 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "PART");
    k--
  )
    if (v.toks[k]!.pos === "AUX" && isIn(v.toks[k], v.w.prospect)) return true;
  return false;
}

/** "..., analysts said", "Analysts warned that ...": the act is reported by unnamed informants (`_INFORMANT`). */
function speculation(v: View, m: Match): boolean {
  for (let k = 0; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.pos !== "VERB" || !(is(v, t, v.b.say) || isIn(t, v.w.forecast)) || (k >= m.trigger && k <= m.last))
      continue;
    if (k > m.last) {
      if (informantPhrase(v, m.last, k) || punditPhrase(v, m.last, k)) return true;
      continue;
    }
    let informant = false;
    for (let j = k - 1; j >= 0 && v.toks[j]!.pos !== "PUNCT"; j--) {
      if ((v.groupAt[j] ?? -1) >= 0 && !punditGroup(v, j)) return false;
      if (isIn(v.toks[j], v.w.informant) || isIn(v.toks[j], v.w.pundit)) informant = true;
    }
    if (informant) return true;
  }
  return false;
}

/**
 * ", analysts in Beijing said", ", analysts at a Tokyo think tank said", ", Chinese state media warned": a sayer's
 * phrase after the act (back to its comma, at most eight words) whose head is a `_PUNDIT` word and whose actors only
 * place or own the forecasters.
 */
function punditPhrase(v: View, after: number, verb: number): boolean {
  let pundit = false;
  for (let k = verb - 1; k > after && k >= verb - 8; k--) {
    if (v.toks[k]!.pos === "PUNCT") return pundit;
    if ((v.groupAt[k] ?? -1) >= 0 && !punditGroup(v, k)) return false;
    if (isIn(v.toks[k], v.w.pundit)) pundit = true;
  }
  return false;
}

/**
 * Whether the actor at token `k` only places or owns forecasters: its group ends in a `_PUNDIT` word ("Chinese state
 * media"), or it stands in a phrase opened by a preposition right after one ("analysts in Beijing", "analysts at a
 * Beijing think tank").
 */
function punditGroup(v: View, k: number): boolean {
  const g = v.groups[v.groupAt[k]!]!;
  if (isIn(v.toks[g.tokEnd - 1], v.w.pundit)) return true;
  for (let j = g.tokStart - 1; j >= 0 && j >= g.tokStart - 4; j--) {
    const t = v.toks[j]!;
    if (t.pos === "ADP") return isIn(v.toks[j - 1], v.w.pundit);
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NUM") return false;
  }
  return false;
}

/** The actor right after "told" in "X told Y that ... <trigger>", when of another country than the source; or -1. */
function toldAddressee(v: View, trigger: number, source: number): number {
  for (let k = trigger - 1; k > 0; k--) {
    const t = v.toks[k]!;
    if (t.text === ";" || t.text === ".") return -1;
    if (t.pos !== "VERB" || t.lemma !== "tell") continue;
    let j = k + 1;
    while (j < trigger && v.toks[j]!.pos === "DET") j++;
    const g = v.groupAt[j] ?? -1;
    if (g < 0 || g === source || v.attributive[g] || sameCountry(v, g, source)) return -1;
    // The reported clause must follow the addressee: "told Biden (that) China ...".
    const after = v.groups[g]!.tokEnd;
    return after < trigger ? g : -1;
  }
  return -1;
}

/**
 * The group that reports the act at `m` before its one-member source ("X said Y had agreed to ...", not "Y agreed to
 * ..., X said" nor a compound "Y and Z had agreed", whose members commit to each other) when it is of another country
 * than the source's; or -1.
 */
function reportingParty(v: View, m: Match, source: number): number {
  if (v.groups[source]!.members.length !== 1) return -1;
  const found = sayer(v, m, source);
  if (found === null || !("group" in found)) return -1;
  const g = found.group;
  if (v.groups[g]!.tokEnd > v.groups[source]!.tokStart) return -1;
  return v.attributive[g] || sameCountry(v, g, source) ? -1 : g;
}

function sameCountry(v: View, a: number, b: number): boolean {
  return countryOf(v.groups[a]!.members[0]!.code) === countryOf(v.groups[b]!.members[0]!.code);
}

/** True when ", which" (or "that") and only auxiliaries or adverbs stand from token `end` up to the verb at `i`. */
function relativeAfter(v: View, end: number, i: number): boolean {
  if (v.toks[end]?.text !== "," || !is(v, v.toks[end + 1], v.b.relative)) return false;
  for (let k = end + 2; k < i; k++) if (v.toks[k]!.pos !== "AUX" && v.toks[k]!.pos !== "ADV") return false;
  return true;
}

/**
 * The target of a noun act of force in a phrase right after the words of a domestic act `m` with unnamed victims
 * ("killed 1,200 people in their assault on southern Israel"), past a coordinated verb phrase too ("... and seized 251
 * hostages in their assault on ..."). Only a target of another country than the source; or -1.
 */
function framingForceTarget(
  v: View,
  matches: readonly Match[],
  m: Match,
  source: number,
  cameo: CameoTable,
): number {
  const joined = is(v, v.toks[m.last + 1], v.b.and) && v.toks[m.last + 2]?.pos === "VERB";
  for (const f of matches) {
    if (f.trigger <= m.last || !f.pattern.noun || f.targetGroup < 0) continue;
    if (cameo.get(f.pattern.code)?.quad !== 4 || sameCountry(v, f.targetGroup, source)) continue;
    // The preposition of the framing phrase, past its determiners ("in their assault").
    let p = f.trigger - 1;
    while (p > m.last && ["DET", "PRON", "ADJ"].includes(v.toks[p]!.pos)) p--;
    if (p <= m.last || v.toks[p]!.pos !== "ADP" || (p > m.last + 1 && !joined)) continue;
    let plain = true;
    for (let k = m.last + 1; k < p; k++)
      if (v.toks[k]!.pos === "PUNCT" || (v.groupAt[k] ?? -1) >= 0) plain = false;
    if (plain) return f.targetGroup;
  }
  return -1;
}

/** True when the two groups' first members carry the same full actor code. */
function sameCode(v: View, a: number, b: number): boolean {
  return v.groups[a]!.members[0]!.code === v.groups[b]!.members[0]!.code;
}

/** True when only a conjunction (and a few adverbs or objects, no actor) separates two acts. */
function coordinated(v: View, from: number, to: number, partner: number): boolean {
  let and = false;
  // "attacked the embassies of Rwanda, France and the United States, accusing ...": the "and" of the partner's own
  // list joins no verbs.
  const inPartner = (k: number) =>
    partner >= 0 && k >= v.groups[partner]!.tokStart && k < v.groups[partner]!.tokEnd;
  for (let k = from; k < to; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (inPartner(k)) continue;
    // The partner itself and places ("met Putin in Moscow and") may stand in between.
    if (g >= 0 && g !== partner && !isIn(v.toks[v.groups[g]!.tokStart - 1], v.w.placePrep)) return false;
    if (v.w.barrier.has(t.text) && t.text !== ",") return false;
    if (is(v, t, v.b.and)) and = true;
  }
  return and || listedVerb(v, from, to);
}

/**
 * "boarded Philippine navy boats, seized rifles and injured a sailor": a past verb right after a comma that opens a
 * middle item of a list of verb phrases, closed later in its clause by "and" and another past verb.
 */
function listedVerb(v: View, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && VERB_LEAD.has(v.toks[k]!.pos)) k--;
  if (k < from || v.toks[k]!.text !== "," || v.toks[to]!.pos !== "VERB" || !pastForm(v, to)) return false;
  for (let j = to + 1; j < v.toks.length; j++) {
    const x = v.toks[j]!.text;
    if (HARD_END.has(x) && x !== ",") return false;
    if (finiteAfterAnd(v, j)) return true;
  }
  return false;
}

/**
 * True when group `g`, opening a clause after "and" right before the verb at `i`, is another mention of the country of
 * the previous act's source, and that act has a partner of another country ("..., and Canberra flew in ...").
 */
function renamedSource(v: View, prev: PrevAct, g: number, i: number, reported: boolean): boolean {
  const gs = v.groups[g]!;
  if (g === prev.source || prev.target < 0 || gs.tokStart < prev.end || gs.members.length !== 1) return false;
  if (!sameCountry(v, g, prev.source) || sameCountry(v, prev.target, g)) return false;
  // "offered condolences to Erdogan and said Japan would send a rescue team": the subject of a clause reported by a
  // verb joined to the previous act ("and said (that) ...") is renamed as well.
  let k = gs.tokStart - 1;
  if (v.toks[k]?.lower === "that") k--;
  if (reported && v.toks[k]?.pos === "VERB" && is(v, v.toks[k], v.b.say) && k > prev.end) k--;
  if (!is(v, v.toks[k], v.b.and)) return false;
  // The group is the verb's subject: only auxiliaries and adverbs stand between.
  for (let k = gs.tokEnd; k < i; k++) if (!VERB_LEAD.has(v.toks[k]!.pos)) return false;
  return true;
}

/**
 * "..., and India dispatched relief supplies": group `g` opens a clause after ", and" following the act `prev`, as the
 * subject of the verb at `i`, and is of neither party's country.
 */
function parallelDonor(v: View, prev: PrevAct, g: number, i: number): boolean {
  const gs = v.groups[g]!;
  if (prev.target < 0 || g === prev.source || gs.tokStart < prev.end) return false;
  if (sameCountry(v, g, prev.source) || sameCountry(v, g, prev.target)) return false;
  if (!is(v, v.toks[gs.tokStart - 1], v.b.and) || v.toks[gs.tokStart - 2]?.text !== ",") return false;
  for (let k = gs.tokEnd; k < i; k++) if (!VERB_LEAD.has(v.toks[k]!.pos)) return false;
  return true;
}

/** True when "and" (or ", and") right before the verb at `to` links it to the act that ended at `from`. */
function coordinatedVerb(v: View, from: number, to: number, noun = false): boolean {
  if (to - from > 12) return false;
  let k = to - 1;
  const skip = noun ? NOUN_LEAD : VERB_LEAD;
  while (k >= from && (skip.has(v.toks[k]!.pos) || (noun && v.toks[k]!.text === "%"))) k--;
  if (k < from || !is(v, v.toks[k], v.b.and)) return false;
  for (let j = from; j < k; j++) if (v.groupAt[j]! >= 0 || v.toks[j]!.text === ";") return false;
  // "sent condolences to Seoul after a ferry sank off Jindo and killed ...": the verb joins the subordinate clause's.
  for (let j = from; j < k; j++)
    if (is(v, v.toks[j], v.b.subord) && v.toks[j]!.lower !== "that" && thingClauseBefore(v, j, to))
      return false;
  return true;
}

/** Who reports an act: an actor group, or unnamed informants ("..., officials said") that name no party. */
type Sayer = { readonly group: number } | { readonly informant: true; readonly official: boolean };

/** Reporter of the act ("X said Y did Z", "Y did Z, X said"): the group that says it, if not the source; or null. */
function sayer(v: View, m: Match, source: number): Sayer | null {
  // "Two weeks after the U.S. struck ..., Iran suspended ..., state TV reported": a background clause is not the report.
  // ", remarks that Sheinbaum rejected": a relative on the reported clause is the writer's, not the sayer's.
  const adverbial = adverbialClause(v, m.trigger);
  const fronted = adverbial && frontedClause(v, m.trigger);
  const clauseStart = adverbialStart(v, m.trigger);
  const relative = source >= 0 && relativeOnClause(v, source);
  const drawn = drawnReaction(v, m, source);
  const summary = summaryPhrase(v, m.trigger);
  for (let k = 0; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if (t.pos !== "VERB" || !is(v, t, v.b.say) || (k >= m.trigger && k <= m.last)) continue;
    // A sayer before an adverbial clause does not report it ("Poland said it would ... after Belarusian helicopters
    // violated its airspace"), one inside it does ("after Kyiv said it was ready to ..."), and one after it reports it
    // unless the clause is background (fronted, after a comma or a span of time).
    if (
      (adverbial && (k < clauseStart || (k > m.trigger && fronted))) ||
      relative ||
      (k < m.trigger && k < summary) ||
      // "agreed to a truce ..., after Trump announced the truce": a sayer in a later adverbial clause reports that.
      (k > m.last && adverbialStart(v, k) > m.last) ||
      otherRelative(v, k, m.trigger) ||
      k < drawn ||
      attributiveVerb(v, k)
    )
      continue;
    // "Houthi rebels declared an air blockade on Israel after ...", "..., a day after Washington added 140 companies
    // to its list": a reporting verb with an object of its own does an act; it reports none.
    if (sayWithObject(v, k)) continue;
    let g = -1;
    // "Zelensky said ..., a day after Trump accused ...", "X said ..., while Y ...": another clause is not reported.
    if (k < m.trigger && splitBetween(v, k, m.trigger)) continue;
    // "China vowed countermeasures after Trump announced tariffs, calling the move ...": a sayer in an adverbial clause
    // reports nothing past the clause's end.
    if (k < m.trigger && adverbialClause(v, k) && v.toks.slice(k, m.trigger).some((x) => x.text === ","))
      continue;
    if (k < m.trigger) g = subjectOf(v, k);
    else if (!trailingReport(v, k)) continue;
    else if (informantPhrase(v, m.last, k))
      return { informant: true, official: officialPhrase(v, m.last, k) };
    // ", the South Korean military said": only the words of the sayer's phrase may stand between (at most four), a
    // hyphenated word counting as one (", a United Nations fact-finding mission said").
    else
      for (let j = k - 1, n = 0; j > m.last && n < 4 && g < 0; j--) {
        const hyphen = v.toks[j]!.text === "-";
        if (v.toks[j]!.pos === "PUNCT" && !hyphen) break;
        if (!hyphen && v.toks[j + 1]?.text !== "-") n++;
        g = v.groupAt[j]!;
      }
    if (g >= 0 && g !== source) return { group: g };
    // "after Kyiv said it was ready to accept ..., U.S. officials said": the actor's own words report the act.
    if (g >= 0 && k < m.trigger && adverbial) return null;
  }
  return null;
}

/**
 * "condemned Russia's invasion", "in retaliation for Pelosi's visit": a noun event owned by a named actor, as the
 * object of a verb or preposition in a reported clause, is a known event the sayer refers to, not what it reports
 * ("said Russia's strike killed ten" reports the strike: it is the subject; "its war" may be the claim itself).
 */
function knownNounEvent(v: View, m: Match): boolean {
  if (!m.pattern.noun) return false;
  let k = m.trigger - 1;
  let owned = false;
  for (; k >= 0; k--) {
    const t = v.toks[k]!;
    if (isIn(t, v.w.possessive) && (v.groupAt[k - 1] ?? -1) >= 0) owned = true;
    else if ((v.groupAt[k] ?? -1) < 0 && !OWNED_NP_POS.has(t.pos) && t.text !== "-") break;
  }
  const gov = v.toks[k];
  return owned && gov !== undefined && (gov.pos === "ADP" || (gov.pos === "VERB" && !is(v, gov, v.b.say)));
}

/** "Maduro's declared victory", "the announced cuts": a participle before a noun, after an owner or determiner. */
function attributiveVerb(v: View, k: number): boolean {
  const p = v.toks[k - 1];
  const owner = p !== undefined && (p.pos === "DET" || isIn(p, v.w.possessive));
  return owner && NOUNISH_POS.has(v.toks[k + 1]?.pos ?? "");
}

const NOUNISH_POS = new Set(["NOUN", "PROPN"]);

/** "both sides", "both capitals", "the two governments": a count word naming the pair ("two security sources" does not). */
function pairPhrase(v: View, k: number): boolean {
  const t = v.toks[k]!;
  return is(v, t, v.b.pairCount) && (t.lower === "both" || is(v, v.toks[k + 1], v.b.pairNoun));
}

/** A mention naming no actor of its own: a coreference ("officials") or a sector with an implied country ("police"). */
function unnamed(x: ActorMention): boolean {
  return x.kind === "coref" || x.entry.startsWith("sector-");
}

/**
 * ", officials said", ", two security sources told reporters", ", his lawyers said": the words before a reporting verb
 * name unnamed informants and no party ("officials on both sides said" names the parties).
 */
function informantPhrase(v: View, after: number, verb: number): boolean {
  let informant = false;
  // The words of the sayer's phrase, back to the comma before it (at most four).
  for (let k = verb - 1; k > after && k >= verb - 4 && v.toks[k]!.pos !== "PUNCT"; k--) {
    const t = v.toks[k]!;
    const g = v.groupAt[k] ?? -1;
    // "officials", "police" alone may be resolved to the sentence's actor or country; "U.S. officials" names one.
    if (pairPhrase(v, k) || (g >= 0 && !v.groups[g]!.members.every(unnamed))) return false;
    // "Treasury officials", "Justice Department officials": a named agency, resolved to its country, is no informant.
    if (g >= 0 && t.pos === "PROPN" && !isIn(t, v.w.informant)) return false;
    if (isIn(t, v.w.informant)) informant = true;
  }
  return informant;
}

/** ", officials said", ", diplomats said": an informant phrase (see informantPhrase) naming `_PARTY_INFORMANT` words. */
function officialPhrase(v: View, after: number, verb: number): boolean {
  for (let k = verb - 1; k > after && k >= verb - 4 && v.toks[k]!.pos !== "PUNCT"; k--)
    if (isIn(v.toks[k], v.w.partyInformant)) return true;
  return false;
}

/**
 * "The EU said the vote was flawed, drawing a rebuke from Tbilisi", "..., the ministry said, prompting condemnation
 * from France": a reaction whose agent follows it ("from"/"by"), in a participle after a comma, is the writer's fact,
 * not the earlier sayer's report. Returns the participle's index (sayers before it do not report the act), or -1.
 */
function drawnReaction(v: View, m: Match, source: number): number {
  if (!m.pattern.noun || source < 0 || v.groups[source]!.tokStart <= m.trigger) return -1;
  const gov = verbBefore(v, m.trigger);
  const t = v.toks[gov];
  return gov > 0 && v.toks[gov - 1]!.text === "," && t!.lower.endsWith("ing") && t!.pos === "VERB" ? gov : -1;
}

/** True when the trigger stands in an adverbial clause ("after X struck", "as Y held talks"), not after "that"/"if". */
function adverbialClause(v: View, i: number): boolean {
  return adverbialStart(v, i) >= 0;
}

/** The subordinator opening the adverbial clause the token at `i` stands in, or -1. */
function adverbialStart(v: View, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = v.toks[k]!;
    if (t.text === "," || t.text === ";" || v.w.barrier.has(t.text)) return -1;
    if (is(v, t, v.b.subord) && t.lower !== "that" && !is(v, t, v.b.clauseSplit) && t.pos !== "VERB") {
      // "had used villagers as human shields and tortured detainees": a verb after "and" with no verb back to the
      // subordinator joins the verb before it; the subordinator opened no clause.
      if (verbAfterVerbless(v, k, i)) return -1;
      return t.pos !== "ADP" ||
        v.groupAt[k + 1]! >= 0 ||
        v.toks[k + 1]?.pos === "DET" ||
        is(v, v.toks[k + 1], v.b.subjectPronoun)
        ? k
        : -1;
    }
  }
  return -1;
}

/** True when the token at `i` is a verb right after "and"/"or" and no verb stands between `k` and that conjunction. */
function verbAfterVerbless(v: View, k: number, i: number): boolean {
  return v.toks[i]?.pos === "VERB" && is(v, v.toks[i - 1], v.b.and) && !verbBetween(v, k + 1, i - 1);
}

const FRONT_POS = new Set(["NUM", "NOUN", "ADJ", "DET", "ADV"]);

/**
 * "Two weeks after the U.S. struck ..., Iran suspended ..., state TV reported": an adverbial clause fronted before the
 * main clause is background the writer states; one after the main clause's act ("X summoned Y's envoy after Y's
 * vessels blocked its boats, the ministry said") is part of what a trailing sayer reports.
 */
function frontedClause(v: View, i: number): boolean {
  const s = adverbialStart(v, i);
  if (s < 0) return false;
  // "..., days after Washington confiscated ...": a clause set off by a comma or a span of time is background too.
  const p = v.toks[s - 1];
  if (p?.text === "," || isIn(p, v.w.duration)) return true;
  for (let k = 0; k < s; k++) if ((v.groupAt[k] ?? -1) >= 0 || !FRONT_POS.has(v.toks[k]!.pos)) return false;
  return true;
}

/** True when a ";", a ", while/but" split or an adverbial subordinator separates two tokens. */
function splitBetween(v: View, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = v.toks[k]!;
    if (t.text === ";") return true;
    if (is(v, t, v.b.clauseSplit) && v.toks[k - 1]?.text === ",") return true;
    // "X said Y did Z, and Islamabad recalled ...": a new subject after ", and" is not the sayer's report.
    if (is(v, t, v.b.and) && v.toks[k - 1]?.text === "," && newSubject(v, v.groupAt[k + 1] ?? -1))
      return true;
    if (is(v, t, v.b.subord) && t.lower !== "that" && t.lower !== "if" && v.toks[k - 1]?.text === ",")
      return true;
    if (t.text === "," && is(v, v.toks[k + 3], v.b.subord) && v.toks[k + 3]!.lower !== "that") return true;
    // "..., the three governments announced, prompting Israel to recall ...": a result the writer adds.
    if (t.text === "," && is(v, v.toks[k + 1], v.b.control) && v.toks[k + 1]!.lower.endsWith("ing"))
      return true;
  }
  return false;
}

/** True when the target of an act of this code takes part in it (`@shared-report` in status.txt: meetings, mediation). */
function targetTakesPart(ctx: SentenceCtx, code: string): boolean {
  return ctx.model.verbs.sharedReport.has(ctx.model.cameo.get(code)?.plover ?? "");
}

/** Country part of an actor code (whole code for IGOs), to tell a third-party report from a self-report. */
function countryOf(code: string): string {
  return code.startsWith("IGO") ? code : code.slice(0, 3);
}

/** Adds the sayer as claimant; an act another country reports is "reported" unless a stronger status holds. */
function withSayer(
  v: View,
  m: Match,
  source: number,
  target: number,
  st: StatusResult,
  rank: CueIndex["rank"],
  shared = false,
): StatusResult {
  if (
    source >= 0 &&
    st.status === "reported" &&
    ownReport(v, m, st.reportSpans, partyCodes(v, m, source, target))
  )
    return { ...st, status: "occurred" };
  if (st.claimant !== null || st.outlet !== null || source < 0 || knownNounEvent(v, m)) return st;
  const found = sayer(v, m, source);
  if (found === null) return st;
  const weaker = (rank.get(st.status) ?? 99) > (rank.get("reported") ?? 99);
  // "..., officials said": unnamed informants are no party, save of a meeting or a reciprocal act between states,
  // which the parties report as their own ("Japan and Australia met in Singapore and agreed to ..., officials said";
  // not "the army and the RSF clashed in Khartoum, officials said").
  if ("informant" in found)
    return weaker && !(found.official && (m.pattern.recip || shared) && !domesticPair(v, source, target))
      ? { ...st, status: "reported" }
      : st;
  const g = found.group;
  const who = v.groups[g]!.members[0]!;
  // "Japan and the Philippines held joint drills ..., the Philippine navy said": a party reports its own act.
  // In a reciprocal act, or one the members of a compound subject do with one another, every party is its author;
  // "talks mediated by the United States, Qatar and Egypt, Qatar's prime minister announced": so is any member of a
  // compound source, and any member of a compound sayer may be it ("officials in Washington, London and Amman said").
  const members = v.groups[source]!.members;
  // "talks facilitated by Qatar, the Kenyan ministry said", "was received by the crown prince, Trump said": the target
  // of a meeting, visit or mediation takes part in it and may report it as its own (a victim's account stays reported).
  const other =
    (m.pattern.recip || shared) && target >= 0 ? v.groups[target]!.members.map((x) => x.code) : [];
  const own = [...members.map((x) => x.code), ...other];
  const says = v.groups[g]!.members.map((x) => x.code);
  const third = !own.some((x) => says.some((w) => sameParty(x, w)));
  return { status: third && weaker ? "reported" : st.status, claimant: who.code, outlet: null };
}

/** True when the source and the target are of one country ("the army and the RSF clashed"). */
function domesticPair(v: View, source: number, target: number): boolean {
  if (target < 0) return false;
  const codes = [...v.groups[source]!.members, ...v.groups[target]!.members].map((x) => countryOf(x.code));
  return new Set(codes).size < 2;
}

/**
 * True when a sayer speaks for an actor: the same actor; or the same country, the sayer a state body, a bare country
 * or its media, and neither an armed group or opposition ("the main opposition party said" does not speak for a
 * state's security forces; "Somali officials said" reports al-Shabab's attack).
 */
function sameParty(actor: string, sayer: string): boolean {
  if (actor === sayer) return true;
  if (countryOf(actor) !== countryOf(sayer)) return false;
  if (rivalCode(actor) || rivalCode(sayer)) return false;
  return sayer.length === 3 || stateCode(sayer) || sayer.slice(3).startsWith("MED");
}

/**
 * The actors that may report an act as their own: the source's members, and in a reciprocal act ("agreed", "held
 * talks") the target's too. None for a domestic act ("police dispersed protesters, according to the interior ministry").
 */
function partyCodes(v: View, m: Match, source: number, target: number): string[] {
  const codes = v.groups[source]!.members.map((x) => x.code);
  const all = target >= 0 ? [...codes, ...v.groups[target]!.members.map((x) => x.code)] : codes;
  if (new Set(all.map(countryOf)).size < 2) return [];
  return m.pattern.recip || m.pattern.mutual ? all : codes;
}

/** True when two codes speak for the same state or body: "the Kremlin" for Russian forces, not for a Russian party. */
function sameSide(a: string, b: string): boolean {
  if (a === b) return true;
  // "the Saudi Press Agency" speaks for the Saudi state.
  if (a.slice(3, 6) === "MED" && stateCode(b)) return countryOf(a) === countryOf(b);
  // "a Haitian security source" does not speak for a Haitian gang: both must be the state.
  return countryOf(a) === countryOf(b) && stateCode(a) && stateCode(b);
}

/**
 * "according to the Kremlin", "according to a joint statement", "their final communique said": every report cue
 * names one of the parties (or their own words: "joint", "their"), none another.
 */
function ownReport(
  v: View,
  m: Match,
  spans: StatusResult["reportSpans"],
  parties: readonly string[],
): boolean {
  if (!spans || spans.length === 0 || parties.length === 0) return false;
  return spans.every(([from, to]) => {
    // "according to an account of her talks with ...": the act itself is in the words, not its reporter.
    if (m.trigger >= from && m.trigger < to) return false;
    let own = false;
    for (let k = from; k < to; k++) {
      const g = v.groupAt[k]!;
      if (g >= 0 && !v.groups[g]!.members.every((x) => parties.some((p) => sameSide(x.code, p))))
        return false;
      // "state media reported": an outlet of a state that names none speaks for the party.
      if (g >= 0 || isIn(v.toks[k], v.w.ownReport) || stateOutletWord(v, k)) own = true;
    }
    return own;
  });
}

/** The implied target of a domestic act: the source's own country (with a sector suffix), named by no words. */
/** True when no member of group `g` has a country (an armed group such as the Islamic State, an IGO). */
function stateless(v: View, g: number): boolean {
  return v.groups[g]!.members.every((x) => x.country === null);
}

/** The first group from token `from` on whose members all have a country, other than `source`, or -1. */
function countryAfter(v: View, from: number, source: number): number {
  for (let k = from; k < v.toks.length; k++) {
    const g = v.groupAt[k]!;
    if (g >= 0 && g !== source && v.groups[g]!.members.every((x) => x.country !== null)) return g;
  }
  return -1;
}

function impliedSelf(s: ActorMention, suffix: string): ActorMention {
  const country = s.country ?? s.code.slice(0, 3);
  return { ...s, code: `${country}${suffix}`, text: "", end: s.start, entry: "implied:self" };
}

function actorRef(m: ActorMention): Event["source"] {
  return { code: m.code, text: m.text, start: m.start, end: m.end, entry: m.entry };
}

function confidence(args: Args, m: Match): number {
  let c = 0.9;
  if (args.targetHow === "after") c -= 0.1;
  if (args.targetHow === "inside") c -= 0.25;
  if (args.targetHow === "none") c -= 0.2;
  if (m.pattern.noun) c -= 0.1;
  if (m.pattern.fallback) c -= 0.2;
  return Math.round(c * 100) / 100;
}

/** True unless a `leader` token is given that member `s` does not hold ("clashes between protesters and police"). */
function leads(s: ActorMention, leader: number | undefined): boolean {
  return leader === undefined || (s.tokenStart <= leader && leader < s.tokenEnd);
}

/** "Iranian protesters clashed with security forces": in a domestic act, forces of no named country are the source's. */
function localTarget(m: Match, s: ActorMention, t: ActorMention): ActorMention {
  const self = m.pattern.selfTarget;
  // "Venezuelan troops fired tear gas at Venezuelan volunteers": a demonym of the source's own country in a domestic
  // act names the country's people, the act's implied target.
  if (
    self !== null &&
    t.kind === "attributive" &&
    s.country !== null &&
    t.country === s.country &&
    t.code !== s.code
  )
    return { ...impliedSelf(s, self), text: t.text, start: t.start, end: t.end };
  return self !== null && t.code.startsWith("---") && !s.code.startsWith("---")
    ? { ...t, code: `${s.country ?? s.code.slice(0, 3)}${t.code.slice(3)}` }
    : t;
}

/**
 * "hosted Zelenskiy and European leaders including Merz and Macron": the actors a target's head noun lists after
 * "including" (no comma: a comma opens an aside on the whole phrase) are targets too; the group of them, or -1.
 */
const LISTED = new Set(["NOUN", "ADJ", "PROPN", "CCONJ"]);
const MODIFIER_POS = new Set(["NOUN", "ADJ"]);
/** Roots of force an attack noun names ("strikes on", "an assault on", "the invasion of"). */
const MATERIAL_ROOTS = new Set(["18", "19", "20"]);

/** Statuses of an act that took or takes place (a mediator of it mediated). */
const HELD_STATUS = new Set(["occurred", "reported", "scheduled"]);

function includedGroup(v: View, g: number): number {
  let k = v.groups[g]!.tokEnd;
  // "detained dozens of activists, including Swedish campaigner X": people of no stated country stand for the listed.
  if (corefOnly(v, g)) return includedAfter(v, k);
  // "Zelenskiy and European leaders including ...": a plain noun phrase coordinated with the target may come between.
  for (let n = 0; n < 4 && v.groupAt[k]! < 0 && LISTED.has(v.toks[k]?.pos ?? ""); n++) k++;
  if (v.toks[k]?.lower !== "including") return -1;
  const h = v.groupAt[k + 1] ?? -1;
  return h >= 0 && !v.attributive[h] ? h : -1;
}

/** Nouns that name a grouping of states by its members ("the Quad grouping of ...", "the alliance of ..."). */
const GROUPING = new Set(["grouping", "group", "alliance", "bloc", "partnership", "coalition"]);

/**
 * "criticised the Quad grouping of the United States, Japan, India and Australia": an organisation named with a
 * grouping noun and "of" before a list of two or more states is aimed at through them; the list, or -1.
 */
function groupingMembers(v: View, g: number): number {
  let k = v.groups[g]!.tokEnd;
  for (let n = 0; n < 2 && v.groupAt[k]! < 0 && v.toks[k]?.pos === "NOUN"; n++) k++;
  if (
    v.toks[k]?.lower !== "of" ||
    !GROUPING.has(v.toks[k - 1]?.lower ?? "") ||
    !v.groups[g]!.members.every((x) => x.code.startsWith("IGO"))
  )
    return -1;
  let j = k + 1;
  while (v.toks[j]?.pos === "DET") j++;
  const h = v.groupAt[j] ?? -1;
  if (h < 0 || v.groups[h]!.tokStart !== j) return -1;
  const ms = v.groups[h]!.members;
  return ms.length > 1 && ms.every((x) => x.kind === "state" || countryPlace(x)) ? h : -1;
}

/** The actor entry of "the country", "the nation": a pointing noun that stands for a state. */
const STATE_NOUN = "sector-state";
/** Sectors that stand for a state's institutions (a mission, the police, parliament, the courts): civilians attacking them riot. */
const INSTITUTIONS = new Set(["GOV", "COP", "LEG", "JUD"]);

/**
 * "Protesters stormed Kenya's parliament in Nairobi ..., and police fired live rounds at the crowds": forces of no
 * named country in a later clause are those of the place the sentence is set in ("in Nairobi"), or else of the one
 * country all the sentence's actors belong to; with no such single country they stay unknown.
 */
function localForces(v: View, g: number): readonly ActorMention[] {
  const members = v.groups[g]!.members;
  if (g === 0 || !members.some((x) => x.code.startsWith("---") && FORCES.has(x.code.slice(3))))
    return members;
  const set = new Set<string>();
  const all = new Set<string>();
  for (let h = 0; h < v.groups.length; h++) {
    if (h === g) continue;
    const grp = v.groups[h]!;
    const locative = v.toks[grp.tokStart - 1]?.lower === "in";
    for (const x of grp.members) {
      if (x.country === null || x.code.startsWith("---") || x.code.startsWith("IGO")) continue;
      all.add(x.country);
      if (locative && x.kind === "place") set.add(x.country);
    }
  }
  const only = set.size === 1 ? [...set][0]! : all.size === 1 ? [...all][0]! : null;
  if (only === null) return members;
  return members.map((x) =>
    x.code.startsWith("---") && FORCES.has(x.code.slice(3))
      ? { ...x, code: `${only}${x.code.slice(3)}`, country: only }
      : x,
  );
}

/**
 * "Rebels led by Hayat Tahrir al-Sham captured Damascus": unplaced fighters right before a participle of command
 * (`_LEADER_VERB`) and its agent belong to that agent's country; `members` unchanged otherwise.
 */
function ledForces(v: View, g: number, members: readonly ActorMention[]): readonly ActorMention[] {
  const end = v.groups[g]!.tokEnd;
  if (!isIn(v.toks[end], v.w.leaderVerb) || !is(v, v.toks[end + 1], v.b.agent)) return members;
  const k = v.toks[end + 2]?.pos === "DET" ? end + 3 : end + 2;
  const leader = v.groupAt[k] ?? -1;
  const country = leader >= 0 ? v.groups[leader]!.members[0]!.country : null;
  if (country === null || country === undefined) return members;
  return members.map((x) =>
    x.code.startsWith("---") && x.kind === "sector"
      ? { ...x, code: `${country}${x.code.slice(3)}`, country }
      : x,
  );
}

/** True when group `g` stands right before the noun at `i`, only adjectives and nouns between ("U.S.-Iran nuclear talks"). */
function modifiesNoun(v: View, g: number, i: number): boolean {
  const end = v.groups[g]!.tokEnd;
  if (end > i) return false;
  for (let k = end; k < i; k++) if (!MODIFIER_POS.has(v.toks[k]!.pos) || v.groupAt[k]! >= 0) return false;
  return true;
}

/** "Iranian", "Iran" as a modifier: a demonym or country name that stands for the country itself. */
function countryMention(x: ActorMention): boolean {
  return (x.kind === "attributive" || x.kind === "place") && x.country !== null && x.code === x.country;
}

/** True when compound target `g` of `nt` members, as many as the subject's `ns` (two or more), ends in `_RESPECTIVE`. */
function respective(v: View, g: number, ns: number, nt: number): boolean {
  if (g < 0 || ns < 2 || ns !== nt) return false;
  const k = v.groups[g]!.tokEnd;
  return isIn(v.toks[v.toks[k]?.text === "," ? k + 1 : k], v.w.respective);
}

/** Source/target pairs for a match: compound actors expand, reciprocal acts run both ways. */
/** "since the two countries agreed": a country named as a place, as the party it stands for (its government). */
function countryParty(t: ActorMention): ActorMention {
  return countryPlace(t) ? { ...t, code: `${t.code}GOV`, kind: "state" as const } : t;
}

function pairs(v: View, m: Match, a: Args, embeddedMutual = false): [ActorMention, ActorMention | null][] {
  // "U.S.-Iranian talks", "a round of U.S.-Iran nuclear talks": the members of a compound modifying a meeting noun
  // are its parties, the governments of the countries named.
  const parties =
    a.source >= 0 &&
    m.pattern.noun &&
    m.pattern.recip &&
    m.pattern.code.startsWith("04") &&
    (embeddedMutual || a.mutual === true) &&
    v.groups[a.source]!.members.length > 1 &&
    modifiesNoun(v, a.source, m.trigger);
  const own =
    a.source < 0
      ? []
      : a.stateFrom || parties
        ? v.groups[a.source]!.members.map((x) =>
            countryPlace(x) || (parties && countryMention(x))
              ? { ...x, code: `${x.country}GOV`, kind: "state" as const }
              : x,
          )
        : ledForces(v, a.source, localForces(v, a.source));
  // "brokered by Qatar with the help of Egypt": a joined country named as a place acts as its government.
  const src = a.joined === undefined ? own : [...own, ...v.groups[a.joined]!.members.map(countryParty)];
  // "Iranian forces beat protesters in Tehran": a place in the source's own country is where, not whom; the act
  // then takes its implied target (domestic acts) or none.
  // "M23 rebels captured Goma": with a `territory` pattern a place in the slot is what is taken, not where.
  // "The Rapid Support Forces shelled Omdurman", "the Libyan National Army launched an offensive on Tripoli": a rebel
  // force's attack on a place of its own country in the slot hits that place (a verb of root 19; nouns such as "the
  // M23 offensive in eastern Congo" are often only named as a cause).
  const rebelStrike =
    a.targetHow === "slot" &&
    m.pattern.code.startsWith("19") &&
    !m.pattern.noun &&
    src.length > 0 &&
    src.every((s) => s.code.endsWith("REB")) &&
    !placeWhereBefore(v, a.target);
  const taken = (m.pattern.territory && a.targetHow === "slot") || rebelStrike;
  // "Vietnam and Japan held joint drills off Hanoi": for a joint act (`jointly=`) a capital of a party is ground too.
  const ownPlace =
    a.target >= 0 &&
    !taken &&
    v.groups[a.target]!.members.every(
      (t) =>
        (t.kind === "place" || (t.kind === "metonym" && m.pattern.jointly !== null)) &&
        src.some((s) => countryOf(s.code) === countryOf(t.code)),
    );
  const named = a.target >= 0 && !ownPlace ? includedGroup(v, a.target) : -1;
  // "the Quad grouping of the United States, Japan, India and Australia": the members listed, as the writers code it.
  const grouped = a.target >= 0 && !ownPlace ? groupingMembers(v, a.target) : -1;
  const tgt =
    grouped >= 0
      ? v.groups[grouped]!.members
      : a.target >= 0 && !ownPlace
        ? named >= 0
          ? [...(corefOnly(v, a.target) ? [] : v.groups[a.target]!.members), ...v.groups[named]!.members]
          : v.groups[a.target]!.members
        : [];
  const out: [ActorMention, ActorMention | null][] = [];
  // "Armenian troops clashed with Azerbaijani forces": two states' forces clashing fight each other (`armedrecip`).
  const recip =
    m.pattern.recip ||
    (m.pattern.armedRecip &&
      src.some((s) => FORCES.has(s.code.slice(3, 6))) &&
      tgt.some((t) => FORCES.has(t.code.slice(3, 6)) && countryOf(t.code) !== countryOf(src[0]!.code)));
  // "An American drone strike killed ...": a demonym before an act noun is that act's agent (see buildView).
  const agentDemonym = a.source >= 0 && !v.attributive[a.source];
  const mutual = m.pattern.mutual || embeddedMutual;
  // "the U.S.-South Korean exercises": a joint act needs parties of two or more countries, and is theirs alone.
  if (m.pattern.joint && new Set(src.map((s) => s.country ?? s.code)).size < 2) return [];
  // "Xi and Biden met on the sidelines of the G20": a compound actor meets itself; a found-by-search target is a place.
  // "Canada and India each expelled six diplomats": a target found only among the compound subject's own members
  // (no slot) is the other member of the pair, each way.
  const inner =
    src.length > 1 &&
    a.targetHow !== "slot" &&
    tgt.length > 0 &&
    tgt.every((t) => src.some((s) => s.code === t.code)) &&
    actApart(v, a.source, m);
  // "Russia and Ukraine each released 84 prisoners": a `ctx` act with no other country named, done apart by the
  // members of a compound subject, is aimed at the other member (a swap seen from both sides).
  // So is a domestic one ("Russia and Ukraine each released 150 prisoners": not their own people, the other's).
  const ctxApart =
    (m.pattern.contextTarget || m.pattern.selfTarget !== null) &&
    src.length > 1 &&
    tgt.length === 0 &&
    actApart(v, a.source, m);
  if ((mutual || inner || ctxApart) && src.length > 1 && a.targetHow !== "slot") {
    // "Saudi Arabia and Egypt restored relations with Qatar at a Gulf summit", "Qatar and Turkey brokered a truce
    // between Pakistan and Afghanistan at talks in Doha": members that acted on another party at a meeting named after
    // it did not meet one another there.
    if (m.pattern.noun && tgt.length === 0 && partyBetween(v, a.source, m.trigger)) return [];
    for (const s of src) for (const t of src) if (s !== t && leads(s, a.leader)) out.push([s, t]);
    return known(out, recip, agentDemonym, m.pattern.code.startsWith("04"), taken);
  }
  if (src.length && tgt.length) {
    // "North Korea condemned the trilateral summit of China, Japan and South Korea": a meeting noun that lists two or
    // more parties after "of"/"between"/"among" is theirs; the governing verb's subject, none of them, is no party.
    if (outsideListedMeeting(v, m, a, src, tgt)) {
      for (const s of tgt) for (const r of tgt) if (s !== r) out.push([s, r]);
      return known(out, recip, agentDemonym, true, taken);
    }
    // "China and Russia condemned Japan and Britain respectively": each member on its own partner.
    if (respective(v, a.target, src.length, tgt.length))
      for (const [k, s] of src.entries()) out.push([s, localTarget(m, s, tgt[k]!)]);
    else for (const s of src) for (const t of tgt) out.push([s, localTarget(m, s, t)]);
    // "visited Somalia ... since the two countries agreed": a country named as a place is a party of the pair's act.
    if (recip || a.both)
      for (const t of tgt) for (const s of src) out.push([a.both ? countryParty(t) : t, s]);
    // "China and Iran held joint drills with Russia": every party of a reciprocal act acts with every other, unless
    // the subject's members act apart ("Russia and Ukraine each signed a deal with Turkey"). Not a meeting verb with
    // its partner in the slot: "Zelensky, Merz and Macron met Trump" is each one's meeting with Trump, as the writers
    // code it, not a meeting of the visitors with one another.
    if (recip && !actApart(v, a.source, m) && !(consultVerb(m) && a.targetHow === "slot"))
      for (const s of src) for (const r of src) if (s !== r) out.push([s, r]);
    // "Beijing postponed a meeting of Chinese, Japanese and South Korean culture ministers": the parties a reciprocal
    // noun lists after "of"/"between"/"among" meet one another too, not only the subject (meetings, root 04: "joint
    // exercises between Indonesia and Russia" seen by a third party are no act the dev writers code).
    if (
      m.pattern.noun &&
      m.pattern.recip &&
      m.pattern.code.startsWith("04") &&
      tgt.length > 1 &&
      listedParties(v, a.target)
    )
      for (const s of tgt) for (const r of tgt) if (s !== r) out.push([s, r]);
  } else if (mutual && (src.length > 1 || tgt.length > 1)) {
    const all = src.length > 1 ? src : tgt;
    for (const s of all) for (const t of all) if (s !== t) out.push([s, t]);
  } else if (src.length && m.pattern.selfTarget !== null) {
    // A domestic act needs a country, and a source other than the implied target ("the government struck").
    for (const s of src) {
      const own = impliedSelf(s, m.pattern.selfTarget);
      const abroad = m.pattern.victims ? victimsAbroad(s, src) : null;
      const t = abroad ? { ...own, code: `${abroad}${m.pattern.selfTarget}`, country: abroad } : own;
      if (
        !s.code.startsWith("IGO") &&
        s.kind !== "attributive" &&
        s.kind !== "place" &&
        (t.code !== s.code || m.pattern.selfTarget === "")
      )
        out.push([s, t]);
    }
  } else if (src.length && m.pattern.targetOptional) for (const s of src) out.push([s, null]);
  return known(out, recip, agentDemonym, m.pattern.code.startsWith("04"), taken);
}

/**
 * "Wagner fighters and Malian soldiers killed about 500 people in Moura": the unnamed victims of a mass killing
 * (`victims`) by a compound agent are the people of a co-agent that is a state's own forces or government (the host
 * state's), not a foreign co-agent's own (session 34, assault); null otherwise. One agent's victims stay its own
 * country's: the one other country a sentence names is as often a hospital's name, a backer or a monitor's base as
 * the victims' ("killed 460 people at the Saudi hospital in El Fasher").
 */
function victimsAbroad(s: ActorMention, src: readonly ActorMention[]): string | null {
  if (s.country === null) return null;
  if (src.length > 1) {
    const host = src.find(
      (x) =>
        x !== s &&
        x.country !== null &&
        x.country !== s.country &&
        (FORCES.has(x.code.slice(3, 6)) || x.code.slice(3, 6) === "GOV"),
    );
    return host?.country ?? null;
  }
  return null;
}

/**
 * Whether a root-04 act with no target is the infinitive of purpose ("to discuss") of the meeting coded just before it
 * with the same subject ("met Xi on Thursday to discuss railway financing").
 */
function purposeOfMeeting(
  v: View,
  m: Match,
  a: Args,
  before: { source: number } | null,
  last: Event | undefined,
): boolean {
  return (
    a.target < 0 &&
    m.pattern.code.startsWith("04") &&
    v.toks[m.trigger - 1]?.lower === "to" &&
    before !== null &&
    before.source === a.source &&
    last?.code.startsWith("04") === true
  );
}

/** A meeting verb of root 04 coded both ways ("met", "held talks with"), not a noun. */
function consultVerb(m: Match): boolean {
  return m.pattern.recip && !m.pattern.noun && m.pattern.code.startsWith("04");
}

/**
 * Whether a reciprocal meeting noun lists two or more parties after "of"/"between"/"among" and the source, found
 * outside the noun (the governing verb's subject), is of none of their countries: "condemned the trilateral summit
 * of China, Japan and South Korea".
 */
function outsideListedMeeting(
  v: View,
  m: Match,
  a: Args,
  src: readonly ActorMention[],
  tgt: readonly ActorMention[],
): boolean {
  if (!(m.pattern.noun && m.pattern.recip && m.pattern.code.startsWith("04"))) return false;
  if (tgt.length < 2 || a.target < 0 || !listedParties(v, a.target)) return false;
  if (a.source >= 0 && modifiesNoun(v, a.source, m.trigger)) return false;
  return src.every((s) => !tgt.some((t) => countryOf(t.code) === countryOf(s.code)));
}

/** Prepositions after a meeting noun that list its parties ("a meeting of", "talks between", "a summit among"). */
const PARTY_PREP = new Set(["of", "between", "among"]);

/** Whether group `g` stands right after a party-listing preposition (determiners between). */
function listedParties(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return PARTY_PREP.has(v.toks[k]?.lower ?? "");
}

/** "shot five traders in Goma": a place after "in", "at", "near" (past determiners) is where, never the one hit. */
function placeWhereBefore(v: View, g: number): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return isIn(v.toks[k], v.w.placePrep);
}

/**
 * True when "each"/"separately" stands between the subject group `g` and the trigger of `m`, or, with an `apart`
 * pattern, when an apart word stands among its matched words ("signed separate agreements with Turkey") or its
 * object is plural ("The UAE and Bahrain signed agreements normalising relations with Israel": one each).
 */
function actApart(v: View, g: number, m: Match): boolean {
  for (let k = v.groups[g]!.tokEnd; k < m.trigger; k++) if (v.w.apart.has(v.toks[k]!.lower)) return true;
  if (!m.pattern.apart) return false;
  for (let k = m.trigger + 1; k <= m.last; k++) if (v.w.apart.has(v.toks[k]!.lower)) return true;
  for (let k = m.trigger + 1; k <= m.last; k++) {
    const t = v.toks[k]!;
    if (t.pos === "NOUN") return t.lower !== t.lemma.toLowerCase();
  }
  return false;
}

/**
 * Keeps pairs of two known, distinct actors: one of unknown country ("---") cannot stand in a dyad. An attributive
 * demonym ("Japanese cars") is a target only (unless it names the agent of an act noun: "a Japanese request"), of
 * another country than the source, and never a meeting partner; so is a place ("visited Beijing"), never a source.
 */
function known(
  pairs: [ActorMention, ActorMention | null][],
  recip: boolean,
  agentDemonym: boolean,
  consult: boolean,
  taken = false,
): [ActorMention, ActorMention | null][] {
  return pairs.filter(
    ([s, t]) =>
      !s.code.startsWith("---") &&
      (s.kind !== "attributive" || agentDemonym) &&
      s.kind !== "place" &&
      (t === null ||
        (!t.code.startsWith("---") &&
          (t.code !== s.code || t.entry === "implied:self") &&
          ((t.kind !== "attributive" && t.kind !== "place") ||
            (!recip && (countryOf(t.code) !== countryOf(s.code) || taken))) &&
          // "is expected to receive Russian air-defence systems": one meets or hosts people and places, not things.
          !(consult && t.kind === "attributive"))),
  );
}

interface SentenceCtx {
  readonly input: CoderInput;
  readonly model: CoderModel;
  readonly prep: Prepared;
  /** Per-document scratch of the pattern prefilter (see Fillable). */
  readonly fillable: Fillable;
  /** The lexicon entries of token texts by form number, when the document numbers its forms (see tokenWords). */
  readonly entries: FormEntries | undefined;
  /** When set, the keep/drop features of every returned event are appended here, in order (codeDocumentFeatures). */
  readonly features?: Features[];
}

/** What one coded act carries into its events. */
interface Act {
  readonly m: Match;
  readonly code: string;
  readonly a: Args;
  readonly st: StatusResult;
}

function makeEvent(
  ctx: SentenceCtx,
  v: View,
  act: Act,
  s: ActorMention,
  t: ActorMention | null,
): Event | null {
  const { m, a, st } = act;
  const entry = ctx.model.cameo.get(act.code);
  if (!entry) return null;
  const { input } = ctx;
  const sent = v.sent;
  const auxMode = st.status in AUX_MODE ? AUX_MODE[st.status as keyof typeof AUX_MODE] : null;
  return {
    id: shortHash(input.docId, sent.index, m.trigger, s.code, t?.code ?? null, entry.code),
    source: actorRef(s),
    target: t ? actorRef(t) : null,
    code: entry.code,
    root: entry.root,
    label: entry.label,
    plover: entry.plover,
    mode: entry.mode,
    auxMode,
    goldstein: entry.goldstein,
    quad: entry.quad,
    status: st.status,
    date: input.date,
    dateEnd: null,
    datePrecision: input.date ? "day" : "unknown",
    claimant: st.claimant,
    outlet: st.outlet,
    evidence: { docId: input.docId, sentence: sent.index, start: sent.start, end: sent.end, text: sent.text },
    pattern: m.pattern.id,
    dictVersion: ctx.model.version,
    confidence: confidence(a, m),
  };
}

/** Words after a swap's people that name who holds them ("held in", "jailed by", "whom X had deported"). */
const HELD = new Set([
  "held",
  "jailed",
  "imprisoned",
  "detained",
  "convicted",
  "serving",
  "sentenced",
  "captured",
]);
const RELATIVE = new Set(["whom", "who", "that"]);
/** Words that end the object of a holding participle before its "in" / "by" (a clause or list break). */
const HOLD_BREAK = new Set([",", ";", ".", "and", "or", "who", "which", "that", "after", "before", "when"]);

/** The index of the "in" / "by" naming the holder within four words from `from` ("a life sentence in"), or -1. */
function holderPrep(v: View, from: number): number {
  for (let k = from; k < v.toks.length && k <= from + 4; k++) {
    const w = v.toks[k]!.lower;
    if (w === "in" || w === "by") return k;
    if (HOLD_BREAK.has(w)) return -1;
  }
  return -1;
}

/**
 * The people of `s`'s country a release is traded for, after "in exchange for", "in a swap for" or "in return for"
 * ("freed five U.S. citizens in exchange for five Iranians held in the United States"), or null. A trade for anything
 * else ("in exchange for a ceasefire") or for people of no country of the pair is no swap.
 */
function swappedBack(v: View, m: Match, s: ActorMention, t: ActorMention): ActorMention | null {
  const own = countryOf(s.code);
  if (own === countryOf(t.code)) return null;
  for (let k = m.spanEnd; k + 1 < v.toks.length; k++) {
    const w = v.toks[k]!.lower;
    if (w === ";" || w === ".") return null;
    if (!(w === "exchange" || w === "swap" || w === "return") || v.toks[k + 1]!.lower !== "for") continue;
    const g = v.groups.find((x) => x.tokStart > k + 1 && x.tokStart <= k + 6);
    const who = g?.members.find((x) => countryOf(x.code) === own);
    if (!g || !who) return null;
    // The other side must be named as holding them ("held in the United States", "whom Washington had deported"):
    // "for an Afghan prisoner" says not who frees him, "for a Russian spy held in Germany" names a third country.
    const holds = (at: number) => HELD.has(v.toks[at]?.lower ?? "") || RELATIVE.has(v.toks[at]?.lower ?? "");
    const h = !holds(g.tokEnd) && holds(g.tokEnd + 1) ? g.tokEnd + 1 : g.tokEnd;
    const w1 = v.toks[h]?.lower ?? "";
    // "held in", and "serving a life sentence in", "sentenced to 20 years by": the holder's "in" / "by" may follow the
    // participle's own object (a few words, no clause break).
    const inBy = HELD.has(w1) ? holderPrep(v, h + 1) : -1;
    const at = inBy >= 0 ? inBy + 1 : RELATIVE.has(w1) ? h + 1 : -1;
    const holder = v.groups.find((x) => x.tokStart >= at && x.tokStart <= at + 1);
    return at >= 0 && holder && countryOf(holder.members[0]!.code) === countryOf(t.code) ? who : null;
  }
  return null;
}

/** True when every member of group `g` is a non-governmental body (the Red Cross, a charity): no side of a swap. */
function goBetween(v: View, g: number): boolean {
  return v.groups[g]!.members.every((x) => x.code.startsWith("NGO"));
}

/**
 * True when group `g`, a monitor (`monitorBefore`), is the subject of a reporting verb whose clause is the passive at
 * `i` with a subject that names no actor ("Amnesty said dozens of detainees were beaten ...").
 */
function reportsPassive(v: View, g: number, i: number): boolean {
  let k = v.groups[g]!.tokEnd;
  while (v.toks[k]?.pos === "AUX" || v.toks[k]?.pos === "ADV") k++;
  const t = v.toks[k];
  // The tagger may read "said" after a name as an adjective (its lemma then is the form itself).
  const say = t?.pos === "VERB" ? is(v, t, v.b.say) : t?.pos === "ADJ" && v.w.irregularPast.has(t.lower);
  if (k >= i || !say) return false;
  const from = v.toks[k + 1]?.lower === "that" ? k + 2 : k + 1;
  return monitorBefore(v, k) && namelessPatient(v, from, i);
}

/** The first group of another country than `source`'s that is no go-between (like `contextTarget`), or -1. */
function sideOfSwap(v: View, source: number): number {
  const own = v.groups[source]!.members[0]!.code.slice(0, 3);
  return v.groups.findIndex(
    (g, gi) => gi !== source && g.members[0]!.code.slice(0, 3) !== own && !goBetween(v, gi),
  );
}

/**
 * Turns a `converse` pattern's roles round: the actor in its slot acts on the subject ("Kyiv received a batch of shells
 * from Prague", "India bought 26 jets from France": Prague, France supply). With no slot actor the act has no agent.
 */
function converseArgs(v: View, m: Match, a: Args, sw: SecondWords): Args {
  if (!m.pattern.converse) return a;
  // "bought 26 fighter jets from France": the slot's actor may be read with the goods ("jets from France", France's
  // military).
  const g = a.target >= 0 ? v.groups[a.target]! : null;
  const given = a.targetHow === "slot" || (g !== null && g.tokStart > m.trigger && g.tokStart < m.spanEnd);
  // "India signed a deal with France to buy 26 Rafale jets", "India and France signed a deal for India to buy 26
  // Rafale jets": a purchase whose slot names no seller, the purpose of a deal its buyer signs (`signed=`), is the
  // other signer's sale.
  const seller =
    !given && a.source >= 0 && !a.passive && m.pattern.signed && signedPurpose(v, sw, m.trigger)
      ? dealPartner(v, sw, m.trigger)
      : -1;
  // "for India to buy": the buyer named before the infinitive, not the signers' compound.
  const named = v.toks[m.trigger - 1]?.lower === "to" ? (v.groupAt[m.trigger - 2] ?? -1) : -1;
  const buyer = named >= 0 && v.toks[v.groups[named]!.tokStart - 1]?.lower === "for" ? named : a.source;
  if (seller >= 0) return { ...a, source: seller, target: buyer, targetHow: "inside", passive: false };
  if (!given || a.source < 0 || a.passive) return { ...a, source: -1, target: -1, targetHow: "none" };
  const turned = { ...a, source: a.target, target: a.source, passive: false };
  // "at the request of Japan": a country named as a place acts as its government (`asstate`).
  return m.pattern.asState ? { ...turned, stateFrom: true as const } : turned;
}

/**
 * The other party of the deal a purpose infinitive at `i` serves (see signedPurpose): the actor after "with" between
 * the signing verb and `i` ("signed a deal worth 7 billion dollars with France to buy ..."), else the signing verb's
 * subject ("India and France signed a deal for India to buy ...", whose buyer's own member pairs with nothing); -1
 * when no signing verb stands within the deal's phrase, or when the partner is no state: a deal with a maker ("with
 * French manufacturer Dassault to buy Rafale jets") is coded as the signing alone (e-0459).
 */
function dealPartner(v: View, sw: SecondWords, i: number): number {
  let sign = -1;
  for (let k = i - 1; k >= 0 && k >= i - 24; k--)
    if (v.toks[k]!.pos === "VERB" && isIn(v.toks[k], sw.signVerb)) {
      sign = k;
      break;
    }
  if (sign < 0) return -1;
  let g = subjectOf(v, sign);
  for (let k = sign + 1; k < i; k++)
    if (v.toks[k]!.lower === "with" && (v.groupAt[k + 1] ?? -1) >= 0) {
      g = v.groupAt[k + 1]!;
      break;
    }
  return g >= 0 && v.groups[g]!.members.every((x) => stateCode(x.code)) ? g : -1;
}

/** Codes one sentence: matches, arguments, status, then one event per actor pair and act. */
/**
 * Whether a match fires where it stands: an ifnegated pattern only with a negation before its trigger ("would not rule
 * out force"); a `prospect` pattern only with a future or modal before it ("Tehran would respond"); an `answered` pattern only as the act a retaliation phrase answers ("in retaliation for Trump's
 * tariffs") or as the means of a frame act ("broke the ceasefire with a wave of air strikes").
 */
function fires(v: View, cues: CueIndex, m: Match, all: readonly Match[]): boolean {
  return (
    (!m.pattern.ifNegated || negatedBefore(v, cues, m.trigger)) &&
    // "China could retaliate against Japan ..., analysts said": speculation by others is no threat.
    (!m.pattern.prospect || (prospectBefore(v, cues, m.trigger) && !speculation(v, m))) &&
    (!m.pattern.condition || conditionedAct(v, m)) &&
    (!m.pattern.answered || findArgs(v, m, m.spanEnd).retaliated === true || frameMeans(v, m, all)) &&
    (!m.pattern.restated || onRestated(v, m)) &&
    (!m.pattern.actBefore || elaborating(v, m.trigger)) &&
    (!m.pattern.charging || chargeGiven(v, m, all)) &&
    (!m.pattern.opposed || opposedNaming(v, m.trigger)) &&
    (!m.pattern.saidBefore || saidBefore(v, m.trigger)) &&
    (!m.pattern.dispatched || dispatchFires(v, m))
  );
}

const NOT_WORDS: ReadonlySet<string> = new Set(["not", "never", "n't"]);

/** The group right before a `charging` match's "had" when it opens the reported clause (after "that", if any), or -1. */
function chargedGroup(v: View, m: Match): number {
  const g = v.groupAt[m.last - 1] ?? -1;
  if (g < 0) return -1;
  let k = v.groups[g]!.tokStart - 1;
  if (v.toks[k]?.lower === "that") k--;
  return k === m.trigger ? g : -1;
}

/**
 * A `charging` act (", saying Caracas had deliberately sent criminals to the United States"): an "-ing" participle after
 * a comma whose pattern ends at the "had" of a past perfect act (adverbs, then a participle that is a verb), with no
 * other match in the rest of its clause (an act reported there, "saying Hamas had refused to release hostages", is
 * coded as reported instead, and no negation before the participle ("had not notified").
 */
function chargeGiven(v: View, m: Match, all: readonly Match[]): boolean {
  if (!elaborating(v, m.trigger) || v.toks[m.last]?.lower !== "had") return false;
  // The reported clause's subject is the actor right before "had", opening the clause ("saying (that) Caracas had").
  const g = chargedGroup(v, m);
  if (g < 0) return false;
  let k = m.last + 1;
  while (k < v.toks.length && v.toks[k]!.pos === "ADV" && !NOT_WORDS.has(v.toks[k]!.lower)) k++;
  const t = v.toks[k];
  if (t?.pos !== "VERB" || t.lower === t.lemma || t.lower.endsWith("ing")) return false;
  let end = k;
  while (end < v.toks.length && !v.w.barrier.has(v.toks[end]!.text)) end++;
  return !all.some((x) => x !== m && x.trigger > m.last && x.trigger < end);
}

/**
 * A `saidbefore` act: a modal auxiliary right before the trigger ("Moscow would retaliate") and a reporting verb before
 * that in the same sentence ("the Kremlin said"), so the promise is reported as the speaker's, not guessed after it.
 */
function saidBefore(v: View, trigger: number): boolean {
  const aux = v.toks[trigger - 1];
  if (aux?.pos !== "AUX" || !isIn(aux, v.w.prospect)) return false;
  for (let k = trigger - 2; k >= 0; k--) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" && is(v, t, v.b.say)) return true;
  }
  return false;
}

/**
 * A `restated` verdict stands only in a relative clause on the act before (its source opens it); elsewhere it gives
 * way, so the words it spans keep their own acts ("Tokyo said the detention of Ken Oda by Beijing was unjust").
 */
function onRestated(v: View, m: Match): boolean {
  const source = findArgs(v, m, m.spanEnd).source;
  return source >= 0 && relativeOnClause(v, source, true);
}

/** The parallel columns of a sentence's events (see codeSentence). */
interface EventColumns {
  readonly events: Event[];
  readonly featured: Features[] | null;
  readonly nounEvent: boolean[];
  readonly oneWayNoun: boolean[];
  readonly means: boolean[];
  readonly tolled: boolean[];
  readonly toll: boolean[];
  readonly purpose: boolean[];
  readonly trig: number[];
  readonly personKill: boolean[];
  readonly venued: boolean[];
}

/** An event beside the act's own (a swap's other side, the threat in a promise): no noun, means or toll of its own. */
function pushBeside(c: EventColumns, e: Event, features: () => Features, trigger: number): void {
  c.events.push(e);
  if (c.featured) c.featured.push(features());
  c.nounEvent.push(false);
  c.oneWayNoun.push(false);
  c.means.push(false);
  c.tolled.push(false);
  c.toll.push(false);
  c.purpose.push(false);
  c.trig.push(trigger);
  c.personKill.push(false);
  c.venued.push(false);
}

const NO_COORDINATIONS: ReadonlyMap<number, number> = new Map();

/**
 * "condemned, rejected and denounced the statement": each trigger of a coordination whose verbs share one object (a
 * match's `shared`), mapped to the coordination's first verb.
 */
function sharedCoordinations(matches: readonly Match[]): ReadonlyMap<number, number> {
  if (!matches.some((m) => m.shared !== undefined)) return NO_COORDINATIONS;
  const out = new Map<number, number>();
  for (const m of matches)
    if (m.shared !== undefined)
      for (const x of matches)
        if (x.trigger >= m.trigger && x.trigger <= m.shared)
          out.set(x.trigger, out.get(m.trigger) ?? m.trigger);
  return out;
}

/** The acts coded so far in a sentence, as the argument phase of the next act reads them (see actArgs). */
interface ActsSoFar {
  /** The last act with both a source and a target. */
  prev: PrevAct | null;
  /** The last such verb act (not a noun's): the main clause's act, not its adjunct's. */
  prevVerb: PrevAct | null;
  /** The root of prevVerb's act is one of force (17-20): its participles may go on against the same target. */
  prevVerbForce: boolean;
  /** The last verb act of force (roots 17-20), whose weapons a later "intercepted them" names. */
  forceVerb: PrevAct | null;
  /** The root of prev's act is 16 (sanctions, cut ties): a ", targeting ..." participle says what it is aimed at. */
  prevReduce: boolean;
  /** The last act whose object is an envoy ("summoned the Russian ambassador"), for a demand of purpose after it. */
  prevEnvoy: PrevAct | null;
  /** The latest domestic act coded with its implied target ("workers blocked roads"), for a demand after it. */
  prevSelf: PrevSelf | null;
  /** Whether the act in `prev` is reciprocal ("signed a deal with X"): a host or mediator named after it serves both. */
  prevRecip: boolean;
  /** Whether the act in `prev` is a `frame` ("broke the ceasefire with a wave of air strikes"): its means is an act. */
  prevFrame: boolean;
  /** The trigger of the act in `prev` when it is a noun act of force ("A Russian missile strike on ..."), else -1. */
  prevNounForce: number;
  /**
   * Whether the act in `prev` was one the members of a compound subject did with one another ("Israel and Hamas
   * signed the first phase of Trump's plan"): an actor its words named after it is no counterpart.
   */
  prevAmong: boolean;
  /** The acts with both parties, as restated acts, verdicts and findings look back at them. */
  readonly acts: { source: number; target: number; code?: string }[];
  /**
   * The latest act that gave events, with or without a target of its own ("drones of the Arakan Army killed about 200
   * people"), for a denial in a relative clause on the charge it restates (`denier`).
   */
  agentAct: { source: number; target: number; code?: string } | null;
  /** Groups that took part in a reciprocal consultation (talks, meetings) coded so far: the parties a mediator serves. */
  talkParties: number[] | undefined;
  /** The actors of the last act that gave events, for a mediation after it that names fewer than two parties. */
  lastParties: ActorMention[];
  /**
   * The two parties of the last reciprocal act that gave events ("A meeting between Trump and Zelensky"), for a
   * signing named after it with no parties of its own.
   */
  recipPair: ActorMention[];
  /**
   * Whether the last act that gave events was a reciprocal joint act (its parties are `lastParties`), for a reaction
   * restating it.
   */
  recipLast: boolean;
  /** The two parties of the last act that gave events when they acted on each other in an act that took place. */
  heldPair: ActorMention[];
  /**
   * The last reciprocal meeting noun that gave events ("a summit of Japan, China and South Korea"), for a host named
   * in a relative clause on it (`antecedent`).
   */
  meeting: Meeting | null;
  /** The latest consultation (root 04) between two countries that gave events, for a ", where" clause after it. */
  lastMeet: MeetAct | null;
}

/** What actArgs settled for one selected act, as codeSentence reads it to pair and emit the act. */
interface ActArgs {
  readonly a: Args;
  /** A demand aimed at the implied target of the domestic act before it (`prevSelf`). */
  readonly selfDemand: Args | null;
  /** A deal struck with the partner after "with". */
  readonly dealt: boolean;
  /** The restated claim a reaction answers, if any. */
  readonly report: { claimant: number; verb: number; head: number } | null;
  readonly claimant: number;
  /** The party the restated claim accuses, or -1. */
  readonly accused: number;
  /** The restated claim is a finding of a deed. */
  readonly deed: boolean;
  /** The agent of the restated act that a sayer accuses (with `alleged`), or -1. */
  readonly agent: number;
  readonly alleged: string | undefined;
  /** The means of a frame act, coded as an act of its own. */
  readonly framed: boolean;
  /** `prev`, `prevRecip` and `prevAmong` as they were before this act. */
  readonly before: PrevAct | null;
  readonly beforeRecip: boolean;
  readonly beforeAmong: boolean;
}

/** What actPairs settled for one selected act: the pairs it is coded between. */
interface ActPairs {
  readonly ps: [ActorMention, ActorMention | null][];
  /** The meeting the act hosts (`antecedent`), whose parties are its targets. */
  readonly hosted: Meeting | null;
  /** A joint act of several countries aimed at no one (`jointly=`), coded only as their joint act. */
  readonly jointOnly: boolean;
}

/** actArgs: this selection codes nothing; try its alternative. */
const SKIP_ACT = 0;
/** actArgs: this selection and its alternatives code nothing. */
const STOP_ACTS = 1;

function codeSentence(ctx: SentenceCtx, index: number): Event[] {
  const sent = ctx.input.doc.sentences[index]!;
  const w = ctx.prep.words;
  const mentions = ctx.input.mentions[index] ?? [];
  if (mentions.length === 0) return [];
  const words = tokenWords(sent.tokens, ctx.prep.lex, sent.forms, ctx.entries);
  const flags = tokenFlags(words);
  const discard = ctx.prep.bits.discard;
  for (let k = 0; k < flags.length; k++) if ((flags[k]! & discard) !== 0) return [];
  const v = buildView(sent, mentions, w, flags, ctx.prep.bits, ctx.model.verbs.nounHeads, words);
  const all = findMatches(v, words, ctx.prep.lex, ctx.fillable);
  // "Japan cooperated with the US": a pattern that does not fire here ("1245 would not cooperate with", no negation)
  // gives way to the runner-up pattern at its trigger (06.cooperate), instead of taking the trigger with it.
  const matches: Match[] = [];
  for (const m of all) {
    if (fires(v, ctx.prep.cues, m, all)) {
      matches.push(m);
      continue;
    }
    const r = runnerUp(v, ctx.fillable, m, (x) => !fires(v, ctx.prep.cues, x, all));
    if (r) matches.push(r);
  }
  if (matches.length === 0) return [];
  const events: Event[] = [];
  // The acts coded so far in this sentence, as the argument phase of the next act reads them.
  const c: ActsSoFar = {
    prev: null,
    prevVerb: null,
    prevVerbForce: false,
    forceVerb: null,
    prevReduce: false,
    prevEnvoy: null,
    prevSelf: null,
    prevRecip: false,
    prevFrame: false,
    prevNounForce: -1,
    prevAmong: false,
    acts: [],
    agentAct: null,
    talkParties: undefined,
    lastParties: [],
    recipPair: [],
    recipLast: false,
    heldPair: [],
    meeting: null,
    lastMeet: null,
  };
  let sc: SentenceCues | undefined;
  const nounEvent: boolean[] = [];
  const oneWayNoun: boolean[] = [];
  const means: boolean[] = [];
  // Events of patterns that count their victims ("killed #50+ people"): a toll, which leaves its means an act.
  const tolled: boolean[] = [];
  const toll: boolean[] = [];
  const purpose: boolean[] = [];
  const trig: number[] = [];
  const personKill: boolean[] = [];
  // Visits sent to the place of their clause's act (`venue`), which a meeting between the pair already codes.
  const venued: boolean[] = [];
  const seen = new Set<string>();
  const coordOf = sharedCoordinations(matches);
  const dyads = new Map<string, number>();
  // Features of each event for a keep/drop classifier, parallel to `events`; only when the caller asked for them.
  const featured: Features[] | null = ctx.features ? [] : null;
  // The sentence's event columns, for pushBeside (a module function: a closure made per sentence costs a name
  // definition per call under tsx, which the bench runs).
  const cols: EventColumns = {
    events,
    featured,
    nounEvent,
    oneWayNoun,
    means,
    tolled,
    toll,
    purpose,
    trig,
    personKill,
    venued,
  };
  const chosen = selectMatches(v, ctx.fillable, matches, ctx.model.verbs, ctx.model.cameo);
  for (const first of chosen)
    for (
      let sel: Selected | null = deferred(v, first, ctx.prep.cues);
      sel;
      sel = alternative(v, ctx.fillable, sel, matches)
    ) {
      const { m, wrapEnd } = sel;
      // "a referendum called by Maduro": a blocking pattern took the trigger, and nothing is coded from it.
      if (m.pattern.blocks) break;
      // A runner-up taken for another reason ("calling the move a radical change") is held to its condition too.
      if (m.pattern.opposed && !opposedNaming(v, m.trigger)) continue;
      const r = actArgs(ctx, v, sel, matches, events, c);
      if (r === STOP_ACTS) break;
      if (r === SKIP_ACT) continue;
      const { a, dealt, report, claimant, accused, deed, agent, alleged, framed } = r;
      const pr = actPairs(ctx, v, sel, r, chosen, matches, events, c);
      if (pr === STOP_ACTS) break;
      let ps = pr.ps;
      const { hosted, jointOnly } = pr;
      if (ps.length === 0) continue;
      if (a.source >= 0) c.agentAct = { source: a.source, target: a.target, code: m.pattern.code };
      // (a target that is a place of the source's own country leaves the implied one: "rallied in Serbia's capital")
      if (
        a.source >= 0 &&
        m.pattern.selfTarget !== null &&
        !m.pattern.noun &&
        ps.every(([, t]) => t?.entry === "implied:self")
      )
        c.prevSelf = { source: a.source, self: m.pattern.selfTarget, end: Math.max(wrapEnd, m.spanEnd) };
      const ownCode = haltedCode(ctx.model.verbs, v, sel) ?? embeddedCode(ctx.model.verbs, sel);
      // "The United States should withdraw its forces, Iraq's foreign minister said": the speaker's demand on the actor.
      const speaker = sel.embedded ? -1 : obligingSpeaker(v, m, a.source);
      const demand = speaker >= 0 ? demandCode(ctx.model.verbs, ownCode) : undefined;
      // "India could face further penalties, Trump told reporters": the speaker's threat to the subject, else nothing.
      if (m.pattern.undergone) {
        const g = undergoSpeaker(v, m, a.source);
        if (g < 0) continue;
        ps = v.groups[g]!.members.flatMap((s) =>
          v.groups[a.source]!.members.map((t) => [s, t] as [ActorMention, ActorMention]),
        );
      }
      if (demand)
        ps = v.groups[speaker]!.members.flatMap((s) =>
          v.groups[a.source]!.members.map((t) => [s, t] as [ActorMention, ActorMention]),
        );
      const actCode = demand
        ? demand
        : agent >= 0 && alleged
          ? alleged
          : claimant >= 0
            ? (tableCode(ctx.model.verbs, DENY_TABLE, ownCode) ?? ownCode)
            : welcomedWhere(v, ctx.prep.second, m, a, ownCode, c.lastMeet)
              ? HOST
              : ownCode;
      sc ??= sentenceCues(v, ctx.prep.cues);
      // "India bought 26 jets from France, the Indian defence ministry said": the buyer, the target of a `converse`
      // act, is a party to it and reports its own purchase.
      const shared = targetTakesPart(ctx, actCode) || (m.pattern.converse && actCode.startsWith("06"));
      let found = sel.mediator
        ? mediatedStatus(v, sel.mediator, a.source, ctx.prep.cues, sc)
        : withSayer(
            v,
            m,
            a.source,
            a.target,
            findStatus(v, m, ctx.prep.cues, sc, ctx.model.cameo.get(actCode)?.plover ?? undefined, actCode),
            ctx.prep.cues.rank,
            shared,
          );
      if (!found) break;
      if (sel.found && found.status === "occurred") found = { ...found, status: "reported" };
      if (demand && found.status !== "negated")
        found = { ...found, status: "demanded", claimant: null, outlet: null };
      // "vowed to target the Houthis' leaders": a wrapper that its table turns into a threat (PLOVER THREATEN) is one.
      const own =
        found.status === "occurred" &&
        ctx.model.cameo.get(actCode)?.plover === "THREATEN" &&
        ctx.model.cameo.get(m.pattern.code)?.plover !== "THREATEN"
          ? { ...found, status: "threatened" as const }
          : found;
      const echo = elaborating(v, m.trigger);
      // "Japan should retract the remarks or face countermeasures, Beijing warned": the speaker also threatens.
      const promise =
        (demand ? orFace(v, m, matches) : null) ?? conditionalThreat(ctx, v, m, actCode, own.status);
      // "Japan would impose tariffs if Beijing raised its levies": an act the `promised` table lists is its threat
      // alone (most wire-dev writers code no hypothetical sanction beside it); other promised acts keep theirs.
      const alone = promise && !demand ? tableCode(ctx.model.verbs, PROMISED_TABLE, actCode) : undefined;
      const threat = alone ? null : promise;
      // The noun act promised on a condition has not happened: it is hypothetical, as a modal verb's act.
      // "would not negotiate with Venezuela": talks one side says it will not hold are its refusal (`refused=`), an act.
      const refusal =
        m.pattern.refused !== null && own.status === "negated" && refusedInProspect(v, m.trigger);
      const st = alone
        ? { ...own, status: "threatened" as const }
        : refusal
          ? { ...own, status: "occurred" as const }
          : threat && (m.pattern.noun || pledgeWrapper(m)) && !demand
            ? { ...own, status: "hypothetical" as const }
            : hosted
              ? { ...own, status: hosted.status }
              : own;
      const verbal = ctx.model.cameo.get(actCode)?.quad === 3;
      // "..., calling the attack a violation of its airspace": a definite act noun refers back to an act coded before.
      // "was received at the White House by Trump, the first visit by a Syrian head of state": a visit restates only
      // a visit (the host's reception or the talks are acts of their own).
      const visit = ctx.model.cameo.get(actCode)?.mode === "visit";
      if (
        m.pattern.noun &&
        definite(v, m.trigger) &&
        events.some((e) => e.root === actCode.slice(0, 2) && (!visit || e.code === actCode))
      )
        break;
      const emitted = events.length;
      if (dealt) ps = [...ps, ...ps.flatMap(([s, t]) => (t ? [[t, s] as [ActorMention, ActorMention]] : []))];
      // "NATO peacekeepers clashed with Serb protesters": a crowd on one side of a reciprocal act is its only source.
      const crowd = m.pattern.crowd ? crowdSide(ctx, v, a) : -1;
      // "sent two ships of aid to Egypt's El-Arish port for Palestinians in Gaza": aid landed at a port or crossing of
      // one country for the people of another goes to them (`_TRANSIT_PLACE`).
      if (ONE_AID.has(actCode)) ps = forBeneficiary(v, ps);
      const pairAct: PairAct = {
        ctx,
        v,
        sel,
        a,
        st,
        ps,
        chosen,
        matches,
        cols,
        seen,
        dyads,
        coordOf,
        actCode: alone ?? actCode,
        threat,
        hosted,
        crowd,
        claimant,
        dealt,
        refusal,
        framed,
        verbal,
        echo,
      };
      for (const [s, t] of jointOnly ? [] : ps) emitPair(pairAct, s, t);
      // "a ceasefire brokered by Qatar and Turkey", "under a U.S.-brokered truce": a truce mediated between two parties
      // is also their own truce (`0871` both ways, with the mediation's status), as every wire-dev writer codes it.
      if (events.length > emitted && ctx.model.cameo.get(actCode)?.mode === "third-party") {
        const parties = truceParties(v, ctx.prep.second.truce, m, ps, events.slice(emitted));
        const status = events.at(-1)!.status;
        for (const [s, t] of parties.length === 2 ? [parties, [parties[1]!, parties[0]!]] : []) {
          // A release of prisoners (also root 08) between them is no truce of theirs: only the truce itself repeats.
          const pair = `${countryOf(s!.code)}>${countryOf(t!.code)}`;
          if (
            events.some(
              (e) =>
                e.code === TRUCE && `${countryOf(e.source.code)}>${countryOf(e.target?.code ?? "")}` === pair,
            )
          )
            continue;
          const ue = makeEvent(ctx, v, { m, code: TRUCE, a, st: { ...own, status } }, s!, t!);
          if (ue)
            pushBeside(cols, ue, () => actFeatures(v, act(sel, a, ue, ps.length, false), s!, t!), m.trigger);
        }
      }
      // "Russia and Belarus began exercises near Poland", "held naval drills with Russia and China": drills of several
      // countries are one joint exercise of every party named (`jointly=062`), unless they act apart ("each").
      // "began their Balikatan drills, joined by a Japanese contingent": a joining party does it with every party.
      if (
        m.pattern.jointly &&
        (events.length > emitted || jointOnly) &&
        a.source >= 0 &&
        !actApart(v, a.source, m)
      )
        for (const [s, t] of jointParties(m.pattern.recip, ps, joiningParty(v, m))) {
          if (restates(events, m.pattern.jointly, s.code, t.code)) continue;
          const je = makeEvent(ctx, v, { m, code: m.pattern.jointly, a, st }, s, t);
          if (je)
            pushBeside(cols, je, () => actFeatures(v, act(sel, a, je, ps.length, false), s, t), m.trigger);
        }
      // "Trudeau said Indian agents were behind the killing, an allegation New Delhi rejected": the claimant accuses.
      // Not when the claim's own act was coded ("said Ugandan troops had crossed into Turkana, a claim Kampala
      // dismissed": the crossing, reported, is what the claim says) or its author is of no known country.
      // A deed ("said Saudi border guards had killed hundreds of migrants, accusations Riyadh rejected") accuses only
      // when it was coded as an assault or mass violence by the accused's country.
      const bare =
        accused >= 0 &&
        !v.groups[accused]!.members.some((x) => x.code.startsWith("---")) &&
        (deed
          ? trig.some(
              (k, e) =>
                ownDeed(v, events, report!, accused, e, k) && DEED_ACCUSED.has(events[e]!.code.slice(0, 2)),
            )
          : !trig.some((k, e) => ownDeed(v, events, report!, accused, e, k)));
      const claimed = bare ? tableCode(ctx.model.verbs, CLAIMED_TABLE, actCode) : undefined;
      if (claimed && events.length > emitted)
        for (const s of v.groups[claimant]!.members)
          for (const t of v.groups[accused]!.members) {
            if (restates(events, claimed, s.code, t.code)) continue;
            const ce = makeEvent(ctx, v, { m, code: claimed, a, st: { ...st, status: "occurred" } }, s, t);
            if (ce)
              pushBeside(cols, ce, () => actFeatures(v, act(sel, a, ce, ps.length, false), s, t), m.trigger);
          }
      if (events.length > emitted) {
        c.lastParties = partiesOf(ps);
        // Two parties acting on each other in an act that took or takes place ("agreed to open talks").
        const two = c.lastParties.length === 2 && ps.length === 2 && ps[0]![0] === ps[1]![1];
        c.heldPair = two && HELD_STATUS.has(events.at(-1)!.status) ? c.lastParties : [];
      }
      // "met Xi in Lima, where ...", "attended the summit in Jeddah, where ...": the consultation whose parties a clause
      // on its place acts between.
      if (events.length > emitted && m.pattern.code.startsWith("04")) {
        const parties = partiesOf(ps);
        c.lastMeet = oneEachCountry(parties).length >= 2 ? { parties, trigger: m.trigger } : c.lastMeet;
      }
      if (events.length > emitted && m.pattern.recip && m.pattern.noun && m.pattern.code.startsWith("04"))
        c.meeting = { parties: partiesOf(ps), status: events.at(-1)!.status, trigger: m.trigger };
      if (events.length > emitted && m.pattern.recip) {
        const both = partiesOf(ps);
        c.recipPair = both.length === 2 && countryOf(both[0]!.code) !== countryOf(both[1]!.code) ? both : [];
      }
      // Only a joint act (`jointly=`: drills, patrols) has every party for its agent; a reaction to a restated visit
      // judges the one who came, and one to a restated signing may judge one signer ("a step the EU said was not
      // coordinated with Brussels" after Serbia's deal with Russia).
      if (events.length > emitted) c.recipLast = m.pattern.recip && m.pattern.jointly !== null;
      break;
    }
  // "King Abdullah II told Trump at the White House that Jordan opposed ...": speech at a seat of government whose own
  // act gave way to the act it reports (a `fallback` "told") is still the pair's meeting.
  for (const m of matches) {
    if (m.pattern.noun || trig.includes(m.trigger) || !isIn(v.toks[m.trigger], ctx.prep.second.seatVerb))
      continue;
    const a = findArgs(v, m, m.spanEnd);
    const visit = !seatMeeting(v, ctx.prep.second, m, a);
    if (visit && !seatVisit(v, ctx.prep.second, m, a)) continue;
    const s = v.groups[a.source]!.members[0]!;
    const t = v.groups[a.target]!.members[0]!;
    if (restates(events, MEET, s.code, t.code, true)) continue;
    sc ??= sentenceCues(v, ctx.prep.cues);
    const found = findStatus(v, m, ctx.prep.cues, sc, undefined);
    const st =
      found.status === "threatened" || found.status === "demanded"
        ? { ...found, status: "occurred" as const }
        : found;
    const sel: Selected = { m, wrapEnd: m.spanEnd, embedded: null, args: a };
    // "Dissanayake told Modi in New Delhi that ...": the speaker's visit (seatVisit), one way.
    for (const [x, y] of (visit
      ? [[s, t]]
      : [
          [s, t],
          [t, s],
        ]) as [ActorMention, ActorMention][]) {
      const me = makeEvent(ctx, v, { m, code: visit ? VISIT : MEET, a, st }, x, y);
      if (me) pushBeside(cols, me, () => actFeatures(v, act(sel, a, me, 2, false), x, y), m.trigger);
    }
  }
  placeMeetings(ctx, v, matches, cols);
  const carried = throughMediation(ctx, v, matches, cols);
  aimAgreementsPastMediator(ctx, v, events, trig);
  // Most sentences code no noun event, means, toll or purpose: nothing below drops an event of theirs but a repeat.
  const plain =
    !nounEvent.includes(true) &&
    !oneWayNoun.includes(true) &&
    !means.includes(true) &&
    !toll.includes(true) &&
    !purpose.includes(true) &&
    !venued.includes(true);
  const metAlone = new Set(events.filter((_, i) => isIn(v.toks[trig[i]!], ctx.prep.second.meetAlone)));
  const kept = dropVisitTalks(
    dropExileTrips(plain ? dropRepeats(events) : dropCovered(v, events, cols)),
    metAlone,
  ).filter((e) => !carried.has(e));
  // "intercepted with help from the United States, Britain and Jordan": the helpers join the act (`joins`).
  const out = joinHelpers(ctx, v, kept, events, trig, matches);
  // "Canada expelled two Chinese diplomats, and Australia followed suit": acts copied to another subject.
  const origin = new Map<Event, Event>();
  // A sentence with no event has no act to copy: no trigger map is built for it.
  const copied =
    out.length === 0
      ? out
      : copiedActs(
          v,
          ctx.prep.copy,
          out,
          new Map(events.map((e, i) => [e, trig[i]!])),
          ctx.input.docId,
          origin,
        );
  if (featured && ctx.features) {
    const at = new Map(events.map((e, i) => [e, featured[i]!]));
    const own = copied.map((e) => at.get(origin.get(e) ?? e)!);
    ctx.features.push(...sentenceFeatures(v, copied, own));
  }
  return copied;
}

/**
 * The argument phase of one selected act: its source and target, from its own words and from the acts of the
 * sentence before it (`c`, which it updates when the act has both), or SKIP_ACT (try the next alternative) or
 * STOP_ACTS (code nothing more from this selection). Apart from codeSentence so that V8 optimises both sooner.
 */
function actArgs(
  ctx: SentenceCtx,
  v: View,
  sel: Selected,
  matches: readonly Match[],
  events: readonly Event[],
  c: ActsSoFar,
): ActArgs | typeof SKIP_ACT | typeof STOP_ACTS {
  const { m, wrapEnd } = sel;
  const {
    prev,
    prevVerb,
    prevVerbForce,
    forceVerb,
    prevReduce,
    prevEnvoy,
    prevSelf,
    prevFrame,
    prevNounForce,
  } = c;
  const { acts, agentAct } = c;
  let a = sel.args ?? findArgs(v, m, wrapEnd);
  // "Trump and Sisi hosted leaders at a summit on Gaza", "Kenya and the African Union hosted the first Africa Climate
  // Summit": the co-hosts of a gathering are no parties meeting each other there.
  if (m.pattern.noun && m.pattern.recip && a.mutual && a.source >= 0) {
    let gov = m.trigger - 1;
    while (gov > 0 && v.toks[gov]!.pos !== "VERB" && v.toks[gov]!.text !== ",") gov--;
    if (isIn(v.toks[gov], v.w.hostVerb) && subjectOf(v, gov) === a.source) return STOP_ACTS;
  }
  // "signed a declaration in Kuala Lumpur in the presence of Trump": a host away from home hosts nothing.
  // The host is the slot's actor of a `converse` pattern, acting on the subject.
  const venueHost = m.pattern.converse ? a.target : a.source;
  if (m.pattern.homeVenue && venueHost >= 0 && foreignVenue(v, m.trigger, m.spanEnd, venueHost))
    return STOP_ACTS;
  // "detained the mayor in a corruption investigation": a framing noun is the act before it's, on its target.
  if (m.pattern.framing) {
    if (!prev || prev.source < 0 || prev.target < 0 || !framesAct(v, m.trigger, prev.end)) return SKIP_ACT;
    a = { ...a, source: prev.source, target: prev.target, targetHow: "inside" };
  }
  // ", a charge the group denied", ", which she denied": a denier who names no actor is the party accused.
  if (m.pattern.denier) a = accusedDenier(v, m.trigger, a, acts, agentAct) ?? a;
  // "a peace accord with Cambodia that Bangkok signed": the partner the agreement noun names.
  if (m.pattern.relTerms) a = relTermsArgs(v, ctx.prep.second, m.trigger, a) ?? a;
  // "during Putin's first visit to the country": the country visited is another's than the visitor's (a noun visit
  // only: "advised its citizens to avoid visiting the country" is no visit).
  if (m.pattern.noun && ctx.model.cameo.get(m.pattern.code)?.mode === "visit") {
    const host = visitedCountry(v, a.source, a.target);
    if (host !== a.target) a = { ...a, target: host, targetHow: "after" };
  }
  // "Russian strikes on the country's power grid": the country an attack noun is aimed at is another's.
  if (m.pattern.noun && MATERIAL_ROOTS.has(m.pattern.code.slice(0, 2))) {
    const hit = attackedCountry(v, a.source, a.target);
    if (hit !== a.target) a = { ...a, target: hit, targetHow: "after" };
  }
  // "pledged to send aid to Ukraine": the wrapped act's own target is the wrapper's, unless a slot named one.
  // "demanded that Pyongyang withdraw ...": an actor between the wrapper and the wrapped act is the addressee.
  // "refused to let Israel use their airspace to attack Iran": the object of a verb that opens the complement
  // (`_COMPLEMENT_CONTROL`: the one let, helped, asked) is the addressee too, not the target of an act inside.
  const addressee =
    a.target >= 0 &&
    sel.embedded &&
    (noVerbBetween(v, m.last + 1, v.groups[a.target]!.tokStart) ||
      controlledObject(v, m.last + 1, a.target, sel.embedded.trigger));
  // "urged its citizens to avoid travel to Japan": one asked who names no actor keeps the act targetless.
  if (sel.embedded && a.targetHow !== "slot" && !addressee && !m.unnamed) {
    const inner = findArgs(v, sel.embedded, sel.embedded.spanEnd);
    // "refused to allow U.S. military planes carrying deported migrants to land": an inner target of no known
    // country or of the (single) source's own does not replace another country's actor the wrapper found.
    const own =
      inner.target >= 0 &&
      a.source >= 0 &&
      a.target >= 0 &&
      v.groups[a.source]!.members.length === 1 &&
      (sameCountry(v, inner.target, a.source) ||
        v.groups[inner.target]!.members[0]!.code.startsWith("---")) &&
      !sameCountry(v, a.target, a.source);
    if (inner.target >= 0 && inner.target !== a.source && !own)
      a = { ...a, target: inner.target, targetHow: inner.targetHow };
  }
  // "China lodged a protest with Washington and vowed ...": a coordinated verb keeps the previous act's source.
  // "imposed a levy on Japan and a duty on the EU": a coordinated noun event too.
  if (a.source < 0 && prev && coordinatedVerb(v, prev.end, m.trigger, m.pattern.noun))
    a = { ...a, source: prev.source, target: a.target === prev.source ? -1 : a.target };
  // "accused the UAE of arming the RSF and froze all trade": the object of the "-ing" verb is no subject.
  a = gerundObjectSubject(v, m, a, prev) ?? a;
  // "Macron hosted Modi ..., and the two leaders signed a deal": the pair of the previous act, both ways.
  const counted = m.pattern.noun ? -1 : pairSubject(v, m.trigger, true);
  const pair = m.pattern.noun
    ? -1
    : pairRelative(v, counted)
      ? counted
      : pairSubject(v, m.trigger) >= 0
        ? pairSubject(v, m.trigger)
        : coordinatedPair(v, m.trigger);
  // "Trump hosted Tshisekedi and Kagame ..., where the two leaders signed accords": a pair named as the previous
  // act's target (or source) is that pair, acting on each other.
  const named = prev ? [prev.target, prev.source].find((g) => v.groups[g]!.members.length === 2) : undefined;
  // "Japan asked South Korea and China to ..., a request both neighbours swiftly rejected": a rejection or
  // criticism in a relative clause on the act before answers that act's source, from each member of the pair.
  const answers =
    !!prev &&
    named === prev.target &&
    (m.pattern.code.startsWith("11") || m.pattern.code.startsWith("12")) &&
    pairRelative(v, pair);
  if (prev && pair >= 0 && answers) a = { ...a, source: named!, target: prev.source, targetHow: "inside" };
  else if (prev && pair >= 0 && named !== undefined)
    a = { ...a, source: named, target: -1, targetHow: "none", mutual: true };
  else if (prev && pair >= 0)
    a = { ...a, source: prev.source, target: prev.target, targetHow: "inside", both: true };
  // "Biden hosted Kishida and Yoon ..., where the three leaders agreed to ...": the previous act's source and the
  // members of its compound target act on one another.
  else if (
    prev &&
    (groupSubject(v, m.trigger) || placeThey(v, ctx, m)) &&
    v.groups[prev.target]!.members.length > 1
  )
    a = { ...a, source: prev.source, target: -1, targetHow: "none", mutual: true, joined: prev.target };
  // "Modi hosted Albanese in Delhi, where they signed ...": "they" in a relative on the act's place is its pair.
  else if (prev && placeThey(v, ctx, m))
    a = { ...a, source: prev.source, target: prev.target, targetHow: "inside", both: true };
  // "A summit between Trump and Putin ..., days after the two leaders agreed to meet": the pair named before.
  else if (pair >= 0) {
    let g = v.groups.length - 1;
    while (g >= 0 && !(v.groups[g]!.tokEnd <= pair && v.groups[g]!.members.length === 2)) g--;
    if (g >= 0) a = { ...a, source: g, target: -1, targetHow: "none", mutual: true };
  }
  // "Putin arrived in Beijing, and he and Xi signed ...": the pronoun's person joins the subject as a compound.
  const partner = a.source >= 0 && !m.pattern.noun ? pronounPartner(v, a.source) : -1;
  if (partner >= 0 && a.joined === undefined)
    a = { ...a, source: partner, joined: a.source, target: a.target === partner ? -1 : a.target };
  // "Modi met Putin ... and signed agreements": a coordinated verb keeps the previous act's partner.
  if (a.target < 0 && prev && prev.source === a.source && coordinated(v, prev.end, m.trigger, prev.target))
    a = { ...a, target: prev.target, targetHow: "after" };
  // "held talks with Sri Lanka's president, during which China pledged to keep financing a refinery": the subject
  // of a clause on the act before, one of its two parties, acts on the other.
  // Not a clause on a later noun ("ordered Venezuela to refrain ..., before a referendum in which Caracas asked").
  if (
    a.source >= 0 &&
    a.target < 0 &&
    prev &&
    prev.target >= 0 &&
    whichSubject(v, ctx.prep.second, m.trigger) === a.source &&
    onActBefore(v, prev.end, v.groups[a.source]!.tokStart)
  ) {
    const other = sameCountry(v, a.source, prev.source)
      ? prev.target
      : sameCountry(v, a.source, prev.target)
        ? prev.source
        : -1;
    if (other >= 0 && !sameCountry(v, other, a.source) && !mediatorOf(ctx, events, v, other))
      a = { ...a, target: other, targetHow: "after" };
  }
  // "Albanese sent condolences to Vanuatu ..., and Canberra flew in rescue teams": a cooperative act in a clause
  // after ", and" whose subject is another name of the previous act's source keeps that act's partner. Not a
  // conflictual one ("..., and Tehran denounced the move"): it answers a restated act or a later-named party.
  const coop = (ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) <= 2;
  // After "and said", only when the act before was cooperative too ("sent condolences to Erdogan and said Japan
  // would send a rescue team"; not "condemned Russia and said Berlin would send air defences").
  const coopBefore = (ctx.model.cameo.get(events.at(-1)?.code ?? "")?.quad ?? 3) <= 2;
  if (
    a.target < 0 &&
    prev &&
    a.source >= 0 &&
    coop &&
    renamedSource(v, prev, a.source, m.trigger, coopBefore)
  )
    a = { ...a, target: prev.target, targetHow: "after" };
  // "China sent rescuers to Myanmar ..., and India dispatched relief supplies": another donor's aid (root 07) in
  // a clause after ", and" that names no recipient goes to the recipient of the aid act just before it; so does
  // aid pledged ("India flew tents to Kabul ..., and Britain pledged one million pounds in emergency aid").
  if (
    prev &&
    a.source >= 0 &&
    (a.target < 0 || a.target === prev.source) &&
    aidAct(ctx.prep, m.pattern.code) &&
    aidAct(ctx.prep, events.at(-1)?.code ?? "") &&
    parallelDonor(v, prev, a.source, m.trigger)
  )
    a = { ...a, target: prev.target, targetHow: "after" };
  // "demanded that Hamas release the hostages, threatening to ...": the participle's subject is the main clause's.
  a = participleSubject(v, m, a, prevVerb ?? prev) ?? a;
  // "summoned Russia's envoy after Russian border guards removed buoys, calling the removal a provocation": a
  // verbal judgment goes on the main clause, past the "after" clause.
  if (REACTION_ROOTS.has(m.pattern.code.slice(0, 2))) a = landmarkParticiple(v, ctx.prep.second, m, a) ?? a;
  // "adopted its 14th package of sanctions against Russia, targeting its gas business": a ", targeting"
  // participle after its subject's own sanction (root 16) says what the sanction hits; it is no attack.
  if (
    prevReduce &&
    prev &&
    prev.source === a.source &&
    m.pattern.code.startsWith("19") &&
    v.toks[m.trigger]!.lemma === "target" &&
    elaborating(v, m.trigger)
  )
    return SKIP_ACT;
  // "met her counterpart Wang Yi": the actor after a possessive is the object.
  a = possessedObject(v, m, a) ?? a;
  // "expelled six diplomats, accusing them of spying": a pronoun object stands for the previous act's counterpart.
  a = pronounCounterpart(v, ctx.prep.second, m, a, prevVerb ?? prev) ?? a;
  // "agreed ... after a phone call with Trump": talks in an adjunct phrase are the subject's own act.
  a = adjunctTalks(v, ctx.prep.second, m, a, prev) ?? a;
  // "At a summit in Jakarta, Indonesia and Australia agreed ...": talks in a fronted phrase are the main clause's.
  a = frontedTalks(v, ctx.prep.second, m, a) ?? a;
  // "talks between Hamas and Fatah that China had planned to host": the relative's verb is aimed at the parties.
  a = relativeMeeting(v, ctx.prep.second, m, a) ?? a;
  // ", warning that they would take concrete actions": a threat aimed at the counterpart of the act before.
  a = threatCounterpart(v, m, a, prevVerb ?? prev) ?? a;
  // "summoned the Russian ambassador to demand the withdrawal of North Korean troops": the envoy's country.
  a = envoyAddressee(v, m, a, prevEnvoy) ?? a;
  // "rallied in Belgrade, demanding accountability": a demand aimed at the domestic act's implied target.
  const selfDemand = demandOfSelf(v, m, a, prevSelf);
  if (selfDemand) a = selfDemand;
  // "Russia's FSB detained reporter Evan Gershkovich ..., and the White House demanded his immediate release": the
  // one who holds the person is the agent of the detention or abduction coded before.
  a = releaseHolder(v, m, a, acts) ?? a;
  // "Jordan downed Iranian drones that crossed its airspace": "its" in the act's words is the main clause's subject.
  a = relativeOwner(v, m, a) ?? a;
  // "Canada and India expelled each other's diplomats": the compound subject acts on itself.
  a = eachOther(v, ctx.prep.second, m, a) ?? a;
  // "boarded Philippine navy boats, seizing rifles and injuring a sailor": a coercive or assault act (roots 17-18)
  // in an "-ing" participle after a comma (or joined to one by "and") that continues its subject's own act of
  // force (roots 17-20) and names no counterpart is done to that act's target: the rifles are the boarded crews'.
  // Other roots keep their own targets (", killing 10 people" is a toll; ", saying ..." a report).
  if (
    a.target < 0 &&
    a.source >= 0 &&
    prevVerb &&
    prevVerbForce &&
    prevVerb.source === a.source &&
    prevVerb.target >= 0 &&
    m.trigger >= prevVerb.end &&
    (m.pattern.code.startsWith("17") || m.pattern.code.startsWith("18")) &&
    (elaborating(v, m.trigger) || joinedElaborating(v, m.trigger))
  )
    a = { ...a, target: prevVerb.target, targetHow: "after" };
  // "stormed into southern Israel, killing hundreds of people": a domestic act in a participle that continues an
  // act into another country happens there; its victims are that country's, not the source's own.
  if (
    a.target < 0 &&
    a.source >= 0 &&
    m.pattern.selfTarget !== null &&
    prevVerb &&
    prevVerb.source === a.source &&
    elaborating(v, m.trigger) &&
    !sameCountry(v, prevVerb.target, a.source)
  )
    a = { ...a, target: prevVerb.target, targetHow: "inside" };
  // "Israel's war in Gaza, which has killed 9,000 people": a domestic act in a relative clause right after an act
  // with both parties is that act's, from its source to its target.
  if (
    a.source >= 0 &&
    (a.target < 0 || sameCountry(v, a.target, a.source)) &&
    m.pattern.selfTarget !== null &&
    prev &&
    prev.source >= 0 &&
    prev.target >= 0 &&
    !sameCountry(v, prev.target, prev.source) &&
    relativeAfter(v, prev.end, m.trigger)
  )
    a = { ...a, source: prev.source, target: prev.target, targetHow: "inside" };
  // "killed about 1,200 people in their assault on southern Israel": unnamed victims of a domestic act are those
  // of the act of force whose noun frames it.
  if (a.target < 0 && a.source >= 0 && m.pattern.selfTarget !== null) {
    const t = framingForceTarget(v, matches, m, a.source, ctx.model.cameo);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  // "A Russian missile strike on Kramatorsk killed at least 50 people": a counted toll whose subject is the noun act
  // of force coded just before it, by the same agent, falls where that act does.
  if (
    a.target < 0 &&
    a.source >= 0 &&
    m.pattern.selfTarget !== null &&
    countsToll(m) &&
    prev &&
    prevNounForce >= 0 &&
    prev.source === a.source &&
    noVerbBetween(v, prevNounForce + 1, m.trigger)
  )
    a = { ...a, target: prev.target, targetHow: "inside" };
  // "JNIM fighters killed at least 200 people, ..., in an attack on the town of Barsalogho in central Burkina Faso":
  // an actor with no country of its own acts in the country named after its act, not on itself.
  if (a.target < 0 && a.source >= 0 && m.pattern.selfTarget !== null && stateless(v, a.source)) {
    const t = countryAfter(v, m.last + 1, a.source);
    if (t >= 0) a = { ...a, target: t, targetHow: "after" };
  }
  // "said the army would resume fighting in Gaza if Hamas did not free the hostages": a `condition` threat is aimed at
  // the party the condition is set for, not at a place named with the act.
  if (m.pattern.condition && a.source >= 0) {
    const t = conditionSubject(v, m.last + 1, a.source);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  // "vowed to avenge the killings of Hamas leader Ismail Haniyeh": the one avenged is no target, its killer is.
  // "The United States said Russia had used chloropicrin ..., and Moscow denied the charge": the accuser.
  // Not a denial in a relative clause on the charge (", a charge Iran denied"): the charge's own accuser.
  if (m.pattern.accuser && a.source >= 0 && a.targetHow !== "slot" && !claimRestated(v, a.source)) {
    const t = accuserOf(v, m, a.source);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  // "vetoed a resolution on Friday ..., a draft put forward by the United Arab Emirates": the drafter, not the council.
  if (m.pattern.drafter && a.source >= 0) {
    let t = drafterAfter(v, ctx.prep.second, m.last + 1, a.source);
    // "A resolution drafted by Algeria was vetoed by the United States": in the passive the text is the subject.
    if (t < 0 && isPassive(v, m.trigger)) t = drafterAfter(v, ctx.prep.second, 0, a.source, m.trigger);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  if (m.pattern.avenged && a.source >= 0 && a.target >= 0 && v.groups[a.target]!.tokStart > m.trigger)
    a = { ...a, target: avengedTarget(v, a.source, a.target), targetHow: "inside" };
  // "lodged a protest ... after China installed a structure, calling it a threat to Seoul's maritime rights": an
  // actor of the source's own country after a verbal (quad 3) `echo` verdict's words is the party harmed, not the
  // act's author.
  const verdict = m.pattern.echo && ctx.model.cameo.get(m.pattern.code)?.quad === 3;
  if (
    verdict &&
    a.source >= 0 &&
    a.target >= 0 &&
    v.groups[a.target]!.tokStart > m.last &&
    sameCountry(v, a.target, a.source)
  )
    a = { ...a, target: -1, targetHow: "none" };
  // "put its forces on alert": an own-country target of a show of force is dropped; not a named other party in
  // the slot ("security agents abducted opposition figure X").
  // "A Nigerian air strike killed at least 15 civilians in Kaduna", "The Arakan Army captured the last Myanmar army
  // base": an act of violence on its own country's people or on a rival side, named by a sector noun after it or
  // in its words, is a domestic act, kept like a named party in the slot.
  if (a.target >= 0 && a.source >= 0 && m.pattern.contextTarget && sameCountry(v, a.target, a.source)) {
    const hit =
      VIOLENT_ROOTS.has(m.pattern.code.slice(0, 2)) &&
      a.targetHow !== "none" &&
      domesticVictim(v.groups[a.source]!.members[0]!, v.groups[a.target]!.members);
    // "the opposition rejected the junta's plan, calling the vote a sham": a `kin` verdict keeps an own-country
    // author named before it (not a place, nor one inside the verdict's words).
    const kin =
      m.pattern.kin &&
      v.groups[a.target]!.tokEnd <= m.trigger &&
      v.groups[a.target]!.members.every((x) => x.kind !== "place");
    const ownParty = (a.targetHow === "slot" || hit || kin) && !sameCode(v, a.target, a.source);
    if (!ownParty) a = { ...a, target: -1 };
  }
  // "Mexico granted asylum to former Prime Minister Betssy Chavez": the object of a cooperative `ctx` act who is of no
  // known country (a person the dictionary lacks) stands for the first known country's actor of another country.
  // "China launched drills around Taiwan, calling them punishment for separatist forces": so does the object of a
  // verbal `echo` verdict (separatists, militants of no named country): it is aimed at the side they stand for.
  if (
    a.target >= 0 &&
    a.source >= 0 &&
    ((m.pattern.contextTarget && (ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) <= 2) ||
      (verdict && v.groups[a.target]!.tokStart > m.trigger)) &&
    noCountry(v, a.target) &&
    !noCountry(v, a.source)
  ) {
    const t = contextTarget(v, a.source, true);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  // "handed over three hostages to the Red Cross": a relief body that carries freed captives or the dead is the
  // go-between, not the side they go back to; the act is aimed at another country named in the sentence, if any.
  const via = a.target >= 0 && a.source >= 0 && m.pattern.code.startsWith("084") && goBetween(v, a.target);
  if (via) a = { ...a, target: sideOfSwap(v, a.source), targetHow: "inside" };
  // "an agreement that Meloni struck with Rama": a deal struck is concluded with the partner after "with", if any.
  const dealt = m.pattern.deal !== null && dealStruck(ctx, v, a.source, m.trigger);
  if (dealt) {
    // "struck with her Albanian counterpart Edi Rama": the partner's phrase may open with a determiner or title.
    let partner = -1;
    if (v.toks[m.trigger + 1]?.lower === "with")
      for (let k = m.trigger + 2; k < m.trigger + 6 && k < v.toks.length && partner < 0; k++)
        partner = v.groupAt[k] ?? -1;
    if (partner < 0) return SKIP_ACT;
    a = { ...a, target: partner, targetHow: "slot" };
  }
  // ", a step North Korea called a dangerous move toward an Asian NATO": an actor inside the verdict is no target.
  a = restatedVerdict(v, m, a, acts) ?? a;
  // "..., and Latvia called it a provocation against NATO": the victim a verdict names is no target either.
  a = calledVictim(v, m, a, acts) ?? a;
  // ", a claim Tehran rejected": a reaction to a restated claim answers the claimant, and a rejection denies it.
  const report = a.target < 0 && a.source >= 0 ? restatedReport(v, m, a.source) : null;
  const claimant = report?.claimant ?? -1;
  if (claimant >= 0) a = { ...a, target: claimant, targetHow: "inside" };
  // ..., and the claim it answers is the claimant's accusation of the party it blames (`claimed` table).
  const accusedAt = report ? restatedAccused(v, claimant, report.verb, report.head) : -1;
  const deed = accusedAt < -1 && findingReport(v, report!);
  const accused = deed ? -2 - accusedAt : accusedAt;
  // ", a move the UN said violated the 1974 deal": the sayer accuses the restated act's agent.
  const alleged =
    a.source >= 0 && saidOfRestated(v, m, a.source)
      ? tableCode(ctx.model.verbs, ALLEGE_TABLE, m.pattern.code)
      : undefined;
  const agent = alleged ? latestAgent(v, acts, a.source, true) : -1;
  if (agent >= 0) a = { ...a, target: agent, targetHow: "inside" };
  // "..., in what NATO called a significant escalation": the verdict judges the agent of the act before it.
  if (a.source >= 0 && verdictAside(v, m.trigger, m.pattern)) {
    let agent = latestAgent(v, acts, a.source, true);
    // "Bolivian troops stormed the palace in what President Arce called a coup attempt": a judge of the agent's own
    // country (verdictAside let it through) judges the latest act's agent of another sector.
    // "Indian jets struck sites in Pakistan, in what India described as retaliation": not an act on another country.
    const hit = acts.at(-1)?.target ?? -1;
    if (agent < 0 && (hit < 0 || sameCountry(v, hit, a.source)))
      agent = domesticAgent(v, acts, a.source, m.pattern);
    // "The United States deployed a carrier to the Caribbean, in what Venezuela called a threat": an act coded as
    // no event (it names no one) still has its agent, the nearest subject before the free relative.
    if (agent < 0) agent = clauseSubjectBefore(v, v.groups[a.source]!.tokStart, a.source, true);
    if (agent < 0) return SKIP_ACT;
    a = { ...a, target: agent, targetHow: "inside" };
  }
  // "cut ties with Rabat over what it called hostile actions": the verdict judges the thing it names, whose agent
  // is an actor named in it, else the target of the judge's own act before it, else the agent of the act before.
  if (a.source >= 0 && namedVerdict(v, m.trigger, m.pattern)) {
    // ", prompting China's foreign ministry to vow countermeasures against what it called interference": a pronoun
    // judge in the prompted actor's clause is that actor.
    const pro = m.trigger - 1;
    const prompted =
      v.groupAt[pro]! < 0 && is(v, v.toks[pro], v.b.subjectPronoun) ? promptedSubject(v, pro) : -1;
    if (prompted >= 0) a = { ...a, source: prompted };
    const agent = namedAgent(v, m, a.source, acts);
    if (agent < 0) return SKIP_ACT;
    a = { ...a, target: agent, targetHow: "inside" };
  }
  // ", a decision Guterres said would hurt millions": a verdict foretelling harm stands only in a relative clause
  // on the act before, aimed at its author; "Fico said it would hurt his country" is no verdict on Slovakia.
  if (m.pattern.restated) {
    const author =
      a.source >= 0 && relativeOnClause(v, a.source, true) ? restatedAgent(v, acts, a.source) : -1;
    if (author < 0) return SKIP_ACT;
    a = { ...a, target: author, targetHow: "inside" };
  }
  // "Iran fired missiles at the base, but Qatari air defences intercepted them": with `reporter`, the pronoun object
  // is the weapons of the act of force before, whose agent is the target (not an actor named in between, nor the
  // one a verb of another root between them names: "fired missiles at the base after warning Washington").
  if (m.pattern.reporter && a.source >= 0 && forceVerb !== null) {
    const it = v.toks[m.trigger + 1];
    const agent = forceVerb.source;
    if (is(v, it, v.b.objectPronoun) && agent !== a.source && !sameCountry(v, agent, a.source))
      a = { ...a, target: agent, targetHow: "inside" };
  }
  // ", a UN fact-finding mission said, concluding that the abuses amounted to crimes against humanity": a finding
  // on the act reported before the trailing sayer is aimed at that act's author.
  // ", saying Caracas had deliberately sent criminals": a charge given as the reason for the sayer's act before,
  // aimed at that act's target (by country).
  if (
    m.pattern.charging &&
    !(
      a.source >= 0 &&
      a.target >= 0 &&
      a.target === chargedGroup(v, m) &&
      acts.some(
        (x) =>
          x.source >= 0 &&
          x.target >= 0 &&
          sameCountry(v, x.source, a.source) &&
          sameCountry(v, x.target, a.target),
      )
    )
  )
    return SKIP_ACT;
  if (m.pattern.actBefore) {
    const author = findingAuthor(v, acts, a.source, m.trigger);
    if (author < 0) return SKIP_ACT;
    a = { ...a, target: author, targetHow: "inside" };
  }
  // "..., and Iraq's government said the attack was a violation of Iraqi sovereignty": a demonym of the reactor's
  // own country in the words after a disapproval or rejection is no target; the reaction answers the act before.
  if (
    a.target >= 0 &&
    a.source >= 0 &&
    a.targetHow === "after" &&
    v.attributive[a.target] &&
    REACTION_ROOTS.has(m.pattern.code.slice(0, 2)) &&
    sameCountry(v, a.target, a.source)
  )
    a = { ...a, target: -1, targetHow: "none" };
  // "BLA fighters hijacked a train, and the army said it had killed 33 attackers": a state force's act on no actor
  // answers the act of another actor before it (`counter`); with no such act it codes nothing (no fallback).
  if (a.target < 0 && a.source >= 0 && m.pattern.counter) {
    const t = counteredAgent(v, acts, a.source);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  // "ordered Israel to take all measures ..., but stopped short of ordering a ceasefire": a demand its source did
  // not make (a demand pattern carrying the `negated` status) is aimed at the target of that source's act before
  // it, as every wire-dev writer codes it; with no such act it codes nothing.
  if (m.pattern.status === "negated" && m.pattern.code.startsWith("10") && a.source >= 0) {
    let own = -1;
    for (const x of acts) if (x.source === a.source && x.target >= 0) own = x.target;
    if (own < 0) return SKIP_ACT;
    a = { ...a, target: own, targetHow: "inside" };
  }
  if (a.target < 0 && a.source >= 0 && !via && !m.pattern.counter && !m.unnamed) {
    const background = backgroundSubject(v, ctx.prep.second, a.source, m);
    const end = Math.max(wrapEnd, m.spanEnd);
    const t = fallbackTarget(v, m, a.source, acts, end, ctx.model.cameo, background, ctx.prep.second);
    if (t >= 0) a = { ...a, target: t, targetHow: "inside" };
  }
  a = converseArgs(v, m, a, ctx.prep.second);
  // "Egypt rejected Trump's proposal to take over Gaza": an offer turned down is made to no one it names.
  if (m.pattern.offer && turnedDownElsewhere(v, m.trigger, a.target)) return SKIP_ACT;
  // "rejecting Trump's proposal for the territory": an offer turned down that proposes a thing, no act, is none.
  if (m.pattern.offer && turnedDownForThing(v, m.trigger, m.spanEnd, (x) => actNoun(ctx.model.verbs, x)))
    return SKIP_ACT;
  // "broke the ceasefire with a wave of air strikes": the means of a frame act, with no target of its own, is an
  // act of its own aimed at the frame's target.
  const framed = m.pattern.noun && !m.pattern.recip && prevFrame && prev !== null && bareMeans(v, m.trigger);
  if (framed && (a.source < 0 || a.source === prev!.source))
    a = a.target >= 0 ? { ...a, source: prev!.source } : { ...a, source: prev!.source, target: prev!.target };
  const before = prev;
  const beforeRecip = c.prevRecip;
  const beforeAmong = c.prevAmong;
  if (a.source >= 0 && a.target >= 0) {
    let next: PrevAct = { source: a.source, target: a.target, end: Math.max(wrapEnd, m.spanEnd) };
    // "met at talks hosted by Macron": a passive participle with no auxiliary modifies a noun.
    if (a.passive && !m.pattern.noun && v.toks[m.trigger - 1]?.pos !== "AUX")
      next = { ...next, reduced: true };
    c.prev = next;
    c.prevRecip = m.pattern.recip;
    c.prevFrame = m.pattern.frame;
    c.prevReduce = m.pattern.code.startsWith("16");
    c.prevAmong = m.pattern.mutual && a.targetHow !== "slot" && v.groups[a.source]!.members.length > 1;
    c.prevNounForce = m.pattern.noun && ctx.model.cameo.get(m.pattern.code)?.quad === 4 ? m.trigger : -1;
    // "..., in a case brought by the Philippines, and Beijing said it would ignore the ruling": the filing is the
    // ruling's background; a reaction after it answers the court, not the filer.
    // "..., a move London condemned, and Washington condemned it": a reaction in a relative clause on the act
    // before is an aside on that act; later reactions answer the act, not the aside.
    // "in response to Trump's levies, a move Ford backed": the act answered is background, not the one restated.
    // "fired missiles ... in retaliation for U.S. strikes on its nuclear sites, and Qatar condemned the attack": an
    // answered noun act that names its own target (the retaliator's country) is background too.
    const answered = m.pattern.noun && answeredAt(v, m.trigger, a.source, a.target);
    if (!m.pattern.filed && !a.retaliated && !answered && restatingHead(v, a.source) < 0)
      acts.push({ source: next.source, target: next.target, code: m.pattern.code });
    // "criticised Denmark during a visit to Greenland, accusing it of ...": the main clause's act, not its adjunct's.
    if (!m.pattern.noun) {
      c.prevVerb = next;
      c.prevVerbForce = /^(17|18|19|20)/.test(m.pattern.code);
      if (c.prevVerbForce) c.forceVerb = next;
      c.prevEnvoy = m.pattern.envoy ? next : null;
    }
  }
  return {
    a,
    selfDemand,
    dealt,
    report,
    claimant,
    accused,
    deed,
    agent,
    alleged,
    framed,
    before,
    beforeRecip,
    beforeAmong,
  };
}

/**
 * The pairs of actors one selected act is coded between, from its arguments and from the acts of the sentence before
 * it (`c`; a mediation fills `c.talkParties`), with the meeting it hosts and whether it is only a joint act; or
 * STOP_ACTS (an act with no agent and no pair). Apart from codeSentence so that V8 optimises both sooner.
 */
function actPairs(
  ctx: SentenceCtx,
  v: View,
  sel: Selected,
  r: ActArgs,
  chosen: readonly Selected[],
  matches: readonly Match[],
  events: readonly Event[],
  c: ActsSoFar,
): ActPairs | typeof STOP_ACTS {
  const { m } = sel;
  const { a, selfDemand, before, beforeRecip, beforeAmong } = r;
  // "demanded that Russia agree to a ceasefire": an addressee is no member of a mutual act of the subject.
  // "India, Saudi Arabia and South Africa declined to sign the communique": members of a subject that refuses,
  // demands or threatens a mutual act together do not act on one another (conflict quads 3 and 4).
  const innerMutual =
    (sel.embedded?.pattern.mutual ?? false) &&
    a.target < 0 &&
    (ctx.model.cameo.get(m.pattern.code)?.quad ?? 1) <= 2;
  let ps = pairs(v, m, a, innerMutual || a.mutual === true);
  // "Ruto and Museveni met Xi on Thursday to discuss railway financing": a meeting's purpose is that meeting, not
  // one of the compound subject's members with one another.
  if (ps.length > 0 && purposeOfMeeting(v, m, a, before, events.at(-1))) ps = [];
  // "hosted Putin at a military base for talks that ended without a deal": talks narrated as held right after a
  // hosting or a visit are the talks of its two parties, both ways.
  const guest = c.lastParties.length === 2 ? c.lastParties : null;
  if (
    ps.length === 0 &&
    guest &&
    countryOf(guest[0]!.code) !== countryOf(guest[1]!.code) &&
    ctx.model.cameo.get(events.at(-1)?.code ?? "")?.mode === "visit" &&
    heldTalks(v, ctx.prep.second, m)
  )
    ps = [
      [guest[0]!, guest[1]!],
      [guest[1]!, guest[0]!],
    ];
  if (selfDemand && ps.length === 0 && c.prevSelf)
    ps = pairs(v, { ...m, pattern: { ...m.pattern, selfTarget: c.prevSelf.self } }, a);
  // "a summit of Japan, China and South Korea that Tokyo had hoped to host": the meeting's parties are hosted.
  const hosted = m.pattern.antecedent && onMeeting(v, m, a, c.meeting) ? c.meeting : null;
  if (hosted)
    ps = localForces(v, a.source).flatMap((s) =>
      hosted.parties
        .filter((t) => countryOf(t.code) !== countryOf(s.code))
        .map((t) => [s, t] as [ActorMention, ActorMention]),
    );
  // "held talks in Riyadh, hosted by Saudi Arabia", "his first talks with Rubio, hosted by the Saudi government": an
  // `antecedent` act as a reduced passive participle, with its "by" agent, reaches each party of the reciprocal
  // consultation right before it.
  if (m.pattern.antecedent && a.passive && !m.pattern.noun && a.source >= 0)
    ps = hostedParties(v, m, a, matches, events, ps);
  // "Germany and Ukraine signed a security pact, with Scholz pledging more military aid": an act in a ", with X
  // -ing" adjunct that names no other party is X's second act toward its partner in the reciprocal act before;
  // a cooperative one only ("..., with Netanyahu warning of a long war" names no one warned).
  if (
    ps.length === 0 &&
    a.source >= 0 &&
    c.recipPair.length === 2 &&
    (ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) <= 2 &&
    withAdjunct(v, a.source, m.trigger)
  ) {
    const own = localForces(v, a.source);
    const other = c.recipPair.filter((p) => !own.some((x) => countryOf(x.code) === countryOf(p.code)));
    if (other.length === 1 && !bothHalves(v, m.trigger, other[0]!))
      ps = known(
        own.map((x) => [x, other[0]!]),
        false,
        false,
        false,
      );
  }
  // "Trump and Xi met in Busan, where Beijing agreed to delay its export controls": an act in a clause on the place
  // of a consultation coded before, by one of its parties, that names no one else is aimed at the other party.
  // Not a consultation of its own ("..., where Xi was attending the APEC summit" visits the place it names).
  if (
    c.lastMeet &&
    a.source >= 0 &&
    !m.pattern.code.startsWith("04") &&
    ps.every(([, t]) => t === null || v.groupAt[t.tokenStart] === a.target)
  ) {
    const where = meetingWhere(v, ctx.prep.second, c.lastMeet, m.trigger);
    const mp = where >= 0 ? meetingPairs(v, c.lastMeet, where, a.source, a.target, m.trigger) : null;
    if (mp) ps = known(mp, false, false, false);
  }
  // "initialled a peace agreement at the White House, with Donald Trump hosting the ceremony": a host in a ", with X
  // -ing" adjunct whose object names no actor hosts each party of the reciprocal act before (043 to each, as the
  // gold README codes a summit host's), when neither party is of the host's country.
  if (
    ps.length === 0 &&
    a.source >= 0 &&
    a.target < 0 &&
    c.recipPair.length === 2 &&
    m.pattern.code === "043" &&
    !m.pattern.noun &&
    withOccasion(v, a.source, m.trigger)
  ) {
    const own = localForces(v, a.source);
    if (!c.recipPair.some((p) => own.some((x) => countryOf(x.code) === countryOf(p.code))))
      ps = known(
        own.flatMap((x) => c.recipPair.map((p) => [x, p] as [ActorMention, ActorMention])),
        false,
        false,
        true,
      );
  }
  // "held talks in Muscat, with Oman's foreign minister shuttling between the two delegations", "..., with Cuba
  // acting as guarantor": a mediation that names no party after it is aimed at each party of the talks before it.
  if (a.source >= 0 && !m.pattern.noun && ctx.model.cameo.get(m.pattern.code)?.mode === "third-party") {
    const own = new Set(v.groups[a.source]!.members.map((x) => countryOf(x.code)));
    c.talkParties ??= matches
      .filter((x) => x.pattern.recip && x.pattern.code.startsWith("04") && x.trigger < m.trigger)
      .flatMap((x) => {
        const xa = findArgs(v, x, x.spanEnd);
        return xa.source >= 0 ? [xa.source, xa.target] : [];
      })
      .filter((g) => g >= 0);
    const others = c.talkParties.filter((g) => v.groups[g]!.tokEnd <= m.trigger);
    const members = others
      .flatMap((g) => v.groups[g]!.members)
      .filter((x, k, all) => !own.has(countryOf(x.code)) && all.findIndex((y) => y.code === x.code) === k);
    // "shuttling between the two delegations": a pair noun names the same parties; another actor is a party of its own.
    const named =
      a.target >= 0 &&
      v.groups[a.target]!.tokStart > m.trigger &&
      v.groups[a.target]!.members.some((x) => !members.some((y) => countryOf(y.code) === countryOf(x.code)));
    if (!named && members.length >= 2)
      ps = localForces(v, a.source).flatMap((src) =>
        members.map((t) => [src, t] as [ActorMention, ActorMention]),
      );
  }
  // "handed Kalbajar to Azerbaijan under a Russian-brokered truce", "a ceasefire between Israel and Iran brokered
  // by Trump": a mediation that reaches fewer than two parties mediates between the parties of the act before it.
  // "..., Saudi mediators said": a role noun inside an actor's mention mediates only between the two parties of a
  // reciprocal act before it that took or takes place ("as Qatari mediators pressed the group" after "Hamas is
  // holding hostages" mediates nothing; nor do mediators of talks that were postponed).
  const role = v.groupAt[m.trigger]! >= 0;
  if (a.source >= 0 && ctx.model.cameo.get(m.pattern.code)?.mode === "third-party")
    ps = mediatedParties(v, a.source, ps, role ? c.heldPair : c.lastParties) ?? ps;
  // "signed agreements with Israel at the White House in a ceremony hosted by Trump": a consultation whose agent
  // follows "by" after a reciprocal act, aimed at that act's subject, reaches its counterpart too.
  if (
    before &&
    beforeRecip &&
    !beforeAmong &&
    a.passive &&
    !m.pattern.noun &&
    m.pattern.code.startsWith("04") &&
    a.target === before.source &&
    before.target !== a.source &&
    ps.length > 0
  ) {
    const host = ps.map(([s]) => s).filter((s, k, all) => all.indexOf(s) === k);
    // A party of a country already served (or the host's own: "in the Turkish resort of Antalya") is no other party.
    const known = [...host, ...ps.flatMap(([, x]) => (x ? [x] : []))].map((x) => countryOf(x.code));
    const more = v.groups[before.target]!.members.filter((t) => !known.includes(countryOf(t.code)));
    for (const s of host) for (const t of more) ps.push([s, t]);
  }
  // "A meeting between Trump and Zelensky ... broke down, and a planned signing of a minerals deal (between the two
  // countries) was called off": a planned signing that names no party of its own is the pair's of the reciprocal
  // act before ("called Zelensky after the signing of the deal was called off" names no signing of that call's).
  // "Trump berated Zelensky, and a planned signing of a minerals deal was called off", "Trump and Vance berated
  // Zelensky, and a planned signing ... was called off": with no reciprocal act before, the two countries of the
  // act before are the signing's parties (one actor each), not the subject alone nor the subject's own members.
  if (
    (ps.length === 0 || ps.every(([s, t]) => t !== null && countryOf(s.code) === countryOf(t.code))) &&
    (a.source < 0 || c.recipPair.length < 2) &&
    a.target < 0 &&
    m.pattern.recip &&
    m.pattern.code.startsWith("05") &&
    (m.pattern.noun || verbAsNoun(v, m.trigger)) &&
    plannedNoun(v, m, ctx.prep.cues) &&
    !namesActor(v, m)
  ) {
    const signers = c.recipPair.length === 2 ? c.recipPair : oneEachCountry(c.lastParties);
    if (signers.length === 2)
      ps = [
        [signers[0]!, signers[1]!],
        [signers[1]!, signers[0]!],
      ];
  }
  // "Tokayev received Xi in Astana, where the leaders signed a treaty": a collective subject of a cooperative act
  // in a clause on the place of a consultation coded before is that consultation's parties, acting on one another.
  if (
    ps.length === 0 &&
    c.lastMeet &&
    !m.pattern.noun &&
    (ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) <= 2
  ) {
    const where = meetingWhere(v, ctx.prep.second, c.lastMeet, m.trigger);
    if (where >= 0 && collectiveWhere(v, where, m.trigger)) {
      const all = oneEachCountry(c.lastMeet.parties);
      ps = all.flatMap((x) => all.filter((y) => y !== x).map((y) => [x, y] as [ActorMention, ActorMention]));
    }
  }
  // "Guatemala agreed to take in deported migrants during a visit to Guatemala City by Rubio": a cooperative act
  // that names no other party (none, a place of its own country, or people of no country), right before a visit
  // that is its occasion, is aimed at the visitor; so is one on a body the visitor's belongs to ("agreed to improve
  // cooperation with U.N. inspectors during a visit to Tehran by IAEA chief Rafael Grossi").
  if (
    a.source >= 0 &&
    (ps.length === 0 || (a.target >= 0 && v.groups[a.target]!.members[0]!.code.startsWith("IGO"))) &&
    !m.pattern.noun &&
    !m.pattern.code.startsWith("04") &&
    (ctx.model.cameo.get(m.pattern.code)?.quad ?? 3) <= 2
  ) {
    const g = visitorAfter(v, m.trigger, a.target);
    if (g >= 0 && !sameCountry(v, g, a.source) && visitAimed(v, a.target, a.source, g, ps.length === 0))
      ps = v.groups[a.source]!.members.flatMap((s) =>
        v.groups[g]!.members.map((t) => [s, t] as [ActorMention, ActorMention]),
      );
  }
  // "Russia and the United States exchanged prisoners, freeing journalist Evan Gershkovich": a member of a subject of
  // two or more countries yields nothing to its own country's actor; the others do. So with a pledge to yield:
  // "Armenia and Azerbaijan agreed to free prisoners" is each one's pledge to the other.
  if (
    a.source >= 0 &&
    !m.pattern.recip &&
    (m.pattern.code.startsWith(YIELD_ROOT) || ctx.prep.yieldIntent.has(m.pattern.code))
  )
    ps = notOwnCountry(v.groups[a.source]!.members, ps);
  // "held joint drills with Guyana's defence force, a move Venezuela called a provocation": a reaction in a relative
  // clause on the reciprocal act just before, aimed at one of its two parties, is aimed at both (a joint act has two
  // agents, as the gold README settles).
  if (c.recipLast && ps.length > 0) ps = jointReaction(v, m, a, ps, c.lastParties);
  // Only an act with a named agent and no counterpart tries the runner-up pattern.
  if (ps.length === 0 && a.source < 0) return STOP_ACTS;
  // "Mongolia and the United States began their exercise near Ulaanbaatar": drills of several countries held on a
  // party's own ground (or near no other country) are aimed at no one, and are still their joint exercise.
  const jointOnly = ps.length === 0 && m.pattern.jointly !== null && unaimedJoint(v, m, a);
  if (jointOnly) ps = jointMembers(v, a.source).map((s) => [s, null]);
  // "bombed a concert in Hpakant, killing more than 60 people", "killed at least 60 people in air strikes on a
  // concert": an act of force that names no one falls on the victims of the same agent's killing (`victims`).
  if (ps.length === 0 && !jointOnly) ps = victimsPairs(ctx, v, chosen, sel, a, events);
  return { ps, hosted, jointOnly };
}

/** What codeSentence has settled for one selected act before it emits an event per pair (see emitPair). */
interface PairAct {
  readonly ctx: SentenceCtx;
  readonly v: View;
  readonly sel: Selected;
  readonly a: Args;
  readonly st: StatusResult;
  readonly ps: readonly (readonly [ActorMention, ActorMention | null])[];
  readonly chosen: readonly Selected[];
  readonly matches: readonly Match[];
  readonly cols: EventColumns;
  readonly seen: Set<string>;
  readonly dyads: Map<string, number>;
  readonly coordOf: ReadonlyMap<number, number>;
  readonly actCode: string;
  readonly threat: string | null;
  readonly hosted: Meeting | null;
  readonly crowd: number;
  readonly claimant: number;
  readonly dealt: boolean;
  /** A reciprocal act one side says it will not do, coded as its refusal (`refused=`). */
  readonly refusal: boolean;
  readonly framed: boolean;
  readonly verbal: boolean;
  readonly echo: boolean;
}

/**
 * Emit the events of one pair (s, t) of a selected act, with the events beside it, into the sentence's columns.
 * Apart from codeSentence so that V8 compiles and optimises each on its own: as one function it was just under
 * V8's bytecode limit and only optimised after thousands of sentences.
 */
function emitPair(p: PairAct, s: ActorMention, t: ActorMention | null): void {
  const {
    ctx,
    v,
    sel,
    a,
    st,
    ps,
    chosen,
    matches,
    cols,
    seen,
    dyads,
    coordOf,
    actCode,
    threat,
    hosted,
    crowd,
    claimant,
    dealt,
    refusal,
    framed,
    verbal,
    echo,
  } = p;
  const { m } = sel;
  const { events, featured, nounEvent, oneWayNoun, means, tolled, toll, purpose, trig, personKill, venued } =
    cols;
  if (crowd >= 0 && !v.groups[crowd]!.members.includes(s)) return;
  // "The last French troops left Niger": only forces leaving another's country retreat (`forcesonly`);
  // "Zelensky left Washington" ends a visit, "Ukrainian troops left Bakhmut" names no other side: nothing.
  // Only a country or place is left ("..., leaving 20 Indian soldiers dead" leaves none).
  // "students blockaded the broadcaster" protest; "Kenya's High Court blocked the deployment" does not (`peopleonly`).
  if (m.pattern.peopleOnly && !peopleSource(s) && !peopleNamedByState(v, s, a.source, ctx.prep.second))
    return;
  // "Somali troops backed by U.S. air strikes drove al-Shabab out": weapons after "by" are a means, not a backer.
  if (m.pattern.means && meansAgent(v, m.trigger, ctx.prep.second)) return;
  if (
    m.pattern.forcesOnly &&
    (!pluralForce(v, s) || !t || countryOf(t.code) === countryOf(s.code) || !LEFT_KINDS.has(t.kind))
  )
    return;
  // "Russian strikes on the country's power grid": a pointing noun ("the country") never names the state that
  // acts as its own target (its forces or people may act on it: "soldiers detained the country's president").
  if (t?.entry === STATE_NOUN && (s.code === t.code || s.code === countryOf(t.code))) return;
  // "The Turkish president told visiting students that ...": a `converse` act turned round onto an actor of the
  // slot's own country (a guest, a supplier) is no act between two parties.
  if (m.pattern.converse && t && countryOf(t.code) === countryOf(s.code)) return;
  // "Maduro ordered the state oil company to issue licences", "Tinubu ordered security forces to rescue them": a
  // leader's order to the country's own forces or companies is command, no demand (as nearly all the wire-dev
  // writers code it); a court's order and an order to the country's people or workers stay demands.
  if (t && ownCommand(v, m, s, t)) return;
  // "insisting the project posed no threat", "insisted that the craft was a civilian airship": "insist" before a
  // clause whose verb is finite asserts a fact, no demand ("insisted that the EU withdraw its plan" demands).
  if (assertedInsist(v, m)) return;
  if (boycottedVote(v, m)) return;
  const code = refusal
    ? m.pattern.refused!
    : dealt
      ? m.pattern.deal!
      : (recoded(ctx, v, m.pattern, a, s, t, claimant >= 0, m.trigger) ?? actCode);
  // "Voters in Kazakhstan backed the construction of a nuclear plant", "a law backed by President Hassan Sheikh
  // Mohamud", "the government, which had backed his rival": plain support (050) within one country is no event
  // between two parties (no wire-dev record codes one). Nor is material cooperation (root 06: "Mexico extradited
  // Ovidio Guzman", "handed them over to Indian officials", "drills between Indonesia and Russia" read as RUS>RUS).
  const within = t !== null && countryOf(s.code) === countryOf(t.code);
  if (within && (code === "050" || code.startsWith("06"))) return;
  // "Saudi Arabia will not establish diplomatic relations with Israel", "said he would not restore relations with
  // Ecuador": relations one side refuses are that side's act alone (the gold README's rule; w7-164, w16-299 ...),
  // so the reversed pair of a negated reciprocal recognition is dropped. So is the reversed pair of any reciprocal
  // act one side says it will not do ("would not meet Kagame", "would not resume talks with Pyongyang", "would never
  // negotiate with the RSF"; w25-084, w50-063, w53-166, w30-037, w54-178), while "did not meet" stays both ways.
  if (
    (st.status === "negated" || refusal) &&
    m.pattern.recip &&
    (code === "054" || refusedInProspect(v, m.trigger)) &&
    a.source >= 0 &&
    !v.groups[a.source]!.members.includes(s)
  )
    return;
  // "flew rescue teams to Yangon and Naypyitaw": two places (or a place and a seat) of one country that one act
  // reaches are one target, that country (one event, as the wire-dev writers code it).
  const key = `${m.trigger}|${s.code}|${t ? placeKey(t) : ""}|${code}`;
  const dyad = `${countryOf(s.code)}|${t ? countryOf(t.code) : ""}|${code}`;
  // The same act again between the same countries, from another trigger; one act's own pairs are all kept
  // ("accusing them" for "Sudan's army and the RSF", both directions of "talks between Congo's government and ...").
  const again = (dyads.get(dyad) ?? m.trigger) !== m.trigger;
  if (seen.has(key) || ((echo || m.pattern.noun) && again)) return;
  // "signed and ratified a treaty", "arrested but did not charge him": one event per code and pair.
  const joint = coordOf.get(m.trigger);
  const jointKey = `${joint}|${s.code}|${t?.code ?? ""}|${code}`;
  if (joint !== undefined && seen.has(jointKey)) return;
  // "rejected the demand, saying Seoul would never accept ...": the same verbal act restated in a ", saying"
  // clause (not an attack it describes: "launched an invasion, saying its troops were targeting ...").
  if (verbal && saying(v, m.trigger) && restates(events, code, s.code, t?.code ?? null)) return;
  // "lodged a protest with Beijing ..., calling it a violation": the characterisation is the protest itself.
  // "travelled to Washington ..., meeting President Biden": a reciprocal act restates the visit either way.
  // Not a verdict on the author of a reported deed, another actor than the one the act before was aimed at
  // ("Tallinn summoned a Russian diplomat, calling the move a provocation" after "Russian border guards had
  // removed buoys": the guards, a clause's subject, are judged, besides the envoy summoned).
  const author =
    t !== null &&
    m.targetGroup < 0 &&
    targetless(m.pattern) &&
    a.target >= 0 &&
    v.groups[a.target]!.tokEnd <= m.trigger &&
    v.subjectPos[a.target] === true &&
    !events.some((e) => e.root === code.slice(0, 2) && e.target?.code === t.code);
  // "lodged a protest with Seoul ..., calling it a provocation": a formal protest or case is no verdict the
  // participle restates; the verdict is coded beside it, as most wire-dev writers code it (`formal`).
  if (
    echo &&
    m.pattern.echo &&
    !author &&
    restates(
      events.filter((x) => !formalEvent(ctx, x)),
      code,
      s.code,
      t?.code ?? null,
      m.pattern.recip,
    )
  )
    return;
  // "Beijing denied a Philippine accusation that …, calling the claim a fabrication": a verdict that calls a
  // claim false (the words of a `claim=` pattern) after a comma restates the denial just coded between the pair.
  if (echo && m.pattern.claim && t && deniedBefore(events, m.pattern.claim, s.code, t.code)) return;
  const e = makeEvent(ctx, v, { m, code, a, st }, s, t);
  if (!e) return;
  seen.add(key);
  if (joint !== undefined) seen.add(jointKey);
  if (!dyads.has(dyad)) dyads.set(dyad, m.trigger);
  events.push(e);
  if (featured) featured.push(actFeatures(v, act(sel, a, e, ps.length, false), s, t));
  // "in retaliation for Trump's tariffs": an act answered, not an echo of the act that answers it.
  // "a summit of A and B that Tokyo had hoped to host": the hosting, like the meeting noun, restates no verb act.
  // "expelled 12 Algerian diplomats in response to Algiers' expulsion of 12 French embassy staff": so is an act
  // answered that names the retaliator's country as its own target.
  const answered = m.pattern.noun && t !== null && answersRetaliator(v, m.trigger, a.source, t);
  // "hosted Putin at a base for talks that ended without a deal": talks narrated as held after the host's act
  // are the pair's own, not an echo of the hosting.
  const held =
    t !== null &&
    heldTalks(v, ctx.prep.second, m) &&
    events.some(
      (x) =>
        ctx.model.cameo.get(x.code)?.mode === "visit" &&
        x.target !== null &&
        unorderedPair(x) === unorderedPair(e),
    );
  nounEvent.push((m.pattern.noun || hosted !== null) && !a.retaliated && !framed && !answered && !held);
  oneWayNoun.push(m.pattern.noun && !m.pattern.recip);
  means.push(m.pattern.noun && !m.pattern.recip && !framed && meansPhrase(v, m.trigger));
  tolled.push(countsToll(m));
  // "killed Hezbollah leader Hassan Nasrallah in an air strike": a named person's killing is an act of its own.
  toll.push(m.pattern.toll && t?.kind !== "person");
  purpose.push(m.pattern.purpose && purposeInfinitive(v, m.trigger));
  trig.push(m.trigger);
  personKill.push(m.pattern.toll && !m.pattern.noun && t?.kind === "person");
  venued.push(a.venue === true);
  // "King Abdullah told Trump at the White House that ...": a person's act on a visitor at a seat of government is
  // also their meeting, both ways, with the act's status.
  // A threat or demand made there is a meeting that took place ("warned Erdogan at the Kremlin that ...").
  const met =
    st.status === "threatened" || st.status === "demanded" ? { ...st, status: "occurred" as const } : st;
  if (t && seatMeeting(v, ctx.prep.second, m, a))
    for (const [x, y] of [
      [s, t],
      [t, s],
    ] as const) {
      if (restates(events, MEET, x.code, y.code)) continue;
      const me = makeEvent(ctx, v, { m, code: MEET, a, st: met }, x, y);
      if (me) pushBeside(cols, me, () => actFeatures(v, act(sel, a, me, ps.length, false), x, y), m.trigger);
    }
  // "Rubio told Panama's President Mulino in Panama City that ...": speech in the addressee's country is the
  // speaker's visit there.
  if (t && !restates(events, VISIT, s.code, t.code) && seatVisit(v, ctx.prep.second, m, a)) {
    const ve = makeEvent(ctx, v, { m, code: VISIT, a, st: met }, s, t);
    if (ve) pushBeside(cols, ve, () => actFeatures(v, act(sel, a, ve, ps.length, false), s, t), m.trigger);
  }
  // "A UN commission of inquiry concluded that Israel had ...": the inquiry's finding is also its investigation,
  // unless that investigation is coded already ("A Chinese investigation into Japanese imports concluded ...").
  const probe = m.pattern.inquiry;
  if (
    probe &&
    t &&
    inquirySubject(
      v,
      plainReport(v, m.trigger) ? v.w.inquiryBody : ctx.prep.second.inquiry,
      m.pattern.actBefore ? trailingSayVerb(v, a.source, m.trigger) : m.trigger,
      a.source,
    ) &&
    !restates(events, probe, s.code, t.code)
  ) {
    const ie = makeEvent(ctx, v, { m, code: probe, a, st }, s, t);
    if (ie) pushBeside(cols, ie, () => actFeatures(v, act(sel, a, ie, ps.length, false), s, t), m.trigger);
  }
  // "switched recognition from Taipei to Beijing": the break with Taipei is also Beijing's recognition (`onward=`).
  const onward = m.pattern.onward && t ? actorRightAfter(v, m.last) : -1;
  for (const y of onward >= 0 ? v.groups[onward]!.members.map(stateParty) : []) {
    if (
      countryOf(y.code) === countryOf(s.code) ||
      (t !== null && countryOf(y.code) === countryOf(t.code)) ||
      restates(events, m.pattern.onward!, s.code, y.code)
    )
      continue;
    const oe = makeEvent(ctx, v, { m, code: m.pattern.onward!, a, st }, s, y);
    if (oe) pushBeside(cols, oe, () => actFeatures(v, act(sel, a, oe, ps.length, false), s, y), m.trigger);
  }
  // "a court sentenced X to 16 years": the sentence is also the finding of guilt (`verdict=116`), as most wire-dev
  // writers code it; once only, beside a conviction coded already ("convicted X ... and sentenced him to ...").
  const verdict = m.pattern.verdict;
  if (
    verdict &&
    t &&
    !events.some(
      (x) =>
        x.code === verdict && countryOf(x.source.code) === countryOf(s.code) && x.target?.code === t.code,
    )
  ) {
    const ve = makeEvent(ctx, v, { m, code: verdict, a, st }, s, t);
    if (ve) pushBeside(cols, ve, () => actFeatures(v, act(sel, a, ve, ps.length, false), s, t), m.trigger);
  }
  // "will withdraw its ambassador and 1,500 troops from Niger": the words name a second act (`also=087`), once.
  const also = m.pattern.also;
  if (also && t && !restates(events, also, s.code, t.code)) {
    const ae = makeEvent(ctx, v, { m, code: also, a, st }, s, t);
    if (ae) pushBeside(cols, ae, () => actFeatures(v, act(sel, a, ae, ps.length, false), s, t), m.trigger);
  }
  // "rejected French accusations that it had stirred unrest": a charge its words name with its author in the slot
  // is also that author's accusation of the denier (`denied=112`), once only for the pair.
  // Only for a charge whose "that" clause states it (not "rejected Canada's allegations as absurd"), and not when
  // an accusation noun in the words codes it ("Kinshasa's accusation that Rwandan troops ...").
  const stated = v.toks[m.spanEnd]?.lower === "that";
  const denied = stated ? m.pattern.denied : null;
  const nounCharge = chosen.some(
    (y) =>
      y.m.trigger > m.trigger &&
      y.m.trigger < sel.wrapEnd &&
      y.m.pattern.code.startsWith(denied?.slice(0, 2) ?? "-"),
  );
  if (denied && t && a.targetHow === "slot" && !nounCharge && !restates(events, denied, t.code, s.code)) {
    const ce = makeEvent(ctx, v, { m, code: denied, a, st }, t, s);
    if (ce) pushBeside(cols, ce, () => actFeatures(v, act(sel, a, ce, ps.length, false), t, s), m.trigger);
  }
  // "rallied in Yerevan to demand Pashinyan's resignation": the protest is also the demand its words make
  // (`demands=1041`), as the wire-dev writers code it; once only beside a demand coded already.
  const demand = m.pattern.demands;
  if (
    demand &&
    t &&
    !events.some((x) => x.code === demand && x.source.code === s.code && x.target?.code === t.code)
  ) {
    const de = makeEvent(ctx, v, { m, code: demand, a, st: { ...st, status: "demanded" as const } }, s, t);
    if (de) pushBeside(cols, de, () => actFeatures(v, act(sel, a, de, ps.length, false), s, t), m.trigger);
  }
  // "fired tear gas at students protesting in Istanbul", "at protesters who had gathered in Lome to demand ...":
  // the crowd fired on, shown protesting, protests too (`protested=141`) at its state's government, as most
  // wire-dev writers code it; not beside a protest of that crowd's country coded already.
  const shown = m.pattern.protested ? protestingCrowd(v, ctx.prep.second, m.trigger, s) : null;
  // (a "who" clause whose verb codes the protest itself: "demonstrators who had rallied ... against a bill")
  const crowdActor =
    shown && !chosen.some((y) => y.m.trigger === shown.move && y.m.pattern.code.startsWith(PROTEST_ROOT))
      ? shown.crowd
      : null;
  if (
    crowdActor &&
    !events.some((x) => x.root === PROTEST_ROOT && countryOf(x.source.code) === countryOf(crowdActor.code))
  ) {
    const gov = impliedSelf(s, "GOV");
    const pe = makeEvent(ctx, v, { m, code: m.pattern.protested!, a, st }, crowdActor, gov);
    if (pe)
      pushBeside(
        cols,
        pe,
        () => actFeatures(v, act(sel, a, pe, ps.length, false), crowdActor, gov),
        m.trigger,
      );
  }
  // "Philippine police arrested Duterte on an ICC warrant": serving a warrant is also the server's judicial
  // cooperation with its issuer (`served=063`), as the wire-dev writers code it.
  const serves = m.pattern.served && t ? servedAct(v, m.trigger, a.source) : null;
  const server = serves && serves[0] === a.target ? subjectOf(v, serves[1]) : -1;
  const sv = server >= 0 ? v.groups[server]!.members[0] : undefined;
  if (
    m.pattern.served &&
    sv &&
    countryOf(sv.code) !== countryOf(s.code) &&
    !restates(events, m.pattern.served, sv.code, s.code)
  ) {
    const se = makeEvent(ctx, v, { m, code: m.pattern.served, a, st }, sv, s);
    if (se) pushBeside(cols, se, () => actFeatures(v, act(sel, a, se, ps.length, false), sv, s), m.trigger);
  }
  // "filed a case at the ICJ accusing Israel of genocide": the case is also the accusation it makes.
  const charged = m.pattern.charges && t ? chargeCode(v, m, matches) : null;
  const tc = t?.code;
  if (
    charged &&
    !events.some((x) => x.code === charged && x.source.code === s.code && x.target?.code === tc)
  ) {
    const ce = makeEvent(ctx, v, { m, code: charged, a, st }, s, t);
    if (ce) pushBeside(cols, ce, () => actFeatures(v, act(sel, a, ce, ps.length, false), s, t), m.trigger);
  }
  // "Guyana asked the International Court of Justice to stop Venezuela from holding a referendum": an appeal to
  // a court against a party named in the rest of its clause is also a legal complaint against that party.
  // Besides an accusation of the same root ("accused Venezuela of ... and filed a request with the ICJ to ...").
  for (const y of t && code.startsWith("02") ? courtDefendants(v, a.target, s.code) : []) {
    if (
      events.some((x) => x.code === COURT_COMPLAINT && x.source.code === s.code && x.target?.code === y.code)
    )
      continue;
    const le = makeEvent(ctx, v, { m, code: COURT_COMPLAINT, a, st }, s, y);
    if (le) pushBeside(cols, le, () => actFeatures(v, act(sel, a, le, ps.length, false), s, y), m.trigger);
  }
  // "Poland signed a deal to buy 96 helicopters from the United States": the purchase is also the signing of the
  // deal, both ways between the two countries (`signed=057`), as the wire-dev writers code a signed sale.
  const signed =
    m.pattern.signed && t && countryOf(t.code) !== countryOf(s.code) && !m.pattern.noun
      ? m.pattern.signed
      : null;
  if (signed && signedPurpose(v, ctx.prep.second, m.trigger))
    for (const [x, y] of [
      [s, t!],
      [t!, s],
    ] as const) {
      if (restates(events, signed, x.code, y.code)) continue;
      const se = makeEvent(ctx, v, { m, code: signed, a, st }, x, y);
      if (se) pushBeside(cols, se, () => actFeatures(v, act(sel, a, se, ps.length, false), x, y), m.trigger);
    }
  // "Iran freed five U.S. citizens in exchange for five Iranians held in the United States": a release traded
  // for the releaser's own people is a swap, the other side's release too.
  // A swap already coded both ways ("exchanged prisoners …, freeing X in return for Y") gets nothing more.
  const twoWay = ps.some(
    ([x, y]) =>
      y && countryOf(x.code) === countryOf(t?.code ?? "") && countryOf(y.code) === countryOf(s.code),
  );
  const back = t && code.startsWith("084") && !twoWay ? swappedBack(v, m, s, t) : null;
  if (back && !restates(events, code, t!.code, back.code)) {
    const state = { ...t!, code: `${countryOf(t!.code)}GOV`, kind: "state" as const };
    const be = makeEvent(ctx, v, { m, code, a, st }, state, back);
    if (be)
      pushBeside(cols, be, () => actFeatures(v, act(sel, a, be, ps.length, false), state, back), m.trigger);
  }
  // "gave Moscow ten days to agree to a ceasefire": an ultimatum also demands the act it sets a deadline for.
  const asked =
    t && countryOf(t.code) !== countryOf(s.code) ? ultimatumDemand(ctx, v, sel, matches) : undefined;
  if (asked && !restates(events, asked, s.code, t!.code)) {
    const de = makeEvent(ctx, v, { m, code: asked, a, st: { ...st, status: "demanded" } }, s, t);
    if (de) pushBeside(cols, de, () => actFeatures(v, act(sel, a, de, ps.length, false), s, t), m.trigger);
  }
  // "India would strike again if Pakistan backed another attack": the promised act is also a threat.
  if (!threat || !t || countryOf(t.code) === countryOf(s.code) || restates(events, threat, s.code, t.code))
    return;
  const te = makeEvent(ctx, v, { m, code: threat, a, st: { ...st, status: "threatened" } }, s, t);
  if (te) pushBeside(cols, te, () => actFeatures(v, act(sel, a, te, ps.length, true), s, t), m.trigger);
}

/**
 * The reporting verb of trailing sayer `source` (", a UN fact-finding mission said on Friday, concluding ..."): the
 * verb right after the group, past auxiliaries and adverbs, when the group opens after a comma and only adverbs and
 * prepositional phrases stand between the verb and the comma before the participle at `i`; else -1.
 */
function trailingSayVerb(v: View, source: number, i: number): number {
  if (source < 0) return -1;
  const g = v.groups[source]!;
  let b = g.tokStart - 1;
  while (b >= 0 && v.toks[b]!.pos === "DET") b--;
  if (v.toks[b]?.text !== ",") return -1;
  let k = g.tokEnd;
  // "a United Nations fact-finding mission said": the head nouns after the actor's name ("finding" may be read as a
  // verb after its hyphen).
  const head = (q: number) =>
    SUBJECT_PHRASE.has(v.toks[q]!.pos) || v.toks[q]!.text === "-" || v.toks[q - 1]?.text === "-";
  while (k < i && v.groupAt[k]! < 0 && head(k)) k++;
  while (k < i && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV")) k++;
  const verb = v.toks[k];
  if (verb?.pos !== "VERB" || !is(v, verb, v.b.say)) return -1;
  for (let q = k + 1; q < i - 1; q++) {
    const t = v.toks[q]!;
    if (t.text === "," || t.pos === "VERB" || t.pos === "AUX" || v.groupAt[q]! >= 0) return -1;
  }
  return v.toks[i - 1]?.text === "," ? k : -1;
}

/**
 * ", a UN fact-finding mission said, concluding that the abuses amounted to crimes against humanity": the author of the
 * act reported before trailing sayer `source`, whose ", -ing" participle at `i` is a finding on it; or -1. Not a party's
 * own account ("Russia broke the truce, Kyiv said, adding that ...": the sayer is of the author's or the victim's
 * country) nor a news outlet's.
 */
function findingAuthor(
  v: View,
  acts: readonly { source: number; target: number }[],
  source: number,
  i: number,
): number {
  if (trailingSayVerb(v, source, i) < 0) return -1;
  const act = acts.at(-1);
  if (!act || act.source < 0 || act.target < 0) return -1;
  if (v.groups[act.source]!.tokEnd > v.groups[source]!.tokStart) return -1;
  if (sameCountry(v, act.source, source) || sameCountry(v, act.target, source)) return -1;
  if (v.groups[source]!.members.some((x) => x.code.slice(3).startsWith("MED"))) return -1;
  return act.source;
}

/**
 * "filed a case at the ICJ accusing Israel of genocide": the code of the best accusation (a root-11 verb pattern other
 * than a `charges` one) triggered by a word inside the filing's words, or null.
 */
function chargeCode(v: View, m: Match, all: readonly Match[]): string | null {
  let best: Match | null = null;
  for (const x of all)
    if (
      x.trigger > m.trigger &&
      x.trigger <= m.last &&
      !x.pattern.noun &&
      !x.pattern.charges &&
      x.pattern.code.startsWith("11") &&
      v.toks[x.trigger]!.pos === "VERB" &&
      (!best || x.score > best.score)
    )
      best = x;
  return best?.pattern.code ?? null;
}

/**
 * "an agreement that Meloni struck with Rama", "the first deal Trump struck": group `g` is the subject of a relative
 * clause on an agreement noun (`_TERMS_NOUN`) whose verb is the trigger.
 */
function dealStruck(ctx: SentenceCtx, v: View, g: number, trigger: number): boolean {
  if (g < 0 || v.groups[g]!.tokEnd > trigger) return false;
  for (let k = v.groups[g]!.tokEnd; k < trigger; k++) if (!VERB_LEAD.has(v.toks[k]!.pos)) return false;
  const np = summaryNoun(v, g);
  return np !== null && ctx.prep.second.terms.has(v.toks[np.head]!.lower);
}

/**
 * "NATO peacekeepers clashed with Serb protesters", "police clashed with demonstrators": the group of the act's pair
 * that is a crowd (`_CROWD_NOUN`) when the other is none, or -1.
 */
function crowdSide(ctx: SentenceCtx, v: View, a: Args): number {
  if (a.source < 0 || a.target < 0) return -1;
  const words = ctx.prep.second.crowd;
  const src = headIn(v, words, a.source);
  if (src === headIn(v, words, a.target)) return -1;
  return src ? a.source : a.target;
}

/** Classes whose words name an act a proposal may be for ("a proposal for a summit / a truce / direct talks"). */
const ACT_NOUN_CLASSES = [
  "ENCOUNTER",
  "TALKS",
  "PEACE_DEAL",
  "_TRUCE_NOUN",
  "_FRAMEWORK_NOUN",
  "_MEETING_NOUN",
  "_TALKS_NOUN",
];

/** A noun that names an act: the head of a noun pattern or a word of an act-noun class. */
function actNoun(m: VerbModel, word: string): boolean {
  return m.nounHeads.has(word) || ACT_NOUN_CLASSES.some((c) => m.classes.get(c)?.has(word) ?? false);
}

/** Word classes a passive's "by" phrase may run through before its head noun (`means`). */
const MEANS_RUN = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM", "CCONJ"]);

/**
 * "backed by U.S. air strikes", "backed by American, British and Jordanian jets": the "by" phrase right after the passive
 * trigger at `trigger` ends in a weapon or aircraft noun, its actors only that noun's owners (`means`).
 */
function meansAgent(v: View, trigger: number, sw: SecondWords): boolean {
  if (v.toks[trigger + 1]?.lower !== "by") return false;
  let head = "";
  for (let k = trigger + 2; k < v.toks.length && k < trigger + 14; k++) {
    const t = v.toks[k]!;
    // A comma runs on only within a list of modifiers ("American, British and Jordanian jets").
    if (t.lower === ",") {
      if (!/^(ADJ|PROPN)$/.test(v.toks[k + 1]?.pos ?? "")) break;
      continue;
    }
    if (!MEANS_RUN.has(t.pos)) break;
    if (t.pos === "NOUN") head = t.lower;
  }
  return sw.weapon.has(head) || sw.aircraft.has(head);
}

/** Sectors that act for a state or by arms (`peopleonly`): institutions, forces, gangs and armed groups. */
const NOT_PEOPLE = new Set(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "CRM", "REB", "UAF"]);

/** Is `s` people (`peopleonly`): a sector actor of a country that is no state institution, force, gang or armed group? */
function peopleSource(s: ActorMention): boolean {
  const sector = s.code.slice(3, 6);
  return !s.code.startsWith("IGO") && sector.length === 3 && !NOT_PEOPLE.has(sector);
}

/**
 * "Hundreds of Nepalis blocked highways", "Japanese farmers blocked roads" (a demonym coded as the state): a state's
 * code stands for people when its group is a crowd or its last word is a plural demonym ("Nepalis": lemma and form
 * differ), not for "Vienna" or "the United States" (`peopleonly`).
 */
function peopleNamedByState(v: View, s: ActorMention, g: number, sw: SecondWords): boolean {
  if (s.code.length !== 3 || g < 0) return false;
  if (crowdSubject(v, g, sw)) return true;
  const last = v.toks[s.tokenEnd - 1];
  return (
    last?.pos === "PROPN" &&
    last.lower.endsWith("s") &&
    last.lower !== last.lemma &&
    !isIn(last, v.w.quantity)
  );
}

/** Sectors of armed men in uniform: soldiers and police (not spies, who are shot dead like civilians). */
const TROOPS = new Set(["MIL", "COP"]);

/** Sectors of people who hold no state's office: civilians, refugees, armed groups ("Russian citizens", "Hamas officials"). */
const PEOPLE = new Set(["CVL", "REF", "REB"]);

/**
 * The code a pattern's `name=CODE` flags give the act between `s` and `t`, or null for the act's own code; `reported`
 * when the act answers a claim of reported speech (its claimant is the target).
 */
function recoded(
  ctx: SentenceCtx,
  v: View,
  p: Match["pattern"],
  a: Args,
  s: ActorMention,
  t: ActorMention | null,
  reported = false,
  trigger = -1,
): string | null {
  const civil = s.code.slice(3, 6) === "CVL";
  // "after a clash between Trump and Zelensky", "the two leaders clashed over ...": two persons quarrel, they do not fight.
  if (p.persons && t && s.kind === "person" && t.kind === "person") return p.persons;
  // "Kenyan police officers arrived in Haiti": forces arriving are deployed, not visiting.
  if (p.forces && pluralForce(v, s)) return p.forces;
  // "Ecuadorian police stormed the Mexican embassy": a state's forces storming a building coerce, they do not protest.
  if (p.armed && FORCES.has(s.code.slice(3, 6))) return p.armed;
  // "Armed settlers attacked a village": civilians assault, they do not wage war; on an institution ("protesters
  // attacked the Israeli embassy", "police") they riot.
  if (p.riot && civil && t && INSTITUTIONS.has(t.code.slice(3, 6))) return p.riot;
  if (p.civilians && civil) return p.civilians;
  // "Israeli troops opened fire on crowds in Gaza": repression is of a state's own people; another's are fired on.
  if (p.foreign && t && countryOf(t.code) !== countryOf(s.code)) return p.foreign;
  // "ordered Pakistani nationals to leave the country", "expel Hamas officials": people of another country or an armed
  // group sent out are deported (174), not a state's envoys expelled.
  if (p.people && t && PEOPLE.has(t.code.slice(3, 6)) && countryOf(t.code) !== countryOf(s.code))
    return p.people;
  // "suspended the BBC and Voice of America": an outlet suspended is silenced (1721), no member suspended from a bloc.
  if (p.media && t && t.code.slice(3, 6) === "MED") return p.media;
  if (p.crowd && crowdSide(ctx, v, a) >= 0) return p.crowd;
  // ", a charge New Delhi rejected as baseless" after "accused": the restated charge is rejected (`claim=`); a claim of
  // reported speech (`reported`: "the coast guard said ..., a charge Beijing rejected as baseless") stays denied.
  if (p.claim && !reported && claimRestated(v, a.source)) return p.claim;
  // "intercepted Russian bombers": aircraft are escorted away, not fired on.
  if (p.aircraft && a.target >= 0 && headIn(v, ctx.prep.second.aircraft, a.target)) return p.aircraft;
  // "drove a Chinese coast guard vessel out of Indonesian waters": a craft chased off is coerced, no people expelled.
  if (p.craft && a.target >= 0 && headIn(v, ctx.prep.second.craft, a.target)) return p.craft;
  // "a U.S. drone strike killed an Iranian general": a weapon that kills is the attack; a named victim stays a killing.
  if (p.weapon && !(t && namedVictim(v, t, a.target)) && headIn(v, ctx.prep.second.weapon, a.source))
    return p.weapon;
  // "Israel killed Hamas political chief Ismail Haniyeh in a strike", "killed Hezbollah's commander, Fuad Shukr": a
  // killing of a named person is a targeted killing (`named=`), an execution not (its own pattern has no flag).
  if (p.named && t && namedVictim(v, t, a.target)) return p.named;
  // "Haniyeh was killed in an Israeli strike": a strike that killed a named person is a targeted killing.
  if (p.victim && a.victim && t && namedVictim(v, t, a.target)) return p.victim;
  // "An Islamic State suicide bomber killed 13 U.S. troops": the suicide bomber's act is a suicide bombing.
  if (p.bomber && suicideSubject(v, ctx.prep.second, a.source, trigger)) return p.bomber;
  // "shot dead three Israeli soldiers", "shooting dead a Kosovo police officer", "two Palestinian gunmen": armed men
  // shot are fought.
  if (
    p.troops &&
    t &&
    (TROOPS.has(t.code.slice(3, 6)) || (a.target >= 0 && headIn(v, ctx.prep.second.fighter, a.target)))
  )
    return p.troops;
  return null;
}

/**
 * "Al-Shabab gunmen and a suicide bomber attacked", "Suicide bombers from Boko Haram killed": a suicide bomber stands
 * in the subject, from four words before the source's phrase to the trigger after it, with no verb in between.
 */
function suicideSubject(v: View, sw: SecondWords, source: number, trigger: number): boolean {
  if (source < 0 || trigger < 0) return false;
  const g = v.groups[source]!;
  if (g.tokStart > trigger) return false;
  for (let k = Math.max(0, g.tokStart - 4); k < trigger - 1; k++) {
    if (k >= g.tokEnd && /^(VERB|AUX)$/.test(v.toks[k]!.pos)) return false;
    if (isIn(v.toks[k], sw.suicide) && isIn(v.toks[k + 1], sw.bomber)) return true;
  }
  return false;
}

/**
 * "fired tear gas at students protesting in Istanbul", "at thousands of protesters marching in Khartoum", "at hundreds
 * of young protesters who had gathered in Lome": a crowd after the trigger (a `_CROWD_NOUN` or `_MARCHER_NOUN` word,
 * before any barrier) shown protesting by a `_PROTEST_MOVE` participle in "-ing" right after it, or by a "who" clause
 * whose verb (after its auxiliaries) is one. The crowd's actor is the people's mention on the noun, else the source's
 * country's civilians, with the protest verb's token; null when there is no such crowd ("fired tear gas at
 * protesters, who fled").
 */
function protestingCrowd(
  v: View,
  sw: SecondWords,
  trigger: number,
  s: ActorMention,
): { crowd: ActorMention; move: number } | null {
  for (let k = trigger + 1; k < v.toks.length && k <= trigger + 12; k++) {
    const t = v.toks[k]!;
    if (v.w.barrier.has(t.text)) return null;
    if (!isIn(t, sw.crowd) && !isIn(t, sw.marcher)) continue;
    let j = k + 1;
    const relative = isIn(v.toks[j], v.w.relative);
    if (relative) {
      j++;
      while (v.toks[j]?.pos === "AUX") j++;
    }
    const move = v.toks[j];
    if (!move || !isIn(move, sw.protestMove) || (!relative && !move.lower.endsWith("ing"))) continue;
    const g = v.groupAt[k]!;
    const people =
      g >= 0 ? v.groups[g]!.members.find((x) => PEOPLE_SECTORS.has(x.code.slice(3, 6))) : undefined;
    return { crowd: people ?? impliedSelf(s, "CVL"), move: j };
  }
  return null;
}

/** A reciprocal meeting noun coded before: its parties, its status and where it stands. */
interface Meeting {
  readonly parties: readonly ActorMention[];
  readonly status: Event["status"];
  readonly trigger: number;
}

/** A consultation coded before (root 04) between two countries: its parties and its trigger. */
interface MeetAct {
  readonly parties: readonly ActorMention[];
  readonly trigger: number;
}

/**
 * "Biden met Xi in Lima, where ...", "Trump and Xi met in Busan, where Beijing agreed to delay its export controls":
 * the index of the ", where" that opens the clause of the act at `trigger` on the place of the consultation `meet`
 * coded before it, or -1 (none between them, or a ";" after it).
 */
function meetingWhere(v: View, sw: SecondWords, meet: MeetAct, trigger: number): number {
  for (let k = trigger - 1; k > meet.trigger; k--) {
    if (v.toks[k]!.text === ";") return -1;
    if (isIn(v.toks[k], sw.placeRelative) && v.toks[k - 1]?.text === ",") return k;
  }
  return -1;
}

/**
 * The pairs of an act in a ", where" clause on a consultation's place (`where`, see meetingWhere) whose subject `g`
 * is of one party's country and that names no counterpart of its own in the clause (no target, or only a place or
 * demonym before the clause: "met in Busan, South Korea, where Beijing agreed ..."): each source mention with each
 * party of another country; null when the rule does not apply.
 */
function meetingPairs(
  v: View,
  meet: MeetAct,
  where: number,
  g: number,
  target: number,
  trigger: number,
): [ActorMention, ActorMention][] | null {
  // The subject opens the clause's act: no actor between it and the act ("..., where Kyiv said it was ready to accept
  // a ceasefire with Russia and Washington agreed ..." is no act of Kyiv's at "agreed").
  const src = v.groups[g]!;
  if (src.tokStart < where) return null;
  for (let k = src.tokEnd; k < trigger; k++) if (v.groupAt[k]! >= 0 && v.groupAt[k] !== g) return null;
  // A target before the clause only when it is the consultation's place: a place or demonym, or the phrase that ends
  // right at ", where" ("met in Busan, South Korea, where ...").
  if (target >= 0) {
    const t = v.groups[target]!;
    if (t.tokEnd > where || !(v.attributive[target] || t.tokEnd === where - 1)) return null;
  }
  const own = localForces(v, g);
  const mine = (x: ActorMention) => own.some((y) => countryOf(y.code) === countryOf(x.code));
  if (!meet.parties.some(mine)) return null;
  const others = oneEachCountry(meet.parties.filter((x) => !mine(x)));
  if (others.length === 0) return null;
  return own.flatMap((s) => others.map((t) => [s, t] as [ActorMention, ActorMention]));
}

/**
 * "..., where the leaders signed a treaty", "..., where the three pledged to consult one another": a collective subject
 * of no actor right after the ", where" at `where` (a determiner, a count word and a plural pair noun, or either
 * alone) and before the act at `trigger`, which stands for all who met there.
 */
function collectiveWhere(v: View, where: number, trigger: number): boolean {
  let k = where + 1;
  if (v.toks[k]?.pos !== "DET") return false;
  k++;
  const counted = is(v, v.toks[k], v.b.pairCount) || isIn(v.toks[k], v.w.groupCount);
  if (counted) k++;
  const t = v.toks[k];
  const noun = t !== undefined && is(v, t, v.b.pairNoun) && t.lower !== t.lemma;
  if (noun) k++;
  if (!counted && !noun) return false;
  while (k < trigger && VERB_LEAD.has(v.toks[k]!.pos)) k++;
  return k === trigger && v.groupAt[trigger]! < 0;
}

const HOST = "043";

/**
 * May an act of `source` on `target` (-1: none) before a visit by `visitor` be aimed at the visitor instead: with no
 * pair of its own (`unpaired`), when its target is none, a place of the source's own country or people of no country;
 * else when its target is an international body the visitor's is part of ("U.N. inspectors" and the IAEA's chief).
 */
function visitAimed(v: View, target: number, source: number, visitor: number, unpaired: boolean): boolean {
  if (target < 0) return unpaired;
  const t = v.groups[target]!.members[0]!.code;
  if (unpaired && (sameCountry(v, target, source) || countryOf(t) === "---")) return true;
  const w = v.groups[visitor]!.members[0]!.code;
  return t.startsWith("IGO") && w.length > t.length && w.startsWith(t);
}

/** "during a visit", "during Muizzu's first state visit": a visit noun after "during" (see visitorAfter). */
const VISIT_NOUN = new Set(["visit", "visits", "trip", "tour", "stopover"]);
/** Tags between "during" and a visit noun ("during Muizzu's first state visit"). */
const VISIT_OWNER_LEAD = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"]);

/**
 * "agreed to take in deported migrants, during a visit to Guatemala City by Secretary of State Marco Rubio", "agreed to
 * a currency swap during Muizzu's state visit": the visitor (the possessor before the visit noun, or the "by" agent
 * after it, before the next comma) of a visit after "during" that follows the act at `from` with no actor but its own
 * `target` and no clause break between them; or -1.
 */
function visitorAfter(v: View, from: number, target: number): number {
  let k = from + 1;
  while (k < v.toks.length && v.toks[k]!.lower !== "during") {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if ((g >= 0 && g !== target) || t.text === ";" || t.text === ":" || is(v, t, v.b.relative)) return -1;
    k++;
  }
  if (k >= v.toks.length) return -1;
  let owner = -1;
  let j = k + 1;
  while (j < v.toks.length && !VISIT_NOUN.has(v.toks[j]!.lower)) {
    const g = v.groupAt[j]!;
    if (g >= 0) {
      if (owner >= 0) return -1;
      owner = g;
      j = v.groups[g]!.tokEnd;
      continue;
    }
    if (!VISIT_OWNER_LEAD.has(v.toks[j]!.pos)) return -1;
    j++;
  }
  if (j >= v.toks.length) return -1;
  if (owner >= 0) return owner;
  for (let t = j + 1; t < v.toks.length && v.toks[t]!.text !== "," && v.toks[t]!.text !== ";"; t++) {
    if (v.toks[t]!.lower !== "by") continue;
    // "by IAEA chief Rafael Grossi": a title may stand before the agent's name.
    for (let u = t + 1; u < v.toks.length && u <= t + 4 && VISIT_OWNER_LEAD.has(v.toks[u]!.pos); u++)
      if (v.groupAt[u]! >= 0) return v.groupAt[u]!;
    return -1;
  }
  return -1;
}

/**
 * "attended the Arab League summit in Jeddah, where he was welcomed by Crown Prince Mohammed bin Salman": a passive
 * praise (051) by a `_WHERE_WELCOME` verb in a ", where" clause on the place of a consultation coded before hosts the
 * guest (043), as the wire-dev writers code "was welcomed / received by" after a visit.
 */
function welcomedWhere(
  v: View,
  sw: SecondWords,
  m: Match,
  a: Args,
  code: string,
  meet: MeetAct | null,
): boolean {
  if (code !== "051" || !a.passive || !meet || !isIn(v.toks[m.trigger], sw.whereWelcome)) return false;
  return meetingWhere(v, sw, meet, m.trigger) >= 0;
}

/** Relative pronouns that open a clause on the thing named before them. */
const THING_RELATIVE = new Set(["that", "which"]);

/**
 * True when the act `m` has no object of its own and its subject opens a relative clause on the meeting noun coded at
 * `meeting`: "a summit of Japan, China and South Korea, which Seoul had hoped to host" (no verb between the meeting
 * and the pronoun, no other actor between the subject and the act).
 */
function onMeeting(v: View, m: Match, a: Args, meeting: Meeting | null): boolean {
  if (!meeting || a.source < 0 || meeting.parties.length < 2) return false;
  const g = v.groups[a.source]!;
  // No object, or the meeting's own parties taken back for it (a target named before the subject).
  if (g.tokEnd > m.trigger || (a.target >= 0 && v.groups[a.target]!.tokStart > g.tokStart)) return false;
  let k = g.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET" && !THING_RELATIVE.has(v.toks[k]!.lower)) k--;
  if (k <= meeting.trigger || !THING_RELATIVE.has(v.toks[k]!.lower)) return false;
  // "talks between Russia and Ukraine on halting strikes on energy facilities, which Qatar had been due to host": a
  // gerund after a preposition is the topic's, no verb of a clause between the meeting and its relative.
  const gerund = (j: number) => v.toks[j]!.lower.endsWith("ing") && v.toks[j - 1]?.pos === "ADP";
  for (let j = meeting.trigger + 1; j < k; j++)
    if (/^(VERB|AUX)$/.test(v.toks[j]!.pos) && !gerund(j)) return false;
  return !v.groups.some((x, h) => h !== a.source && x.tokStart >= g.tokEnd && x.tokEnd <= m.trigger);
}

/**
 * The pairs of a host named in a reduced passive participle ("talks in Riyadh, hosted by Saudi Arabia", "in talks
 * hosted by the Saudi crown prince") after a reciprocal consultation (`04`) coded in its clause: the host and each
 * party of that consultation of another country, beside the pairs found already; `ps` unchanged when it names fewer
 * than two ("signed the pact at a virtual summit hosted by Vietnam" codes no summit, and no hosting of the signers).
 */
function hostedParties(
  v: View,
  m: Match,
  a: Args,
  matches: readonly Match[],
  events: readonly Event[],
  ps: readonly (readonly [ActorMention, ActorMention | null])[],
): [ActorMention, ActorMention | null][] {
  const out = ps.map(([x, y]) => [x, y] as [ActorMention, ActorMention | null]);
  if (v.toks[m.trigger - 1]?.pos === "AUX" || v.toks[m.trigger + 1]?.lower !== "by") return out;
  const coded = (x: Match) => events.some((e) => e.pattern === x.pattern.id);
  const talks = matches
    .filter((x) => x.pattern.recip && x.pattern.code.startsWith("04") && x.trigger < m.trigger && coded(x))
    .at(-1);
  if (!talks) return out;
  for (let k = talks.spanEnd; k < m.trigger; k++) if (/^(VERB|AUX)$/.test(v.toks[k]!.pos)) return out;
  const ta = findArgs(v, talks, talks.spanEnd);
  const hosts = localForces(v, a.source);
  const own = new Set(hosts.map((x) => countryOf(x.code)));
  const parties = [ta.source, ta.target]
    .filter((g) => g >= 0)
    .flatMap((g) => v.groups[g]!.members)
    .filter((x, k, all) => !own.has(countryOf(x.code)) && all.findIndex((y) => y.code === x.code) === k);
  if (parties.length < 2) return out;
  for (const h of hosts)
    for (const t of parties)
      if (!out.some(([x, y]) => x.code === h.code && y?.code === t.code)) out.push([h, t]);
  return out;
}

/**
 * A reaction (root 11 or 12) whose source opens a relative clause on the noun that restates the reciprocal act just
 * before (", a move Venezuela called a provocation", "drills that China said were undermining stability"), and whose
 * pairs reach some of that act's parties only: the pairs reaching every party (one actor a country); else `ps`.
 */
function jointReaction(
  v: View,
  m: Match,
  a: Args,
  ps: [ActorMention, ActorMention | null][],
  parties: readonly ActorMention[],
): [ActorMention, ActorMention | null][] {
  const all = oneEachCountry(parties);
  if (all.length < 2 || a.source < 0 || !REACTION_ROOTS.has(m.pattern.code.slice(0, 2))) return ps;
  // A `restated` verdict ("a move the EU said was not coordinated with Yerevan") judges the act's author alone.
  if (m.pattern.restated) return ps;
  if (summaryNoun(v, a.source) === null) return ps;
  const codes = all.map((p) => countryOf(p.code));
  const hit = new Set(ps.map(([, t]) => (t ? countryOf(t.code) : "")));
  if ([...hit].some((c) => !codes.includes(c))) return ps;
  const sources = ps.map(([s]) => s).filter((s, k, list) => list.indexOf(s) === k);
  if (sources.some((s) => codes.includes(countryOf(s.code)))) return ps;
  const rest = all.filter((p) => !hit.has(countryOf(p.code)));
  return [...ps, ...sources.flatMap((s) => rest.map((t) => [s, t] as [ActorMention, ActorMention]))];
}

/** The members of group `g` that can be parties of a joint act: known actors, no places. */
function jointMembers(v: View, g: number): ActorMention[] {
  return v.groups[g]!.members.filter(
    (x) => x.kind !== "place" && x.country !== null && !x.code.startsWith("---"),
  );
}

/**
 * True when the `jointly=` act `m` of a subject of two or more countries, acting together, is aimed at none of
 * their own: no target, or one that is only places (capitals too) of the subject's countries ("near Ulaanbaatar",
 * "off Jeju").
 */
function unaimedJoint(v: View, m: Match, a: Args): boolean {
  if (a.source < 0 || actApart(v, a.source, m)) return false;
  // "American jets intercepted Russian and Chinese bombers flying together near Alaska": another group between the
  // subject and the act is the one acting.
  const end = v.groups[a.source]!.tokEnd;
  if (v.groups.some((x, g) => g !== a.source && x.tokStart >= end && x.tokEnd <= m.trigger)) return false;
  const own = new Set(jointMembers(v, a.source).map((x) => x.country));
  if (own.size < 2) return false;
  // A capital after "near/off" is ground too, not its government ("drills off Hanoi" by Vietnam and Japan).
  return (
    a.target < 0 ||
    v.groups[a.target]!.members.every(
      (t) => (t.kind === "place" || t.kind === "metonym") && own.has(countryOf(t.code)),
    )
  );
}

/**
 * Every ordered pair of distinct countries among an act's parties: its sources, and with a reciprocal act its
 * partners too ("held naval drills with Russia and China": South Africa, Russia and China).
 */
function jointParties(
  recip: boolean,
  ps: readonly (readonly [ActorMention, ActorMention | null])[],
  joining: readonly ActorMention[],
): [ActorMention, ActorMention][] {
  const own = recip ? partiesOf(ps) : partiesOf(ps.map(([s]) => [s, null] as const));
  const all = [...own, ...joining.filter((x) => !own.some((y) => countryOf(y.code) === countryOf(x.code)))];
  const out: [ActorMention, ActorMention][] = [];
  for (const s of all) for (const t of all) if (countryOf(s.code) !== countryOf(t.code)) out.push([s, t]);
  return out;
}

/**
 * True when the act at `trigger` is an "-ing" verb right after its subject group `g` in a ", with X -ing" adjunct:
 * ", with Chancellor Olaf Scholz pledging ..." (not "met with X, signing ...", nor a word on the act before: ", with
 * Modi praising the deal").
 */
function withAdjunct(v: View, g: number, trigger: number): boolean {
  const t = v.toks[trigger]!;
  if (v.groups[g]!.tokEnd !== trigger || t.pos !== "VERB" || !t.lower.endsWith("ing")) return false;
  // ", with Modi praising the deal", "calling it historic": a word on the act just coded is no act of its own.
  const next = v.toks[trigger + 1]?.lower ?? "";
  if (next === "the" || v.w.thingPronoun.has(next)) return false;
  let k = v.groups[g]!.tokStart - 1;
  while (k > 0 && JOIN_LEAD.has(v.toks[k]!.pos)) k--;
  return v.toks[k]?.lower === "with" && v.toks[k - 1]?.text === ",";
}

/**
 * True when the "-ing" verb at `trigger` right after group `g` opens a ", with X -ing" adjunct, whatever follows it
 * (", with Donald Trump hosting the ceremony").
 */
function withOccasion(v: View, g: number, trigger: number): boolean {
  const t = v.toks[trigger]!;
  if (v.groups[g]!.tokEnd !== trigger || t.pos !== "VERB" || !t.lower.endsWith("ing")) return false;
  let k = v.groups[g]!.tokStart - 1;
  while (k > 0 && JOIN_LEAD.has(v.toks[k]!.pos)) k--;
  return v.toks[k]?.lower === "with" && v.toks[k - 1]?.text === ",";
}

/**
 * True when the ", with X -ing" adjunct at `trigger` goes on with "and" + the partner `other` + an "-ing" verb: ",
 * with Washington cutting some tariffs and Beijing pausing its curbs" states both halves of the deal just agreed,
 * its terms, not a further act of either party.
 */
function bothHalves(v: View, trigger: number, other: ActorMention): boolean {
  for (let k = trigger + 1; k < v.toks.length && !HARD_END.has(v.toks[k]!.text); k++) {
    const g = v.groupAt[k]!;
    if (g < 0 || v.toks[k - 1]?.lower !== "and") continue;
    const next = v.toks[v.groups[g]!.tokEnd];
    return (
      v.groups[g]!.members.some((x) => countryOf(x.code) === countryOf(other.code)) &&
      next?.pos === "VERB" &&
      next.lower.endsWith("ing")
    );
  }
  return false;
}

/** Parts of speech between "with" and the party that joins ("with French troops joining", "with the Japanese navy"). */
const JOIN_LEAD = new Set(["DET", "ADJ", "NUM"]);

/**
 * The parties that join the act `m` in the comma phrase right after it: ", joined for the first time by a Japanese
 * combat contingent", ", with French troops joining", ", with Australia taking part" (`_JOIN_IN`); a demonym stands
 * for its state. None when a verb stands between the act and the comma, or the phrase names no party.
 */
function joiningParty(v: View, m: Match): ActorMention[] {
  let k = m.spanEnd;
  while (
    k < v.toks.length &&
    v.toks[k]!.text !== "," &&
    v.toks[k]!.pos !== "VERB" &&
    v.toks[k]!.pos !== "AUX"
  )
    k++;
  if (v.toks[k]?.text !== ",") return [];
  let g = -1;
  if (v.w.joinIn.has(v.toks[k + 1]?.lower ?? "")) {
    // ", joined for the first time by X": a few words of time or manner before "by".
    let j = k + 2;
    while (
      j < k + 9 &&
      v.toks[j] &&
      v.toks[j]!.lower !== "by" &&
      v.toks[j]!.pos !== "PUNCT" &&
      v.toks[j]!.pos !== "VERB"
    )
      j++;
    if (v.toks[j]?.lower !== "by") return [];
    j++;
    while (JOIN_LEAD.has(v.toks[j]?.pos ?? "") && v.groupAt[j]! < 0) j++;
    g = v.groupAt[j] ?? -1;
  } else if (v.toks[k + 1]?.lower === "with") {
    // ", with French troops joining", ", with Australia taking part": the word after the party says it joins.
    let j = k + 2;
    while (JOIN_LEAD.has(v.toks[j]?.pos ?? "") && v.groupAt[j]! < 0) j++;
    const w = v.groupAt[j] ?? -1;
    const end = w >= 0 ? v.groups[w]!.tokEnd : -1;
    if (w >= 0 && [end, end + 1].some((e) => v.w.joinIn.has(v.toks[e]?.lower ?? ""))) g = w;
  }
  if (g < 0) return [];
  return v.groups[g]!.members.filter((x) => !x.code.startsWith("---")).map((x) =>
    x.kind === "attributive" || x.kind === "place"
      ? { ...x, code: `${countryOf(x.code)}GOV`, kind: "state" as const }
      : x,
  );
}

/** The distinct actors (by code) of an act's source/target pairs, in order. */
/** True when an actor stands in the words of `m` or in the phrase right after them ("between the two countries" is none). */
function namesActor(v: View, m: Match): boolean {
  for (let k = m.trigger; k < m.spanEnd; k++) if (v.groupAt[k]! >= 0) return true;
  for (let k = m.spanEnd; k < v.toks.length && k < m.spanEnd + 4; k++) {
    if (v.groupAt[k]! >= 0) return true;
    if (v.toks[k]!.pos === "VERB" || v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "PUNCT") return false;
  }
  return false;
}

function partiesOf(ps: readonly (readonly [ActorMention, ActorMention | null])[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [s, t] of ps) {
    addParty(out, s);
    if (t && isParty(t)) addParty(out, t);
  }
  return out;
}

/**
 * "Cuba freed 553 prisoners under a deal brokered by the Vatican": the source's own people implied as target (a
 * sector after the country) are no party; a bare implied country is ("after negotiations brokered by the Swiss").
 * Module functions rather than closures in partiesOf: under tsx each named closure costs a name definition per call
 * (2% of the coder's time on the bench corpus).
 */
function isParty(t: ActorMention): boolean {
  return t.entry !== "implied:self" || t.code.length <= 3;
}

/** Adds `x` to `out` unless an actor of the same code is there. */
function addParty(out: ActorMention[], x: ActorMention): void {
  for (const y of out) if (y.code === x.code) return;
  out.push(x);
}

/**
 * A mediation's pairs widened to every party of the act before it, when it reaches fewer than two of them and none
 * outside them; null to keep its own.
 */
function mediatedParties(
  v: View,
  source: number,
  ps: readonly [ActorMention, ActorMention | null][],
  last: readonly ActorMention[],
): [ActorMention, ActorMention][] | null {
  const own = new Set(v.groups[source]!.members.map((x) => countryOf(x.code)));
  const parties = last.filter((x) => !own.has(countryOf(x.code)));
  // "Armenian fighters agreed to disarm under a ceasefire brokered by Russian peacekeepers, a day after Azerbaijani
  // forces launched an offensive": a mediation reaching one party of the act before it reaches the one other country
  // the sentence names too (the other side of the truce); none when it names two or more others.
  if (parties.length === 1) {
    const other = sentenceOther(v, own, countryOf(parties[0]!.code), v.groups[source]!.tokStart);
    if (other) parties.push(other);
  }
  if (parties.length < 2) return null;
  const reached = new Set(ps.flatMap(([, t]) => (t ? [countryOf(t.code)] : [])));
  if (reached.size >= 2 || [...reached].some((c) => !parties.some((p) => countryOf(p.code) === c)))
    return null;
  // "brokered by Saudi Arabia with the support of the United States": the pairs' sources keep a joined co-agent.
  const from = ps.length
    ? ps.map(([s]) => s).filter((s, k, all) => all.indexOf(s) === k)
    : localForces(v, source);
  return from.flatMap((src) => parties.map((t) => [src, t] as [ActorMention, ActorMention]));
}

/**
 * The host of the gathering a sentence names, for a `hosted` act aimed at group `target`: the subject of a hosting verb
 * (`_HOST_VERB`: "Switzerland hosted a peace summit", "the summit, which President Maia Sandu hosted"), else a state or
 * place after "in"/"at" (`placePrep`, determiners and adjectives between) within a few words of a gathering noun
 * (`_TOPIC_NOUN`: "the Ukraine peace summit in Switzerland", "at a Swiss resort for a peace summit"); never one of the
 * target's country. -1 when there is none.
 */
function gatheringHost(v: View, target: number): number {
  const other = (g: number) => g >= 0 && g !== target && !sameCountry(v, g, target);
  for (let k = 0; k < v.toks.length; k++) {
    if (v.toks[k]!.pos !== "VERB" || !isIn(v.toks[k], v.w.hostVerb)) continue;
    const subj = subjectOf(v, k);
    if (other(subj)) return subj;
  }
  for (let k = 0; k < v.toks.length; k++) {
    if (!isIn(v.toks[k], v.w.topicNoun)) continue;
    for (let j = Math.max(1, k - 6); j < Math.min(v.toks.length, k + 10); j++) {
      const g = v.groupAt[j]!;
      if (g < 0 || v.groups[g]!.tokStart !== j || !other(g)) continue;
      if (!v.groups[g]!.members.every((x) => HOST_KINDS.has(x.kind))) continue;
      let b = j - 1;
      while (b > 0 && (v.toks[b]!.pos === "DET" || v.toks[b]!.pos === "ADJ" || v.toks[b]!.pos === "PROPN"))
        b--;
      if (v.w.placePrep.has(v.toks[b]!.lower)) return g;
    }
  }
  return -1;
}

/**
 * "a peace summit in Switzerland ..., although Russia was not invited": a `hosted` act in the passive with no agent and
 * a negation before it is the host's (gatheringHost); `a` unchanged otherwise ("NATO leaders meeting in Vilnius agreed
 * that Ukraine would be invited to join" is the alliance's offer, not the meeting place's).
 */
function hostedArgs(v: View, m: Match, a: Args, cues: CueIndex): Args {
  if (!m.pattern.hosted || !a.passive || a.target < 0 || !negatedBefore(v, cues, m.trigger)) return a;
  const host = gatheringHost(v, a.target);
  // "a peace summit in Switzerland": a country named as the place acts as its government.
  return host >= 0 ? { ...a, source: host, targetHow: "inside", stateFrom: true } : a;
}

/**
 * True when a state, place or seat of another country than group `source`'s stands after a place preposition (`placePrep`)
 * from the eight words before `trigger` to `end` ("signed a declaration in Kuala Lumpur in the presence of Trump").
 */
function foreignVenue(v: View, trigger: number, end: number, source: number): boolean {
  for (let j = Math.max(1, trigger - 8); j < end; j++) {
    const g = v.groupAt[j]!;
    if (g < 0 || g === source || v.groups[g]!.tokStart !== j) continue;
    if (!v.groups[g]!.members.every((x) => VENUE_KINDS.has(x.kind))) continue;
    let b = j - 1;
    while (b > 0 && v.toks[b]!.pos === "DET") b--;
    if (v.w.placePrep.has(v.toks[b]!.lower) && !sameCountry(v, g, source)) return true;
  }
  return false;
}

/** What names where an act took place ("in Kuala Lumpur", "at the White House", "in Switzerland"). */
const VENUE_KINDS: ReadonlySet<string> = new Set(["state", "place", "metonym"]);

/** What can host a gathering named as its place ("in Switzerland", "at a Swiss resort"). */
const HOST_KINDS: ReadonlySet<string> = new Set(["state", "place", "attributive"]);

/** What forces can leave (`forcesonly`): a country, a place, or a pointing noun for one ("the country"). */
const LEFT_KINDS: ReadonlySet<string> = new Set(["state", "place", "coref", "metonym"]);

/** CAMEO's "declare truce, ceasefire": the parties' own act in a truce someone brokered between them. */
const TRUCE = "0871";
/** A meeting (`seatMeeting`). */
const MEET = "040";
/** A guest's visit to its host (`placeMeetings`). */
const VISIT = "042";
/** A meeting in a third country (`placeMeetings`). */
const THIRD_MEET = "044";
/** A third party's mediation (`throughMediation`). */
const MEDIATE = "045";

/** Whether the sentence names talks anywhere (`_TALKS_NOUN`: "after two days of talks", "their first direct talks"). */
function namesTalks(v: View, sw: SecondWords): boolean {
  for (const t of v.toks) if (isIn(t, sw.talksNoun)) return true;
  return false;
}

/** The mention of the sentence's groups that an event's actor reference names. */
function mentionOf(v: View, ref: { code: string; start: number }): ActorMention | undefined {
  for (const g of v.groups)
    for (const x of g.members) if (x.start === ref.start && x.code === ref.code) return x;
  return undefined;
}

/**
 * "Putin and Kim Jong Un agreed in Pyongyang to ...", "Trump and Xi agreed in Busan to ...", "Sunak signed a security
 * agreement with Zelensky in Kyiv": two parties of two countries who agreed with each other (`_PLACE_MEET_VERB`, an act
 * coded both ways) "in" a named place met there, as the wire-dev writers code it: the guest visits (`042`) the party
 * whose country the place is in, and in a third country they meet (`044`) both ways, when the two were there: persons
 * ("Trump and Xi agreed in Busan"), or states whose sentence names talks; "The United States and China agreed in
 * Geneva to cut tariffs" names only the place of the agreement, no meeting (w19-224, w50-028). A signing (`_SIGN_VERB`) is read
 * so only between two persons, the counterpart named after "with", in one of their countries (a compound subject's
 * signing in a capital is coded without a visit as often as with one). Nothing when the sentence codes a meeting, visit,
 * host or mediator of either party already ("in talks hosted by Erdogan"), or for a negated act.
 */
function placeMeetings(ctx: SentenceCtx, v: View, matches: readonly Match[], cols: EventColumns): void {
  const { events, trig } = cols;
  const sw = ctx.prep.second;
  for (const m of matches) {
    if (m.pattern.noun || !trig.includes(m.trigger)) continue;
    const agree = isIn(v.toks[m.trigger], sw.placeMeetVerb);
    if (!agree && !isIn(v.toks[m.trigger], sw.signVerb)) continue;
    const a = findArgs(v, m, m.spanEnd);
    const tg = a.target >= 0 ? v.groups[a.target]! : null;
    const withTarget = tg !== null && tg.tokStart > m.trigger && v.toks[tg.tokStart - 1]?.lower === "with";
    // "said after signing an agreement with Maduro in Caracas", "Putin, who signed a pact with Kim in Pyongyang": a
    // signing in the background of another act is coded without the trip.
    const finite = v.toks[m.trigger]!.pos === "VERB" && !v.toks[m.trigger]!.lower.endsWith("ing");
    const background = is(v, v.toks[m.trigger - 1], v.b.relative);
    const persons = withTarget && a.source >= 0 && isPerson(v, a.source) && isPerson(v, a.target);
    if (!agree && !(withTarget && finite && !background && persons)) continue;
    const place = actPlace(v, sw, withTarget ? tg!.tokEnd - 1 : m.trigger, agree);
    if (place < 0) continue;
    // "The United States and China agreed in Geneva to cut their tariffs": the place alone is no meeting (w19-224,
    // w50-028); persons who agreed there were there ("Trump and Xi agreed in Busan"), and states met there only when
    // the sentence names talks ("..., after two days of talks led by Bessent and He Lifeng", "their first direct talks").
    if (
      agree &&
      !(a.source >= 0 && isPerson(v, a.source) && (!withTarget || isPerson(v, a.target))) &&
      !namesTalks(v, sw)
    )
      continue;
    const where = countryOf(v.groups[place]!.members[0]!.code);
    const own = events.filter((e, i) => trig[i] === m.trigger && e.target !== null && e.status !== "negated");
    const met = new Set(
      events.flatMap((e) =>
        e.root === MEET.slice(0, 2) && e.target ? [countryOf(e.source.code), countryOf(e.target.code)] : [],
      ),
    );
    const out: [ActorMention, ActorMention, string, Event][] = [];
    for (const e of own) {
      const cs = countryOf(e.source.code);
      const ct = countryOf(e.target!.code);
      // "Israel and Hamas agreed in Egypt on ...": an armed group's agreements with a state are reached through others.
      if (
        cs === ct ||
        met.has(cs) ||
        met.has(ct) ||
        cs === where ||
        rivalCode(e.source.code) ||
        rivalCode(e.target!.code)
      )
        continue;
      if (!own.some((x) => x.source.code === e.target!.code && x.target!.code === e.source.code)) continue;
      const code = ct === where ? VISIT : agree ? THIRD_MEET : null;
      const s = mentionOf(v, e.source);
      const t = mentionOf(v, e.target!);
      if (code && s && t && !out.some(([x, y]) => x.code === s.code && y.code === t.code))
        out.push([s, t, code, e]);
    }
    const sel: Selected = { m, wrapEnd: m.spanEnd, embedded: null, args: a };
    for (const [s, t, code, e] of out) {
      const st = { status: e.status, claimant: e.claimant, outlet: e.outlet };
      const pe = makeEvent(ctx, v, { m, code, a, st }, s, t);
      if (pe) pushBeside(cols, pe, () => actFeatures(v, act(sel, a, pe, 2, false), s, t), m.trigger);
    }
  }
}

/**
 * "Araghchi and Witkoff held indirect talks in Muscat through Omani Foreign Minister Badr Albusaidi": an actor after
 * "through" in the words of a consultation coded both ways carries the talks between its parties, i.e. mediates
 * (`045` from it to each party, with the talks' status), as the wire-dev writers code it (w15-113, w37-221, and
 * "through Omani mediators" in w10-167, w24-192); it is no party of the talks, so pairs with it are dropped and the
 * parties of a compound subject keep their own pair. A place after "through" ("aid through Rafah") is a route, and
 * a party's own country carries nothing. The events to drop are returned.
 */
function throughMediation(
  ctx: SentenceCtx,
  v: View,
  matches: readonly Match[],
  cols: EventColumns,
): Set<Event> {
  const drop = new Set<Event>();
  const { events, trig } = cols;
  for (const m of matches) {
    if (!m.pattern.recip || !m.pattern.code.startsWith(MEET.slice(0, 2)) || !trig.includes(m.trigger))
      continue;
    const k = throughAt(v, m);
    if (k < 0) continue;
    const med = v.groups[v.groupAt[k + 1]!]!;
    const by = countryOf(med.members[0]!.code);
    if (!med.members.every((x) => x.kind !== "place" && countryOf(x.code) === by)) continue;
    const own = events.filter((e, i) => trig[i] === m.trigger && e.target !== null && e.status !== "negated");
    if (own.length === 0) continue;
    const a = findArgs(v, m, m.spanEnd);
    const parties: ActorMention[] = [];
    const add = (x: ActorMention | undefined) => {
      if (x && countryOf(x.code) !== by && !parties.some((p) => countryOf(p.code) === countryOf(x.code)))
        parties.push(x);
    };
    // "Araghchi and Donald Trump's envoy Steve Witkoff held talks": every actor of the clause before the verb.
    for (let k2 = m.trigger - 1; k2 >= 0 && !HARD_END.has(v.toks[k2]!.text); k2--) {
      const g = v.groupAt[k2] ?? -1;
      if (g >= 0 && v.groups[g]!.tokStart === k2)
        for (const x of v.groups[g]!.members) if (x.kind !== "place") add(x);
    }
    for (const e of own) {
      add(mentionOf(v, e.source));
      add(mentionOf(v, e.target!));
    }
    if (parties.length !== 2) continue;
    for (const e of own) if (countryOf(e.source.code) === by || countryOf(e.target!.code) === by) drop.add(e);
    const first = own[0]!;
    const st = { status: first.status, claimant: first.claimant, outlet: first.outlet };
    const sel: Selected = { m, wrapEnd: m.spanEnd, embedded: null, args: a };
    const kept = events.filter((e) => !drop.has(e));
    const [p, q] = parties as [ActorMention, ActorMention];
    const out: [ActorMention, ActorMention, string][] = [];
    if (!restates(kept, MEET, p.code, q.code, true)) out.push([p, q, m.pattern.code], [q, p, m.pattern.code]);
    for (const t of parties)
      if (!restates(kept, MEDIATE, med.members[0]!.code, t.code)) out.push([med.members[0]!, t, MEDIATE]);
    for (const [s, t, code] of out) {
      const pe = makeEvent(ctx, v, { m, code, a, st }, s, t);
      if (pe) pushBeside(cols, pe, () => actFeatures(v, act(sel, a, pe, 2, false), s, t), m.trigger);
    }
  }
  return drop;
}

/** The "through" after consultation `m`'s words, in its clause (no verb or comma between), right before an actor. */
function throughAt(v: View, m: Match): number {
  for (let k = m.trigger + 1; k < v.toks.length && k <= m.spanEnd + 10; k++) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || HARD_END.has(t.text)) return -1;
    if (t.lower !== "through") continue;
    const g = v.groupAt[k + 1] ?? -1;
    return g >= 0 && v.groups[g]!.tokStart === k + 1 ? k : -1;
  }
  return -1;
}

/**
 * The two parties (of two countries, neither the mediator's) that a mediation's events reach when it brokered a truce
 * it introduces: an indefinite truce noun right before a "brokered by" participle ("two days after a truce brokered by
 * Qatar and Turkey", "under a ceasefire deal brokered by Egypt"), as the wire-dev writers code it. None for a truce
 * told before ("under the ceasefire deal brokered by Trump"), a hyphened mediator ("under a Russian-brokered truce":
 * the frame of another act, which the writers leave uncoded), parties the mediation names itself ("brokered a truce
 * between X and Y", coded as their own act with its status), other acts ("talks mediated by Qatar") or three parties.
 */
function truceParties(
  v: View,
  truce: ReadonlySet<string>,
  m: Match,
  ps: readonly (readonly [ActorMention, ActorMention | null])[],
  mediation: readonly Event[],
): ActorMention[] {
  let named = false;
  let k = m.trigger - 1;
  for (; k >= 0 && v.toks[k]!.pos === "NOUN"; k--) named ||= isIn(v.toks[k], truce);
  if (!named || v.toks[k]?.lower === "the") return [];
  for (let j = m.trigger + 1; j < m.spanEnd; j++) if (v.toks[j]!.lower === "between") return [];
  const out: ActorMention[] = [];
  for (const [s, t] of ps) {
    if (!t || countryOf(t.code) === countryOf(s.code)) continue;
    if (!mediation.some((e) => e.target?.code === t.code)) continue;
    if (!out.some((x) => countryOf(x.code) === countryOf(t.code))) out.push(t);
  }
  return out.length === 2 ? out : [];
}

/** Roots of the acts a mediator is no counterpart of (aimAgreementsPastMediator): agreements and yielding. */
const PAST_MEDIATOR_ROOTS: ReadonlySet<string> = new Set(["03", "08"]);

/**
 * "Armenian fighters agreed to disarm under a ceasefire brokered by Russian peacekeepers": an agreement (root 03)
 * aimed at the mediator of the truce its source is a party of is aimed at the other party the mediation reaches
 * (Azerbaijan), when there is exactly one; the mediator is no counterpart of the deal it brokered. So is a concession
 * (root 08): "Ukraine returned 150 Russian servicemen in a swap mediated by the UAE" returns them to Russia.
 */
function aimAgreementsPastMediator(
  ctx: SentenceCtx,
  v: View,
  events: Event[],
  trig: readonly number[],
): void {
  if (events.length < 3) return;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (!PAST_MEDIATOR_ROOTS.has(e.root) || !e.target) continue;
    const t = e.target;
    const mediation = events.filter((f) => f.mode === "third-party" && f.source.start === t.start);
    if (!mediation.some((f) => f.target?.start === e.source.start)) continue;
    const home = countryOf(e.source.code);
    const others = mediation.flatMap((f) =>
      f.target && countryOf(f.target.code) !== home && countryOf(f.target.code) !== countryOf(t.code)
        ? [f.target]
        : [],
    );
    if (others.length !== 1) continue;
    const o = others[0]!;
    if (events.some((x) => x.code === e.code && x.source.code === e.source.code && x.target?.code === o.code))
      continue;
    events[i] = {
      ...e,
      target: o,
      id: shortHash(ctx.input.docId, v.sent.index, trig[i]!, e.source.code, o.code, e.code),
    };
  }
}

/**
 * The one actor of the sentence (no place, no IGO) whose country is neither the mediator's nor the party's (its
 * mention nearest `at`), or null when the sentence names no such country or more than one.
 */
function sentenceOther(v: View, own: ReadonlySet<string>, party: string, at: number): ActorMention | null {
  let found: ActorMention | null = null;
  let dist = 0;
  for (const g of v.groups)
    for (const x of g.members) {
      // "talks in Geneva" names a place, "the European Union said" a sayer: no party of the truce.
      if (x.kind === "place" || x.code.startsWith("IGO")) continue;
      const c = countryOf(x.code);
      if (!c || own.has(c) || c === party) continue;
      if (found && countryOf(found.code) !== c) return null;
      const d = Math.abs(g.tokStart - at);
      if (!found || d < dist) {
        found = x;
        dist = d;
      }
    }
  return found;
}

/** What the keep/drop features read of the act behind an event. */
function act(sel: Selected, a: Args, e: Event, pairs: number, threat: boolean): ActInfo {
  return {
    m: sel.m,
    a,
    status: e.status,
    root: e.root,
    embedded: sel.embedded !== null,
    runner: sel.runner === true,
    threat,
    pairs,
  };
}

/**
 * "Biden met Xi in Bali, and the two discussed Taiwan": a second event of the sentence with the same source, target,
 * code and status as an earlier one restates that act (one event per real act); the first, with its evidence, stays.
 */
function dropRepeats(events: Event[]): Event[] {
  if (events.length < 2) return events;
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.source.code}|${e.target?.code ?? ""}|${e.code}|${e.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Kenyan police officers", "Russian troops": an armed force (MIL/COP) whose mention ends in a plural noun. */
function pluralForce(v: View, s: ActorMention): boolean {
  const sector = s.code.slice(3, 6);
  const head = v.toks[s.tokenEnd - 1];
  return (
    (sector === "MIL" || sector === "COP") &&
    head !== undefined &&
    head.pos === "NOUN" &&
    head.lower !== head.lemma
  );
}

/**
 * "Oman said it had brokered a truce between X and Y": the parties' act has the mediator's status; none when the
 * mediation did not happen ("failed to broker", "will broker", "trying to broker").
 */
function mediatedStatus(
  v: View,
  mediator: Match,
  source: number,
  cues: CueIndex,
  sc: SentenceCues,
): StatusResult | null {
  // "trying to broker", "offered to mediate": an infinitive names an attempt or an intent, not a truce reached.
  if (v.toks[mediator.trigger - 1]?.lower === "to") return null;
  const st = withSayer(v, mediator, source, -1, findStatus(v, mediator, cues, sc), cues.rank);
  // "African Union-led talks between X and Y ... were postponed": mediated talks named as a noun are the parties' own
  // talks whatever became of them (planned, postponed, called off), as a meeting noun is.
  if (
    mediator.pattern.noun &&
    (st.status === "postponed" || st.status === "cancelled" || st.status === "scheduled")
  )
    return st;
  return st.status === "occurred" || st.status === "reported" ? st : null;
}

/**
 * "Jordan shot down Iranian drones that violated its airspace (heading toward Israel)": in a subject relative clause,
 * a possessive pronoun among the act's own words stands for the subject of the clause the antecedent is the object
 * of; that subject is the target. Null when the shape does not hold.
 */
function relativeOwner(v: View, m: Match, a: Args): Args | null {
  if (a.source < 0 || m.pattern.noun) return null;
  let own = -1;
  for (let k = m.trigger + 1; k <= m.last && own < 0; k++)
    if (is(v, v.toks[k], v.b.possessivePronoun) && ownWord(m, v.toks[k]!)) own = k;
  if (own < 0) return null;
  let r = m.trigger - 1;
  while (r > 0 && (v.toks[r]!.pos === "AUX" || v.toks[r]!.pos === "ADV")) r--;
  const rel = v.toks[r];
  if (!rel || rel.pos === "VERB" || !(is(v, rel, v.b.relative) || rel.lower === "that")) return null;
  if (v.groupAt[r - 1] !== a.source) return null;
  const verb = verbBefore(v, v.groups[a.source]!.tokStart, true);
  if (verb < 0) return null;
  const owner = subjectOf(v, verb);
  if (owner < 0 || owner === a.source || v.attributive[owner] || sameCountry(v, owner, a.source)) return null;
  return { ...a, target: owner, targetHow: "inside" };
}

/** "the attack", "the latest strikes": a noun with the definite article. */
function definite(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADJ") k--;
  return v.toks[k]?.pos === "DET" && v.toks[k]!.lower === "the";
}

/** "broke the ceasefire with a wave of air strikes": `m` is a noun in a means phrase after a `frame` act's match. */
function frameMeans(v: View, m: Match, all: readonly Match[]): boolean {
  return bareMeans(v, m.trigger) && all.some((x) => x.pattern.frame && x.trigger < m.trigger);
}

/**
 * "with a wave of air strikes that killed ...": a noun event in a means phrase that names no object of its own (a
 * target preposition other than a place preposition after its nouns: "with air strikes on Hamas targets" is not).
 */
function bareMeans(v: View, i: number): boolean {
  let k = i + 1;
  // "a wave of drone strikes": the nouns of the phrase, through "of".
  while (v.toks[k]?.pos === "NOUN" || (is(v, v.toks[k], v.b.npLink) && v.toks[k + 1]?.pos === "NOUN")) k++;
  const t = v.toks[k];
  return meansPhrase(v, i) && !(is(v, t, v.b.targetPrep) && !isIn(t, v.w.placePrep));
}

/** Token `k` (in the sentence) leads a noun phrase of means: a noun-phrase word, or "of" after a noun. */
function meansLead(v: View, k: number): boolean {
  const t = v.toks[k]!;
  // "in their assault on southern Israel": a possessive pronoun leads the phrase too.
  return (
    NOUN_LEAD.has(t.pos) ||
    is(v, t, v.b.possessivePronoun) ||
    (is(v, t, v.b.npLink) && v.toks[k - 1]?.pos === "NOUN")
  );
}

/**
 * "Myanmar's air force bombed a concert in Hpakant, killing more than 60 people", "killed at least 60 people in air
 * strikes on a concert": an attack (PLOVER ASSAULT) whose agent names no one it falls on (only places of its own
 * country, or nothing) is aimed at the victims of a killing by the same agent in the sentence (a `victims` or `toll`
 * pattern that found them), as the wire-dev writers code the attack beside its toll. Not an infinitive ("migrants
 * trying to cross into the kingdom"), an act noun neither in a phrase of means nor heading the killing's subject
 * ("during their occupation of the town"), a plain attack (`190`) beside a mass killing, a root already coded between
 * the pair, nor the agent's own country when the sentence names another ("A Russian missile struck a cafe in Hroza,
 * killing 59 people, Ukrainian officials said": the toll's own implied target is wrong there).
 */
function victimsPairs(
  ctx: SentenceCtx,
  v: View,
  chosen: readonly Selected[],
  sel: Selected,
  a: Args,
  events: readonly Event[],
): [ActorMention, ActorMention | null][] {
  const m = sel.m;
  if (a.source < 0 || m.pattern.victims || m.pattern.toll) return [];
  if (ctx.model.cameo.get(m.pattern.code)?.plover !== "ASSAULT") return [];
  if (v.toks[m.trigger - 1]?.lower === "to") return [];
  const x = chosen.find((y) => y.m !== m && (y.m.pattern.victims || y.m.pattern.toll));
  if (!x) return [];
  // "A Myanmar military air strike on a gathering killed more than 160 people": the act noun heads the killing's subject.
  const heads = m.trigger < x.m.trigger && noVerbBetween(v, m.trigger + 1, x.m.trigger);
  if (m.pattern.noun && !meansPhrase(v, m.trigger) && !heads) return [];
  const xa = x.args ?? findArgs(v, x.m, x.wrapEnd);
  if (xa.source !== a.source) return [];
  // "launched an offensive that killed about 80 people": a plain attack beside a mass killing is that killing alone,
  // as meansKept reads a plain attack that is the means of a counted toll.
  if (x.m.pattern.victims && m.pattern.code === "190") return [];
  const root = m.pattern.code.slice(0, 2);
  return pairs(v, x.m, xa).filter(
    ([s, t]) =>
      t !== null &&
      s.code !== t.code &&
      !(t.entry === "implied:self" && otherCountryNamed(v, countryOf(s.code))) &&
      !events.some(
        (e) =>
          e.root === root &&
          e.target !== null &&
          countryOf(e.source.code) === countryOf(s.code) &&
          countryOf(e.target.code) === countryOf(t.code),
      ),
  );
}

/** True when an actor or place of another country than `own` is named in the sentence. */
function otherCountryNamed(v: View, own: string): boolean {
  return v.groups.some((g) => g.members.some((x) => x.country !== null && x.country !== own));
}

/** "in a massive air strike", "with drones": a noun event in a phrase of means after its verb. */
function meansPhrase(v: View, i: number): boolean {
  let k = i - 1;
  // "with a wave of air strikes", "in a series of raids": a quantity noun and "of" lead the noun phrase too.
  while (k >= 0 && k >= i - 5 && meansLead(v, k) && v.groupAt[k]! < 0) k--;
  return is(v, v.toks[k], v.b.meansPrep) && v.toks[k]!.pos === "ADP";
}

/**
 * "Israel killed Nasrallah in an air strike on Beirut": the means is not a second act between the same countries. A
 * counted toll covers only a plain attack, assault or raid (`190`: "killed at least 81 people in an attack on Mafa" is
 * the mass killing alone, as most wire-dev writers code it); an air strike or bombing beside a counted toll stays
 * ("killed at least 60 people in air strikes on a concert" is 195 and 202).
 */
function meansKept(
  events: readonly Event[],
  means: readonly boolean[],
  counted: readonly boolean[],
): boolean[] {
  if (!means.some(Boolean)) return events.map(() => true);
  const key = (e: Event) =>
    `${countryOf(e.source.code)}|${e.target ? countryOf(e.target.code) : ""}|${e.quad}`;
  const acts = new Set(events.filter((_, i) => !means[i] && !counted[i]).map(key));
  const tolls = new Set(events.filter((_, i) => !means[i] && counted[i]).map(key));
  return events.map((e, i) => !means[i] || !(acts.has(key(e)) || (e.code === "190" && tolls.has(key(e)))));
}

/**
 * "lifted sanctions on Syria to support the country's recovery", "have been suspended to support diplomacy": an
 * infinitive after a noun phrase or a passive participle, which states the purpose of the act before it.
 */
function purposeInfinitive(v: View, i: number): boolean {
  const to = v.toks[i - 1];
  const prev = v.toks[i - 2];
  if (to?.lower !== "to" || to.pos !== "PART" || !prev) return false;
  if (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "NUM") return true;
  return prev.pos === "VERB" && prev.lower !== prev.lemma && v.toks[i - 3]?.pos === "AUX";
}

/**
 * "a U.S. strike on a vessel killed a Colombian fisherman", "struck a boat and killed 11 members of the gang": a
 * killing (a `toll` pattern) of no named person, between the same countries, in the same direction, as another act of
 * the same quad class that is kept (not itself the means of the killing) is the toll of that act, not a second act.
 */
function tollKept(
  events: readonly Event[],
  toll: readonly boolean[],
  kept: readonly boolean[],
  sameQuad = true,
): boolean[] {
  if (!toll.some(Boolean)) return events.map(() => true);
  // With `sameQuad` false, any kept act between the countries: the purpose of an act (`purpose`) may be of any quad.
  const key = (e: Event) =>
    `${countryOf(e.source.code)}|${e.target ? countryOf(e.target.code) : ""}|${sameQuad ? e.quad : ""}`;
  // "tortured and killed thousands of prisoners", "abducted and killed a former army officer": an abduction, a sexual
  // assault or a torture is an act on the victims beside their killing, not the means whose toll the killing is; the
  // wire-dev writers code both (w29-153, w35-267, w42-270).
  const acts = new Set(
    events.filter((e, i) => !toll[i] && kept[i] && !(sameQuad && BESIDE_KILLING.has(e.code))).map(key),
  );
  return events.map((e, i) => !toll[i] || !acts.has(key(e)));
}

/** Acts on persons that a killing of the same victims is coded beside, never as their toll (tollKept). */
const BESIDE_KILLING = new Set(["181", "1821", "1822"]);

/** The per-event flags codeSentence keeps beside its events, parallel to them. */
interface EventFlags {
  readonly nounEvent: readonly boolean[];
  readonly oneWayNoun: readonly boolean[];
  readonly means: readonly boolean[];
  readonly tolled: readonly boolean[];
  readonly toll: readonly boolean[];
  readonly purpose: readonly boolean[];
  readonly trig: readonly number[];
  readonly personKill: readonly boolean[];
  readonly venued: readonly boolean[];
}

/** A sentence's events without the means, tolls, purposes, strikes and noun echoes that other events cover. */
function dropCovered(v: View, events: readonly Event[], f: EventFlags): Event[] {
  const keep = meansKept(events, f.means, f.tolled);
  const own = tollKept(events, f.toll, keep);
  const aim = tollKept(events, f.purpose, keep, false);
  const agent = strikeOfKillingDropped(v, events, f.oneWayNoun, f.trig, f.personKill);
  const met = venueMet(events, f.venued);
  for (let i = 0; i < keep.length; i++) keep[i] = keep[i]! && own[i]! && aim[i]! && !agent[i]! && !met[i]!;
  // "A ceasefire between Israel and Hamas took effect, and …": a noun act heading its own clause's subject.
  const subject = f.trig.map((t, i) => f.nounEvent[i]! && clauseSubjectNoun(v, t));
  return dropRepeats(
    dropNounEchoes(
      events.filter((_, i) => keep[i]),
      f.nounEvent.filter((_, i) => keep[i]),
      f.oneWayNoun.filter((_, i) => keep[i]),
      subject.filter((_, i) => keep[i]),
    ),
  );
}

/**
 * "Xi held talks with Lula in Brasilia during a state visit": a visit sent to the place of its clause's act (`venue`)
 * is no second event beside a meeting coded between the same two countries (most wire-dev writers code one of them).
 */
function venueMet(events: readonly Event[], venued: readonly boolean[]): boolean[] {
  if (!venued.some(Boolean)) return events.map(() => false);
  // In the visit's direction: a meeting the visit's words restate may have been coded one way only.
  const pair = (e: Event) => `${countryOf(e.source.code)}|${countryOf(e.target?.code ?? "")}`;
  const met = new Set(events.filter((e, i) => !venued[i] && e.root === "04").map(pair));
  return events.map((e, i) => venued[i]! && met.has(pair(e)));
}

/**
 * "Dar visited Kabul and held talks with Muttaqi", "arrived in Tokyo for his first visit to Japan and held talks with
 * Ishiba", "made his first visit to Egypt, holding talks in Cairo with Sisi": talks (`040`) between a visitor and its
 * host's country, with the same status as the visit (`042`) the sentence codes, are that one visit (gold README:
 * "travelled to X for talks with Y" is one visit), not a meeting beside it either way. A meeting named by a verb in
 * `_MEET_ALONE` ("visited Kyiv and met Zelensky") is kept: the README codes "met" both ways, and the writers split.
 */
function dropVisitTalks(events: Event[], metAlone: ReadonlySet<Event>): Event[] {
  const visits = new Set(
    events
      .filter((e) => e.code === VISIT && e.target)
      .map((e) => visitPair(e.source.code, e.target!.code, e.status)),
  );
  if (visits.size === 0) return events;
  return events.filter(
    (e) =>
      e.code !== MEET ||
      !e.target ||
      metAlone.has(e) ||
      !(
        visits.has(visitPair(e.source.code, e.target.code, e.status)) ||
        visits.has(visitPair(e.target.code, e.source.code, e.status))
      ),
  );
}

/** The key of a directed pair of countries with a status, for dropVisitTalks. */
function visitPair(s: string, t: string | null, status: string): string {
  return `${countryOf(s)}>${countryOf(t ?? "")}|${status}`;
}

/**
 * "Gonzalez flew to Madrid after Spain granted him asylum", "Assad arrived in Moscow, where the Kremlin granted them
 * asylum": a journey to the country that grants the traveller asylum (075 the other way round) is flight into exile,
 * no visit (042); no gold record codes both.
 */
function dropExileTrips(events: Event[]): Event[] {
  const refuge = new Set(
    events
      .filter((e) => e.code === "075" && e.target)
      .map((e) => `${countryOf(e.target!.code)}>${countryOf(e.source.code)}`),
  );
  if (refuge.size === 0) return events;
  return events.filter(
    (e) =>
      e.code !== "042" || !e.target || !refuge.has(`${countryOf(e.source.code)}>${countryOf(e.target.code)}`),
  );
}

/**
 * "A Velkan drone strike at the airport killed General X": a noun event in the subject phrase of a named person's
 * killing by the same country is the means of that killing, not a second act (the strike's place is no target).
 * Kept: "strikes near Kyiv killed 20 people" (no named person), "a strike on Beirut killed commander X" (the noun
 * names what it hit: a target preposition other than a place preposition right after it).
 */
function strikeOfKillingDropped(
  v: View,
  events: readonly Event[],
  noun: readonly boolean[],
  trig: readonly number[],
  personKill: readonly boolean[],
): boolean[] {
  return events.map(
    (e, i) =>
      noun[i]! &&
      !ownTargetPrep(v, trig[i]! + 1) &&
      events.some(
        (k, j) =>
          personKill[j]! &&
          trig[i]! < trig[j]! &&
          countryOf(k.source.code) === countryOf(e.source.code) &&
          noVerbBetween(v, trig[i]! + 1, trig[j]!) &&
          !v.toks.slice(trig[i]! + 1, trig[j]!).some((t) => t.text === "," || v.w.barrier.has(t.text)),
      ),
  );
}

/** "strike on Beirut", "attack against the base": a target preposition that is no place preposition ("at", "in"). */
function ownTargetPrep(v: View, i: number): boolean {
  const t = v.toks[i];
  return t?.pos === "ADP" && v.w.targetPrep.has(t.lower) && !v.w.placePrep.has(t.lower);
}

/** A capital or country named as a place ("to Beijing"), as the government it stands for. */
function stateParty(x: ActorMention): ActorMention {
  return (x.kind === "metonym" || countryPlace(x)) && x.country !== null
    ? { ...x, code: `${x.country}GOV`, kind: "state" as const }
    : x;
}

/** The actor group that starts right after token `k`, past a determiner ("to the Chinese government"), or -1. */
function actorRightAfter(v: View, k: number): number {
  let j = v.toks[k + 1]?.pos === "DET" ? k + 2 : k + 1;
  // "where senior Hamas leaders had gathered": adjectives before the actor's name.
  while (v.toks[j]?.pos === "ADJ" && (v.groupAt[j] ?? -1) < 0 && j <= k + 3) j++;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart === j ? g : -1;
}

/** True when event `e` came from a `formal` pattern (a protest lodged, a case filed). */
function formalEvent(ctx: SentenceCtx, e: Event): boolean {
  return ctx.prep.formal.has(e.pattern);
}

/**
 * "were intercepted with the help of the United States, Britain and Jordan", "were shot down by Israel with help from
 * the United States" (`joins`): a helper of an act of force (quad 4) coded in the sentence, by the party it helps or
 * against the party its pattern named, does that act to its target, instead of aiding anyone; once for each pair.
 */
function joinHelpers(
  ctx: SentenceCtx,
  v: View,
  out: Event[],
  events: readonly Event[],
  trig: readonly number[],
  matches: readonly Match[],
): Event[] {
  const ids = new Set(matches.filter((m) => m.pattern.joins).map((m) => m.pattern.id));
  if (ids.size === 0) return out;
  const force = out.filter((f) => !ids.has(f.pattern) && f.target && ctx.model.cameo.get(f.code)?.quad === 4);
  if (force.length === 0) return out;
  const res: Event[] = [];
  const seen = new Set<string>();
  for (const h of out) {
    const helped = h.target ? countryOf(h.target.code) : "";
    const helper = countryOf(h.source.code);
    const at = trig[events.indexOf(h)] ?? -1;
    // The act helped is the nearest act of force before the helper's phrase, one that the party helped takes part in.
    let f: Event | undefined;
    for (const x of ids.has(h.pattern) ? force : []) {
      const k = trig[events.indexOf(x)] ?? -1;
      if (k < at && (!f || k > (trig[events.indexOf(f)] ?? -1))) f = x;
    }
    const t = f?.target;
    const party = f && t && (countryOf(f.source.code) === helped || countryOf(t.code) === helped);
    if (!f || !t || !party || countryOf(t.code) === helper || countryOf(f.source.code) === helper) {
      res.push(h);
      continue;
    }
    // The wire-dev writers split between the aid (074, four files) and the joined act (five): both are kept.
    if (countryOf(f.source.code) === helped) res.push(h);
    if (seen.has(`${helper}>${countryOf(t.code)}`)) continue;
    seen.add(`${helper}>${countryOf(t.code)}`);
    const id = shortHash(ctx.input.docId, v.sent.index, at, h.source.code, t.code, f.code);
    res.push({
      ...f,
      id,
      source: h.source,
      status: h.status,
      claimant: h.claimant,
      outlet: h.outlet,
      pattern: h.pattern,
    });
  }
  return res;
}

/** An event already coded between the same countries, in the same direction, with the same root as `code`. */
function restates(
  events: readonly Event[],
  code: string,
  source: string,
  target: string | null,
  recip = false,
): boolean {
  const root = code.slice(0, 2);
  const s = countryOf(source);
  const t = target === null ? null : countryOf(target);
  return (
    events.some((e) => sameRootPair(e, root, s, t)) ||
    (recip && t !== null && events.some((e) => sameRootPair(e, root, t, s)))
  );
}

/** Whether an event has the root and the source and target countries (null: no target) given. */
function sameRootPair(e: Event, root: string, s: string, t: string | null): boolean {
  return (
    e.root === root && countryOf(e.source.code) === s && (e.target ? countryOf(e.target.code) : null) === t
  );
}

/** The first actor of each country among `parties`, in order ("Trump and Vance berated Zelensky": Trump, Zelensky). */
function oneEachCountry(parties: readonly ActorMention[]): ActorMention[] {
  return parties.filter((x, k, all) => all.findIndex((y) => countryOf(y.code) === countryOf(x.code)) === k);
}

/**
 * A denial (`code`, the verdict pattern's `claim=` code) already coded between the two countries, either way round:
 * the participle's own subject and object may be read off the claim it restates rather than off the denier.
 */
function deniedBefore(events: readonly Event[], code: string, a: string, b: string): boolean {
  const x = countryOf(a);
  const y = countryOf(b);
  if (x === y) return false;
  return events.some((e) => {
    if (e.code !== code || !e.target) return false;
    const s = countryOf(e.source.code);
    const t = countryOf(e.target.code);
    return (s === x && t === y) || (s === y && t === x);
  });
}

/**
 * A noun event of the same root between actors a verb event already links is the same act ("travelled to Tokyo for
 * talks with"); one heading its own clause's subject (`subject`) is an act of its own.
 */
function dropNounEchoes(
  events: Event[],
  noun: readonly boolean[],
  oneWay: readonly boolean[],
  subject: readonly boolean[],
): Event[] {
  if (!noun.some(Boolean)) return events;
  const verbs = events.filter((_, i) => !noun[i]);
  const verbPairs = new Set(verbs.map(unorderedPair));
  // "during a visit to Taipei, where he was received by Lai": a one-way noun act the other way round from every verb
  // act of its root between the pair (the visitor's visit, the host's reception) is an act of its own.
  const verbDirected = new Set(verbs.map(directedPair));
  // "ruled out negotiations with the United States, saying talks with Washington were unwise": talks a verb act
  // rejects between the pair (PLOVER REJECT, mode meet) are the talks rejected, not ones held.
  const refused = new Set(verbs.filter((e) => e.plover === "REJECT" && e.mode === "meet").map(actorPair));
  return events.filter(
    (e, i) =>
      (!noun[i] ||
        subject[i] ||
        !verbPairs.has(unorderedPair(e)) ||
        (oneWay[i] === true && !verbDirected.has(directedPair(e)) && !codedBetween(verbs, e))) &&
      !(noun[i] && e.plover === "CONSULT" && refused.has(actorPair(e))),
  );
}

/** The source and target of an event in order, and its root. */
function directedPair(e: Event): string {
  return `${e.source.code}|${e.target?.code ?? ""}|${e.root}`;
}

/** True when an event of the list has the same code between the same two actors, either way. */
function codedBetween(list: readonly Event[], e: Event): boolean {
  return list.some((x) => x.code === e.code && unorderedPair(x) === unorderedPair(e));
}

/** The two actors of an event in either order. */
function actorPair(e: Event): string {
  return [e.source.code, e.target?.code ?? ""].sort().join("|");
}

/** The two actors of an event in either order, and its root. */
function unorderedPair(e: Event): string {
  return `${[e.source.code, e.target?.code ?? ""].sort().join("|")}|${e.root}`;
}

/**
 * Codes every sentence of a document into events (date left provisional for the extract stage).
 * @example codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)[0]?.code // "125"
 */
export function codeDocument(input: CoderInput, model: CoderModel): Event[] {
  return codeSentences(input, model);
}

/** Codes every sentence; with `features`, appends each returned event's keep/drop features to it, in order. */
function codeSentences(input: CoderInput, model: CoderModel, features?: Features[]): Event[] {
  const prep = prepare(model.verbs);
  const fillable = new Fillable(model.verbs, prep.needs);
  const entries = input.doc.forms ? formEntries(prep.lex, input.doc.forms) : undefined;
  const ctx: SentenceCtx = features
    ? { input, model, prep, fillable, entries, features }
    : { input, model, prep, fillable, entries };
  const out: Event[] = [];
  for (let i = 0; i < input.doc.sentences.length; i++) for (const e of codeSentence(ctx, i)) out.push(e);
  return out;
}

/** A coded event and its keep/drop features (see src/coder/_filter.ts). */
export interface EventFeatures {
  readonly event: Event;
  readonly features: Readonly<Features>;
}

/**
 * Codes a document exactly as codeDocument does and returns each event with the features a learned keep/drop filter
 * would read (scripts/train-filter.ts). No filter is applied: its cross-validation found no gain.
 */
export function codeDocumentFeatures(input: CoderInput, model: CoderModel): EventFeatures[] {
  const features: Features[] = [];
  const events = codeSentences(input, model, features);
  return events.map((event, i) => ({ event, features: features[i]! }));
}

/** A verb or noun seen between two actors that no pattern covered, with how often and where. */
export interface Suggestion {
  readonly lemma: string;
  readonly pos: "VERB" | "NOUN";
  readonly count: number;
  readonly examples: readonly string[];
  /** For a verb, its WordNet neighbours that head a simple pattern ("bombard" → attack 190), closest first. */
  readonly neighbours: readonly { readonly lemma: string; readonly code: string }[];
}

/**
 * Ranks the verbs and nouns between two recognised actors that no pattern covered (for `dyad dict suggest`).
 * @example suggestPatterns([{ doc, mentions }], model, 3)[0] // { lemma: "rebuke", pos: "VERB", count: 12, ... }
 */
export function suggestPatterns(
  items: readonly { doc: NlpDoc; mentions: readonly (readonly ActorMention[])[] }[],
  model: CoderModel,
  maxExamples = 3,
): Suggestion[] {
  const prep = prepare(model.verbs);
  const fillable = new Fillable(model.verbs, prep.needs);
  const found = new Map<
    string,
    {
      lemma: string;
      pos: "VERB" | "NOUN";
      count: number;
      examples: string[];
      neighbours: readonly { readonly lemma: string; readonly code: string }[];
    }
  >();
  const { verbHeads, nounHeads } = model.verbs;
  for (const { doc, mentions } of items)
    doc.sentences.forEach((sent, i) => {
      const ms = mentions[i] ?? [];
      if (ms.length < 2) return;
      const words = tokenWords(sent.tokens, prep.lex);
      const v = buildView(sent, ms, prep.words, tokenFlags(words), prep.bits, model.verbs.nounHeads, words);
      if (v.groups.length < 2) return;
      const covered = new Uint8Array(v.toks.length);
      for (const { m, wrapEnd } of selectMatches(
        v,
        fillable,
        findMatches(v, words, prep.lex, fillable),
        model.verbs,
        model.cameo,
      ))
        covered.fill(1, m.trigger, Math.max(wrapEnd, m.spanEnd));
      const from = v.groups[0]!.tokEnd;
      const to = v.groups.at(-1)!.tokStart;
      for (let k = from; k < to; k++) {
        const t = v.toks[k]!;
        if (covered[k] || v.groupAt[k]! >= 0 || (t.pos !== "VERB" && t.pos !== "NOUN")) continue;
        if (verbHeads.has(t.lemma) || nounHeads.has(t.lemma)) continue;
        const key = `${t.pos}:${t.lemma}`;
        const e = found.get(key) ?? {
          lemma: t.lemma,
          pos: t.pos,
          count: 0,
          examples: [],
          neighbours: t.pos === "VERB" ? (model.verbs.wordnet.get(t.lemma) ?? []) : [],
        };
        e.count++;
        if (e.examples.length < maxExamples) e.examples.push(sent.text);
        found.set(key, e);
      }
    });
  return [...found.values()].sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma));
}

export { type PairCandidate, type PairFeatures, pairCandidates, pairKey } from "./_pairs.js";
