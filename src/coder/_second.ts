import type { VerbModel } from "../dict/index.js";
import { type Args, controller, elaborating, sameCountry, subjectOf } from "./_args.js";
import type { Match } from "./_match.js";
import { is, isIn, type View } from "./_view.js";

/** The word sets this file reads (reserved classes without a class bit, see `RESERVED_SETS`). */
export interface SecondWords {
  /** "they", "them", "their": a pronoun that stands for a plural or compound actor. */
  readonly pluralPronoun: ReadonlySet<string>;
  /** "after", "following": with the place words, the prepositions of an adjunct that holds the subject's own talks. */
  readonly adjunctPrep: ReadonlySet<string>;
  /** "in", "during": an adjunct naming the occasion of the act before it ("in a phone call", "during talks"). */
  readonly occasionPrep: ReadonlySet<string>;
  /** "at": a venue ("at a summit hosted by X"), read only for talks that are the occasion of another act. */
  readonly venuePrep: ReadonlySet<string>;
  /** "draft", "sponsor", "put": a verb naming the author of a text ("drafted by X", "which X had drafted"). */
  readonly draftVerb: ReadonlySet<string>;
  /** "after", "as", "when": subordinators of a background clause (not "that", "if", "unless"). */
  /** "each other", "one another": two words in a row that make a compound subject act on itself. */
  readonly reciprocal: ReadonlySet<string>;
  /** "after", "before", "since" after a span of time ("a week after the summit"): the meeting is a point in time. */
  readonly landmarkPrep: ReadonlySet<string>;
  /** "day", "weeks", "months": the spans of time before a landmark preposition. */
  readonly duration: ReadonlySet<string>;
  /** "weeks", "months", "years": a span before "of" and a talks noun that names a negotiating process (processOnly). */
  readonly processSpan: ReadonlySet<string>;
  /** "since": a preposition whose noun phrase, a war or invasion, dates the clause (see eraOnly). */
  readonly eraPrep: ReadonlySet<string>;
  /** "anniversary", "start", "end": a point of a war or invasion named after it with "of" (see eraOnly). */
  readonly eraNoun: ReadonlySet<string>;
  /** "war": a lasting state whose noun after "after"/"before" dates the clause too (see eraOnly). */
  readonly eraWar: ReadonlySet<string>;
  /** "recognise", "accept": a verb whose noun act of force is a standing state judged (see eraOnly). */
  readonly standingVerb: ReadonlySet<string>;
  /** "bombers", "jets": aircraft as the target of an interception are escorted away (`aircraft=` flag). */
  readonly aircraft: ReadonlySet<string>;
  /** "vessel", "boats", "jets": a craft as the target of an act (`craft=` flag). */
  readonly craft: ReadonlySet<string>;
  /** "protesters", "demonstrators": a crowd on one side of a reciprocal clash protests violently (`crowd=` flag). */
  readonly crowd: ReadonlySet<string>;
  /** "students", "farmers": people whose own plain march or rally is a crowd's protest (crowdActs). */
  readonly marcher: ReadonlySet<string>;
  /** "protesting", "marched", "gathered": a crowd fired on shown protesting (`protested=` flag). */
  readonly protestMove: ReadonlySet<string>;
  /** "strike", "drone", "missile": a weapon heading the subject of a killing makes it an attack (`weapon=` flag). */
  readonly weapon: ReadonlySet<string>;
  /** "suicide" before a `bomber` word: a suicide bomber in the subject makes its attack or killing a bombing (`bomber=`). */
  readonly suicide: ReadonlySet<string>;
  /** "bomber", "bombers": the attacker a `suicide` word qualifies (`bomber=` flag). */
  readonly bomber: ReadonlySet<string>;
  /** "gunmen", "militants": armed men heading the target of a shooting are fought (`troops=` flag). */
  readonly fighter: ReadonlySet<string>;
  /** "inquiry", "investigators": a subject holding one is an inquiry, whose finding is also an investigation (`inquiry=`). */
  readonly inquiry: ReadonlySet<string>;
  /** "pact", "treaty", "deal": a participle or relative clause on one of these nouns states the agreement's terms. */
  readonly terms: ReadonlySet<string>;
  /** "talks", "negotiations": consultations that are the parties' own even "at" them ("agreed at talks in Istanbul"). */
  readonly talksNoun: ReadonlySet<string>;
  /** "meeting", "summit": the meeting of a pair "at" it ("X and Y agreed at a meeting"), unless a name qualifies it. */
  readonly meetingNoun: ReadonlySet<string>;
  /** "white-house", "oval-office", "kremlin": seats of government where a person's act on a visitor is a meeting. */
  readonly seat: ReadonlySet<string>;
  /** "tell", "urge", "confront": verbs of speech to one present, whose act at a seat of government is a meeting. */
  readonly seatVerb: ReadonlySet<string>;
  /** "where": a relative on the place of the act before (", where they signed ..."). */
  readonly placeRelative: ReadonlySet<string>;
  /** "during", "under": a preposition before "which" opening a relative on the act before ("during which they ..."). */
  readonly whichPrep: ReadonlySet<string>;
  /** "welcome", "greet": a passive praise in a ", where" clause after a visit or meeting hosts the guest (043). */
  readonly whereWelcome: ReadonlySet<string>;
  /** "propose": a verb whose meeting noun object is a meeting proposed, not held (see unheldMeeting). */
  readonly unheldVerb: ReadonlySet<string>;
  /** "call", "request", "way": a word before "for" and a meeting noun asked for, not held. */
  readonly unheldFor: ReadonlySet<string>;
  /** "urge", "ask": a verb before "to resume/hold ... talks", talks urged, not held. */
  readonly unheldUrge: ReadonlySet<string>;
  /** "accession", "membership": talks on joining a bloc (see unopenedAccession). */
  readonly accession: ReadonlySet<string>;
  /** "sign", "ink", "seal": verbs that sign an agreement named after them (`signed=` flag). */
  readonly signVerb: ReadonlySet<string>;
  /** "deal", "contract", "treaty": agreements signed before an infinitive of purpose (`signed=` flag). */
  readonly signedNoun: ReadonlySet<string>;
  /** "ceasefire", "truce": a truce brokered between two parties is also their own (0871 both ways). */
  readonly truce: ReadonlySet<string>;
  /** "agree": a verb whose pair of parties acting "in" a named place met there (see placeMeetings). */
  readonly placeMeetVerb: ReadonlySet<string>;
  /** "meet": a meeting verb whose meeting a stated visit does not cover (see dropVisitTalks). */
  readonly meetAlone: ReadonlySet<string>;
  /** "state", "power", "neighbour": heads of a noun phrase that points back to a state (see pointingObject). */
  readonly stateRef: ReadonlySet<string>;
  /** "accuse", "blame", "hold": heads of short verb patterns charging the party in their first slot (see chargedAfter). */
  readonly chargeVerb: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Reads the word sets of a verb model. */
export function secondWords(m: VerbModel): SecondWords {
  return {
    pluralPronoun: m.classes.get("_PLURAL_PRONOUN") ?? EMPTY,
    adjunctPrep: m.classes.get("_ADJUNCT_PREP") ?? EMPTY,
    occasionPrep: m.classes.get("_OCCASION_PREP") ?? EMPTY,
    venuePrep: m.classes.get("_VENUE_PREP") ?? EMPTY,
    draftVerb: m.classes.get("_DRAFT_VERB") ?? EMPTY,
    reciprocal: m.classes.get("_RECIPROCAL") ?? EMPTY,
    landmarkPrep: m.classes.get("_LANDMARK_PREP") ?? EMPTY,
    duration: m.classes.get("_DURATION") ?? EMPTY,
    processSpan: m.classes.get("_PROCESS_SPAN") ?? EMPTY,
    eraPrep: m.classes.get("_ERA_PREP") ?? EMPTY,
    eraNoun: m.classes.get("_ERA_NOUN") ?? EMPTY,
    eraWar: m.classes.get("_ERA_WAR") ?? EMPTY,
    standingVerb: m.classes.get("_STANDING_VERB") ?? EMPTY,
    aircraft: m.classes.get("_AIRCRAFT") ?? EMPTY,
    craft: m.classes.get("CRAFT") ?? EMPTY,
    crowd: m.classes.get("_CROWD_NOUN") ?? EMPTY,
    marcher: m.classes.get("_MARCHER_NOUN") ?? EMPTY,
    protestMove: m.classes.get("_PROTEST_MOVE") ?? EMPTY,
    weapon: m.classes.get("_WEAPON") ?? EMPTY,
    suicide: m.classes.get("_SUICIDE") ?? EMPTY,
    bomber: m.classes.get("_BOMBER") ?? EMPTY,
    fighter: m.classes.get("_FIGHTER") ?? EMPTY,
    inquiry: m.classes.get("_INQUIRY") ?? EMPTY,
    terms: m.classes.get("_TERMS_NOUN") ?? EMPTY,
    talksNoun: m.classes.get("_TALKS_NOUN") ?? EMPTY,
    meetingNoun: m.classes.get("_MEETING_NOUN") ?? EMPTY,
    seat: m.classes.get("_SEAT") ?? EMPTY,
    seatVerb: m.classes.get("_SEAT_VERB") ?? EMPTY,
    placeRelative: m.classes.get("_PLACE_RELATIVE") ?? EMPTY,
    whichPrep: m.classes.get("_WHICH_PREP") ?? EMPTY,
    whereWelcome: m.classes.get("_WHERE_WELCOME") ?? EMPTY,
    unheldVerb: m.classes.get("_UNHELD_VERB") ?? EMPTY,
    unheldFor: m.classes.get("_UNHELD_FOR") ?? EMPTY,
    unheldUrge: m.classes.get("_UNHELD_URGE") ?? EMPTY,
    accession: m.classes.get("_ACCESSION") ?? EMPTY,
    signVerb: m.classes.get("_SIGN_VERB") ?? EMPTY,
    signedNoun: m.classes.get("_SIGNED_NOUN") ?? EMPTY,
    truce: m.classes.get("_TRUCE_NOUN") ?? EMPTY,
    placeMeetVerb: m.classes.get("_PLACE_MEET_VERB") ?? EMPTY,
    meetAlone: m.classes.get("_MEET_ALONE") ?? EMPTY,
    stateRef: m.classes.get("_STATE_REF") ?? EMPTY,
    chargeVerb: new Set(
      m.patterns
        // "accuse TGT of", "blame TGT for", "hold TGT responsible": a charge whose object is the party charged. An
        // `inquirer` pattern's head is a plain reporting verb ("said X had"), a charge only from an inquiry body.
        .filter(
          (p) =>
            !p.noun &&
            !p.charging &&
            !p.inquirer &&
            p.code.startsWith("112") &&
            p.rest[0]?.kind === "target" &&
            p.rest.length <= 2,
        )
        .flatMap((p) => [...p.head]),
    ),
  };
}

/** Tokens that close the clause an act stands in before a participle on it. */
const CLAUSE_CLOSE = new Set([",", ";", ":"]);

/**
 * "India pulled out of a summit in Islamabad, accusing Pakistan of cross-border terrorism": the party that a charging
 * participle (", accusing X of", ", blaming X's intransigence") right after the clause of an act ending at `end` names
 * as its object, when `source` is the sentence's first subject (the participle's own agent); or -1.
 */
export function chargedAfter(v: View, sw: SecondWords, end: number, source: number): number {
  if (v.groups.findIndex((_, x) => v.subjectPos[x] && !v.attributive[x]) !== source) return -1;
  let k = end;
  while (k < v.toks.length && !CLAUSE_CLOSE.has(v.toks[k]!.text)) k++;
  const i = k + 1;
  if (v.toks[k]?.text !== "," || !elaborating(v, i) || !isIn(v.toks[i], sw.chargeVerb)) return -1;
  const j = v.toks[i + 1]?.pos === "DET" ? i + 2 : i + 1;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && g !== source && v.groups[g]!.tokStart === j ? g : -1;
}

/** The act coded just before: its source and target groups and the end of its words. */
export interface PrevAct {
  readonly source: number;
  readonly target: number;
  readonly end: number;
  /** A reduced relative ("talks hosted by Macron"): its agent is no subject of the clause's participles. */
  readonly reduced?: true;
}

type Fit = "person" | "plural" | "thing";

/** What a pronoun can stand for: a person ("him", "his"), a plural actor ("them", "their"), else a state or body. */
function pronounFit(v: View, sw: SecondWords, k: number): Fit {
  const t = v.toks[k]!;
  if (isIn(t, sw.pluralPronoun)) return "plural";
  return is(v, t, v.b.personPronoun) ? "person" : "thing";
}

/**
 * True when a pronoun of the fit can stand for the group: "them" for a plural ("six British diplomats", "Mali and
 * Niger"), "him"/"her" for a person or a single official ("a Swedish journalist"), "it" for a state, a body or a single
 * institution ("the army").
 */
function fits(v: View, g: number, fit: Fit): boolean {
  const gr = v.groups[g]!;
  const head = v.toks[gr.tokEnd - 1]!;
  const plural =
    gr.members.length > 1 || (head.pos === "NOUN" && head.lower !== head.lemma && head.lower.endsWith("s"));
  if (fit === "plural" || plural) return fit === "plural" && plural;
  const m = gr.members[0]!;
  const person = m.kind === "person" || (m.kind === "sector" && head.pos === "PROPN");
  if (fit === "person") return person || m.kind === "sector" || m.kind === "coref";
  return !person;
}

/**
 * "its ambassador", "its government": a group of no known country, or a coreferent noun the actor stage gave the
 * source's own country (an act aimed at oneself codes nothing), whose owner the pronoun before it names.
 */
function ownerless(v: View, g: number, source: number): boolean {
  const own = v.groups[source]!.members[0]!.code.slice(0, 3);
  return v.groups[g]!.members.every(
    (m) => m.code.startsWith("---") || (m.kind === "coref" && m.code.slice(0, 3) === own),
  );
}

/** ", accusing ...": an -ing participle right after a comma. */
export function participle(v: View, i: number): boolean {
  const t = v.toks[i]!;
  return t.lower.endsWith("ing") && v.toks[i - 1]?.text === ",";
}

/** "... and pressed him", "... but criticised": a conjunction (past adverbs and auxiliaries) right before the verb. */
function coordinatedVerb(v: View, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADV" || v.toks[k]!.pos === "AUX")) k--;
  return is(v, v.toks[k], v.b.and | v.b.clauseSplit) && v.toks[k]!.pos === "CCONJ";
}

/** "telephoned Netanyahu on Sunday to urge him to ...": an infinitive of purpose, whose subject is the clause's. */
function purposeInfinitive(v: View, i: number): boolean {
  const to = v.toks[i - 1];
  // The infinitive marker is the particle among the target prepositions ("to", not "not").
  return to?.pos === "PART" && isIn(to, v.w.targetPrep) && controller(v, i) < 0;
}

/**
 * True when no actor in subject position other than the previous act's own two stands between two tokens, except
 * inside an aside or as a place ("filed a case against the UAE at the International Court of Justice, accusing it").
 */
function noOtherActor(v: View, prev: PrevAct, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const g = v.groupAt[k]!;
    if (g < 0 || g === prev.source || g === prev.target || v.asideAt[k]! >= 0 || !v.subjectPos[g]) continue;
    let j = v.groups[g]!.tokStart - 1;
    while (j >= 0 && v.toks[j]!.pos === "DET") j--;
    if (!isIn(v.toks[j], v.w.placePrep)) return false;
    k = v.groups[g]!.tokEnd - 1;
  }
  return true;
}

