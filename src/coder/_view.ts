import { type ActorMention, formOf, perPair, type Sentence, type Token } from "../core/index.js";
import type { VerbModel } from "../dict/index.js";
import { type Chunks, chunkSentence } from "./_chunks.js";

/** Mentions joined by "and", commas or hyphens ("Japan and Australia", "U.S.-Japan"), coded as one compound actor. */
export interface Group {
  readonly members: readonly ActorMention[];
  readonly tokStart: number;
  readonly tokEnd: number;
}

/** The word classes the engine reads, resolved once per model. */
export interface EngineWords {
  readonly and: ReadonlySet<string>;
  readonly relative: ReadonlySet<string>;
  readonly say: ReadonlySet<string>;
  readonly media: ReadonlySet<string>;
  readonly agent: ReadonlySet<string>;
  readonly passive: ReadonlySet<string>;
  readonly subord: ReadonlySet<string>;
  readonly targetPrep: ReadonlySet<string>;
  readonly barrier: ReadonlySet<string>;
  readonly ownerClauseOpeners: ReadonlySet<string>;
  readonly possessive: ReadonlySet<string>;
  /** "in", "during": the prepositions of a phrase naming the occasion of an act (`_OCCASION_PREP`). */
  readonly occasionPrep: ReadonlySet<string>;
  /** "commission of inquiry", "fact-finding mission": an inquiry as a body or process, no investigators (`_INQUIRY_BODY`). */
  readonly inquiryBody: ReadonlySet<string>;
  /** "ambassador", "envoy": the head nouns of a state's envoys (`$DIPLOMAT`), for `toenvoy` patterns. */
  readonly diplomat: ReadonlySet<string>;
  /** "agree", "promise": verbs of a commitment a reporting party of another country was made (`_COMMIT_VERB`). */
  readonly commitVerb: ReadonlySet<string>;
  readonly placePrep: ReadonlySet<string>;
  /** "summit", "talks": a gathering whose "on" phrase (`topicPrep`) names its topic (`_TOPIC_NOUN`). */
  readonly topicNoun: ReadonlySet<string>;
  /** "host": the verb whose subject hosts a gathering (`_HOST_VERB`, for `hosted` patterns). */
  readonly hostVerb: ReadonlySet<string>;
  readonly topicPrep: ReadonlySet<string>;
  readonly truceNoun: ReadonlySet<string>;
  readonly truceTopicPrep: ReadonlySet<string>;
  /** "bound": a place right before it ("Gaza-bound") is a destination, no actor (`_DESTINATION`). */
  readonly destination: ReadonlySet<string>;
  readonly objectPronoun: ReadonlySet<string>;
  readonly quantity: ReadonlySet<string>;
  readonly discard: ReadonlySet<string>;
  /** "joint", "their": words that make an attributed statement the parties' own ("according to a joint statement"). */
  readonly ownReport: ReadonlySet<string>;
  /** "state": a word that makes a news outlet a state's own ("state media", "Turkish state television"). */
  readonly stateOutlet: ReadonlySet<string>;
  readonly thingPronoun: ReadonlySet<string>;
  /** "position", "remarks": a stance a reporting verb stated (", a position Lithuania called blackmail"). */
  readonly stanceNoun: ReadonlySet<string>;
  readonly apart: ReadonlySet<string>;
  /** "launch", "hold", "impose": verbs whose object noun event is their own act, sharing their auxiliary chain. */
  readonly perform: ReadonlySet<string>;
  /** "approve", "authorise": verbs that decide an act in prospect ("approved the possible sale"), making it the act. */
  readonly decide: ReadonlySet<string>;
  /** "Russia's decision to close the consulate": a noun whose owner is the subject of the infinitive after it. */
  readonly decisionNoun: ReadonlySet<string>;
  /** "announce", "approve": verbs whose object act noun ("announced the suspension of …") is their subject's act. */
  readonly announceAct: ReadonlySet<string>;
  /** ", a move China condemned": a generic act noun restating the clause's act, whose subject is its agent. */
  readonly moveNoun: ReadonlySet<string>;
  /** "any": a determiner whose noun's relative clause names an act only in prospect ("any drone that enters"). */
  readonly freeChoice: ReadonlySet<string>;
  /** "officials", "witnesses", "diplomats": unnamed informants whose word makes another's act `reported`. */
  readonly informant: ReadonlySet<string>;
  /** "officials", "diplomats": informants who may speak for the parties of a meeting or reciprocal act. */
  readonly partyInformant: ReadonlySet<string>;
  /** "receive", "accept", "take in": verbs whose object people sent from elsewhere are taken in, not sent (`_TAKE_IN`). */
  readonly takeIn: ReadonlySet<string>;
  /** "planned", "staged", "organised": a participle right after a noun event whose "by" agent is the event's own. */
  readonly organiserVerb: ReadonlySet<string>;
  /** "began", "resumed", "kept": verbs whose "-ing" complement with an object is the act itself ("began striking Iran"). */
  readonly aspectVerb: ReadonlySet<string>;
  /** "stop", "suspend": verbs whose "-ing" complement is a cooperation cut, not done ("would stop supplying bombs"). */
  readonly haltVerb: ReadonlySet<string>;
  /** Irregular past forms unlike their base ("shot", "struck", "sent"), from `$_IRREGULAR`. */
  readonly irregularPast: ReadonlySet<string>;
  /** "if", "unless": subordinators whose clause is a condition of the act before it. */
  readonly condition: ReadonlySet<string>;
  /** "after", "following": a threat with no target answers the agent of the clause they open (`$_PROVOKED`). */
  readonly provoked: ReadonlySet<string>;
  /** "approved", "launched", "sent": participles whose "by" agent acts through the noun they describe. */
  readonly actThrough: ReadonlySet<string>;
  /** "imposed", "announced", "issued": participles whose "by" agent authors the measure the noun before them names. */
  readonly authorVerb: ReadonlySet<string>;
  /** "face", "pay", "bear": what another actor is warned it would undergo is a threat, not its own act (`ownact`). */
  readonly undergo: ReadonlySet<string>;
  /** "court", "tribunal", "ICJ": an actor so named is a court, whose order one asks for against another party. */
  readonly court: ReadonlySet<string>;
  /** "must", "should": a modal by which a speaker states what another actor is to do (lower-case forms). */
  readonly oblige: ReadonlySet<string>;
  /** "needs", "has", "ought": the same before "to" (lower-case forms: "had to" is no demand). */
  readonly obligeTo: ReadonlySet<string>;
  /** "said", "warned", "insisted": verbs by which a speaker states such an obligation as its demand. */
  readonly demandSay: ReadonlySet<string>;
  /** "would", "could", "ready": a word that makes a warned clause a prospect, not a stated fact (`ownact`). */
  readonly prospect: ReadonlySet<string>;
  /** "could", "may": a modal that makes a warned clause with no actor for subject a forecast of a risk (`ownact`). */
  readonly riskModal: ReadonlySet<string>;
  /** "warn", "predict": a forecast by unnamed informants makes a conditional act speculation, not a threat. */
  readonly forecast: ReadonlySet<string>;
  /** "analysts", "experts", "media": forecasters a place or an owner may follow ("analysts in Beijing said"). */
  readonly pundit: ReadonlySet<string>;
  /** "they", "them", "their": pronouns that stand for a plural or compound actor. */
  readonly pluralPronoun: ReadonlySet<string>;
  /** "coerce", "assault": PLOVER types of acts of force, whose own object keeps `ctx` from reaching past it. */
  readonly forceType: ReadonlySet<string>;
  /** Verbs (and "during") that make their subject the parties of a joint act's noun ("suspended the drills"). */
  readonly jointVerb: ReadonlySet<string>;
  /** "joined by X", "with X taking part": words by which another party joins a joint act. */
  readonly joinIn: ReadonlySet<string>;
  readonly takeUp: ReadonlySet<string>;
  /** "reject", "rebuff": verbs that turn down the offer they govern (`offer`). */
  readonly turnDown: ReadonlySet<string>;
  /** "without U.S. mediation": a noun event after these words did not happen. */
  readonly absentPrep: ReadonlySet<string>;
  /** "boycotted a ceremony hosted by Japan": verbs that stay away from the event they govern (`_SHUN_VERB`). */
  readonly shunVerb: ReadonlySet<string>;
  /** "after talks it mediated": a third party's verb in a relative clause on a meeting noun (`_MEDIATE_VERB`). */
  readonly mediateVerb: ReadonlySet<string>;
  /** "retaliation", "response": "in retaliation for X's act" names an act of X aimed at the retaliator. */
  readonly retaliation: ReadonlySet<string>;
  /** "after", "over": an inquiry's phrase of cause, whose act's author is the party investigated. */
  readonly probeCause: ReadonlySet<string>;
  /** "in", "during", "part" (of "as part of"), "concluding": words that make a `framing` noun the frame of an act. */
  readonly framePrep: ReadonlySet<string>;
  /** "during", "on": words before a visit noun that make it the occasion of its clause's act (`venue`). */
  readonly visitOccasion: ReadonlySet<string>;
  /** "camps", "site": a visit to these ("during a visit to the camps") is to a place, not to a state (`venue`). */
  readonly visitSite: ReadonlySet<string>;
  /** "port", "border": aid sent to such a place "for" another country's people goes to them (the beneficiary). */
  readonly transitPlace: ReadonlySet<string>;
  /** "three", "four": "the three leaders" after an act between one actor and a pair names all three. */
  readonly groupCount: ReadonlySet<string>;
  /** "tell", "brief": reporting verbs whose object is the addressee ("told reporters"), not what is said. */
  readonly addresseeSay: ReadonlySet<string>;
  /** "help", "support": "brokered by Qatar with the help of Egypt" names a co-agent, never a target. */
  readonly helpNoun: ReadonlySet<string>;
  /** "request", "invitation": "at the request of X", "at X's request" names the one who asked, never a target. */
  readonly requestNoun: ReadonlySet<string>;
  readonly postedNoun: ReadonlySet<string>;
  /** "let", "allow", "help": a wrapper's complement opening with one of these is aimed at its object. */
  readonly complementControl: ReadonlySet<string>;
  /** "mediator": a role noun ending an actor's mention that names the holder's act ("Saudi mediators said"). */
  readonly roleActNoun: ReadonlySet<string>;
  /** "week", "day": spans of time, whose phrase after a verb is a time adjunct ("said last week"). */
  readonly duration: ReadonlySet<string>;
  /** "late", "on", "Friday": words of a time adjunct between a noun and its relative pronoun. */
  readonly timeWord: ReadonlySet<string>;
  /** "earthquake", "clashes": incident nouns with no agent, the subject of a relative clause on them. */
  readonly agentless: ReadonlySet<string>;
  /** "led": a participle of command whose "by" agent owns the unplaced fighters before it ("rebels led by HTS"). */
  readonly leaderVerb: ReadonlySet<string>;
  /** "according": a word that opens an attribution ("according to health officials"), whose actor is no target. */
  readonly attribution: ReadonlySet<string>;
  readonly frameworkPrep: ReadonlySet<string>;
  readonly frameworkNoun: ReadonlySet<string>;
  /** "show", "see": verbs of perception, whose object is the subject of an -ing verb after it ("show soldiers firing"). */
  readonly perceive: ReadonlySet<string>;
  /** "as well as": phrases (word lists) that link two actors as "and" does, anywhere (`_ALSO_LINK`). */
  readonly alsoLink: readonly (readonly string[])[];
  /** "along with", "alongside": phrases that link two actors only as the subject before its verb (`_CO_LINK`). */
  readonly coLink: readonly (readonly string[])[];
  /** "neither", "nor": words before a subject by which it did not do the act; they link actors as "and" does. */
  readonly neither: ReadonlySet<string>;
  /** "respectively": after a compound target, pairs its members one by one with the subject's. */
  readonly respective: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Bits of the reserved classes, as the model numbers them. */
export interface Bits {
  readonly and: number;
  readonly relative: number;
  readonly say: number;
  readonly agent: number;
  readonly subord: number;
  readonly targetPrep: number;
  readonly discard: number;
  readonly objectPronoun: number;
  readonly npLink: number;
  readonly possessivePronoun: number;
  readonly subjectPronoun: number;
  readonly nounAgent: number;
  readonly clauseSplit: number;
  readonly intentNoun: number;
  readonly gerundRole: number;
  readonly control: number;
  readonly pluralPoss: number;
  readonly agentVerb: number;
  readonly pairCount: number;
  readonly pairNoun: number;
  readonly reasonPrep: number;
  readonly between: number;
  readonly personPronoun: number;
  readonly meansPrep: number;
  readonly claimNoun: number;
}

/** Reads the reserved-class bits of a model. */
export function classBits(m: VerbModel): Bits {
  const b = (n: string) => m.reservedBit.get(n) ?? 0;
  return {
    and: b("_AND"),
    relative: b("_RELATIVE"),
    say: b("_SAY"),
    agent: b("_AGENT"),
    subord: b("_SUBORD"),
    targetPrep: b("_TARGET_PREP"),
    discard: b("_DISCARD"),
    objectPronoun: b("_OBJ_PRONOUN"),
    npLink: b("_NP_LINK"),
    possessivePronoun: b("_POSS_PRONOUN"),
    subjectPronoun: b("_SUBJ_PRONOUN"),
    nounAgent: b("_NOUN_AGENT"),
    clauseSplit: b("_CLAUSE_SPLIT"),
    intentNoun: b("_INTENT_NOUN"),
    gerundRole: b("_GERUND_ROLE"),
    control: b("_CONTROL"),
    pluralPoss: b("_PLURAL_POSS"),
    agentVerb: b("_AGENT_VERB"),
    pairCount: b("_PAIR_COUNT"),
    pairNoun: b("_PAIR_NOUN"),
    reasonPrep: b("_REASON_PREP"),
    between: b("_BETWEEN"),
    personPronoun: b("_PERSON_PRONOUN"),
    meansPrep: b("_MEANS_PREP"),
    claimNoun: b("_CLAIM_NOUN"),
  };
}

/** What the coder looks up for one word: its reserved-class bits, the patterns it heads, the elements it can fill. */
export interface WordEntry {
  readonly mask: number;
  readonly heads: VerbModel["heads"] extends ReadonlyMap<string, infer H> ? H | undefined : never;
  readonly elements: Int32Array | undefined;
}

/** Every word the verb model knows, with its entry: one lookup per token form instead of one per index. */
export type Lexicon = ReadonlyMap<string, WordEntry>;

/** Joins the verb model's per-word indexes (reserved classes, pattern heads, pattern elements) into one map. */
export function buildLexicon(m: VerbModel): Lexicon {
  const lex = new Map<string, WordEntry>();
  for (const w of new Set([...m.reservedMask.keys(), ...m.heads.keys(), ...m.elementsByWord.keys()]))
    lex.set(w, {
      mask: m.reservedMask.get(w) ?? 0,
      heads: m.heads.get(w),
      elements: m.elementsByWord.get(w),
    });
  return lex;
}

/** The lexicon entries of each token of a sentence: by lemma, and by lower-case form when that differs. */
export interface TokenWords {
  readonly lemma: readonly (WordEntry | undefined)[];
  readonly lower: readonly (WordEntry | undefined)[];
}

/**
 * The lexicon entry of each form's lower-case text (null: none), kept by form number (formOf of Sentence.forms) for
 * one lexicon: a token's lower-case text is a function of its form, so it is hashed once in the engine's life instead
 * of once a token. Filled in order (undefined: not yet asked), as a sparse array would make every look-up slow.
 */
export type FormEntries = (WordEntry | null | undefined)[];

const FORM_ENTRIES = new WeakMap<Lexicon, WeakMap<object, FormEntries>>();

/** The FormEntries of `lex` for form numbering `numbering` (see NlpDoc.forms). */
export function formEntries(lex: Lexicon, numbering: object): FormEntries {
  return perPair(FORM_ENTRIES, lex, numbering, () => []);
}

/** The entry of token `t`'s lower-case text, read by its form number `id` from `entries` (filled when not yet asked). */
function lowerEntry(entries: FormEntries, id: number, t: Token, lex: Lexicon): WordEntry | undefined {
  let e = entries[id];
  if (e === undefined) {
    while (entries.length <= id) entries.push(undefined);
    e = lex.get(t.lower) ?? null;
    entries[id] = e;
  }
  return e ?? undefined;
}

/**
 * Looks up every token of a sentence once; with the sentence's form numbers (Sentence.forms) and the lexicon's
 * FormEntries for their numbering, lower-case texts are read by number and only lemmas unlike them are hashed.
 */
export function tokenWords(
  toks: readonly Token[],
  lex: Lexicon,
  forms?: readonly number[],
  entries?: FormEntries,
): TokenWords {
  const lemma: (WordEntry | undefined)[] = new Array(toks.length);
  const lower: (WordEntry | undefined)[] = new Array(toks.length);
  const byForm = forms !== undefined && entries !== undefined && forms.length === toks.length;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const f = byForm ? forms[k]! : -1;
    if (f >= 0) {
      // Form number and tag number, plus one when the lemma is not the lower-case text (see packForm).
      const lo = lowerEntry(entries!, formOf(f), t, lex);
      if ((f & 1) === 0) {
        lemma[k] = lo;
        lower[k] = undefined;
      } else {
        lemma[k] = lex.get(t.lemma);
        lower[k] = lo;
      }
    } else {
      lemma[k] = lex.get(t.lemma);
      lower[k] = t.lower === t.lemma ? undefined : lex.get(t.lower);
    }
    // "staged a sit-in", "a military build-up": the tokenizer splits a hyphenated dictionary word in three; its first
    // part stands for the whole word (`hyphenated` tells the matcher to read on).
    const joined = hyphenated(toks, k);
    if (joined && lower[k] === undefined) lower[k] = lex.get(joined);
  }
  return { lemma, lower };
}

