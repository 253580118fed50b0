/** Kinds of dictionary entry; `person` blocks follow data/actors/people/README.md. */
export type EntryKind =
  | "state"
  | "igo"
  | "metonym"
  | "group"
  | "sector"
  | "title"
  | "honorific"
  | "place"
  | "person";

/** One dated role of a person: the code they carry from `start` to `end` (null: still in office). */
export interface Role {
  readonly code: string;
  readonly start: string;
  readonly end: string | null;
  readonly title: string;
}

/** One validated dictionary entry (a block of a data file). */
export interface ActorEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly file: string;
  readonly line: number;
  /** state, place (optional): ISO alpha-3; igo, metonym, group: the full actor code; others: null. */
  readonly code: string | null;
  /**
   * A `pair` block ("the two Koreas": `code: KOR | PRK`; "the Baltic states": `code: LTU | LVA | EST`) is read as a
   * state entry of its first code; these are the other countries, named by the same words (null for every other
   * entry).
   */
  readonly pair: readonly string[] | null;
  /** sector and title entries: the sector part (GOV, MIL, …). */
  readonly sector: string | null;
  /** Names (state, igo, metonym, group, place, person, honorific, title) or nouns (sector). */
  readonly names: readonly string[];
  /** Attributive forms: "Japanese", "NATO". */
  readonly adjs: readonly string[];
  /** Combining forms of a state, used only before a hyphen and another demonym: "Sino" (-Russian). */
  readonly combining: readonly string[];
  /** Forms naming the people of a state: "Americans", "the Japanese". */
  readonly people: readonly string[];
  readonly surnames: readonly string[];
  /** Words whose presence in the document selects this entry when an alias is ambiguous. */
  readonly cues: readonly string[];
  readonly roles: readonly Role[];
  readonly defaultCode: string | null;
  /** Sector entries: the higher rank wins in "opposition lawmakers" (OPP over LEG). */
  readonly rank: number;
  /**
   * With no country of its own, the noun points back to the nearest earlier actor in the paragraph: "yes" to
   * one with a country ("the ministry" -> JPNGOV), "igo" to an organisation ("the alliance" -> IGOWSTNAT), "same"
   * (after "the" only) to the nearest one of the noun's own sector, keeping its code ("Hamas … the militants" ->
   * PSEREB), "pair" after a `pair-words` word to the two actors named before ("both sides" -> RUSGOV, UKRGOV).
   */
  readonly coref: "no" | "yes" | "igo" | "same" | "pair" | "nearest";
  /**
   * igo and group entries: the common nouns that may point back to it after "the" ("the bloc", "the agency", "the
   * group"): a `coref: igo` noun takes the nearest earlier entry of the paragraph called by it. Empty elsewhere.
   */
  readonly called: readonly string[];
  /** May stand alone without a country ("police" -> ---COP). */
  readonly bare: boolean;
  /** Sector entries: takes the country of a state, capital or place after a seat word ("police in Mozambique"). */
  readonly located: boolean;
  /**
   * Sector entries (`located: only`): a mention only when a place gives it its country ("people in Gaza", "people
   * protested in Istanbul"); never with a country before it ("the Venezuelan people" stays attributive) nor alone.
   */
  readonly placedOnly: boolean;
  /**
   * Sector entries (`located: domestic`): "in" and a place give the noun its country only when the sentence names
   * an actor of that country besides and no other country ("Soldiers in Niger detained President Bazoum" -> NERMIL;
   * "Troops in Ukraine dug in" stays no mention).
   */
  readonly domestic: boolean;
  /**
   * Sector entries: the states whose own institution a capitalised noun names ("Congress": USA, BRA, PER …). Alone,
   * it keeps an antecedent among them, else takes the first of them with a cue in the document ("Zelensky flew to
   * Washington and asked Congress" → USALEG), else points back as usual. Empty for every other entry.
   */
  readonly home: readonly string[];
  /** People: a bare surname names them only after a full mention earlier in the document ("Ali"). */
  readonly mentionFirst: boolean;
  /**
   * State entries (`plain: yes`): the plain reading of a name it shares with another state's entries when the
   * document cues none of them ("Congo", "Congolese": the DRC, unless Brazzaville or Sassou Nguesso is named).
   */
  readonly plain: boolean;
  /**
   * State entries of a dependent territory (`sovereign: DNK`): the state its bare name stands for when the name is
   * no part of a government or people phrase ("buy Greenland" -> DNKGOV; "Greenland's premier" stays GRLGOV).
   */
  readonly sovereign: string | null;
  readonly source: string;
}