/**
 * The pronoun that is the object of the verb at `i` ("accusing him of", "calling it a failure", "summoned its
 * ambassador", "accusing its government of"), as a token index, or -1; `target` is the target found so far.
 */
function objectPronoun(v: View, i: number, target: number, source: number): number {
  let k = i + 1;
  // "accused some of them", "expelled two of them"
  const q = v.toks[k];
  if ((isIn(q, v.w.quantity) || q?.pos === "NUM") && is(v, v.toks[k + 1], v.b.npLink)) k += 2;
  const t = v.toks[k];
  if (!t || v.groupAt[k]! >= 0) return -1;
  if (is(v, t, v.b.objectPronoun)) return k;
  // "it" as an object: not the subject of a verb that follows ("said it would").
  const next = v.toks[k + 1]?.pos;
  if (is(v, t, v.b.subjectPronoun) && t.pos === "PRON" && next !== "VERB" && next !== "AUX") return k;
  // "its ambassador": a possessive before an actor of no known country, the target found.
  if (is(v, t, v.b.possessivePronoun) && target >= 0 && ownerless(v, target, source)) {
    let j = k + 1;
    while (j < v.groups[target]!.tokStart && v.toks[j]!.pos === "ADJ") j++;
    if (j === v.groups[target]!.tokStart) return k;
  }
  return -1;
}