/**
 * "sit" in "sit - in": the hyphenated word the token opens with the next two, written without spaces ("sit-in",
 * "build-ups"), or undefined.
 */
export function hyphenated(toks: readonly Token[], k: number): string | undefined {
  const t = toks[k]!;
  const h = toks[k + 1];
  const n = toks[k + 2];
  if (!h || !n || h.text !== "-" || h.start !== t.end || n.start !== h.end) return undefined;
  if (!/^[a-z]+$/.test(t.lower) || !/^[a-z]+$/.test(n.lower)) return undefined;
  return `${t.lower}-${n.lower}`;
}

/** Class bits of every token of a sentence. */
export function tokenFlags(words: TokenWords): number[] {
  const n = words.lemma.length;
  const flags = new Array<number>(n);
  for (let k = 0; k < n; k++) flags[k] = (words.lemma[k]?.mask ?? 0) | (words.lower[k]?.mask ?? 0);
  return flags;
}

/**
 * The token at `k`, or undefined before the sentence's start or past its end: a read at a negative index is a slow
 * lookup in V8 (a string key up the prototype chain), so callers whose index may be -1 read through this.
 */
export function tokAt(v: View, k: number): Token | undefined {
  return k >= 0 ? v.toks[k] : undefined;
}

/** True when a verb or auxiliary stands at a token in [from, to). */
export function verbBetween(v: View, from: number, to: number): boolean {
  for (let j = Math.max(from, 0), end = Math.min(to, v.toks.length); j < end; j++) if (v.toks[j]!.pos === "VERB" || v.toks[j]!.pos === "AUX") return true;
  return false;
}

/** True when the token (of the view's sentence) belongs to the class bit. */
export function is(v: View, t: Token | undefined, bit: number): boolean {
  return t !== undefined && (v.flags[t.i]! & bit) !== 0;
}

/**
 * "and the two agreed", ", and both signed", "Both said": a count word of a pair standing alone as the subject, right
 * after a determiner, "and", a comma or at the start of the sentence (not "Armenia and Azerbaijan both ...").
 */
export function pairAlone(v: View, k: number): boolean {
  if (!is(v, v.toks[k], v.b.pairCount) || (v.groupAt[k] ?? -1) >= 0) return false;
  const t = v.toks[k - 1];
  // ", with each blaming the other", ", with both saying ...": the subject of an absolute phrase. "Each" stands alone
  // only there (", each releasing 390 people" elaborates the act before).
  if (t?.lower === "with" && v.toks[k - 2]?.text === ",") return true;
  if (v.toks[k]!.lower === "each") return false;
  return t === undefined || t.pos === "DET" || t.text === "," || is(v, t, v.b.and);
}

/** Class entries of words joined by "_" ("as_well_as") as word lists, longest first. */
function phrases(set: ReadonlySet<string>): string[][] {
  return [...set].map((e) => e.split("_")).sort((a, b) => b.length - a.length);
}

/** The length of the phrase of `list` that starts at token `k` and ends before `to`, or 0. */
export function phraseAt(
  toks: readonly Token[],
  k: number,
  to: number,
  list: readonly (readonly string[])[],
): number {
  for (const p of list)
    if (k + p.length <= to && p.every((word, i) => toks[k + i]!.lower === word)) return p.length;
  return 0;
}