/** Settings read from the `config` block (see data/actors/README.md). */
export interface ActorConfig {
  /** Sector a bare state name takes when it acts: "Japan cancelled" -> JPN + GOV. */
  readonly stateSector: string;
  /** Sector for a demonym used as people ("the Japanese"); empty string: the bare country code. */
  readonly peopleSector: string;
  /** Sector for "former" office-holders and titles: ELI. */
  readonly formerSector: string;
  /** Country part when no country is known: "---". */
  readonly unknownCountry: string;
  readonly determiners: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  readonly formerWords: ReadonlySet<string>;
  /** Words before a state name that make it a place ("in Japan"). */
  readonly placeBeforeState: ReadonlySet<string>;
  /** Words before a sector noun with no country that make it a place ("outside parliament"). */
  readonly placeBeforeSector: ReadonlySet<string>;
  /** Words before a capital or seat that make it a place ("in Washington", "to Tokyo"). */
  readonly placeBeforeMetonym: ReadonlySet<string>;
  /** Capitalised words that may follow a name without making it part of a longer name ("Japan Monday"). */
  readonly nameMayPrecede: ReadonlySet<string>;
  /** Words capitalised only because they open a sentence, never part of a name there ("Additional U.S. tariffs"). */
  readonly sentenceOpeners: ReadonlySet<string>;
  /** Nouns for a person's backers ("Trump supporters", "supporters of Bolsonaro"): the person's country's people. */
  readonly followerWords: ReadonlySet<string>;
  /** Words before a `coref: pair` noun that make it name two actors named before ("both sides", "the two countries"). */
  readonly pairWords: ReadonlySet<string>;
  /** Words after a sector noun that give it the country of a state or seat after them ("soldiers from Niger"). */
  readonly originWords: ReadonlySet<string>;
  /** Words ("for") after a member-sector noun that make it the named group's ("a spokesman for Hamas"). */
  readonly agentWords: ReadonlySet<string>;
  /**
   * Words that, with a preposition after them, make a member-sector noun before them the named group's ("gunmen
   * linked to the Sinaloa cartel", "militants loyal to JNIM").
   */
  readonly linkWords: ReadonlySet<string>;
  /**
   * Words ("at", "for") after a member-sector noun that make it a member of the institution named after them: an
   * organisation or a country's sector noun ("judges at the International Criminal Court", "a spokesman for China's
   * foreign ministry").
   */
  readonly staffWords: ReadonlySet<string>;
  /** Adjectives of a group of states with no actor of its own ("Western", "European"): a sector noun they describe names no country. */
  readonly blocModifiers: ReadonlySet<string>;
  /** Indefinite articles ("a", "an"): before a demonym that ends its phrase, a person of that state ("a Czech"). */
  readonly personArticles: ReadonlySet<string>;
  /** Sectors whose nouns before a staff word name a member of the institution after it (GOV, JUD). */
  readonly staffSectors: ReadonlySet<string>;
  /** Sectors whose noun before an origin word and an armed group names the group's members ("gunmen from ISWAP"). */
  readonly memberSectors: ReadonlySet<string>;
  /** Sector of those backers (CVL); empty: follower words are no mention. */
  readonly followerSector: string;
  /** Crowd nouns that are people even after a place word: "fired live rounds at protesters who had stormed ...". */
  readonly crowdNouns: ReadonlySet<string>;
  /** Words joining a postposed country: "the foreign minister of Japan". */
  readonly ofWords: ReadonlySet<string>;
  /** Words joining a seat of power that gives a sector its country: "the foreign ministry in Seoul". */
  readonly seatWords: ReadonlySet<string>;
  /** Words that mark a place only after a verb: "flew to Tokyo" but "pressure from Tokyo". */
  readonly placeAfterVerb: ReadonlySet<string>;
  /** Words of motion before "from"/"to" that make the following name a place ("flew to", "the train from"). */
  readonly motionWords: ReadonlySet<string>;
  /** Nouns that make a name before them a modifier, not an actor: "the G7 summit". */
  readonly modifierOf: ReadonlySet<string>;
  /** Nouns of acts and aides after which a capital or seat owns them, not a place: "a Kremlin demand". */
  readonly ownerNouns: ReadonlySet<string>;
  /** Words after "NAME 's" that only a sovereign state has ("Georgia's ruling party"): the state reading wins. */
  readonly sovereignWords: ReadonlySet<string>;
  /** Pointing nouns of a state that describing words may precede ("the Pacific nation", "the island nation"). */
  readonly stateNouns: ReadonlySet<string>;
  /**
   * Describing words of a state noun and the states they fit (`fits-*` keys): "the island nation" points back to the
   * nearest island state named ("Palau's president said a Chinese vessel entered the island nation's waters" -> PLW).
   */
  readonly stateFits: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words joining coordinated demonyms: "Ukrainian and American delegations". */
  readonly coordinators: ReadonlySet<string>;
  /** Code prefixes of actors without a country (IGO, NGO). */
  readonly nonState: ReadonlySet<string>;
  /** The three-letter members of nonState, the only ones a code's country part can equal (read per mention). */
  readonly nonStatePrefixes: readonly string[];
  /** Words before a role description that is no actor ("sworn in as Indonesia's president"). */
  readonly roleBefore: ReadonlySet<string>;
  /** Words after an `eventNouns` noun that introduce actors, not places ("talks between Washington and Beijing"). */
  readonly eventJoiners: ReadonlySet<string>;
  /** Nouns of events and office-holders before an `eventJoiners` word ("talks", "summit", "ministers"). */
  readonly eventNouns: ReadonlySet<string>;
  /** Participles after a hyphen that make the country before them a backer, not the actor ("Iran-backed"). */
  readonly backerWords: ReadonlySet<string>;
  /** Words between a body and the state that holds its chair ("ASEAN chair Cambodia" is KHM, not ASEAN). */
  readonly chairWords: ReadonlySet<string>;
  /** Sector of a sector noun after a model designator ("MiG-31 fighters" are aircraft: MIL); empty: no change. */
  readonly modelSector: string;
}