/** Parts of speech of the words of a noun phrase up to its head noun. */
const MODIFIER_POS = new Set(["ADJ", "PROPN", "NOUN"]);

/**
 * "accusing the former colonial power of siding with Congo", "accusing its neighbour of an act of aggression": the
 * head of a definite or possessive noun phrase right after the verb at `i` that names no actor and ends in a noun
 * pointing back to a state (`_STATE_REF`), before "of", "for" or the clause's end, as a token index, or -1. It
 * stands for the previous act's counterpart, not for an actor named inside the charge.
 */
function pointingObject(v: View, sw: SecondWords, i: number): number {
  const d = v.toks[i + 1];
  if (!d || !(d.lower === "the" || is(v, d, v.b.possessivePronoun))) return -1;
  // The words up to the head ("former colonial power", "Gulf state"), none of them an actor's.
  let k = i + 2;
  while (k < i + 6 && v.groupAt[k] === -1 && MODIFIER_POS.has(v.toks[k]?.pos ?? "")) k++;
  const t = v.toks[k - 1];
  if (k === i + 2 || !t || t.pos !== "NOUN" || !isIn(t, sw.stateRef)) return -1;
  const next = v.toks[k];
  return !next || next.pos === "ADP" || next.pos === "PUNCT" ? k - 1 : -1;
}