/** Resolves the reserved `_` classes of a verb model. */
export function engineWords(m: VerbModel): EngineWords {
  const c = (n: string) => m.classes.get(n) ?? EMPTY;
  return {
    and: c("_AND"),
    relative: c("_RELATIVE"),
    say: c("_SAY"),
    media: c("_MEDIA"),
    agent: c("_AGENT"),
    passive: c("_PASSIVE"),
    subord: c("_SUBORD"),
    targetPrep: c("_TARGET_PREP"),
    barrier: c("_BARRIER"),
    ownerClauseOpeners: c("_OWNER_CLAUSE_OPEN"),
    possessive: c("_POSSESSIVE"),
    occasionPrep: c("_OCCASION_PREP"),
    inquiryBody: c("_INQUIRY_BODY"),
    diplomat: c("DIPLOMAT"),
    commitVerb: c("_COMMIT_VERB"),
    placePrep: c("_PLACE_PREP"),
    topicNoun: c("_TOPIC_NOUN"),
    hostVerb: c("_HOST_VERB"),
    topicPrep: c("_TOPIC_PREP"),
    truceNoun: c("_TRUCE_NOUN"),
    truceTopicPrep: c("_TRUCE_TOPIC_PREP"),
    destination: c("_DESTINATION"),
    objectPronoun: c("_OBJ_PRONOUN"),
    quantity: c("_QUANTITY"),
    discard: c("_DISCARD"),
    ownReport: c("_OWN_REPORT"),
    stateOutlet: c("_STATE_OUTLET"),
    thingPronoun: c("_THING_PRONOUN"),
    stanceNoun: c("_STANCE_NOUN"),
    apart: c("_APART"),
    informant: c("_INFORMANT"),
    partyInformant: c("_PARTY_INFORMANT"),
    takeIn: c("_TAKE_IN"),
    organiserVerb: c("_ORGANISER_VERB"),
    aspectVerb: c("_ASPECT_VERB"),
    haltVerb: c("_HALT_VERB"),
    condition: c("_CONDITION"),
    provoked: c("_PROVOKED"),
    actThrough: c("_ACT_THROUGH"),
    authorVerb: c("_AUTHOR_VERB"),
    undergo: c("_UNDERGO"),
    court: c("_COURT"),
    oblige: c("_OBLIGE"),
    obligeTo: c("_OBLIGE_TO"),
    demandSay: c("_DEMAND_SAY"),
    prospect: c("_PROSPECT"),
    riskModal: c("_RISK_MODAL"),
    forecast: c("_FORECAST"),
    pundit: c("_PUNDIT"),
    perform: c("_PERFORM"),
    freeChoice: c("_FREE_CHOICE"),
    decide: c("_DECIDE"),
    decisionNoun: c("_DECISION_NOUN"),
    announceAct: c("_ANNOUNCE_ACT"),
    moveNoun: c("_MOVE_NOUN"),
    pluralPronoun: c("_PLURAL_PRONOUN"),
    forceType: c("_FORCE_TYPE"),
    jointVerb: c("_JOINT_VERB"),
    joinIn: c("_JOIN_IN"),
    alsoLink: phrases(c("_ALSO_LINK")),
    coLink: phrases(c("_CO_LINK")),
    neither: c("_NEITHER"),
    respective: c("_RESPECTIVE"),
    takeUp: c("_TAKE_UP"),
    turnDown: c("_TURN_DOWN"),
    absentPrep: c("_ABSENT_PREP"),
    shunVerb: c("_SHUN_VERB"),
    mediateVerb: c("_MEDIATE_VERB"),
    retaliation: c("_RETALIATION"),
    probeCause: c("_PROBE_CAUSE"),
    framePrep: c("_FRAME_PREP"),
    visitOccasion: c("_VISIT_OCCASION"),
    visitSite: c("_VISIT_SITE"),
    transitPlace: c("_TRANSIT_PLACE"),
    groupCount: c("_GROUP_COUNT"),
    addresseeSay: c("_ADDRESSEE_SAY"),
    helpNoun: c("_HELP_NOUN"),
    requestNoun: c("_REQUEST_NOUN"),
    postedNoun: c("_POSTED_NOUN"),
    complementControl: c("_COMPLEMENT_CONTROL"),
    roleActNoun: c("_ROLE_ACT_NOUN"),
    duration: c("_DURATION"),
    timeWord: c("_TIME_WORD"),
    agentless: c("_AGENTLESS"),
    leaderVerb: c("_LEADER_VERB"),
    attribution: c("_ATTRIBUTION"),
    frameworkPrep: c("_FRAMEWORK_PREP"),
    frameworkNoun: c("_FRAMEWORK_NOUN"),
    perceive: c("_PERCEIVE"),
    irregularPast: new Set([...m.irregular].flatMap(([base, forms]) => forms.filter((f) => f !== base))),
  };
}

const HEAD_POS = new Set(["NOUN", "PROPN", "NUM", "ADJ", "ADV"]);

/**
 * "..., with Thai F-16 jets striking Cambodian targets", "..., with Netanyahu calling the terms delusional": in an
 * absolute phrase after a comma, the actor between "with" and the -ing word at `i` is its subject; or -1.
 */
export function absoluteActor(v: View, i: number): number {
  if (!v.toks[i]!.lower.endsWith("ing")) return -1;
  // ", with both sides reporting casualties and accusing each other": a participle joined by "and" to one before it
  // shares its subject.
  if (isIn(v.toks[i - 1], v.w.and))
    for (let j = i - 2; j >= 0 && j >= i - 8 && v.toks[j]!.text !== "," && v.groupAt[j]! < 0; j--)
      if (v.toks[j]!.pos === "VERB" && v.toks[j]!.lower.endsWith("ing")) return absoluteActor(v, j);
  let k = i - 1;
  // The actor's head noun may follow it ("Thai F-16 jets", "U.S. officials").
  while (k >= i - 4 && v.groupAt[k]! < 0 && (HEAD_POS.has(v.toks[k]!.pos) || v.toks[k]!.text === "-")) k--;
  const g = v.groupAt[k] ?? -1;
  if (g < 0) return -1;
  let j = v.groups[g]!.tokStart - 1;
  while (j >= 0 && (v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "NUM")) j--;
  return v.toks[j]?.lower === "with" && v.toks[j - 1]?.text === "," ? g : -1;
}

/** True when the token's lemma or lower-case form is in the set. */
export function isIn(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && (set.has(t.lemma) || (t.lower !== t.lemma && set.has(t.lower)));
}

/**
 * "cancelled planned military talks", "postponed scheduled joint drills": an "-ed" verb between a past verb and an
 * adjective or noun is an adjective of the noun phrase (the tagger reads two verbs in a row).
 */
export function participleAfterVerb(v: View, k: number): boolean {
  const t = v.toks[k];
  const p = v.toks[k - 1];
  const n = v.toks[k + 1]?.pos;
  return (
    t !== undefined &&
    p !== undefined &&
    t.pos === "VERB" &&
    p.pos === "VERB" &&
    t.lower.endsWith("ed") &&
    p.lower.endsWith("ed") &&
    (n === "ADJ" || n === "NOUN")
  );
}

/**
 * "the arrest warrant issued against him by the court", "sanctions imposed on Moscow by the West": a past participle
 * right after noun event `i`, then a target preposition, opens a reduced passive relative; returns the group its "by"
 * names later in the clause (the noun event's agent), or -1 when there is no such participle or agent.
 */
export function reducedRelativeAgent(v: View, i: number): number {
  const t = v.toks[i + 1];
  const prep = v.toks[i + 2];
  if (!t || !prep || t.pos !== "VERB" || t.lower === t.lemma || /(ing|s)$/.test(t.lower)) return -1;
  if (prep.pos !== "ADP" || !is(v, prep, v.b.targetPrep) || is(v, prep, v.b.subord)) return -1;
  for (let k = i + 3; k < v.toks.length && k < i + 16; k++) {
    const w = v.toks[k]!;
    if (v.w.barrier.has(w.text) || w.pos === "VERB" || w.pos === "AUX") return -1;
    if (!isIn(w, v.w.agent)) continue;
    let j = k + 1;
    while ((v.groupAt[j] ?? -1) < 0 && (v.toks[j]?.pos === "DET" || v.toks[j]?.pos === "ADJ")) j++;
    return v.groupAt[j] ?? -1;
  }
  return -1;
}

/**
 * "the sanctions imposed by ECOWAS", "the arrest warrant issued by the ICC": a past participle of authoring
 * (`_AUTHOR_VERB`) right after noun event `i` (with `phrase`, also after a short prepositional phrase on it: "a ban on
 * gatherings imposed by the junta"), whose "by" agent (past an adverb or a time phrase) is the noun's author; or -1.
 */
export function authoredBy(v: View, i: number, phrase = false): number {
  let k = i + 1;
  // "a ban on gatherings imposed by": with `phrase`, one phrase after the noun (the participle may then describe the
  // phrase's own noun: "a strike against tax increases imposed by", so only where either reading names one author).
  if (phrase && v.toks[k]?.pos === "ADP" && is(v, v.toks[k], v.b.targetPrep) && !is(v, v.toks[k], v.b.subord)) {
    const end = k + 6;
    k++;
    while (k < end && (HEAD_POS.has(v.toks[k]?.pos ?? "") || v.toks[k]?.pos === "DET" || v.groupAt[k]! >= 0)) k++;
  }
  const t = v.toks[k];
  if (t?.pos !== "VERB" || t.lower === t.lemma || /(ing|s)$/.test(t.lower) || !isIn(t, v.w.authorVerb))
    return -1;
  // "imposed last week by", "announced on Wednesday by": a time phrase or an adverb before the agent.
  let j = k + 1;
  while (
    j < k + 4 &&
    (v.toks[j]?.pos === "ADV" || isIn(v.toks[j], v.w.timeWord) || isIn(v.toks[j], v.w.duration)) &&
    !isIn(v.toks[j], v.w.agent)
  )
    j++;
  if (!isIn(v.toks[j], v.w.agent)) return -1;
  j++;
  while ((v.groupAt[j] ?? -1) < 0 && (v.toks[j]?.pos === "DET" || v.toks[j]?.pos === "ADJ")) j++;
  const g = v.groupAt[j] ?? -1;
  return g >= 0 && !v.attributive[g] ? g : -1;
}

/**
 * True when the verb at `i` is passive: a form of "be"/"get" before it ("was hit", "were seized"), or an inflected form
 * coordinated with a passive.
 */