/** How an alias is used in text. */
export type AliasRole = "name" | "adj" | "people" | "surname" | "noun" | "combining";

/** One dictionary alias found at a token key. */
export interface AliasHit {
  /** Index into ActorModel.entries. */
  readonly entry: number;
  /** The entry's kind, copied here so the matcher filters without a look-up. */
  readonly kind: EntryKind;
  readonly role: AliasRole;
  /** Case shape per token ("A", "C", "-"), see caseShape. */
  readonly shape: string;
  /** What the phrase parser reads it as: one of the HIT_* bits (0 for sector nouns and titles). */
  readonly cat: number;
}

/** AliasHit.cat: a reference to a state, IGO, seat of power, group or place (not a surname). */
export const HIT_REF = 1;
/** AliasHit.cat: a person's full name or surname. */
export const HIT_PERSON = 2;
/** AliasHit.cat: an honorific ("Mr."). */
export const HIT_HONORIFIC = 4;

/** The HIT_* bit of an alias of this kind and role. */
export function hitCategory(kind: EntryKind, role: AliasRole): number {
  if (kind === "person") return HIT_PERSON;
  if (kind === "honorific") return HIT_HONORIFIC;
  const ref =
    kind === "state" || kind === "igo" || kind === "metonym" || kind === "group" || kind === "place";
  return ref && role !== "surname" ? HIT_REF : 0;
}

/**
 * Bits of the config's word lists (see ActorConfig) in the trie's word masks, so the matcher tests a token against
 * every list with one look-up: `(mask & WORDS.determiners) !== 0`.
 */
export const WORDS = Object.freeze({
  determiners: 1 << 0,
  possessives: 1 << 1,
  formerWords: 1 << 2,
  placeBeforeState: 1 << 3,
  placeBeforeSector: 1 << 4,
  placeBeforeMetonym: 1 << 5,
  placeAfterVerb: 1 << 6,
  motionWords: 1 << 7,
  modifierOf: 1 << 8,
  coordinators: 1 << 9,
  ofWords: 1 << 10,
  seatWords: 1 << 11,
  roleBefore: 1 << 12,
  nameMayPrecede: 1 << 13,
  eventJoiners: 1 << 14,
  eventNouns: 1 << 15,
  backerWords: 1 << 16,
  sentenceOpeners: 1 << 17,
  followerWords: 1 << 18,
  pairWords: 1 << 19,
  originWords: 1 << 20,
  ownerNouns: 1 << 21,
  sovereignWords: 1 << 22,
  agentWords: 1 << 23,
  linkWords: 1 << 24,
  staffWords: 1 << 25,
  personArticles: 1 << 26,
});

/** A config word list with a bit in WORDS. */
export type WordList = keyof typeof WORDS;