/** The actor a pronoun stands for: the previous act's counterpart when it fits, else the nearest earlier one that fits. */
function antecedent(v: View, sw: SecondWords, k: number, prev: PrevAct): number {
  const fit = pronounFit(v, sw, k);
  if (prev.target >= 0 && fits(v, prev.target, fit)) return prev.target;
  const source = prev.source;
  const ownCode = v.groups[source]!.members[0]!.code;
  const own = ownCode.slice(0, 3);
  for (let j = k - 1; j >= 0; j--) {
    const g = v.groupAt[j]!;
    if (g < 0) continue;
    j = v.groups[g]!.tokStart;
    // A place may be meant ("troops into Ukraine, accusing its government"); a demonym may not ("Japanese cars").
    const demonym = v.groups[g]!.members.some((x) => x.kind === "attributive");
    if (g === source || demonym || v.asideAt[j]! >= 0) continue;
    if (v.groups[g]!.members[0]!.code.slice(0, 3) === own && !domesticObject(v, g, ownCode)) continue;
    if (fits(v, g, fit)) return g;
  }
  return -1;
}

/**
 * "Zimbabwean police arrested dozens of opposition activists ..., accusing them of ...": a sector of the source's own
 * country other than the source's own (a verb's object, not a place or the state itself) may be the pronoun's actor.
 */