export function isPassive(v: View, i: number): boolean {
  const t = v.toks[i]!;
  if (t.lower.endsWith("ing")) return false;
  // "was prepared to", "is set to": a raising construction, the subject acts. Not "was invited to the summit" (a
  // preposition), nor a verb that hands an act on ("was not invited to discuss", "was urged to"): the subject is its
  // object.
  const next = v.toks[i + 1];
  if (next?.lower === "to" && next.pos === "PART" && !is(v, t, v.b.control)) return false;
  // "was hit", "were cut off": an irregular participle that looks like the base form, after "be".
  // "were retaken": an irregular participle the tagger took for a noun, after "be".
  if (passiveAux(v, i)) return t.pos === "VERB" || t.lower !== t.lemma || v.w.irregularPast.has(t.lower);
  if (t.lower === t.lemma) return false;
  let k = i - 1;
  while (k >= 0 && v.toks[k]!.pos === "ADV") k--;
  return coordinatedPassive(v, k, i);
}

/**
 * "was hit with water cannon and sideswiped by a Chinese ship": a participle after "and" (at `and`) with no object of
 * its own shares the passive of the verb before the conjunction, within its clause.
 */
function coordinatedPassive(v: View, and: number, i: number): boolean {
  if (!isIn(v.toks[and], v.w.and) || v.toks[and]!.pos !== "CCONJ") return false;
  let n = i + 1;
  while (v.toks[n]?.pos === "ADV") n++;
  const next = v.toks[n];
  if (next && next.pos !== "ADP" && next.pos !== "PUNCT") return false;
  for (let k = and - 1; k >= 0 && k >= and - 8; k--) {
    const t = v.toks[k]!;
    if (v.groupAt[k]! >= 0 || v.w.barrier.has(t.text)) return false;
    if (t.pos === "VERB") return !t.lower.endsWith("ing") && passiveAux(v, k);
  }
  return false;
}

/** True when a form of "be"/"get" stands in the auxiliary chain right before token `i` ("was hit", "has been cut"). */
function passiveAux(v: View, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = v.toks[k]!;
    if (p.pos === "AUX" && isIn(p, v.w.passive)) return true;
    if (p.pos !== "ADV" && p.pos !== "AUX" && p.pos !== "PART") return false;
    // "Lourenco was to host Tshisekedi", "Putin is to meet Xi": "be to" + a bare verb is a plan, the subject acts
    // ("Niamey alone was to blame" keeps the idiom's passive sense).
    if (p.pos === "PART" && p.lower === "to" && v.toks[i]!.lower !== "blame") return false;
  }
  return false;
}

/** One sentence prepared for coding: mentions indexed by token, compound groups and comma asides. */
export interface View {
  readonly sent: Sentence;
  readonly toks: readonly Token[];
  readonly w: EngineWords;
  /** Token index → group index, or -1. */
  readonly groupAt: readonly number[];
  readonly groups: readonly Group[];
  /** Token index → aside id (comma-enclosed relative clause or apposition), or -1. */
  readonly asideAt: readonly number[];
  /** Aside id → [start, end) token span. */
  readonly asides: readonly (readonly [number, number])[];
  /**
   * Group index → true when every member is an attributive demonym ("tariffs on Japanese cars") or a place
   * ("visited Beijing"): a target only.
   */
  readonly attributive: readonly boolean[];
  /** Group index → true when it reads as a subject (not the object of a verb or preposition). */
  readonly subjectPos: readonly boolean[];
  /** End (the comma) of a fronted phrase before the main clause ("In a phone call with X, Y ..."), or -1. */
  readonly frontEnd: number;
  /** Token index → reserved-class bits; `b` names the bits. */
  readonly flags: readonly number[];
  readonly b: Bits;
  /** Noun-phrase chunks, verb groups and clause openings (`_chunks.ts`). */
  readonly chunks: Chunks;
  /** Token index → the lexicon's entries for its lemma and lower-case form (pattern heads, elements). */
  readonly words: TokenWords;
}

const LINK_POS = new Set(["DET", "PRON"]);
const OBJECT_BEFORE = new Set(["VERB", "ADP", "AUX"]);

/**
 * "a base in Qatar, which hosts U.S. forces, and Doha condemned ...": a plural-looking noun right after a relative
 * pronoun is the relative clause's verb the tagger read as a noun, so the name after it is an object too.
 */
function relativeVerbNoun(toks: readonly Token[], k: number, w: EngineWords): boolean {
  return toks[k]?.pos === "NOUN" && isIn(toks[k - 1], w.relative);
}

/**
 * True when token `k` is the finite verb of a clause: a VERB, or a past form the tagger read as an adjective right
 * before a determiner ("and a Chinese navy ship shadowed the drills"): no adjective stands before an article.
 */
function clauseVerbAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t?.pos === "VERB") return true;
  return t?.pos === "ADJ" && t.lower.endsWith("ed") && toks[k + 1]?.pos === "DET";
}

/**
 * True when the words from token `k` run, with no comma, to a reporting verb (`_SAY`): "officials in Kyiv and Moscow
 * said", not "Egypt and the United States, Qatar's prime minister said".
 */
function sayerFrom(toks: readonly Token[], k: number, w: EngineWords): boolean {
  while (k < toks.length && toks[k]!.text !== "," && toks[k]!.pos !== "VERB" && toks[k]!.pos !== "AUX") k++;
  while (toks[k]?.pos === "AUX") k++;
  return toks[k]?.pos === "VERB" && isIn(toks[k], w.say);
}

/**
 * True when the preposition at `k` stands inside the noun phrase that opens the sentence ("The military rulers of
 * Mali, ..."): nouns, adjectives and determiners before it, none of them a preposition, verb or punctuation.
 */
function openingNounPhrase(toks: readonly Token[], k: number): boolean {
  if (k < 1) return false;
  for (let j = 0; j < k; j++) if (!NOUN_PHRASE_POS.has(toks[j]!.pos)) return false;
  return true;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** How two mentions are linked: "and", a hyphen, a comma, a `_CO_LINK` phrase ("along with"), or not at all. */
type LinkKind = "and" | "hyphen" | "comma" | "co" | null;

/**
 * Classifies the tokens between two mentions: "and" link (or an `_ALSO_LINK` phrase: "as well as"), hyphen link, comma
 * link, `_CO_LINK` phrase, or none. `prep` is the preposition before the list's first member: repeated after "and"
 * ("with Kyiv and also with Moscow") it leads the next member of the list.
 */
function linkKind(toks: readonly Token[], from: number, to: number, w: EngineWords, prep?: string): LinkKind {
  let kind: LinkKind = null;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    // "the Golan Heights, which Egypt and Qatar condemned": a relative pronoun opens a clause; its subject is no member.
    if (isIn(t, w.relative)) return null;
    // "Iran as well as Russia"; a one-word entry ("also") only after "and": "and also Russia".
    const also = phraseAt(toks, k, to, w.alsoLink);
    if (also > 1 || (also === 1 && kind === "and")) {
      kind = "and";
      k += also - 1;
      continue;
    }
    const co = phraseAt(toks, k, to, w.coLink);
    if (co > 0) {
      kind = kind === "and" ? "and" : "co";
      k += co - 1;
      continue;
    }
    if (isIn(t, w.and) || isIn(t, w.neither)) kind = "and";
    else if (t.text === "-" || t.text === "/" || t.text === "–") kind = kind ?? "hyphen";
    else if (t.text === ",") kind = kind === "and" || kind === "co" ? kind : "comma";
    // "two Russian and two Chinese bombers": a count leading the next member, right after the link word.
    else if (t.pos === "NUM" && kind !== null && k === to - 1) continue;
    else if (t.pos === "ADP" && kind === "and" && t.lower === prep) continue;
    else if (!LINK_POS.has(t.pos)) return null;
  }
  return kind;
}

/**
 * "Germany, along with France, condemned ...", "Mali together with Niger recalled ...": a `_CO_LINK` phrase joins the
 * mention at `at` to the list before it only when that list opens its clause (`lead`, the token before it, is no verb
 * or preposition) and a verb follows the new member (after a closing comma).
 */
function coSubject(
  toks: readonly Token[],
  mentions: readonly ActorMention[],
  at: number,
  lead: number,
  w: EngineWords,
): boolean {
  if (OBJECT_BEFORE.has(toks[lead]?.pos ?? "")) return false;
  let e = compoundEnd(toks, mentions, at, w);
  if (toks[e]?.text === ",") e++;
  while (toks[e]?.pos === "ADV") e++;
  return toks[e]?.pos === "VERB" || toks[e]?.pos === "AUX";
}

/**
 * "freed Australian economist Sean Turnell, former British ambassador ... and Japanese filmmaker ...": the token after
 * the noun head (and name) that a nationality word `prev` leads (or the name after a sector its country names), when that head closes with a comma or "and" and the
 * next member `m` is named by its own country too; else `prev.tokenEnd`. Each such member is a party, so the link after
 * the head joins the list.
 */
function demonymHeadEnd(toks: readonly Token[], prev: ActorMention, m: ActorMention, w: EngineWords): number {
  const led = prev.kind === "attributive" || (prev.kind === "sector" && prev.entry.startsWith("country-"));
  // "Hamas released three Israeli hostages and Israel freed ...": a state named after the head starts a new clause,
  // and so does a member with its own verb ("an Israeli air strike and the Israeli military saying").
  if (!led || !m.entry.startsWith("country-") || m.kind === "state") return prev.tokenEnd;
  if (clauseVerbAt(toks, m.tokenEnd) || toks[m.tokenEnd]?.pos === "AUX") return prev.tokenEnd;
  let k = prev.tokenEnd;
  while (prev.kind === "attributive" && toks[k]?.pos === "NOUN") k++;
  // "Polish activist Marta Zielinska": a sector named by its country already holds its noun; only the name follows.
  if (k === prev.tokenEnd && (prev.kind === "attributive" || toks[k]?.pos !== "PROPN")) return prev.tokenEnd;
  while (toks[k]?.pos === "PROPN" && k < m.tokenStart) k++;
  const t = toks[k];
  return t && k < m.tokenStart && (t.text === "," || isIn(t, w.and)) ? k : prev.tokenEnd;
}

/** True when `m` continues a role apposition after a person (", the X chief and a former Y minister,"): no list. */
function appositionOf(
  toks: readonly Token[],
  cur: readonly ActorMention[],
  pending: readonly ActorMention[],
  m: ActorMention,
  w: EngineWords,
): boolean {
  const first = pending[0];
  if (cur.length !== 1 || cur[0]!.kind !== "person" || !first || first.kind === "person") return false;
  if (toks[first.tokenStart]?.pos !== "DET" && toks[first.tokenStart - 1]?.pos !== "DET") return false;
  // The role phrase must close with a comma before any verb.
  for (let k = m.tokenEnd; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ",") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || w.barrier.has(t.text)) return false;
  }
  return false;
}

/** "In Geneva, the United States and China agreed": a place after a place preposition, then a comma, ends a phrase. */
function frontedPlace(toks: readonly Token[], prev: ActorMention, m: ActorMention, w: EngineWords): boolean {
  return prev.kind === "place" && m.kind !== "place" && isIn(toks[prev.tokenStart - 1], w.placePrep);
}