function domesticObject(v: View, g: number, ownCode: string): boolean {
  const m = v.groups[g]!.members[0]!;
  return (
    (m.kind === "sector" || m.kind === "coref") && m.code.length > 3 && m.code !== ownCode && !v.subjectPos[g]
  );
}

/**
 * "expelled six British diplomats, accusing them of spying", "arrived for talks with Raul Castro ... and pressed him on
 * human rights", "suspended negotiations with Israel and summoned its ambassador": in a participle or a coordinated
 * verb that continues the previous act, an object pronoun (or "its"/"their" before an actor of no known country) stands
 * for that act's counterpart when person, number and kind fit (else the nearest earlier actor that fits), and the
 * previous act's source acts. Returns the new arguments, or null when the rule does not apply.
 */
export function pronounCounterpart(
  v: View,
  sw: SecondWords,
  m: Match,
  a: Args,
  prev: PrevAct | null,
): Args | null {
  const i = m.trigger;
  if (m.pattern.noun || a.passive || (prev && prev.end > i)) return null;
  if (!participle(v, i) && !coordinatedVerb(v, i) && !purposeInfinitive(v, i)) return null;
  // "Putin ordered troops into Ukraine, accusing its government of genocide": with no act before, the verb's subject.
  if (!prev && a.source < 0) return null;
  const before = prev ?? { source: a.source, target: -1, end: i };
  if (!noOtherActor(v, before, before.end, i)) return null;
  // "flew him to New York": a pronoun before words the pattern needs first is no target ("accuse TGT of" is).
  const first = m.pattern.rest[0];
  if (first && first.kind !== "target" && m.pattern.rest.some((e) => e.kind === "target")) return null;
  if (a.source >= 0 && a.source !== before.source && a.source !== before.target) return null;
  // "Japan said Chinese jets had locked radar on its aircraft, calling it dangerous": the sayer's own participle.
  if (reportedBy(v, a.source, before.source, before.end, i)) return null;
  const k = objectPronoun(v, i, a.target, before.source);
  const head = k < 0 ? pointingObject(v, sw, i) : -1;
  if (k < 0 && head < 0) return null;
  const t = k >= 0 ? antecedent(v, sw, k, before) : before.target;
  // A noun pointing back to a state names another state than the source's own.
  if (head >= 0 && (t < 0 || !fits(v, t, "thing") || sameCountry(v, t, before.source))) return null;
  if (t < 0 || t === before.source) return null;
  return { ...a, source: before.source, target: t, targetHow: "inside" };
}

/**
 * True when group `sayer` is the subject of the verb of saying that stands last between it and group `reported`, the subject
 * of the clause it reports ("Finland said Russia had ...", "Vietnam said on Monday that Chinese ships had ..."), and
 * no actor stands between the reported act's end `from` and the participle at `to` ("…, a charge Beijing rejected,
 * accusing Washington": the participle is that actor's).
 */
function reportedBy(v: View, sayer: number, reported: number, from: number, to: number): boolean {
  if (sayer < 0 || reported < 0) return false;
  for (let k = from; k < to; k++) if (v.groupAt[k]! >= 0) return false;
  return saidBy(v, sayer, reported);
}

/** True when group `reported` is the subject of a clause reported by a verb of saying whose subject is `sayer`. */
function saidBy(v: View, sayer: number, reported: number): boolean {
  if (sayer < 0 || reported < 0 || v.groups[sayer]!.tokEnd > v.groups[reported]!.tokStart) return false;
  const end = v.groups[reported]!.tokStart;
  // The verb of saying is the last verb before the reported subject ("said ... that Chinese ships"); not one whose
  // clause ends before it ("The Pentagon said a jet had ..., a charge Beijing rejected").
  let say = -1;
  for (let k = v.groups[sayer]!.tokEnd; k < end; k++)
    if (v.toks[k]!.pos === "VERB" || v.toks[k]!.pos === "AUX") say = is(v, v.toks[k], v.b.say) ? k : -1;
  return say >= 0 && subjectOf(v, say) === sayer;
}