/**
 * "According to Moscow, Russia and Belarus held drills", "After talks with Egypt, Israel and Hamas agreed": the comma
 * that ends a phrase opening the sentence (a preposition, a subordinator or a participle first, no comma before) is
 * no list comma when the names after it form a compound joined by "and" that a finite verb follows: that compound is
 * the main clause's subject, and the name before the comma the fronted phrase's own. "Along with France, Germany and
 * Italy, Britain signed" (a comma after the compound) and "With Russia, China and Iran backing it" (an "-ing" verb)
 * stay one list.
 */
function frontedSubjectList(
  toks: readonly Token[],
  mentions: readonly ActorMention[],
  at: number,
  w: EngineWords,
): boolean {
  const first = toks[0];
  if (!first || !(first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "VERB")) return false;
  const m = mentions[at]!;
  let comma = -1;
  for (let k = 0; k < m.tokenStart; k++) {
    const t = toks[k]!;
    if (t.text === ";" || t.text === ":" || (t.text === "," && comma >= 0)) return false;
    if (t.text === ",") comma = k;
  }
  if (comma < 0) return false;
  const end = compoundEnd(toks, mentions, at, w);
  let and = false;
  for (let k = m.tokenEnd; k < end; k++) {
    if (toks[k]!.text === ",") return false;
    if (isIn(toks[k], w.and)) and = true;
  }
  if (!and) return false;
  let k = end;
  while (toks[k]?.pos === "AUX" || toks[k]?.pos === "ADV") k++;
  const verb = toks[k];
  return verb?.pos === "VERB" && !verb.lower.endsWith("ing");
}

/** "the leaders of Jordan": a mention whose words name a role "of" a country (a list of countries may follow). */
function ofRole(toks: readonly Token[], m: ActorMention): boolean {
  for (let k = m.tokenStart + 1; k < m.tokenEnd - 1; k++) if (toks[k]!.lower === "of") return true;
  return false;
}

/**
 * "Australia, India, and other Indo-Pacific nations" / "Britain, France and others": names waiting after a comma end a
 * list whose last member is no actor ("and other …", "and others"), so they join the chain before them.
 */
function openListTail(toks: readonly Token[], last: ActorMention, w: EngineWords): boolean {
  let k = last.tokenEnd;
  if (toks[k]?.text === ",") k++;
  if (!isIn(toks[k], w.and)) return false;
  const t = toks[k + 1]?.lower;
  if (t === "others") return true;
  // "and several other", "and four other": a count or quantifier before "other".
  if (t === "several" || t === "many" || t === "some" || toks[k + 1]?.pos === "NUM") {
    return toks[k + 2]?.lower === "other";
  }
  return t === "other";
}

/** Closes the current chain: one group for it, one for each name still waiting after a comma. */
function flushGroups(
  groups: Group[],
  cur: readonly ActorMention[],
  pendingComma: readonly ActorMention[],
): void {
  if (cur.length) groups.push({ members: cur, tokStart: cur[0]!.tokenStart, tokEnd: cur.at(-1)!.tokenEnd });
  for (const m of pendingComma) groups.push({ members: [m], tokStart: m.tokenStart, tokEnd: m.tokenEnd });
}

/**
 * The token after the compound that starts with mention `at`: ", and Colombia and Chile recalled ...": names joined to
 * it by "and" (or a comma) belong to the new clause's subject, so its verb comes after the last of them.
 */
function compoundEnd(
  toks: readonly Token[],
  mentions: readonly ActorMention[],
  at: number,
  w: EngineWords,
): number {
  let end = mentions[at]!.tokenEnd;
  for (let k = at + 1; k < mentions.length; k++) {
    const n = mentions[k]!;
    // "and Iran's Revolutionary Guards said": the state's own group is the same name.
    if (ownedGroup(toks, mentions[k - 1]!, n, w)) {
      end = n.tokenEnd;
      continue;
    }
    const kind = linkKind(toks, end, n.tokenStart, w);
    if (n.tokenStart <= end || (kind !== "and" && kind !== "comma" && kind !== "co")) break;
    end = n.tokenEnd;
  }
  return end;
}

/** "Lebanon's Hezbollah", "Iran's Revolutionary Guards": a group right after its own state's possessive. */
function ownedGroup(toks: readonly Token[], owner: ActorMention, m: ActorMention, w: EngineWords): boolean {
  return (
    owner.kind === "state" &&
    m.kind === "group" &&
    m.country !== null &&
    m.country === owner.country &&
    m.tokenStart === owner.tokenEnd + 1 &&
    isIn(toks[owner.tokenEnd], w.possessive) &&
    toks[owner.tokenEnd]!.pos === "PART"
  );
}

/**
 * True when mention `m` is a pointing pair phrase ("the two governments", "both sides"): a coreference that opens with
 * a count word of a pair.
 */
function pairPhrase(toks: readonly Token[], m: ActorMention, flags: readonly number[], b: Bits): boolean {
  if (m.kind !== "coref") return false;
  const s = m.tokenStart;
  const k = !flagAt(flags, s, b.pairCount) && toks[s]?.pos === "DET" ? s + 1 : s;
  return k < m.tokenEnd - 1 && flagAt(flags, k, b.pairCount);
}

// A named closure made per call costs a name definition each time under tsx (esbuild keepNames): helpers stay top level.
function buildGroups(
  toks: readonly Token[],
  mentions: readonly ActorMention[],
  w: EngineWords,
  flags: readonly number[],
  b: Bits,
): Group[] {
  const groups: Group[] = [];
  let cur: ActorMention[] = [];
  let pendingComma: ActorMention[] = [];
  let listClosed = false;
  for (let at = 0; at < mentions.length; at++) {
    const m = mentions[at]!;
    const prev = pendingComma.at(-1) ?? cur.at(-1);
    // A pair ("the two Koreas") is two mentions of one span: one compound actor, as "South and North Korea".
    if (prev && prev.tokenStart === m.tokenStart && prev.tokenEnd === m.tokenEnd) {
      (pendingComma.length ? pendingComma : cur).push(m);
      continue;
    }
    // Adjacent names are one actor ("UN Secretary-General" + "Antonio Guterres"): keep the better-known code.
    if (prev && prev.tokenEnd === m.tokenStart && pendingComma.length === 0) {
      if (prev.code.startsWith("---") && !m.code.startsWith("---")) cur[cur.length - 1] = m;
      continue;
    }
    // "the Japanese government's top spokesman": an unplaced (or coreferent) role owned by the actor before it is
    // that actor.
    const owner = cur.at(-1);
    if (
      owner &&
      owner === prev &&
      pendingComma.length === 0 &&
      (m.code.startsWith("---") || m.kind === "coref") &&
      !owner.code.startsWith("---") &&
      m.tokenStart === owner.tokenEnd + 1 &&
      isIn(toks[owner.tokenEnd], w.possessive) &&
      toks[owner.tokenEnd]!.pos === "PART"
    ) {
      const text = `${owner.text}${toks[owner.tokenEnd]!.text} ${m.text}`;
      cur[cur.length - 1] = { ...owner, tokenEnd: m.tokenEnd, end: m.end, text };
      continue;
    }
    // "Israel and Lebanon's Hezbollah agreed ...": a group of the state that owns it is that group, one actor, so
    // the state before "and" is its partner.
    if (owner && owner === prev && pendingComma.length === 0 && ownedGroup(toks, owner, m, w)) {
      const text = `${owner.text}${toks[owner.tokenEnd]!.text} ${m.text}`;
      cur[cur.length - 1] = { ...m, tokenStart: owner.tokenStart, start: owner.start, text };
      continue;
    }
    // ", and Hamas shelled ...": a comma before the conjunction and a verb after the name start a new clause.
    const chainStart = cur[0];
    // "..., including 13 Israelis, and Israel freed ...": numbers and adjectives may lead the object.
    let lead = chainStart ? chainStart.tokenStart - 1 : -1;
    while (lead >= 0 && (toks[lead]!.pos === "NUM" || toks[lead]!.pos === "ADJ" || toks[lead]!.pos === "DET"))
      lead--;
    const prep = lead >= 0 && toks[lead]?.pos === "ADP" ? toks[lead]!.lower : undefined;
    let kind = prev ? linkKind(toks, demonymHeadEnd(toks, prev, m, w), m.tokenStart, w, prep) : null;
    if (kind === "co") kind = coSubject(toks, mentions, at, lead, w) ? "and" : null;
    if (
      kind === "and" &&
      prev &&
      chainStart &&
      clauseVerbAt(toks, compoundEnd(toks, mentions, at, w)) &&
      toks.slice(prev.tokenEnd, m.tokenStart).some((t) => t.text === ",") &&
      (OBJECT_BEFORE.has(toks[lead]?.pos ?? "") || relativeVerbNoun(toks, lead, w))
    )
      kind = null;
    // "Qatar, Egypt and the United States, Israel and Hamas agreed": a list closed by "and" ends at the next comma.
    // "Biden and the leaders of Jordan, Egypt and the Palestinian Authority": a list nested after the "of" of a
    // role that closed the outer list goes on.
    if (kind === "comma" && listClosed && !ofRole(toks, prev!)) kind = null;
    if (kind === "comma" && frontedPlace(toks, prev!, m, w)) kind = null;
    const front = kind === "comma" && !listClosed && pendingComma.length === 0;
    if (front && frontedSubjectList(toks, mentions, at, w)) kind = null;
    // "in a swap mediated by the United Arab Emirates, officials in Kyiv and Moscow said": a list that a preposition
    // opened does not run on into the subject of a reporting verb after a comma (the sayer, no member).
    // "The military rulers of Mali, Burkina Faso and Niger announced": not when the preposition is inside the
    // sentence's opening noun phrase, whose list is the subject itself.
    if (
      kind === "comma" &&
      chainStart &&
      toks[lead]?.pos === "ADP" &&
      !openingNounPhrase(toks, lead) &&
      sayerFrom(toks, m.tokenStart, w)
    )
      kind = null;
    // "Kaja Kallas, the EU's foreign policy chief and a former Estonian prime minister, said": one person described.
    if (kind === "and" && appositionOf(toks, cur, pendingComma, m, w)) kind = "comma";
    // "met Sheinbaum in Mexico City and the two governments agreed": a pair phrase the resolver named stands for
    // parties named before it, never a further member of their list.
    if (kind === "and" && pairPhrase(toks, m, flags, b)) kind = null;
    if (kind === "and" || kind === "hyphen") {
      cur.push(...pendingComma, m);
      pendingComma = [];
      if (kind === "and") listClosed = true;
    } else if (kind === "comma") pendingComma.push(m);
    else {
      if (pendingComma.length > 0 && openListTail(toks, pendingComma.at(-1)!, w)) {
        cur.push(...pendingComma);
        pendingComma = [];
      }
      flushGroups(groups, cur, pendingComma);
      cur = [m];
      pendingComma = [];
      listClosed = false;
    }
  }
  if (pendingComma.length > 0 && openListTail(toks, pendingComma.at(-1)!, w)) {
    cur.push(...pendingComma);
    pendingComma = [];
  }
  flushGroups(groups, cur, pendingComma);
  return groups.sort((a, b) => a.tokStart - b.tokStart);
}