/**
 * ", warning that they would take concrete actions", ", threatening reprisals": a threat in a participle that continues
 * the act before it and names no one is aimed at that act's counterpart; so is a demand (", demanding justice" after
 * "rallied against President Vucic"), which with no subject of its own is the act's source's. Returns the new
 * arguments, or null.
 */
export function threatCounterpart(v: View, m: Match, a: Args, prev: PrevAct | null): Args | null {
  const i = m.trigger;
  const demand = m.pattern.status === "demanded" && !m.pattern.noun;
  if ((m.pattern.status !== "threatened" && !demand) || a.target >= 0 || !prev || prev.end > i) return null;
  // ", demanding justice": a demand with no subject of its own is the previous act's source's.
  if (a.source < 0 && !demand) return null;
  if (a.source < 0) a = { ...a, source: prev.source };
  if (!participle(v, i) || !noOtherActor(v, prev, prev.end, i)) return null;
  // The participle's subject is the main clause's; an object found before it ("Kurdish militants") is not.
  const object = a.source === prev.target || !v.subjectPos[a.source];
  if (a.source !== prev.source && !object) return null;
  return { ...a, source: prev.source, target: prev.target, targetHow: "inside" };
}

/**
 * "demanded that Hamas release the hostages, threatening to destroy Gaza City": a participle that continues the act
 * before it has that act's subject, not its counterpart (found as the subject of the clause in between). Returns the
 * new arguments, or null.
 */
export function participleSubject(v: View, m: Match, a: Args, prev: PrevAct | null): Args | null {
  const i = m.trigger;
  if (m.pattern.noun || a.passive || !prev || prev.end > i || a.source < 0) return null;
  // "Two Russian missiles struck an institute and a hospital in the Ukrainian city of Poltava, killing 51 people": a
  // toll or assault (roots 18-20) after an act aimed at a country has the act's subject, not a place in its object
  // of the target's country (found here as the nearest actor before the participle).
  const forceInObject =
    prev.target >= 0 &&
    a.source !== prev.source &&
    v.groups[a.source]!.tokStart < prev.end &&
    /^(18|19|20)/.test(m.pattern.code) &&
    sameCountry(v, a.source, prev.target) &&
    !sameCountry(v, a.source, prev.source);
  if (a.source !== prev.target && !forceInObject) return null;
  // "met at talks hosted by Macron, agreeing to ...": the participle goes on the main clause, not the relative.
  if (prev.reduced) return null;
  if (!participle(v, i) || !noOtherActor(v, prev, prev.end, i)) return null;
  // "Finland said Russia had violated its airspace, calling the flight a violation": when the participle's subject
  // found so far is the sayer of the clause that reports the act before, the participle is the sayer's words on that
  // act, not more of the reported act (its target is then the act's author, found by the verdict fallbacks).
  if (reportedBy(v, a.source, prev.source, prev.end, i)) return null;
  // "Human Rights Watch said RSF fighters had committed crimes against humanity ..., killing thousands": a deed of
  // force in the participle goes on with the reported deed and keeps its subject; the sayer only tells of it.
  if (/^(18|19|20)/.test(m.pattern.code) && saidBy(v, prev.source, a.source)) return null;
  // "..., the world body said on Friday, demanding their release": after a trailing sayer, the sayer's participle.
  for (let k = prev.end; k < i; k++) if (v.toks[k]!.pos === "VERB" && is(v, v.toks[k], v.b.say)) return null;
  // "..., warning that Beijing would respond": the subject's own country named inside is no target.
  const own = a.target >= 0 && (a.target === prev.source || sameCountry(v, a.target, prev.source));
  return { ...a, source: prev.source, target: own ? -1 : a.target };
}

/**
 * "met her counterpart Wang Yi": a possessive right after the verb before a named actor of another country; that actor
 * is the object. Returns the new arguments, or null.
 */
export function possessedObject(v: View, m: Match, a: Args): Args | null {
  // A place found so far ("visited Beijing ... and met his counterpart") is no meeting partner.
  if (m.pattern.noun || a.source < 0 || (a.target >= 0 && !v.attributive[a.target])) return null;
  const k = m.last + 1;
  if (!is(v, v.toks[k], v.b.possessivePronoun) || v.groupAt[k]! >= 0) return null;
  const g = v.groupAt[k + 1] ?? -1;
  if (g < 0 || v.groups[g]!.tokStart !== k + 1 || v.attributive[g] || sameCountry(v, g, a.source))
    return null;
  return { ...a, target: g, targetHow: "after" };
}

/**
 * "Canada and India expelled each other's top diplomats": a reciprocal phrase within the words of a pattern with no
 * target slot (or right after them) makes the members of a compound subject act on one another, both ways.
 */
export function eachOther(v: View, sw: SecondWords, m: Match, a: Args): Args | null {
  if (a.source < 0 || v.groups[a.source]!.members.length < 2) return null;
  // "accuse TGT of violating ...": a pattern with a target slot leaves "accused each other" to its own patterns.
  if (m.pattern.rest.some((e) => e.kind === "target")) return null;
  for (let k = m.trigger + 1; k <= m.last + 1; k++)
    if (isIn(v.toks[k], sw.reciprocal) && isIn(v.toks[k + 1], sw.reciprocal))
      return { ...a, target: -1, targetHow: "none", mutual: true };
  return null;
}

/** A domestic act coded just before with its implied target (a protest, a strike): its source and suffix. */
export interface PrevSelf {
  readonly source: number;
  /** The implied target's sector suffix (`self=GOV`: "GOV"). */
  readonly self: string;
  readonly end: number;
}

/**
 * "Thousands of workers blocked roads outside Dhaka, demanding higher wages", "rallied in Belgrade, demanding
 * accountability", "marched on Islamabad to demand his release": a demand in a participle or an infinitive of purpose
 * that continues a domestic act and names no one is made by that act's source of the act's implied target (the
 * source's own government). Returns the new arguments, or null.
 */
export function demandOfSelf(v: View, m: Match, a: Args, prev: PrevSelf | null): Args | null {
  const i = m.trigger;
  if (m.pattern.status !== "demanded" || m.pattern.noun || !prev || prev.end > i) return null;
  // An actor named before the participle ("in Serbia's history, demanding ...") is none it addresses.
  // "demanding that Warsaw ban imports of Ukrainian grain", "to demand that the government repeal a contract allowing a
  // Canadian company ...": an actor inside a "that" clause whose subject names no actor is what the demand is about,
  // not the one addressed; the demand stays on the domestic act's implied target (the protesters' own government).
  if (a.target >= 0 && v.groups[a.target]!.tokEnd > i && !unnamedThatSubject(v, m, a.target)) return null;
  // "rallied in Belgrade in one of the largest protests in Serbia's history, demanding ...": an actor found before the
  // participle in no subject position is no subject of it.
  if (a.source >= 0 && a.source !== prev.source && v.subjectPos[a.source]) return null;
  const before = { source: prev.source, target: -1, end: prev.end };
  // "marched on Islamabad to demand his release", "rallied outside parliament demanding ...": a purpose right after it.
  const aim = prev.end >= i - 1 && (v.toks[i]!.lower.endsWith("ing") || purposeInfinitive(v, i));
  if (!(participle(v, i) || aim) || !noOtherActor(v, before, prev.end, i)) return null;
  return { ...a, source: prev.source, target: -1, targetHow: "inside" };
}

/**
 * "demanding that Warsaw ban imports of Ukrainian grain", "to demand that the government repeal a contract allowing a
 * Canadian company ...": true when the demand's word is followed by "that" and a subject of a few words (a determiner,
 * nouns or a name) that is no actor and no pronoun, then the clause's verb, with actor `g` after that verb.
 */
function unnamedThatSubject(v: View, m: Match, g: number): boolean {
  const i = m.trigger;
  if (v.toks[i + 1]?.lower !== "that") return false;
  // The subject: one name ("Warsaw") or a determiner and one noun ("the government"), none of them an actor.
  const first = v.toks[i + 2];
  let verb = -1;
  if (first?.pos === "PROPN") verb = i + 3;
  else if (first?.pos === "DET" && v.toks[i + 3]?.pos === "NOUN") verb = i + 4;
  if (verb < 0 || v.groupAt[i + 2]! >= 0 || v.groupAt[verb - 1]! >= 0) return false;
  // The clause's verb, which the tagger may read as a noun ("Warsaw ban imports").
  const t = v.toks[verb];
  if (!t || !(t.pos === "VERB" || t.pos === "NOUN") || v.groupAt[verb]! >= 0) return false;
  return v.groups[g]!.tokStart > verb;
}

/**
 * "Seoul summoned the Russian ambassador on Monday to demand the withdrawal of North Korean troops", "summoned Iran's
 * envoy to demand the release of a German national": a demand in an infinitive of purpose right after an act whose
 * object is an envoy (`envoy`) is addressed to the envoy's country, not to the actor named inside the act demanded.
 * An addressee the demand names itself ("to demand an explanation from Tehran", "to demand that Pyongyang ...",
 * "to press Moscow to ...") stays. Returns the new arguments, or null.
 */