/**
 * Finds comma-enclosed asides: ", which/who ... ," relative clauses, and appositions after a name
 * (", the U.S. Under Secretary of Defense,", ", now secretary of Russia's Security Council,") with no verb inside.
 */
function buildAsides(toks: readonly Token[], w: EngineWords, groupAt: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < toks.length - 1; i++) {
    if (toks[i]!.text !== ",") continue;
    const next = toks[i + 1]!;
    const relative = isIn(next, w.relative);
    let j = i + 1;
    let verb = false;
    // ", which Syria, Iraq and Iran condemned": a comma inside an actor list does not close the clause.
    while (
      j < toks.length &&
      (toks[j]!.text === ","
        ? relative && groupAt[j - 1]! >= 0 && groupAt[j + 1] === groupAt[j - 1]
        : !w.barrier.has(toks[j]!.text))
    ) {
      if (toks[j]!.pos === "VERB" || toks[j]!.pos === "AUX") verb = true;
      j++;
    }
    const closed = j < toks.length && toks[j]!.text === ",";
    const before = groupAt[i - 1]!;
    // A list ("China, Russia and Iran") keeps its members in one group: not an apposition.
    const sameGroup = before >= 0 && groupAt[i + 1] === before;
    // ", while Iran, Iraq and Syria condemned ...", ", and Iran, Iraq ...": a conjunction opens a new clause whose
    // subject is a list, not an apposition.
    const conjunction = next.pos === "CCONJ" || next.pos === "SCONJ";
    const apposition =
      closed && !verb && !conjunction && before >= 0 && !sameGroup && toks[i - 1]!.pos !== "PRON";
    // "Turkey's foreign minister, speaking after talks with his Russian counterpart, called on ...": a participle
    // phrase between a subject and its verb.
    const participle =
      closed &&
      before >= 0 &&
      next.pos === "VERB" &&
      next.lower !== next.lemma &&
      (toks[j + 1]?.pos === "VERB" || toks[j + 1]?.pos === "AUX");
    // "freed 52 prisoners, among them Polish citizens, after talks with ...": a list of members closed by a comma.
    const members = closed && memberList(toks, i, j) && groupAt.slice(i + 1, j).some((g) => g >= 0);
    if (!relative && !apposition && !participle && !members) continue;
    out.push([i + 1, j]);
    i = j - 1;
  }
  return out;
}

/** ", among them X and Y," / ", including X," from the comma at `i` to the comma at `j`, no verb after its lead. */
function memberList(toks: readonly Token[], i: number, j: number): boolean {
  const among = toks[i + 1]?.lower === "among" && toks[i + 2]?.lower === "them";
  if (!among && toks[i + 1]?.lower !== "including") return false;
  for (let k = i + (among ? 3 : 2); k < j; k++)
    if (toks[k]!.pos === "VERB" || toks[k]!.pos === "AUX") return false;
  return true;
}

const POSSESSOR_WORD = new Set(["PROPN", "NOUN", "ADJ", "DET"]);

/** True when the token at `k` is a noun or name that a possessive "'s" follows ("Sweden's"). */
function isPossessor(toks: readonly Token[], k: number): boolean {
  if (k < 0) return false;
  const t = toks[k];
  const s = toks[k + 1]?.lower;
  return (s === "'s" || s === "'") && (t?.pos === "PROPN" || t?.pos === "NOUN");
}

/** A group reads as subject unless a verb, preposition or "to" governs it. */
function isSubjectPosition(toks: readonly Token[], g: Group, w: EngineWords): boolean {
  let k = g.tokStart - 1;
  // "A jailed Iranian activist": a participle after a determiner is an adjective. "protests in which security forces
  // killed ...": a relative pronoun the tagger reads as a determiner opens the clause whose subject follows it.
  while (
    k >= 0 &&
    // "in what President Luis Arce called": the free relative's "what", read as a determiner, opens a clause too.
    ((toks[k]!.pos === "DET" && !isIn(toks[k], w.relative) && toks[k]!.lower !== "what") ||
      toks[k]!.pos === "ADJ" ||
      toks[k]!.pos === "NUM" ||
      // "talks with his Russian counterpart": a possessive pronoun is a determiner.
      isIn(toks[k], w.possessive) ||
      (toks[k]!.pos === "VERB" && toks[k]!.lower !== toks[k]!.lemma && toks[k - 1]?.pos === "DET"))
  )
    k--;
  // "to send Sweden's NATO accession protocol": an actor after another's possessive is read from the possessor's place.
  while (isPossessor(toks, k)) for (k--; k >= 0 && POSSESSOR_WORD.has(toks[k]!.pos); ) k--;
  // "Thousands of Japanese protesters rallied", "Hundreds of thousands of residents": skip the quantity phrase.
  while (k >= 0 && toks[k]!.lower === "of" && (isIn(toks[k - 1], w.quantity) || toks[k - 1]?.pos === "NUM")) {
    k -= 2;
    while (
      k >= 0 &&
      (toks[k]!.pos === "DET" ||
        toks[k]!.pos === "ADJ" ||
        toks[k]!.pos === "NUM" ||
        isIn(toks[k], w.quantity))
    )
      k--;
  }
  if (k < 0) return true;
  // "The foreign ministers of Japan and the Philippines met", "Officials from China said": a role noun heads the subject.
  if ((toks[k]?.lower === "of" || toks[k]?.lower === "from") && toks[k - 1]?.pos === "NOUN") {
    let j = k - 2;
    while (j >= 0 && (toks[j]!.pos === "ADJ" || toks[j]!.pos === "NOUN" || toks[j]!.pos === "PROPN")) j--;
    while (j >= 0 && toks[j]!.pos === "DET") j--;
    const lead = toks[j];
    if (!lead || w.barrier.has(lead.text) || isIn(lead, w.subord)) return true;
    // "..., and the office of the U.S. trade representative rejected the decision": a new clause after ", and".
    if (lead.pos === "CCONJ" && toks[j - 1]?.text === ",") return true;
  }
  const prev = toks[k];
  if (!prev) return true;
  // "Should Azerbaijan attack Armenia, …": the inverted auxiliary opening the sentence stands before its subject.
  if (k === 0 && INVERTED_CONDITION.has(prev.lower) && prev.pos === "AUX") return true;
  if (prev.pos === "VERB") return isIn(prev, w.say);
  if (prev.pos === "PART" && prev.lower === "to") return false;
  // "agreed to forward Sweden's bid", "to back Kyiv's bid": a verb the tagger read as an adverb after "to" takes an
  // object.
  if (prev.pos === "ADV" && toks[k - 1]?.pos === "PART" && toks[k - 1]?.lower === "to") return false;
  // "since the Russian invasion, meeting Biden": after a subordinator, a demonym before the clause's last noun is no subject.
  const demonym = g.members.every((m) => m.kind === "attributive");
  if (demonym && isIn(prev, w.subord) && modifierOnly(toks, g.tokEnd, w)) return false;
  if (isIn(prev, w.subord) || isIn(prev, w.relative)) return true;
  return !OBJECT_BEFORE.has(prev.pos);
}

/** True when nouns follow an actor's words and end the clause: the actor only modifies a noun phrase. */
function modifierOnly(toks: readonly Token[], from: number, w: EngineWords): boolean {
  let j = from;
  if (toks[j]?.pos !== "NOUN") return false;
  while (toks[j]?.pos === "NOUN") j++;
  const t = toks[j];
  return t === undefined || w.barrier.has(t.text) || t.text === ".";
}

/**
 * End (the comma) of a fronted phrase before the main clause ("In a phone call with X, Y urged ...", "Following
 * talks with X, Y said ...", "Despite an appeal from X, Y ..."), or -1. Commas inside an actor list do not count.
 */
/** Auxiliaries that open an inverted condition before a party: "Should X attack", "Were X to close", "Had X struck". */
const INVERTED_CONDITION = new Set(["should", "were", "had"]);

/**
 * "Should Azerbaijan attack Armenia, …", "Were Iran to close the strait, …", "Had Russia attacked Finland, …": the
 * sentence opens with an inverted condition, an auxiliary of `INVERTED_CONDITION` before a named party (after any
 * determiner) and the party's verb or "to" (the tagger reads "attack" after "Should X" as a noun).
 */
export function invertedCondition(toks: readonly Token[], groupAt: readonly number[]): boolean {
  const first = toks[0];
  if (first?.pos !== "AUX" || !INVERTED_CONDITION.has(first.lower) || !/^[A-Z]/.test(first.text))
    return false;
  let j = 1;
  while (toks[j]?.pos === "DET") j++;
  const g = groupAt[j] ?? -1;
  if (g < 0) return false;
  while (groupAt[j] === g) j++;
  const next = toks[j];
  return next !== undefined && (next.pos === "VERB" || next.pos === "NOUN" || next.lower === "to");
}

function frontedEnd(toks: readonly Token[], groupAt: readonly number[], firstSubord: number): number {
  const first = toks[0];
  const opens = first !== undefined && (first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "VERB");
  if (!first || !(opens || firstSubord !== 0 || invertedCondition(toks, groupAt))) return -1;
  if (first.pos === "VERB" && first.lower === first.lemma) return -1;
  for (let k = 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.text === ";" || t.text === ":") return -1;
    if (t.text !== ",") continue;
    const g = groupAt[k - 1]!;
    if (g >= 0 && g === groupAt[k + 1]) continue;
    return k;
  }
  return -1;
}

const VERB_AFTER = new Set(["VERB", "AUX"]);

/** "An American drone strike killed ...": a demonym before an act noun names the act's agent. */
function modifiesEventNoun(
  toks: readonly Token[],
  from: number,
  eventNouns: ReadonlyMap<string, unknown>,
): boolean {
  for (let k = from; k < toks.length && k < from + 3; k++) {
    const t = toks[k]!;
    // "a Russian-brokered truce", "Qatari-mediated talks": a demonym joined by a hyphen to a participle.
    if (
      k === from &&
      t.text === "-" &&
      toks[k + 1]?.pos === "VERB" &&
      toks[k + 1]!.lower !== toks[k + 1]!.lemma
    ) {
      k++;
      continue;
    }
    // "Russian shelling killed ...": the tagger reads an -ing noun before a verb as a participle.
    if (
      t.pos === "VERB" &&
      t.lower.endsWith("ing") &&
      eventNouns.has(t.lower) &&
      VERB_AFTER.has(toks[k + 1]?.pos ?? "")
    )
      return true;
    if (t.pos !== "NOUN" && t.pos !== "ADJ") return false;
    if (t.pos === "NOUN" && eventNouns.has(t.lemma)) return true;
  }
  return false;
}