export function envoyAddressee(v: View, m: Match, a: Args, prev: PrevAct | null): Args | null {
  const i = m.trigger;
  if (!prev || m.pattern.noun || m.pattern.status !== "demanded" || a.passive || prev.end > i) return null;
  if (a.source >= 0 && a.source !== prev.source) return null;
  if (!purposeInfinitive(v, i) || a.target === prev.target) return null;
  // Only the envoy's own phrase and adverbials ("on Monday") between it and "to": no other actor, clause or verb.
  const to = i - 1;
  if (v.groups[prev.target]!.tokEnd > to) return null;
  for (let k = v.groups[prev.target]!.tokEnd; k < to; k++) {
    const t = v.toks[k]!;
    if (
      v.groupAt[k]! >= 0 ||
      t.pos === "VERB" ||
      t.pos === "AUX" ||
      v.w.barrier.has(t.text) ||
      t.text === ","
    )
      return null;
  }
  if (a.target >= 0) {
    // An addressee the demand names: the actor right after the verb ("to press Moscow to"), or after "that"/"from".
    const g = v.groups[a.target]!;
    if (g.tokStart <= i) return null;
    let j = g.tokStart - 1;
    while (j > i && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ" || v.toks[j]!.pos === "NUM")) j--;
    if (j === i || v.toks[j]!.lower !== "of") return null;
  }
  return { ...a, source: prev.source, target: prev.target, targetHow: "inside" };
}

/**
 * "Washington postponed the tariffs on Mexican goods after Mexico pledged to send troops to the border", "..., days after
 * Tehran threatened to retaliate": group `g` is the subject of a background clause opened by a landmark subordinator
 * ("after", "before", "since") after the main clause (not a fronted one), or the antecedent of a relative clause set
 * off by a comma (", who agreed to ...", ", which had threatened ..."), whose act, naming no one, is aimed at the
 * party that the main clause's act is aimed at its country (see fallbackTarget).
 */
export function backgroundSubject(v: View, sw: SecondWords, g: number, m: Match): boolean {
  // "... after a phone call with Sheinbaum, who agreed to send troops": a relative clause set off by a comma, whose act
  // has no object of its own ("who blamed the unrest on terrorists", "who called it a historic day" judge another).
  const end = v.groups[g]!.tokEnd;
  if (v.toks[end]?.text === "," && is(v, v.toks[end + 1], v.b.relative))
    return !m.pattern.rest.some((e) => e.kind === "target") && !isIn(v.toks[m.trigger + 1], v.w.thingPronoun);
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  const t = v.toks[k];
  if (!t || k === 0 || !isIn(t, sw.landmarkPrep) || t.pos === "VERB") return false;
  // The group is the clause's subject, its verb right after it: not "after talks with X" (a phrase's actor).
  let j = v.groups[g]!.tokEnd;
  while (v.toks[j]?.pos === "ADV" || v.toks[j]?.pos === "AUX") j++;
  return v.toks[j]?.pos === "VERB";
}

/**
 * "Estonia summoned Russia's envoy after Russian border guards removed buoys, calling the removal a provocation": a
 * verbal judgment in a ", -ing" participle whose source so far is the subject of an "after"/"before"/"since" clause
 * (`sw.landmarkPrep`) on the main clause is the main clause subject's, aimed at that clause's subject (the agent of the
 * act judged) unless its own slot named a target. Returns the new arguments, or null.
 */
export function landmarkParticiple(v: View, sw: SecondWords, m: Match, a: Args): Args | null {
  const i = m.trigger;
  if (m.pattern.noun || a.source < 0 || !participle(v, i)) return null;
  let k = v.groups[a.source]!.tokStart - 1;
  while (k > 0 && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NUM")) k--;
  if (k <= 0 || !isIn(v.toks[k], sw.landmarkPrep) || v.toks[k - 1]?.text === ",") return null;
  // The landmark clause runs on to the participle's comma.
  for (let j = v.groups[a.source]!.tokEnd; j < i - 1; j++) if (v.toks[j]!.pos === "PUNCT") return null;
  let main = -1;
  for (let j = 0; j < k && main < 0; j++) {
    const g = v.groupAt[j]!;
    if (v.toks[j]!.text === ";") return null;
    if (g >= 0 && v.subjectPos[g] && !v.attributive[g] && v.asideAt[j]! < 0) main = g;
  }
  if (main < 0 || main === a.source || sameCountry(v, main, a.source)) return null;
  const slot = a.targetHow === "slot" && a.target >= 0 && a.target !== main;
  return { ...a, source: main, target: slot ? a.target : a.source, targetHow: slot ? "slot" : "inside" };
}