/** True when token `k` (any index) has class bit `x` in `flags`. */
function flagAt(flags: readonly number[], k: number, x: number): boolean {
  return ((flags[k] ?? 0) & x) !== 0;
}

/**
 * "hosted the two leaders", "a ceasefire between the two countries", "a call between the two countries' diplomats": a
 * pair phrase the resolver left unnamed, as the object of a verb or after "between", is one compound group of the
 * last two distinct states named before it, leaving out the subject of the clause that governs it (a third party:
 * "Trump announced a ceasefire between the two countries"). Places, demonyms, organisations and unknown actors are
 * no antecedents; with fewer than two states the phrase stays unnamed. Subjects ("the two leaders agreed") are read by
 * the coder itself (pairSubject).
 */
function withPairPhrases(
  toks: readonly Token[],
  groups: Group[],
  flags: readonly number[],
  b: Bits,
): Group[] {
  const out = [...groups];
  for (let k = 0; k < toks.length; k++) {
    const owned = betweenTheirs(toks, k, flags, b);
    if (owned >= 0) {
      k = addPair(toks, groups, out, k, owned, flags, b);
      continue;
    }
    if (!flagAt(flags, k, b.pairCount)) continue;
    let h = k + 1;
    while (toks[h]?.pos === "ADJ") h++;
    if (!flagAt(flags, h, b.pairNoun) || toks[h]!.lower === toks[h]!.lemma) continue;
    const start = toks[k - 1]?.pos === "DET" ? k - 1 : k;
    const lead = toks[start - 1];
    // As a subject only opening a coordinated clause (", and the two leaders vowed to ..."), not as a sayer ("both
    // leaders told reporters": the status reads those); "officials on both sides", "in both countries" say where.
    const object = lead !== undefined && (lead.pos === "VERB" || flagAt(flags, start - 1, b.between));
    let next = h + 1;
    while (toks[next]?.pos === "ADV" || toks[next]?.pos === "AUX") next++;
    const clause =
      lead !== undefined &&
      (flagAt(flags, start - 1, b.and) || lead.text === ",") &&
      !flagAt(flags, next, b.say);
    if (!object && !clause) continue;
    if (out.some((g) => g.tokStart < h + 1 && g.tokEnd > start)) continue;
    // "Rubio met Wang Yi in Kuala Lumpur and the two sides agreed": the subject of a clause of its own has no governing
    // verb before it, so the earlier clause's subject stays a candidate party.
    const members = pairAntecedents(toks, groups, start, flags, b, !object);
    // "talks between the two sides" after "Russia and Ukraine agreed ...": the relation the sentence already reports.
    if (
      !members ||
      (!(object && lead.pos === "VERB") && groups.some((g) => members.every((x) => g.members.includes(x))))
    )
      continue;
    out.push(pairGroup(toks, members, start, h));
  }
  return out.length === groups.length ? groups : out.sort((x, y) => x.tokStart - y.tokStart);
}

/**
 * "a clash between their forces", "trade between their countries": "their" right after "between" (token `k`) and its
 * plural head noun (adjectives and nouns before it: "their coast guards"); the head's index, or -1.
 */
function betweenTheirs(toks: readonly Token[], k: number, flags: readonly number[], b: Bits): number {
  if (((flags[k] ?? 0) & b.pluralPoss) === 0 || ((flags[k - 1] ?? 0) & b.between) === 0) return -1;
  let h = k + 1;
  while (
    (toks[h + 1]?.pos === "NOUN" || toks[h + 1]?.pos === "PROPN") &&
    (toks[h]?.pos === "ADJ" || toks[h]?.pos === "NOUN")
  )
    h++;
  while (toks[h]?.pos === "ADJ") h++;
  const head = toks[h];
  return head?.pos === "NOUN" && head.lower !== head.lemma ? h : -1;
}

/**
 * Adds the pair phrase `start`..`head` owned by "their" after "between" as one compound of the last two states named
 * before it (not the governing verb's subject), unless an actor stands inside it or a group already holds both;
 * returns the index to go on from.
 */
function addPair(
  toks: readonly Token[],
  groups: readonly Group[],
  out: Group[],
  start: number,
  head: number,
  flags: readonly number[],
  b: Bits,
): number {
  if (out.some((g) => g.tokStart <= head && g.tokEnd > start)) return start;
  const members = pairAntecedents(toks, groups, start, flags, b);
  if (!members || groups.some((g) => members.every((x) => g.members.includes(x)))) return start;
  out.push(pairGroup(toks, members, start, head));
  return head;
}

/** The pair phrase `start`..`head` as one compound group whose members are the two antecedent states. */
function pairGroup(
  toks: readonly Token[],
  members: readonly ActorMention[],
  start: number,
  head: number,
): Group {
  const text = toks
    .slice(start, head + 1)
    .map((t) => t.text)
    .join(" ");
  const span = {
    tokenStart: start,
    tokenEnd: head + 1,
    start: toks[start]!.start,
    end: toks[head]!.end,
    text,
  };
  return {
    members: members.map((x) => ({ ...x, ...span, kind: "coref" as const, entry: `pair:${x.entry}` })),
    tokStart: start,
    tokEnd: head + 1,
  };
}

/**
 * The last two distinct states named before token `at`, without the subject of the verb governing `at` (none for the
 * subject of a `clause` of its own), and without
 * the sayers of the sentence unless the pair needs one ("Iran said ..., after Trump announced a ceasefire between the
 * two countries"); or null.
 */
function pairAntecedents(
  toks: readonly Token[],
  groups: readonly Group[],
  at: number,
  flags: readonly number[],
  b: Bits,
  clause = false,
): ActorMention[] | null {
  let verb = clause ? -1 : at - 1;
  // "India sent troops to the border with China after a clash between the two armies": a phrase in an adjunct that
  // "after" opens has no governing verb before it, so the sentence's subject stays a candidate party.
  const opener = (k: number) => toks[k]!.pos === "ADP" && ((flags[k] ?? 0) & b.subord) !== 0;
  while (verb >= 0 && toks[verb]!.pos !== "VERB" && toks[verb]!.text !== "," && !opener(verb)) verb--;
  const before = groups.filter((g) => g.tokEnd <= at);
  // "Trump announced a ceasefire between ...": the governing verb's subject is a third party.
  let subject: Group | undefined;
  if (verb >= 0 && toks[verb]!.pos === "VERB") for (const g of before) if (g.tokEnd <= verb) subject = g;
  const third = subject && subject.tokEnd >= verb - 2 ? subject.members.map((x) => x.country) : [];
  return (
    lastStates(toks, before, third, flags, b, false) ??
    lastStates(toks, before, third, flags, b, true) ??
    lastStates(toks, before, third, flags, b, false, true)
  );
}

/**
 * The last two states of distinct countries in `before` (not of the `third` countries), sayers only if `sayers`; with
 * `places`, a named place stands for its country ("Dar arrived in Dhaka ..., and the two countries signed").
 */
function lastStates(
  toks: readonly Token[],
  before: readonly Group[],
  third: readonly (string | null)[],
  flags: readonly number[],
  b: Bits,
  sayers: boolean,
  places = false,
): ActorMention[] | null {
  const picked: ActorMention[] = [];
  for (let g = before.length - 1; g >= 0 && picked.length < 2; g--) {
    // "..., Turkish Foreign Minister Hakan Fidan told reporters": a sayer is no party.
    let k = before[g]!.tokEnd;
    while (toks[k]?.pos === "ADV" || toks[k]?.pos === "AUX") k++;
    if (!sayers && ((flags[k] ?? 0) & b.say) !== 0 && toks[k]!.pos === "VERB") continue;
    for (const x of [...before[g]!.members].reverse()) {
      if (
        (x.kind === "place" && !places) ||
        x.kind === "attributive" ||
        x.country === null ||
        x.code.startsWith("IGO")
      )
        continue;
      if (third.includes(x.country) || picked.some((y) => y.country === x.country)) continue;
      if (picked.length < 2) picked.push(x);
    }
  }
  return picked.length === 2 ? picked.reverse() : null;
}

/** Kinds of mention that act in a list of their own right, beside which a country's name is a party too. */
const PARTY_KINDS: ReadonlySet<string> = new Set(["state", "sector", "person", "metonym", "igo", "group"]);

/**
 * "The military rulers of Mali, Burkina Faso and Niger signed", "drills with the armies of Tanzania and Mozambique":
 * a country's own name that the resolver read as a place (after "of") but that is listed with actors is a party of
 * the list like them: the role the list opens with ("the armies of" → MOZMIL), else its government. A list of places
 * only ("in Tanzania and Mozambique") stays places.
 */
function listParties(toks: readonly Token[], g: Group): Group {
  const ms = g.members;
  if (ms.length < 2 || !ms.some((x) => PARTY_KINDS.has(x.kind) && x.country !== null)) return g;
  if (!ms.some((x) => x.kind === "place" && x.entry.startsWith("country-") && x.code === x.country)) return g;
  const role = ms[0]!.kind === "sector" && rolePhrase(toks, ms[0]!) ? ms[0]!.code.slice(3) : "GOV";
  const members = ms.map((x) =>
    x.kind === "place" && x.entry.startsWith("country-") && x.code === x.country
      ? { ...x, code: `${x.country}${role}`, kind: role === "GOV" ? ("state" as const) : ("sector" as const) }
      : x,
  );
  return { ...g, members };
}

/** "the armies of Tanzania", "chiefs of India": a sector mention whose noun a preposition joins to its country. */
function rolePhrase(toks: readonly Token[], m: ActorMention): boolean {
  for (let k = m.tokenStart + 1; k < m.tokenEnd - 1; k++) if (toks[k]!.pos === "ADP") return true;
  return false;
}

/** "intercepted a Gaza-bound aid boat": a place joined by a hyphen to "bound" only names a destination. */
function destinationOnly(toks: readonly Token[], m: ActorMention, w: EngineWords): boolean {
  if (m.kind !== "place" && m.kind !== "state" && m.kind !== "metonym") return false;
  return toks[m.tokenEnd]?.text === "-" && isIn(toks[m.tokenEnd + 1], w.destination);
}

/** Builds the coding view of one sentence from its tokens and actor mentions. */
export function buildView(
  sent: Sentence,
  mentions: readonly ActorMention[],
  w: EngineWords,
  flags: readonly number[],
  b: Bits,
  eventNouns: ReadonlyMap<string, unknown>,
  words: TokenWords,
): View {
  const toks = sent.tokens;
  const n = toks.length;
  // Most sentences name no destination: the mention list is copied only when one must go.
  const named = mentions.some((m) => destinationOnly(toks, m, w))
    ? mentions.filter((m) => !destinationOnly(toks, m, w))
    : mentions;
  const groups = withPairPhrases(toks, buildGroups(toks, named, w, flags, b), flags, b).map((g) =>
    listParties(toks, g),
  );
  // Plain arrays: a typed array of more than 16 numbers gets an off-heap buffer, which is slow to make and to free.
  const groupAt = new Array<number>(n).fill(-1);
  groups.forEach((g, gi) => {
    for (const m of g.members) for (let k = m.tokenStart; k < m.tokenEnd && k < n; k++) groupAt[k] = gi;
  });
  const asides = buildAsides(toks, w, groupAt);
  const asideAt = new Array<number>(n).fill(-1);
  asides.forEach(([s, e], ai) => {
    for (let k = s; k < e; k++) asideAt[k] = ai;
  });
  const subjectPos = groups.map((g) => isSubjectPosition(toks, g, w));
  const attributive = groups.map(
    (g) =>
      g.members.every((m) => m.kind === "attributive" || m.kind === "place") &&
      (g.members.some((m) => m.kind === "place") || !modifiesEventNoun(toks, g.tokEnd, eventNouns)),
  );
  const frontEnd = frontedEnd(toks, groupAt, (flags[0] ?? 0) & b.subord);
  const chunks = chunkSentence({ toks, groupAt, groups, w });
  return { sent, toks, w, groupAt, groups, asideAt, asides, subjectPos, attributive, frontEnd, flags, b, chunks, words };
}

/**
 * The words of a passive verb's subject when an actor owns it ("Moscow's latest proposal was rejected by"): from the
 * word after the possessive to the head noun right before the auxiliaries, and the last word of a short complement
 * after the head ("Japan's proposal for a summit", "Sweden's bid to join NATO"; the head itself when none); or null.
 */
export function ownedSubjectSpan(v: View, trigger: number): [number, number, number] | null {
  const toks = v.toks;
  let k = trigger - 1;
  while (k >= 0 && (toks[k]!.pos === "AUX" || toks[k]!.pos === "ADV") && k >= trigger - 4) k--;
  if (k < 1 || k === trigger - 1) return null;
  // "Sweden's bid to join NATO was approved by ...", "Japan's proposal for a summit was rejected by ...": a short
  // infinitive or "for" complement after the owned noun may stand between it and the auxiliaries.
  const plain = ownedNounAt(v, k);
  if (plain) return [plain[0], plain[1], plain[1]];
  // "A peace plan proposed by Qatar was turned down by Israel": a reduced relative's agent owns the noun.
  const authored = authoredSubject(v, trigger);
  if (authored) return [authored[1], authored[2], authored[2]];
  const owned = ownedNounAt(v, complementedHead(v, k));
  return owned ? [owned[0], owned[1], k] : null;
}

/**
 * "A peace plan proposed by Qatar was turned down by Israel", "The sanctions imposed by the EU were condemned by
 * Moscow": the passive verb at `i` whose subject is a plain noun phrase with a reduced passive relative of authoring
 * (`_AUTHOR_VERB`, `_ACT_THROUGH`) right before its auxiliaries; [the relative's "by" agent, the first word of the noun
 * phrase, its head noun], or null. The agent owns the noun as a possessor would ("Qatar's peace plan").
 */
export function authoredSubject(v: View, i: number): [number, number, number] | null {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV")) k--;
  const g = k < i - 1 ? (v.groupAt[k] ?? -1) : -1;
  if (g < 0 || v.groups[g]!.tokEnd !== k + 1 || v.attributive[g]) return null;
  let j = v.groups[g]!.tokStart - 1;
  while (j >= 0 && v.toks[j]!.pos === "DET" && v.groupAt[j]! < 0) j--;
  if (!isIn(v.toks[j], v.w.agent)) return null;
  const t = v.toks[j - 1];
  if (t?.pos !== "VERB" || t.lower === t.lemma || /(ing|s)$/.test(t.lower)) return null;
  if (!isIn(t, v.w.authorVerb) && !isIn(t, v.w.actThrough)) return null;
  // The participle describes a plain noun phrase that names no actor ("a peace plan", "the sanctions").
  const head = j - 2;
  if (v.toks[head]?.pos !== "NOUN" || v.groupAt[head]! >= 0) return null;
  let first = head;
  while (first > 0 && head - first < 4 && NP_WORD.has(v.toks[first - 1]!.pos) && v.groupAt[first - 1]! < 0) first--;
  return [g, first, head];
}

const NP_WORD = new Set(["NOUN", "ADJ"]);

/** The span [first word, head] of a noun phrase an actor owns ("Moscow's peace proposal") whose head is `head`. */
function ownedNounAt(v: View, head: number): [number, number] | null {
  const toks = v.toks;
  if (head < 1 || toks[head]!.pos !== "NOUN" || v.groupAt[head]! >= 0) return null;
  let k = head - 1;
  while (k >= 0 && head - k <= 4 && (toks[k]!.pos === "NOUN" || toks[k]!.pos === "ADJ") && v.groupAt[k]! < 0)
    k--;
  return toks[k]?.pos === "PART" && v.w.possessive.has(toks[k]!.lower) && k > 0 && v.groupAt[k - 1]! >= 0
    ? [k + 1, head]
    : null;
}

/**
 * The noun before the complement or clause that ends at token `end` ("bid to join NATO", "plan to hold elections in
 * December", "proposal for a summit", "claim that Russian forces had used cluster munitions"): an infinitive ("to" and
 * a bare verb), a "that" clause with its own subject and a verb, or a "for" phrase of at most six words, opened right
 * after a noun, within twenty words and no punctuation; the first such opener from the left (the phrase's own head);
 * -1 when there is none.
 */
export function complementedHead(v: View, end: number): number {
  const toks = v.toks;
  let head = -1;
  let verb = false;
  for (let c = end; c > 0 && c >= end - 20; c--) {
    const t = toks[c]!;
    if (t.pos === "PUNCT") break;
    if (t.pos === "VERB") verb = true;
    if (toks[c - 1]!.pos !== "NOUN" || c === end) continue;
    const infinitive = t.lower === "to" && t.pos === "PART" && toks[c + 1]?.pos === "VERB";
    // A "that" clause with a subject of its own ("the claim that Russian forces had ..."), no relative clause on the
    // noun ("a missile that struck a village"), whose words are that clause's.
    const next = toks[c + 1]?.pos;
    const clause = t.lower === "that" && verb && next !== "VERB" && next !== "AUX" && next !== "ADV";
    if (infinitive || clause || (t.lower === "for" && t.pos === "ADP" && c >= end - 6)) head = c - 1;
  }
  return head;
}

/** The head noun of a passive verb's subject when an actor owns it (see ownedSubjectSpan), or -1. */
export function ownedPassiveSubject(v: View, trigger: number): number {
  return ownedSubjectSpan(v, trigger)?.[1] ?? -1;
}

/**
 * True when token `i - 1` closes a prepositional adjunct's name or number: "talks in Doha", "talks in St Vincent",
 * "talks on southern Syria" (up to four names, numbers or adjectives after the preposition), so that an -ed word at
 * `i` followed by "by" is a reduced relative on the noun before the adjunct ("... mediated by Brazil").
 */
export function adjunctNameBefore(v: View, i: number): boolean {
  const prev = v.toks[i - 1];
  if (prev?.pos !== "PROPN" && prev?.pos !== "NUM") return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const t = v.toks[k]!;
    if (t.pos === "ADP") return true;
    if (t.pos !== "PROPN" && t.pos !== "NUM" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** The token before the verb at `i` once adverbs and auxiliaries are passed over: where its subject ends (-1: none). */
export function subjectEndBefore(v: View, i: number): number {
  let k = i - 1;
  while (k >= 0 && (v.toks[k]!.pos === "AUX" || v.toks[k]!.pos === "ADV")) k--;
  return k;
}

/** Parts of speech of a plain subject noun phrase ("A UN commission of inquiry", "Investigators of the OPCW"). */
export const SUBJECT_PHRASE: ReadonlySet<string> = new Set([
  "NOUN",
  "PROPN",
  "ADJ",
  "DET",
  "NUM",
  "ADP",
  "PART",
]);

/** An `inquirySubject` source that stands for any actor named in the phrase (before the act's source is known). */
export const ANY_OWNER = -2;

/**
 * "A UN commission of inquiry concluded that ...", "Investigators of the OPCW have found that ...", "said its
 * investigation had found that ...": the plain noun phrase before trigger `i` (past its auxiliaries and adverbs) holds
 * an inquiry word (`words`) and the source group (any actor's with `ANY_OWNER`) or a possessive pronoun.
 */
export function inquirySubject(v: View, words: ReadonlySet<string>, i: number, source: number): boolean {
  if (source < 0 && source !== ANY_OWNER) return false;
  let k = subjectEndBefore(v, i);
  let inquiry = false;
  let owned = false;
  for (; k >= 0; k--) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    // "a UN fact-finding mission": the tagger may read the inquiry word itself as a verb.
    if (isIn(t, words)) inquiry = true;
    // "said their investigation had found that ...": a possessive pronoun stands for the source.
    else if (g === source || (g >= 0 && source === ANY_OWNER) || (g < 0 && is(v, t, v.b.possessivePronoun)))
      owned = true;
    // "A U.N. fact-finding report released on Wednesday found that ...": a reduced participle inside the phrase.
    else if (
      g < 0 &&
      t.pos === "VERB" &&
      t.lower !== t.lemma &&
      t.lower.endsWith("ed") &&
      v.toks[k + 1]?.pos === "ADP"
    )
      continue;
    // "A U.N. fact-finding mission said it had found evidence that ...": a pronoun right after a reporting verb is
    // that verb's subject, the inquiry.
    else if (!inquiry && !owned && SAID_PRONOUN.has(t.lower) && is(v, v.toks[k - 1], v.b.say))
      return inquirySubject(v, words, k - 1, source);
    else if (g < 0 && !SUBJECT_PHRASE.has(t.pos) && t.text !== "-") break;
  }
  return inquiry && owned;
}

/** Pronouns that stand for the subject of the reporting verb right before them ("said it had found that"). */
const SAID_PRONOUN: ReadonlySet<string> = new Set(["it", "they"]);
