import type { ActorMention, MentionKind, Token } from "../core/index.js";
import { type ActorEntry, type ActorModel, HIT_PERSON, HIT_REF, WORDS } from "../dict/actors/index.js";
import { countryOfCode, type DocContext } from "./02-context.js";
import { type Head, headAt, type SentenceView } from "./03-heads.js";
import {
  backedAct,
  type Candidate,
  candidate,
  combine,
  combines,
  inPlaceSlot,
  LOCUS,
  placeName,
  type Ref,
  refAlone,
  refAt,
} from "./04-refs.js";

/** Earlier actors a pointing noun can refer to: a country ("yes") or an organisation's code ("igo"). */
export interface Recent {
  /**
   * The country a pointing noun takes: the first country named in this sentence (its likely subject: "South
   * Korea postponed talks with Japan, officials said" -> KOR), else that of the latest earlier sentence.
   */
  country: string | null;
  /** The latest country named: what a title points back to ("… after the House speaker landed"). */
  nearest: string | null;
  /**
   * The latest country named but by a person, a place's included ("… order in Niger, … against the junta"), for
   * `coref: nearest`.
   */
  placed: string | null;
  igo: string | null;
  /** The latest code named per sector in the paragraph (codes ending in it: "PSEREB"), for `coref: same`. */
  bySector: string[];
  /** The last mention in this sentence (-1: none), to spot appositions ("Gallant, the former defence minister"). */
  lastEnd: number;
  lastKind: MentionKind | null;
  /** The last mention's country (null: none known), for possessive pronouns after it ("Iran said its navy"). */
  lastCountry: string | null;
  /** The last mention's `located` noun when a seat placed it ("officials in Washington"), with its sector. */
  lastSeated: { readonly entry: string; readonly code: string } | null;
  /** Organisations and groups named in the paragraph, in order, with the nouns that may point back to them. */
  orgs: { readonly code: string; readonly called: readonly string[] }[];
  /** The paragraph's sentences read so far with their mentions (the current one growing), for `coref: pair` nouns. */
  para: { readonly tokens: readonly Token[]; readonly found: readonly ActorMention[] }[];
}

/** An actor named earlier in the paragraph, for `coref: pair` nouns (see seenActors). */
interface Seen {
  readonly key: string;
  readonly code: string;
  readonly country: string | null;
  /** A state acting (its name, seat, people, office-holders, sector nouns), not a group or an organisation. */
  readonly state: boolean;
  readonly group: number;
  /** A state named in a place slot ("the membership bids of Sweden and Finland"): only a coordinated run's member. */
  readonly place: boolean;
  /** Its sentence's index in `recent.para` and its token end there. */
  readonly sentence: number;
  readonly tokenEnd: number;
}

// Tokens that keep two mentions in one coordinated run ("Japan and China", "Japan, China and South Korea").
const RUN_JOINERS = new Set([",", "-", "–", "&"]);

/**
 * The actors named in the paragraph so far, in order: `key` tells actors apart (the country, or the code of a group
 * or organisation), `group` numbers coordinated runs ("Japan and China", the two mentions of "the two Koreas").
 * Places, attributive demonyms, pointing nouns and unknown countries are left out. Made only when a pair noun asks.
 */
function seenActors(recent: Recent, ctx: DocContext): Seen[] {
  const cfg = ctx.model.config;
  const out: Seen[] = [];
  let group = -1;
  for (const [sentence, { tokens, found }] of recent.para.entries()) {
    let prev: ActorMention | null = null;
    for (const m of found) {
      const place = m.kind === "place" && m.code === m.country && stateEntry(ctx, m.entry);
      if ((m.kind === "place" && !place) || m.kind === "attributive" || m.kind === "coref") continue;
      if (m.code.startsWith(cfg.unknownCountry)) continue;
      let joined = prev !== null && prev.tokenStart === m.tokenStart;
      if (!joined && prev !== null && prev.tokenEnd <= m.tokenStart) {
        joined = true;
        for (let k = prev.tokenEnd; joined && k < m.tokenStart; k++) {
          const t = tokens[k]!.text.toLowerCase();
          joined = RUN_JOINERS.has(t) || cfg.coordinators.has(t);
        }
      }
      if (!joined) group++;
      const state = m.kind !== "group" && m.country !== null && !m.code.startsWith("IGO");
      const key = state ? m.country! : m.code;
      out.push({
        key,
        code: m.code,
        country: m.country,
        state,
        group,
        place,
        sentence,
        tokenEnd: m.tokenEnd,
      });
      prev = m;
    }
  }
  return out;
}

/** Is entry `id` a state's own name (not a city or region)? */
function stateEntry(ctx: DocContext, id: string): boolean {
  const i = ctx.model.ids.indexOf(id);
  return i >= 0 && ctx.model.entries[i]!.kind === "state";
}

/** A person head as a candidate. */
function personCandidate(v: SentenceView, start: number, h: Extract<Head, { type: "person" }>): Candidate {
  const id = v.ctx.model.ids[h.choice.entry]!;
  const code = h.choice.code === "" ? v.ctx.model.config.unknownCountry : h.choice.code;
  const entry = h.via ? v.ctx.entryId(h.via, id) : id;
  return candidate(start, h.end, entry, null, code, "person", h.choice.note, h.choice.entry);
}

/** Is the reference a state named, a capital or a place of a known country ("in Mozambique", "in Maputo")? */
function locatesIn(ref: Ref): boolean {
  if (ref.code === "") return false;
  if (ref.entry.kind === "state") return ref.role === "name";
  return ref.entry.kind === "metonym" || (ref.entry.kind === "place" && ref.entry.code !== null);
}

/**
 * "the foreign minister of Japan", "the leader of the Wagner group", "the foreign ministry in Seoul": a
 * reference after "of" (or a capital after "in") completes a head; a `located` noun also takes the state, capital
 * or place it is in ("police in Mozambique" -> MOZCOP).
 */
function postposed(
  v: SentenceView,
  end: number,
  sector: string,
  located: boolean,
  origin = false,
  described = false,
): { ref: Ref; end: number; seat: boolean } | null {
  // "soldiers from Niger", "officials from Kenya": a noun from a state (or its seat) is that state's, whatever its
  // kind; not "Niger's presidential guard", whose own head follows.
  if (origin && v.is(WORDS.originWords, end)) {
    const from = refAt(v, end + 1) ?? (v.is(WORDS.determiners, end + 1) ? refAt(v, end + 2) : null);
    if (!from || v.is(WORDS.possessives, from.end)) return null;
    // "Gunmen from the Islamic State West Africa Province", "a suicide bomber from the Pakistani Taliban": a member
    // of the group named after it (not "hostages from Hamas": only `member-sectors` nouns).
    // "envoys from the European Union", "inspectors from the IAEA": the organisation's own.
    if (from.entry.kind === "group" || from.entry.kind === "igo")
      return v.ctx.model.config.memberSectors.has(sector) && from.code !== ""
        ? { ref: from, end: from.end, seat: false }
        : null;
    const state = from.entry.kind === "state" ? from.role === "name" : from.entry.kind === "metonym";
    return state && from.code !== "" ? { ref: from, end: from.end, seat: true } : null;
  }
  // "negotiators for Hamas", "a spokesman for the RSF": a member of the group; "the envoy for Syria" names no state.
  if (origin && v.is(WORDS.agentWords, end)) {
    const group = refAt(v, end + 1) ?? (v.is(WORDS.determiners, end + 1) ? refAt(v, end + 2) : null);
    const member = group?.entry.kind === "group" && group.code !== "" && !v.is(WORDS.possessives, group.end);
    return member && v.ctx.model.config.memberSectors.has(sector)
      ? { ref: group, end: group.end, seat: false }
      : null;
  }
  // "Gunmen linked to the Sinaloa cartel", "militants loyal to JNIM": a member of the group named after the link word
  // and its preposition, as after "for".
  if (origin && v.is(WORDS.linkWords, end) && v.lat.pos(end + 1) === "ADP") {
    const at = v.is(WORDS.determiners, end + 2) ? end + 3 : end + 2;
    const group = refAt(v, at);
    const member = group?.entry.kind === "group" && group.code !== "" && !v.is(WORDS.possessives, group.end);
    return member && v.ctx.model.config.memberSectors.has(sector)
      ? { ref: group, end: group.end, seat: false }
      : null;
  }
  if (v.is(WORDS.seatWords, end)) {
    const det = v.is(WORDS.determiners, end + 1) ? 1 : 0;
    let seat = refAt(v, end + 1) ?? (det === 1 ? refAt(v, end + 2) : null);
    // "authorities in eastern Libya", "police in the restive northern Mali": up to two lower-case describing words
    // when `described` (a noun that is an actor alone).
    let at = end + 1 + det;
    while (
      described &&
      seat === null &&
      at < end + 3 + det &&
      v.lat.pos(at) === "ADJ" &&
      isLowerCase(v.lat.text(at)!)
    ) {
      at++;
      seat = refAt(v, at);
    }
    if (!seat) return null;
    // Only a noun said of where it sits ("the foreign ministry in Seoul" is Korean; "diplomats in Beijing" and
    // "U.S. troops in Seoul" are not), before a seat of its own sector or any state, capital or place of a country.
    const same = seat.entry.kind === "metonym" && sector !== "" && seat.code.endsWith(sector);
    return located && (same || locatesIn(seat)) ? { ref: seat, end: seat.end, seat: true } : null;
  }
  if (!v.is(WORDS.ofWords, end)) return null;
  const at = v.is(WORDS.determiners, end + 1) ? end + 2 : end + 1;
  const ref = refAt(v, at);
  if (!ref || ref.entry.kind === "place" || ref.entry.kind === "metonym") return null;
  // "secretary of Russia's Security Council": the possessed head belongs to the phrase.
  const head = v.is(WORDS.possessives, ref.end) ? headAt(v, ref.end + 1, 2, false) : null;
  return { ref, end: head?.end ?? ref.end, seat: false };
}

/**
 * "judges at the International Criminal Court", "a spokesman for China's foreign ministry", "officials at the U.S.
 * embassy": a member-sector noun before a staff word ("at", "for") and an organisation or a country's own sector noun
 * is a member of that institution, with its code (a bare state after the word is no institution: "the envoy for Syria");
 * so is one "from" it ("delegations from Sudan's army").
 */
function staffOf(
  v: SentenceView,
  end: number,
  sector: string,
): { ref: Ref; end: number; seat: boolean; code: string } | null {
  if (!v.is(WORDS.staffWords, end) || !v.ctx.model.config.staffSectors.has(sector)) return null;
  const at = v.is(WORDS.determiners, end + 1) ? end + 2 : end + 1;
  const ref = refAt(v, at);
  if (!ref || ref.code === "") return null;
  const poss = v.is(WORDS.possessives, ref.end);
  if (ref.entry.kind === "igo" && !poss) return { ref, end: ref.end, seat: false, code: ref.code };
  if (ref.entry.kind !== "state") return null;
  const head = headAt(v, poss ? ref.end + 1 : ref.end, 1, false);
  // "a spokesman for the Yemeni group": a noun that only points back to an organisation names no institution here.
  if (head?.type !== "sector" || head.unknownName || head.entry.kind !== "sector" || head.entry.coref === "igo")
    return null;
  if (head.sector === "") return null;
  return { ref, end: head.end, seat: false, code: combine(v, ref, head.sector) };
}

/**
 * "Istanbul Mayor Ekrem Imamoglu", "Kherson regional police": a place of a known country right before a title or
 * a sector noun that may stand alone gives that head its country (a named person keeps their own code).
 */
function placeHead(v: SentenceView, start: number, ref: Ref): Candidate | null {
  if (ref.entry.code === null || ref.code === "") return null;
  // "Tigray's ruling party", "Gaza's health ministry": a place's possessive makes any sector noun after it its own.
  const poss = v.is(WORDS.possessives, ref.end);
  const head = headAt(v, poss ? ref.end + 1 : ref.end, poss ? 2 : 1, false);
  if (!head) return null;
  if (head.type === "person") return personCandidate(v, start, head);
  // "Ain al-Asad air base" stays a place: only titles and nouns that stand alone ("police") take it.
  if (head.entry.coref === "igo" || (!poss && head.entry.kind !== "title" && !head.entry.bare)) return null;
  const entry = v.ctx.entryId(ref.entry.id, head.entry.id);
  return candidate(
    start,
    head.end,
    entry,
    ref.entry.pair,
    v.ctx.code(ref.code, head.sector),
    "sector",
    undefined,
  );
}

/**
 * "Karabakh Armenian forces", "Karabakh Armenians": a place right before a demonym of its own country only says
 * which of that country's people are meant; the demonym's phrase is the mention, the place none of its own.
 */
function beforeOwnDemonym(v: SentenceView, ref: Ref): boolean {
  const next = refAt(v, ref.end);
  return (
    next !== null &&
    (next.role === "adj" || next.role === "people") &&
    next.entry.kind === "state" &&
    next.code === ref.code
  );
}

/** Are all names of an entry common nouns, written in lower case ("kingdom")? */
function commonNamed(e: ActorEntry): boolean {
  return e.names.length > 0 && e.names.every(isLowerCase);
}

/**
 * Is the text its own lower case? Asked of every state name that leads a phrase ("Japan", "Japanese officials"):
 * ASCII is read by code, so only a name with other letters pays for a lower-cased copy.
 */
function isLowerCase(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return false;
    if (c >= 128) return text === text.toLowerCase();
  }
  return true;
}

/** Parses a phrase led by a country, organisation or seat ("Japan's defense minister", "Chinese warships"). */
function refPhrase(
  v: SentenceView,
  start: number,
  ref: Ref,
  det: boolean,
  former: boolean,
): Candidate | number {
  const cfg = v.ctx.model.config;
  if (ref.entry.kind === "place")
    return placeHead(v, start, ref) ?? (beforeOwnDemonym(v, ref) ? null : placeName(v, ref)) ?? ref.end;
  // "the kingdom": a state named by a common noun (all its names in lower case) only right after a determiner ("the
  // animal kingdom", "the Saudi kingdom", "Kingdom Holding" are no such mention).
  if (ref.entry.kind === "state" && ref.entry.pair === null && !det && commonNamed(ref.entry)) return ref.end;
  // "Sino-Russian drills": a combining form names its state only before a hyphen and another demonym.
  if (ref.role === "combining" && !combines(v, ref)) return ref.end;
  // "Iran-backed militias": the country is a backer, not the actor (the head noun may still be one).
  if (v.lat.text(ref.end) === "-" && v.is(WORDS.backerWords, ref.end + 1))
    return backedAct(v, start, ref) ?? ref.end;
  let q = ref.end;
  const poss = v.is(WORDS.possessives, q);
  if (poss) q++;
  const former2 = v.is(WORDS.formerWords, q);
  if (former2) q++;
  const parsed = headAt(v, q, 2, false);
  // A capital leads only a `located` noun without "'s" ("a Beijing court"), not "Kabul airport" or "Tokyo-based".
  const seatOnly =
    ref.entry.kind === "metonym" && !poss && !(parsed?.type === "sector" && parsed.entry.located);
  // Nouns that only point back to an organisation ("the alliance") never take a country; nor do nouns that only a
  // place makes an actor ("the Venezuelan people" stays attributive).
  const pointing = parsed?.type === "sector" && (parsed.entry.coref === "igo" || parsed.entry.placedOnly);
  const head = seatOnly || pointing ? null : parsed;
  if (head?.type === "person") return personCandidate(v, start, head);
  // "Sudan's paramilitary Rapid Support Forces": the group named after the noun is the actor.
  const named = head && head.type === "sector" && !head.unknownName ? groupAfter(v, head.end, start) : null;
  if (named) return named;
  if (head) {
    if (roleSlot(v, start, head.end)) return head.end;
    if (!poss && ref.role === "adj" && institutionName(v, head.end)) return head.end;
    const sector = former || former2 ? cfg.formerSector : head.sector;
    const entry = v.ctx.entryId(ref.entry.id, head.entry.id);
    return candidate(start, head.end, entry, ref.entry.pair, combine(v, ref, sector), "sector", ref.note);
  }
  return refAlone(v, start, ref, det, poss) ?? ref.end;
}

/**
 * Is the pointing noun at [start, end) a verb's object ("accusing the government of …"), not the subject of a clause
 * the verb opens ("said the government would …"), with a latest country other than the sentence's first, whose
 * mention is not the verb's own subject? The last mention is the subject when only auxiliaries, adverbs or a
 * relative pronoun come between ("France's foreign minister called the junta", "Rubio, who had pressed the
 * country"); a participle after a comma has the sentence's subject ("… with Australia, accusing the government").
 */
function objectOf(v: SentenceView, start: number, end: number, recent: Recent): boolean {
  if (recent.nearest === null || recent.nearest === recent.country || !v.is(WORDS.determiners, start))
    return false;
  const verb = start - 1;
  if (v.lat.pos(verb) !== "VERB" || ["VERB", "AUX"].includes(v.lat.pos(end) ?? "")) return false;
  if (recent.lastEnd < 0 || recent.lastEnd > verb) return true;
  let pron = false;
  for (let k = verb - 1; k >= recent.lastEnd; k--) {
    const pos = v.lat.pos(k) ?? "";
    if (pos === "PRON") pron = true;
    else if (pos === "PUNCT" && !pron) return true;
    else if (!SUBJECT_GAP.has(pos)) return true;
  }
  return false;
}

/** Subordinators that open a clause of their own after the main one ("eased sanctions after the government …"). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "when",
  "because",
  "since",
  "until",
  "once",
]);

/**
 * "The United States eased sanctions on Venezuela after the government and the opposition signed a deal": "the" +
 * a pointing noun right after a subordinator opens a clause about the country named last (the main clause's
 * object), not about the sentence's subject, when those differ.
 */
function subordinateSubject(v: SentenceView, start: number, recent: Recent): boolean {
  if (recent.nearest === null || recent.nearest === recent.country || !v.is(WORDS.determiners, start))
    return false;
  return SUBORDINATORS.has(v.lat.lower(start - 1) ?? "");
}

/** Lemmas of the verbs of a sayer after the clause it reports ("…, the defence minister said"). */
const SAYER_LEMMAS: ReadonlySet<string> = new Set(["say", "tell", "add"]);

/**
 * "…, the defence minister said": the noun phrase from `start` to `end` is a sayer after a comma that closes the clause
 * it reports, its verb of saying right after it (an adverb may stand between).
 */
function trailingSayer(v: SentenceView, start: number, end: number): boolean {
  const tokens = v.lat.tokens;
  if (start < 2 || v.lat.text(start - 1) !== "," || !v.is(WORDS.determiners, start)) return false;
  let k = end;
  while (v.lat.pos(k) === "ADV") k++;
  const t = tokens[k];
  return t !== undefined && t.pos === "VERB" && SAYER_LEMMAS.has(t.lemma);
}

/**
 * The country of the sentence's subject: its first actor when that opens the sentence (after a determiner at most)
 * and is named by more than a demonym ("Latvian forces", not "Russian drones": a drone is no actor); else null.
 */
function subjectCountry(recent: Recent): string | null {
  const cur = recent.para.at(-1);
  const first = cur?.found.find((m) => m.kind !== "place");
  if (!cur || !first || first.country === null || first.kind === "attributive" || first.kind === "coref")
    return null;
  const before = cur.tokens[first.tokenStart - 1];
  return first.tokenStart === 0 || (first.tokenStart === 1 && before?.pos === "DET") ? first.country : null;
}

/** Parts of speech that may stand between a subject and its verb ("who had already pressed"). */
const SUBJECT_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART", "PRON", "PUNCT"]);

/**
 * "protests in which police killed students": a noun after a relative word (a determiner that is no `determiners`
 * word) and before its verb is the clause's subject, not a place.
 */
function relativeSubject(v: SentenceView, start: number, end: number): boolean {
  return (
    v.lat.pos(start - 1) === "DET" && !v.is(WORDS.determiners, start - 1) && v.lat.pos(end) === "VERB"
  );
}

/**
 * "… set fire to parliament in Kathmandu and the army imposed a curfew": a noun after a coordinator and before a verb
 * opens a clause of its own; it is no place coordinated with the one before.
 */
function coordinatedSubject(v: SentenceView, start: number, end: number): boolean {
  let j = start - 1;
  while (j > 0 && (v.lat.pos(j) === "DET" || v.lat.pos(j) === "ADJ")) j--;
  return v.is(WORDS.coordinators, j) && (v.lat.pos(end) === "VERB" || v.lat.pos(end) === "AUX");
}

/**
 * "the Chinese University of Hong Kong", "the American University of Beirut": a demonym before a capitalised sector
 * noun that "of" and a place, seat or state name follow is an institution's name, not the state's (the place after
 * "of" is read on its own). "the Russian Ministry of Defence" names no place there and stays the state's.
 */
function institutionName(v: SentenceView, end: number): boolean {
  const word = v.lat.text(end - 1) ?? "";
  if (isLowerCase(word) || !v.is(WORDS.ofWords, end)) return false;
  const ref = refAt(v, end + 1);
  return ref !== null && ["place", "metonym", "state"].includes(ref.entry.kind) && ref.role !== "adj";
}

/** Parts of speech a clause's subject may run on with before its verb ("as Congolese troops and their allies fled"). */
const SUBJECT_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM", "PART", "CCONJ"]);

/**
 * Does the phrase [start, end) describe a role, not an actor ("sworn in as Indonesia's president")? Not when the
 * phrase is the subject of a verb that follows within a few words: then the word before it joins a clause ("as
 * Congolese troops fled"); a verb after "and" is the sentence's own ("was elected as president and vowed").
 */
function roleSlot(v: SentenceView, start: number, end: number): boolean {
  if (!v.is(WORDS.roleBefore, start - 1)) return false;
  for (let k = end; k < end + 6; k++) {
    const pos = v.lat.pos(k) ?? "";
    if (pos === "VERB" || pos === "AUX") return v.lat.pos(k - 1) === "CCONJ";
    if (!SUBJECT_POS.has(pos)) return true;
  }
  return true;
}

/** Cue keys of each state (its names, its other entries' names, its seats), per model, made on first use. */
const STATE_CUES = new WeakMap<ActorModel, Map<string, readonly string[]>>();

/** Does the document name a state, its people or its seat of power anywhere ("Washington" for USA)? */
function stateCued(ctx: DocContext, code: string): boolean {
  let byState = STATE_CUES.get(ctx.model);
  if (!byState) {
    byState = new Map();
    ctx.model.entries.forEach((e, i) => {
      if (e.kind === "state" && e.pair === null && e.code && !byState!.has(e.code))
        byState!.set(e.code, ctx.model.cues.get(i) ?? []);
    });
    STATE_CUES.set(ctx.model, byState);
  }
  return (byState.get(code) ?? []).some((c) => ctx.hasCue(c));
}

/**
 * "Congress", "the Senate" with no country of their own: an antecedent that has such an institution keeps it
 * (null), else the first of the noun's `home` states the document names ("Zelensky flew to Washington and asked
 * Congress" → USA, not UKR), else null. Only the capitalised noun names an institution ("a party congress" does not).
 */
function homeOf(
  v: SentenceView,
  head: Extract<Head, { type: "sector" }>,
  ante: string | null,
): string | null {
  const home = head.entry.home;
  if (home.length === 0 || (ante !== null && home.includes(ante))) return null;
  const t = v.lat.text(head.end - 1) ?? "";
  if (t === "" || t[0] === t[0]!.toLowerCase()) return null;
  for (const c of home) if (stateCued(v.ctx, c)) return c;
  return null;
}

/**
 * `coref: nearest` with `home`: the country last named when it is a home state, else the latest home state acting in
 * the paragraph ("Mali's government … after France's minister called the junta …" -> MLI), else the latest home state
 * or place of one named in it ("the strike on a village in Sagaing region … the junta" -> MMR), else none: a junta is
 * never the country of the leaders who speak of it ("The United States demanded that the junta stop …", "Nigeria's
 * Senate urged talks with the junta").
 */
function nearestHome(recent: Recent, home: readonly string[], back: string | null): string | null {
  if (home.length === 0 || (back !== null && home.includes(back))) return back;
  for (let k = recent.bySector.length - 1; k >= 0; k--) {
    const country = recent.bySector[k]!.slice(0, 3);
    if (home.includes(country)) return country;
  }
  for (let s = recent.para.length - 1; s >= 0; s--) {
    const found = recent.para[s]!.found;
    for (let k = found.length - 1; k >= 0; k--) {
      const country = found[k]!.country;
      if (country !== null && found[k]!.kind !== "person" && home.includes(country)) return country;
    }
  }
  return null;
}

/** The first home state, or place of one, named after `from` in the sentence ("The junta's jets bombed … in Shan state"). */
function homeAhead(v: SentenceView, from: number, home: readonly string[]): string | null {
  if (home.length === 0) return null;
  for (let j = from; j < v.lat.tokens.length; j++) {
    if (!v.lat.starts(j)) continue;
    const ref = refAt(v, j);
    const country = ref && ref.code !== "" ? countryOfCode(ref.code, v.ctx.model) : null;
    if (country !== null && home.includes(country)) return country;
  }
  return null;
}

const CLAUSE_PLACE_WORDS = new Set(["in", "across", "throughout", "through"]);
// "Soldiers marched through Paris as President Emmanuel Macron watched": a march through or across a place is no
// sign the soldiers belong to it, so the bare-subject rule below places its clause by "in" alone.
const IN_ONLY: ReadonlySet<string> = new Set(["in"]);
// Words before a clause's subject ("after soldiers seized power in Niamey").
const SUBJECT_OPENERS = new Set(["after", "before", "since", "as", "when", "while", "until"]);
// Punctuation and words that open another clause: a place named after them is not where the noun acts ("said the
// war that ended with a peace deal in Pretoria").
const CLAUSE_ENDS = new Set([
  ",",
  ";",
  ":",
  ".",
  "—",
  "–",
  "(",
  "!",
  "?",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "when",
  "while",
  "after",
  "before",
  "as",
  "because",
  "since",
  "until",
  "if",
  "said",
  "says",
  "say",
  "told",
  "but",
]);
// Nouns of a foreign mission: the country owning "the Israeli embassy in Amman" is not the clause's place (the crowd
// outside it is Jordanian).
const MISSION_WORDS = new Set(["embassy", "embassies", "consulate", "consulates", "mission", "missions"]);

// Nouns of a settlement or region after a demonym: "the Peruvian city of Juliaca", "a Syrian border town".
const PLACE_NOUNS = new Set(["city", "town", "village", "port", "province", "region", "capital", "border"]);

/**
 * The country of a demonym that opens a place phrase at `at` ("the southern Peruvian city of Juliaca" -> PER, up to
 * two describing words before it), and where the demonym ends; null for anything else ("the Peruvian people").
 */
function demonymPlace(v: SentenceView, at: number): { country: string; end: number } | null {
  let k = at;
  for (let n = 0; n < 2 && v.lat.pos(k) === "ADJ" && refAt(v, k) === null; n++) k++;
  const ref = refAt(v, k);
  if (ref?.entry.kind !== "state" || ref.role !== "adj") return null;
  if (!PLACE_NOUNS.has(v.lat.lower(ref.end) ?? "")) return null;
  const country = countryOfCode(ref.code, v.ctx.model);
  return country === null ? null : { country, end: ref.end };
}

/**
 * The one country named in the clause from `from` where a state, capital or place of a known country follows "in",
 * "across", "throughout" or "through" ("protested in Dhaka", "marched across France", "marched through Lima").
 * Null when there is none, when the clause names more than one country in any way ("troops of Ethiopia and Eritrea
 * in Tigray"), a mission's owner aside ("protesters outside the Saudi embassy in Tehran" are placed in Iran), and so
 * is a country named after the place outside a place slot ("rallied in Seoul against Japan" are placed in South Korea).
 */
function clausePlace(
  v: SentenceView,
  from: number,
  slots: ReadonlySet<string> = CLAUSE_PLACE_WORDS,
): string | null {
  const toks = v.lat.tokens;
  let found: string | null = null;
  let placed = false;
  const seen = new Set<string>();
  for (let j = from; j < toks.length; j++) {
    const t = v.lat.lower(j)!;
    if (CLAUSE_ENDS.has(t)) break;
    const slot = slots.has(t);
    const at = slot ? (v.is(WORDS.determiners, j + 1) ? j + 2 : j + 1) : j;
    const named = slot ? demonymPlace(v, at) : null;
    if (named) {
      // "in the southern Peruvian city of Juliaca": a town of a known country, whatever its name.
      seen.add(named.country);
      found = named.country;
      placed = true;
      j = named.end - 1;
      continue;
    }
    const ref = refAt(v, at);
    if (!ref) continue;
    const c = countryOfCode(ref.code, v.ctx.model);
    // "the Saudi embassy in Tehran": the mission's owner says nothing of where the clause is. "rallied in Seoul
    // against Japan": once the clause is placed, a country named outside a place slot is what it acts on, not where.
    if (c !== null && !MISSION_WORDS.has(v.lat.lower(ref.end) ?? "") && (slot || !placed))
      seen.add(c);
    if (slot && c !== null && locatesIn(ref)) {
      found = c;
      placed = true;
      // The first place slot is where the noun's own verb happens, with the places coordinated to it ("rallied in
      // Dakar and in Bamako"): a later one belongs to a phrase or a verb of its own ("stormed the Swedish embassy in
      // Baghdad ahead of a planned Koran burning in Stockholm", "tried to storm the Israeli embassy in Amman and
      // rallied outside the U.S. embassy in Beirut").
      const next = v.lat.lower(ref.end) ?? "";
      const after = v.lat.lower(ref.end + 1) ?? "";
      if (!((next === "and" || next === "or") && (CLAUSE_PLACE_WORDS.has(after) || refAt(v, ref.end + 1))))
        break;
    }
    j = Math.max(j, ref.end - 1);
  }
  return placed && seen.size === 1 ? found : null;
}

// Words that open a fronted place phrase ("In Tbilisi, thousands of people protested ...").
const FRONTED_PLACE_WORDS = new Set(["in", "across", "throughout", "outside", "near"]);
// Words of a count before a crowd noun ("tens of thousands of people"), besides numbers, determiners and adjectives.
const CROWD_COUNT_WORDS = new Set(["of", "thousands", "hundreds", "dozens", "tens", "scores", "millions"]);

/**
 * "In Tbilisi, thousands of people protested ...", "Outside the U.S. embassy in Mexico City, hundreds of protesters
 * rallied": the one country a place phrase opening the sentence names (read as `clausePlace` reads a clause), when
 * the noun phrase at `start` is the subject right after its comma; null otherwise.
 */
function frontedPlace(v: SentenceView, start: number): string | null {
  const toks = v.lat.tokens;
  if (!FRONTED_PLACE_WORDS.has(v.lat.lower(0) ?? "")) return null;
  let comma = 1;
  while (comma < start && v.lat.text(comma)! !== ",") comma++;
  if (comma >= start) return null;
  for (let k = comma + 1; k < start; k++) {
    const t = toks[k]!;
    if (!["DET", "NUM", "ADJ"].includes(t.pos) && !CROWD_COUNT_WORDS.has(t.text.toLowerCase())) return null;
  }
  // "outside the embassy": the first word is no place slot, so the scan reads from it as from a clause's noun.
  return clausePlace(v, 0);
}

/** A group named at `at` ("Rapid Support Forces"), as a mention from `start` over the noun before it, or null. */
function groupAfter(v: SentenceView, at: number, start = at): Candidate | null {
  const ref = v.groupAt(at) ? refAt(v, at) : null;
  if (ref?.entry.kind !== "group" || ref.code === "") return null;
  return candidate(start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "group", ref.note);
}

/**
 * The country of the armed group (`REB`) coordinated with the phrase at [start, end) by "and" ("the army and the
 * RSF", "the RSF and the army"), or null.
 */
function rivalCountry(v: SentenceView, start: number, end: number, recent: Recent): string | null {
  if (v.lat.lower(end) === "and") {
    const at = v.is(WORDS.determiners, end + 1) ? end + 2 : end + 1;
    const g = groupAfter(v, at);
    return g?.code.endsWith("REB") ? g.code.slice(0, 3) : null;
  }
  if (v.lat.lower(start - 1) !== "and" || recent.lastKind !== "group" || recent.lastEnd !== start - 1)
    return null;
  const code = recent.bySector[recent.bySector.length - 1] ?? "";
  return code.endsWith("REB") && recent.lastCountry !== null && code.startsWith(recent.lastCountry)
    ? recent.lastCountry
    : null;
}

/**
 * The country of the domestic actor (a sector noun or office-holder of a known country) joined to the phrase at
 * `start` by "and"/"or" right before it ("Maduro's government and the opposition" -> VEN), or null.
 */
function partnerCountry(v: SentenceView, start: number, recent: Recent): string | null {
  if (recent.lastEnd !== start - 1) return null;
  // "Maduro's government": a pointing noun owned by the office-holder just named is of that person's country.
  if (v.is(WORDS.possessives, start - 1)) return recent.lastKind === "person" ? recent.lastCountry : null;
  if (!v.is(WORDS.coordinators, start - 1)) return null;
  // "the government and the opposition": a pointing noun after another takes the country that one was given.
  const kind = recent.lastKind;
  return kind === "sector" || kind === "person" || kind === "coref" ? recent.lastCountry : null;
}

/** The latest code of the sector in `recent.bySector` ("REB" -> "PSEREB"), or null. */
function sameSector(recent: Recent, sector: string): string | null {
  for (let k = recent.bySector.length - 1; k >= 0; k--) {
    const code = recent.bySector[k]!;
    if (code.length === 3 + sector.length && code.endsWith(sector)) return code;
  }
  return null;
}

/** Is the phrase at `start` an apposition to the person just named ("Gallant, the former defence minister")? */
function apposition(v: SentenceView, start: number, recent: Recent): boolean {
  return (
    recent.lastKind === "person" && recent.lastEnd === start - 1 && v.lat.text(start - 1) === ","
  );
}

/** The nearest organisation or group of the paragraph that `noun` may point back to ("the bloc" -> EU), or null. */
function orgAntecedent(recent: Recent, noun: string): string | null {
  if (recent.orgs.length === 0) return null;
  for (let k = recent.orgs.length - 1; k >= 0; k--) {
    const o = recent.orgs[k]!;
    if (o.called.includes(noun)) return o.code;
  }
  return null;
}

/** The head noun a pointing phrase ends in, lower case ("the West African bloc" -> "bloc"). */
function headWord(v: SentenceView, end: number): string {
  return (v.lat.text(end - 1) ?? "").toLowerCase();
}

/**
 * The actors a `coref: pair` noun names ("both sides", "the two countries", "their governments"): the two actors
 * the paragraph has named so far, else the latest coordinated run of exactly two ("Japan and China"; two or more
 * after "their"). States take the noun's sector (a state acting is its government); "sides" may also be groups or
 * organisations, with their own codes ("Israel and Hamas"). Null when nothing fits: it is never guessed.
 */
function pairMembers(
  v: SentenceView,
  recent: Recent,
  sides: boolean,
  sector: string,
  many: boolean,
  count = 2,
  from = -1,
): string[] | null {
  const seen = seenActors(recent, v.ctx);
  const asker = from < 0 ? null : askers(v, recent, seen, from);
  const fits = seen.filter((s) => (sides || s.state) && !asker?.has(s.key));
  const latest = new Map<string, Seen>();
  for (const s of fits) {
    if (s.place) continue;
    latest.delete(s.key);
    latest.set(s.key, s);
  }
  // More than two only as a coordinated run ("Britain, France and Germany"): "the three countries said" after "Saudi
  // Arabia and Iran … brokered by China" is left to the event coder.
  let pick: Seen[] | null = latest.size === 2 && count === 2 ? [...latest.values()] : null;
  if (pick === null) {
    for (let k = fits.length - 1; k >= 0 && pick === null; k--) {
      const g = fits[k]!.group;
      const run = new Map<string, Seen>();
      for (const s of fits) if (s.group === g) run.set(s.key, s);
      if (run.size === count || (many && run.size > 2)) pick = [...run.values()];
      while (k > 0 && fits[k - 1]!.group === g) k--;
    }
  }
  if (pick === null) return asker === null ? null : askedPlace(recent, asker);
  return pick.map((s) => (s.state ? `${s.country}${sector}` : s.code));
}

// Words that may stand between a subject and a pair noun its verb takes as object ("urged", "called on", "have
// repeatedly urged"): parts of speech, and the particles of "called on", "appealed to".
const ASK_GAP = new Set(["VERB", "AUX", "ADV", "PART"]);
const ASK_PARTICLES = new Set(["on", "upon", "to"]);

/**
 * The keys of the subject run whose verb takes the pair noun at `from` as its object ("China and the United States
 * urged both neighbours", "IAEA chief Rafael Grossi called on both sides", "Turkey and the UN called on the
 * parties"): the asker is not among the asked, so its actors are left out of the pair. Null when the actors before
 * the noun are not its verb's subject (a clause or a comma between them).
 */
function askers(v: SentenceView, recent: Recent, seen: readonly Seen[], from: number): Set<string> | null {
  const here = recent.para.length - 1;
  let last: Seen | undefined;
  for (const s of seen) if (s.sentence === here && s.tokenEnd <= from) last = s;
  if (last === undefined) return null;
  const toks = v.lat.tokens;
  let verb = false;
  for (let k = last.tokenEnd; k < from; k++) {
    const t = toks[k]!;
    if (t.pos === "VERB") verb = true;
    else if (!ASK_GAP.has(t.pos) && !(t.pos === "ADP" && ASK_PARTICLES.has(t.lower))) return null;
  }
  if (!verb) return null;
  return new Set(seen.filter((s) => s.group === last.group).map((s) => s.key));
}

// Verbs of asking whose object "the parties" names the sides of a conflict, not political parties.
const ASK_VERBS = new Set([
  "urge",
  "call",
  "appeal",
  "press",
  "ask",
  "implore",
  "encourage",
  "exhort",
  "invite",
]);

/**
 * "Turkey and the UN called on the parties to halt clashes", "mediators urged all parties to ...": the token "the
 * parties" opens at when "parties" after "the", "both" or "all" is the object of a verb of asking whose subject is
 * named right before it; -1 otherwise.
 */
function askedFrom(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): number {
  const toks = v.lat.tokens;
  const noun = head.end - 1;
  if (v.lat.lower(noun) !== "parties" || start < noun - 1) return -1;
  const from = noun - 1;
  const det = v.lat.lower(from) ?? "";
  if (det !== "the" && det !== "both" && det !== "all") return -1;
  let k = from - 1;
  while (k >= 0 && v.lat.pos(k)! === "ADP" && ASK_PARTICLES.has(v.lat.lower(k)!)) k--;
  const verb = toks[k];
  if (verb === undefined || verb.pos !== "VERB" || !ASK_VERBS.has(verb.lemma.toLowerCase())) return -1;
  return askers(v, recent, seenActors(recent, v.ctx), from) === null ? -1 : from;
}

/**
 * "called on the parties": the two sides named before, not the asker (pairMembers), else null and the noun is read
 * as any party noun ("Japan's prime minister urged the parties in his coalition ..." -> JPNPTY).
 */
function partiesPhrase(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): Candidate | null {
  const from = askedFrom(v, start, head, recent);
  if (from < 0) return null;
  const codes = pairMembers(v, recent, true, v.ctx.model.config.stateSector, false, 2, from);
  if (codes === null) return null;
  const c = candidate(from, head.end, head.entry.id, null, codes[0]!, "coref", undefined);
  return { ...c, also: codes.slice(1) };
}

/**
 * "Fighting broke out in Tripoli ..., and Turkey and the UN called on the parties to halt clashes": with no two sides
 * named, the sides asked are those of the one country whose places the sentence names (the bare country code, as the
 * writers code a conflict's sides left unnamed), when that is not the asker's. Null otherwise.
 */
function askedPlace(recent: Recent, asker: ReadonlySet<string>): string[] | null {
  const found = recent.para[recent.para.length - 1]?.found ?? [];
  let country: string | null = null;
  for (const m of found) {
    if (m.kind !== "place" || m.country === null || m.code !== m.country) continue;
    if (country !== null && country !== m.country) return null;
    country = m.country;
  }
  return country === null || asker.has(country) ? null : [country];
}

const PAIR_PLACE_WORDS = new Set(["between", "on", "from", "in", "across", "among"]);
/** Count words before a pair noun or a group of states ("the two countries", "the three Baltic states"). */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["two", 2],
  ["both", 2],
  ["three", 3],
  ["four", 4],
]);

/** "both sides", "the two countries", "their governments": one mention naming the actors of pairMembers. */
function pairPhrase(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): Candidate | null {
  // "their governments", "both governments": the noun's own words lead with the pair word.
  const lead = v.is(WORDS.determiners, start) ? start + 1 : start;
  const owned = v.lat.lower(lead) === "their";
  let from = start;
  if (!owned && !v.is(WORDS.pairWords, lead)) {
    if (!v.is(WORDS.pairWords, start - 1)) return null;
    from = v.is(WORDS.determiners, start - 2) ? start - 2 : start - 1;
    if (from < recent.lastEnd) return null;
  }
  // "talks between the two sides" restates the relation the sentence reports, "officials on both sides said" and
  // "in both countries" say where: left to the event coder.
  // "called on both sides to ..." is the verb's own particle.
  const before = v.lat.lower(from - 1) ?? "";
  // "recalled its ambassadors from the three countries" after "Britain, France and Germany": a count word names
  // that many, the run of exactly as many states named before (after "from" too: envoys leave them).
  const count = owned
    ? 2
    : (COUNT_WORDS.get(v.lat.lower(from === start ? lead : start - 1) ?? "") ?? 2);
  if (PAIR_PLACE_WORDS.has(before) && !(before === "on" && v.lat.pos(from - 2) === "VERB")) {
    if (!(before === "from" && count > 2)) return null;
  }
  const word = headWord(v, head.end);
  const codes = pairMembers(v, recent, word === "sides" || word === "side", head.sector, owned, count, from);
  if (codes === null) return null;
  const c = candidate(from, head.end, head.entry.id, null, codes[0]!, "coref", undefined);
  return { ...c, also: codes.slice(1) };
}

/**
 * The states a sector noun right after "their" names when the latest actor named closes a coordinated run of two
 * or more states ("Japan and Vietnam agreed that their coast guards ..." -> JPNCOP, VNMCOP), or null. Not after a
 * place word ("a clash between their navies" is read by the event coder), nor for titles.
 */
function theirRun(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): string[] | null {
  if (head.entry.kind !== "sector" || v.lat.lower(start - 1) !== "their") return null;
  if (recent.nearest === null || PAIR_PLACE_WORDS.has(v.lat.lower(start - 2) ?? "")) return null;
  const run = pairMembers(v, recent, false, head.sector, true);
  return run && run.length >= 2 && run.some((c) => c.startsWith(recent.nearest!)) ? run : null;
}

// Parts of speech that may stand between an owner's verb and "its" without naming another owner: "China said on
// Friday that its coast guard ...", "Russia's General Staff said, adding that its forces ...".
const OWNER_GAP = new Set(["VERB", "AUX", "ADV", "ADP", "SCONJ", "PART", "PUNCT", "NUM", "DET", "ADJ"]);
const OWNER_NOUNS = new Set(["NOUN", "PROPN", "PRON"]);
// Words that may run on a subject after its noun before its verb ("its forces and border guards were ...").
const SUBJECT_RUN = new Set(["NOUN", "PROPN", "CCONJ", "ADJ"]);

/**
 * The country a sector noun right after "its" takes when the pronoun's owner is the subject of the clause before
 * it, the state (or its seat, or a sector mention of a known country) named last in the sentence, and the noun is
 * itself the subject of the reported clause: "China said its coast guard had expelled ..." -> CHN, "Manila said on
 * Friday its personnel boarded ..." -> PHL. Null otherwise: "the company said its ships ..." (the last noun is no
 * actor), "NATO said its forces ..." (see ownerOrg), a noun that is an object ("told its citizens to",
 * "stormed its embassy in"), and nouns of an organisation, a pair or a group (`coref: igo | pair | same`). Weekday
 * and month names may stand between ("said on Friday its ..."). When the state named last is no such subject, the
 * sentence's subject state may own it (see subjectOwner: "Australia expelled Iran's ambassador after its
 * intelligence agency concluded ..." -> AUS).
 */
function ownerState(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): string | null {
  const toks = v.lat.tokens;
  const coref = head.entry.coref;
  if (head.entry.kind !== "sector" || coref === "igo" || coref === "pair" || coref === "same") return null;
  if (v.lat.lower(start - 1) !== "its") return null;
  if (recent.nearest === null || recent.lastEnd < 0) return null;
  // The noun is the subject of a verb of its own, not a participle ("its troops operating aircraft").
  let e = head.end;
  for (let n = 0; n < 4 && SUBJECT_RUN.has(v.lat.pos(e) ?? ""); n++) e++;
  while (v.lat.pos(e) === "ADV") e++;
  const verb = toks[e];
  if (!verb || !["VERB", "AUX"].includes(verb.pos) || /ing$/i.test(verb.text)) return null;
  const joined = joinedOwner(v, start, recent);
  if (joined !== null) return joined;
  return nearOwner(v, start, recent) ? recent.nearest : subjectOwner(v, start, recent);
}

/**
 * "Bangladesh's former government and its security forces had killed ...": "its" right after "and" and a sector noun
 * or state of a known country (no person, no demonym) is that mention's; null otherwise.
 */
function joinedOwner(v: SentenceView, start: number, recent: Recent): string | null {
  const toks = v.lat.tokens;
  if (recent.lastEnd !== start - 2 || toks[start - 2]?.lower !== "and") return null;
  const kind = recent.lastKind;
  return kind === "state" || kind === "sector" || kind === "metonym" ? recent.lastCountry : null;
}

/**
 * "The OPCW said its investigators had found ...", "the UN human rights office said its investigators ...": a sector
 * noun right after "its" whose owner is the organisation named last, the subject of the verb right after it with no
 * other noun up to "its", and that is itself a verb's subject, is the organisation's (its code); null otherwise.
 */
function ownerOrg(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): string | null {
  if (recent.lastKind !== "igo" || recent.lastCountry !== null || recent.igo === null) return null;
  if (recent.igo.startsWith(v.ctx.model.config.unknownCountry)) return null;
  const toks = v.lat.tokens;
  const coref = head.entry.coref;
  if (head.entry.kind !== "sector" || coref === "igo" || coref === "pair" || coref === "same") return null;
  if (toks[start - 1]?.lower !== "its" || recent.lastEnd < 0) return null;
  let e = head.end;
  for (let n = 0; n < 4 && SUBJECT_RUN.has(toks[e]?.pos ?? ""); n++) e++;
  while (toks[e]?.pos === "ADV") e++;
  const verb = toks[e];
  if (!verb || !["VERB", "AUX"].includes(verb.pos) || /ing$/i.test(verb.text)) return null;
  return ownerGap(v, start, recent) ? recent.igo : null;
}

/** Possessive pronouns of a person ("his country", "her nation"). */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);

/**
 * "Jordan's King Abdullah said after meeting Donald Trump that his country would take in ...", "Pashinyan told
 * reporters that his country would ...": the state noun (the `sector-state` entry: "country", "nation") after "his" or
 * "her" is the country of the person who opens the sentence as the subject of a verb of saying; null otherwise.
 */
function speakerCountry(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  recent: Recent,
): string | null {
  if (head.entry.id !== "sector-state" || !PERSON_POSSESSIVES.has(v.lat.lower(start - 1) ?? "")) return null;
  const first = (recent.para.at(-1)?.found ?? [])[0];
  if (first?.kind !== "person" || first.country === null || first.tokenEnd > start) return null;
  if (!(first.tokenStart === 0 || (first.tokenStart === 1 && v.lat.pos(0) === "DET"))) return null;
  let k = first.tokenEnd;
  while (v.lat.pos(k) === "ADV" || v.lat.pos(k) === "AUX") k++;
  return SAYER_LEMMAS.has(v.lat.lemma(k) ?? "") ? first.country : null;
}

/** Is the state named last the subject of the verb right after it, with no other noun up to "its" at `start`? */
function nearOwner(v: SentenceView, start: number, recent: Recent): boolean {
  const kind = recent.lastKind;
  if (kind !== "state" && kind !== "metonym" && !(kind === "sector" && recent.lastCountry === recent.nearest))
    return false;
  return ownerGap(v, start, recent);
}

/** Is the mention named last the subject of the verb right after it, with no other noun up to "its" at `start`? */
function ownerGap(v: SentenceView, start: number, recent: Recent): boolean {
  const toks = v.lat.tokens;
  // The owner is the subject of the verb right after it ("China said", "Iran also said").
  let k = recent.lastEnd;
  while (v.lat.pos(k) === "ADV") k++;
  if (!["VERB", "AUX"].includes(v.lat.pos(k) ?? "")) return false;
  for (; k < start - 1; k++) {
    const t = toks[k]!;
    if (OWNER_NOUNS.has(t.pos) && !v.is(WORDS.nameMayPrecede, k)) return false;
    if (!OWNER_GAP.has(t.pos) && !OWNER_NOUNS.has(t.pos)) return false;
  }
  return true;
}

// Mentions of another country that may stand between a sentence's subject state and "its" without owning it: a
// demonym ("the Chinese captain"), a place, or a sector noun that is no subject ("expelled Iran's ambassador").
const NOT_OWNERS: ReadonlySet<MentionKind> = new Set(["attributive", "place", "sector"]);
// Prepositions that open a clause of their own, whose subject may follow: "after its spy agency concluded".
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["after", "before", "since", "until", "as", "while"]);

/**
 * The sentence's subject, a state or its government opening the sentence, as the owner of "its" at `start` in a
 * later clause when no other state, organisation, group or person of another country is named before it, and no
 * sector noun of another country is a verb's subject: "Australia expelled Iran's ambassador after its spy agency
 * concluded ..." -> AUS, "Taiwan detained the Chinese captain ..., and its coast guard said" -> TWN. Null otherwise
 * ("Marcos accused China of aggression after its coast guard fired": a person's "its" is the state named after him).
 */
function subjectOwner(v: SentenceView, start: number, recent: Recent): string | null {
  const toks = v.lat.tokens;
  // "sanctions on its agricultural bank were lifted": a noun after a preposition is no clause's subject, unless the
  // preposition opens a clause ("after its spy agency concluded").
  const prep = toks[start - 2];
  if (prep?.pos === "ADP" && !CLAUSE_OPENERS.has(prep.lower)) return null;
  // "the company and its troops": a noun coordinated right before owns it.
  if (prep?.pos === "CCONJ" && OWNER_NOUNS.has(v.lat.pos(start - 3) ?? "")) return null;
  const found = recent.para.at(-1)?.found ?? [];
  const opener = prep !== undefined && CLAUSE_OPENERS.has(prep.lower);
  const first = clauseSubject(v, found, start, opener);
  if (!first || first.country === null || first.tokenEnd > start) return null;
  const government = first.kind === "sector" && first.code === `${first.country}GOV`;
  if (first.kind !== "state" && first.kind !== "metonym" && !government) return null;
  if (!["VERB", "AUX", "ADV"].includes(v.lat.pos(first.tokenEnd) ?? "")) return null;
  for (const m of found) {
    if (m.tokenStart <= first.tokenStart || m.tokenStart >= start || m.country === first.country) continue;
    if (opener && reportedSubject(v, m, start)) continue;
    if (!NOT_OWNERS.has(m.kind)) return null;
    if (m.kind === "sector" && ["VERB", "AUX"].includes(v.lat.pos(m.tokenEnd) ?? "")) return null;
  }
  return first.country;
}

/**
 * The subject of the clause "its" at `start` stands in: the sentence's first mention when it opens the sentence, or
 * after a clause opener ("after its air defences intercepted ...") the latest mention opening a clause joined by
 * ", and" ("Iran fired missiles at Qatar, and Qatar condemned the attack ... after its air defences ..." -> Qatar).
 */
function clauseSubject(
  v: SentenceView,
  found: readonly ActorMention[],
  start: number,
  opener: boolean,
): ActorMention | undefined {
  const first = found.find((m) => m.kind !== "place");
  const opensSentence = (m: ActorMention): boolean =>
    m.tokenStart === 0 || (m.tokenStart === 1 && v.lat.pos(0) === "DET");
  if (!opener) return first && opensSentence(first) ? first : undefined;
  let best = first && opensSentence(first) ? first : undefined;
  for (const m of found) {
    if (m.tokenStart >= start || m.kind === "place") continue;
    let k = m.tokenStart - 1;
    if (v.lat.pos(k) === "DET") k--;
    if (v.lat.lower(k) === "and" && v.lat.text(k - 1) === ",") best = m;
  }
  return best;
}

/**
 * "China demanded that the Philippines tow away the warship, hours after its coast guard fired ...": the subject of a
 * "that" clause closed by a comma before the clause opener owns no "its" after it; the governing clause's does.
 */
function reportedSubject(v: SentenceView, m: ActorMention, start: number): boolean {
  let k = m.tokenStart - 1;
  if (v.lat.pos(k) === "DET") k--;
  if (v.lat.lower(k) !== "that") return false;
  for (let j = m.tokenEnd; j < start; j++) if (v.lat.text(j)! === ",") return true;
  return false;
}

/**
 * "troops stormed Kamal Adwan hospital": a capitalised name the dictionary does not know right before a singular noun
 * (not the sentence's first word, nor a day or month) names an institution of its own, whose country the sentence does not
 * tell, so the noun does not float to the sentence's country.
 */
function namedInstitution(v: SentenceView, start: number, recent: Recent): boolean {
  const t = v.lat.tokens[start - 1];
  if (t === undefined || start - 1 === 0 || recent.lastEnd === start) return false;
  // A singular noun: "Alawite fighters", "Masalit civilians" are people of the sentence's country, not an institution.
  const noun = v.lat.tokens[start]!;
  if (noun.lemma.toLowerCase() !== noun.lower) return false;
  return t.pos === "PROPN" && /^[A-Z]/.test(t.text) && !v.is(WORDS.nameMayPrecede, start - 1);
}

/** A sector or title head with no country of its own: "of" + country, a pointing noun, or unknown country. */
function sectorHeadPhrase(
  v: SentenceView,
  start: number,
  head: Extract<Head, { type: "sector" }>,
  det: boolean,
  former: boolean,
  recent: Recent,
): Candidate | null {
  const cfg = v.ctx.model.config;
  const sector = former ? cfg.formerSector : head.sector;
  // "the paramilitary Rapid Support Forces", "the armed group Hezbollah": the noun only describes the group named next.
  const named = head.unknownName ? null : groupAfter(v, head.end, start);
  if (named) return named;
  // "accusing Western governments of ...", "Western officials said": a sector noun said of the West names no one
  // country (no wire-dev writer codes one): it neither points back nor floats to the sentence's country.
  const bloc = cfg.blocModifiers;
  if (bloc.has(v.lat.lower(start)!) || bloc.has(v.lat.lower(start - 1) ?? ""))
    return null;
  // "outside parliament", "resigned from parliament": a bare sector noun in a place slot is a place; not a crowd
  // ("fired live rounds at protesters who had stormed parliament").
  if (
    head.entry.coref !== "igo" &&
    !cfg.crowdNouns.has(headWord(v, head.end)) &&
    inPlaceSlot(v, WORDS.placeBeforeSector, start) &&
    !relativeSubject(v, start, head.end) &&
    !coordinatedSubject(v, start, head.end)
  )
    return null;
  if (head.entry.coref === "pair") return pairPhrase(v, start, head, recent);
  const asked = partiesPhrase(v, start, head, recent);
  if (asked !== null) return asked;
  // An organisation's noun never takes a country ("a group of Korean lawmakers"): its antecedent or nothing.
  if (head.entry.coref === "igo") {
    const code = det && !former ? orgAntecedent(recent, headWord(v, head.end)) : null;
    return code === null || apposition(v, start, recent)
      ? null
      : candidate(start, head.end, head.entry.id, null, code, "coref", undefined);
  }
  // "the agency", "the court": the nearest organisation, group or court of the paragraph called by the noun.
  const org =
    det && !former && recent.orgs.length > 0 && head.entry.coref !== "no"
      ? orgAntecedent(recent, headWord(v, head.end))
      : null;
  if (org !== null && !apposition(v, start, recent))
    return candidate(start, head.end, head.entry.id, null, org, "coref", undefined);
  // "its workers in Deir al-Balah" belong to the pronoun's referent, not to the place they are in.
  const located = head.entry.located && (det || v.lat.pos(start - 1) !== "PRON");
  // After a word of motion "from" says where a noun is taken from ("withdrew the 1,500 troops from Niger",
  // "evacuated diplomats from Sudan"); after a possessive pronoun the noun is its owner's ("its ambassador from
  // Tehran"); a subject, an object of another verb or a noun after a preposition is from there ("met a delegation
  // from Nigeria").
  let b = start - 1;
  // "withdraw its roughly 1,500 troops from Niger": an adverb inside the phrase too.
  while (b >= 0 && ["DET", "NUM", "ADJ", "ADV"].includes(v.lat.pos(b) ?? "")) b--;
  const before = v.lat.pos(b);
  const origin =
    head.entry.kind === "sector" &&
    !head.entry.placedOnly &&
    !(
      before !== undefined &&
      (before === "PRON" ||
        v.is(WORDS.motionWords, b) ||
        v.ctx.model.config.motionWords.has(v.lat.lemma(b)!.toLowerCase()))
    );
  // "people in southern Israel" stay where they are: only nouns that are actors alone skip describing words.
  // "judges at the International Criminal Court": a noun that may stand alone, a member of the institution named next.
  const staff = origin && head.entry.bare && !head.unknownName ? staffOf(v, head.end, head.sector) : null;
  const post: { ref: Ref; end: number; seat: boolean; code?: string } | null =
    staff ??
    (head.unknownName ? null : postposed(v, head.end, head.sector, located, origin, !head.entry.placedOnly));
  // "the people of Japan" stay a place: only "in" places a noun that a place alone makes an actor.
  if (post && (post.seat || !head.entry.placedOnly)) {
    const entry = v.ctx.entryId(post.ref.entry.id, head.entry.id);
    const code = post.code ?? combine(v, post.ref, sector);
    const seated = post.seat ? head.entry.id : undefined;
    return candidate(
      start,
      post.end,
      entry,
      post.ref.entry.pair,
      code,
      "sector",
      post.ref.note,
      undefined,
      seated,
      post.seat ? LOCUS.PLACED : LOCUS.NONE,
    );
  }
  if (roleSlot(v, start, head.end)) return null;
  // "Soldiers in Niger detained President Bazoum": the noun alone, its country checked once the sentence is read.
  const bare = head.entry.domestic && !det && !head.unknownName;
  const domestic = (code: string) =>
    candidate(
      start,
      head.end,
      head.entry.id,
      head.entry.pair,
      code,
      "sector",
      undefined,
      undefined,
      undefined,
      LOCUS.DOMESTIC,
    );
  const home = bare ? postposed(v, head.end, sector, true) : null;
  if (home?.seat) return domestic(combine(v, home.ref, sector));
  // "Army officers seized power in Gabon and placed President Ali Bongo under house arrest", "after soldiers seized
  // power in Libreville": the noun alone as its clause's subject, placed by that clause; kept, as above, only when the
  // sentence names another actor of that country and no other country.
  const prior = v.lat.pos(start - 1);
  const opens =
    prior === undefined ||
    ["SCONJ", "CCONJ", "PUNCT"].includes(prior) ||
    SUBJECT_OPENERS.has(v.lat.lower(start - 1)!);
  if (bare && opens && ["VERB", "AUX"].includes(v.lat.pos(head.end) ?? "")) {
    const where = clausePlace(v, head.end, IN_ONLY);
    if (where !== null) return domestic(v.ctx.code(where, sector));
  }
  // "Hamas … the militants", "the ELN … the rebels": the nearest actor of the noun's own sector, code and all; so
  // after "its" ("al-Shabab said its fighters carried out the attack", "Hezbollah will pull its fighters north").
  if (head.entry.coref === "same") {
    const its = v.lat.lower(start - 1) === "its";
    const ante = (det || its) && !former ? sameSector(recent, head.sector) : null;
    if (ante !== null)
      return candidate(start, head.end, head.entry.id, head.entry.pair, ante, "coref", undefined);
  }
  // "Thailand and Cambodia said their troops exchanged fire": "their" right after a coordinated run of states,
  // the latest actors named, makes any sector noun name each of them (as `coref: pair` after "their").
  const run = theirRun(v, start, head, recent);
  if (run) {
    const c = candidate(start, head.end, head.entry.id, null, run[0]!, "coref", undefined);
    return { ...c, also: run.slice(1) };
  }
  // "China said its coast guard expelled ...", "Iran said its navy had seized a tanker": a possessive pronoun
  // owned by the state just named (the sayer or subject before it) gives a sector noun that state's country.
  // "Jordan's King Abdullah said ... that his country would take in 2,000 sick children": "his"/"her" before a state
  // noun is the country of the person who opens the sentence and speaks.
  const owned = ownerState(v, start, head, recent) ?? speakerCountry(v, start, head, recent);
  // "The OPCW said its investigators had found ...": an organisation's noun takes the organisation's own code.
  const ownerCode = owned === null ? ownerOrg(v, start, head, recent) : null;
  if (ownerCode !== null)
    return candidate(start, head.end, head.entry.id, head.entry.pair, ownerCode, "coref", undefined);
  if (owned !== null)
    return candidate(
      start,
      head.end,
      head.entry.id,
      head.entry.pair,
      v.ctx.code(owned, sector),
      "coref",
      undefined,
    );
  // Titles and nouns that never stand alone point back only with "the": "the country", not "both nations".
  const isTitle = head.entry.kind === "title";
  const needsDet = isTitle || !head.entry.bare;
  const nearest = head.entry.coref === "nearest";
  // "the presidents of the two countries": the noun is said of the pair after "of", whose own mention names them.
  const ofPair =
    v.is(WORDS.ofWords, head.end) &&
    (v.is(WORDS.pairWords, head.end + 1) ||
      (v.is(WORDS.determiners, head.end + 1) && v.is(WORDS.pairWords, head.end + 2)));
  if (ofPair) return null;
  if ((head.entry.coref === "yes" || nearest) && (det || !needsDet) && !apposition(v, start, recent)) {
    // "…, accusing the government of poisoning ties": a verb's object is not its subject; it takes the latest
    // country named when that is another one ("The U.S. sanctioned Iran and urged the government to …" -> IRN).
    // "Argentina, Chile and Peru refused ..., and Caracas expelled their diplomats": "their" after another actor
    // points to the latest coordinated run, every member of it (as `coref: pair` after "their").
    if (!isTitle && v.lat.lower(start - 1) === "their" && recent.nearest !== null) {
      const run = pairMembers(v, recent, false, sector, true);
      if (run && !run.some((c) => c.startsWith(recent.nearest!))) {
        const c = candidate(start, head.end, head.entry.id, null, run[0]!, "coref", undefined);
        return { ...c, also: run.slice(1) };
      }
    }
    // "France … from Niger …, bowing to demands by the junta": a junta rules the country last named, place or not.
    // "Latvian forces shot down a Russian drone, the defence minister said": a title in a sayer after the clause it
    // reports speaks for that clause's subject, not for the country its act aimed at, named last.
    const speaker = isTitle && trailingSayer(v, start, head.end) ? subjectCountry(recent) : null;
    const back = nearest
      ? recent.placed
      : (speaker ??
        (isTitle || objectOf(v, start, head.end, recent) || subordinateSubject(v, start, recent)
          ? recent.nearest
          : recent.country));
    let ante = nearest
      ? (nearestHome(recent, head.entry.home, back) ?? homeAhead(v, head.end, head.entry.home))
      : (homeOf(v, head, back) ?? back);
    // "clashes between the army and the Rapid Support Forces", "the RSF and the army agreed to a truce": a pointing
    // noun coordinated with an armed group at war with a state is that state's, whatever country the sentence led with.
    const rival = isTitle ? null : rivalCountry(v, start, head.end, recent);
    if (rival !== null) ante = rival;
    // "after Maduro's government and the opposition signed a deal": a pointing noun owned by or coordinated right
    // after a domestic actor of a known country is that country's, not the sentence's first (the United States).
    else if (!isTitle) ante = partnerCountry(v, start, recent) ?? ante;
    // "the Nordic country", "Beijing accused the small nation": a state noun takes the nearest state its describing
    // words fit, and never the subject of the verb it is the object of (see describedState).
    if (!isTitle && ante !== null && cfg.stateNouns.has(headWord(v, head.end))) {
      const subject = verbSubject(v, start, head.end, recent) ? recent.lastCountry : null;
      // "drills around the island": a head word with states of its own (`fits-island`) narrows them as a describing
      // word does, and with none named that fits it points to none ("Denmark said the island was not for sale"
      // after Greenland); "the island nation" and "the island of Hainan" name their state otherwise.
      const word = headWord(v, head.end);
      const own = cfg.stateFits.has(word);
      const fit =
        own && (v.lat.pos(head.end) === "NOUN" || v.is(WORDS.ofWords, head.end))
          ? null
          : fittingState(v, det ? start + 1 : start, own ? head.end : head.end - 1, recent, subject);
      if (fit !== null) ante = fit;
      else if (own || ante === subject) ante = null;
    }
    // "drills around the island": a place, coded as its country alone.
    const place = !isTitle && cfg.stateFits.has(headWord(v, head.end));
    if (ante)
      return candidate(
        start,
        head.end,
        head.entry.id,
        head.entry.pair,
        v.ctx.code(ante, place ? "" : sector),
        "coref",
        undefined,
      );
  }
  // "Fighting went on in Khartoum, residents said, with the army and the RSF blaming each other": "the" + a
  // `located: domestic` noun that points back to no country yet is the sentence's own army, if it names one country.
  if (det && !former && head.entry.domestic && !head.unknownName && head.entry.coref !== "no")
    return candidate(
      start,
      head.end,
      head.entry.id,
      head.entry.pair,
      v.ctx.code(cfg.unknownCountry, sector),
      "sector",
      undefined,
      undefined,
      undefined,
      LOCUS.PENDING,
    );
  // "Thousands of students protested in Dhaka", "Police detained protesters across Cuba": a `located` noun with no
  // country of its own takes the one country its clause places it in with "in", "across", "throughout" or "through".
  // "opened fire on students protesting job quotas in Dhaka": a participle after an object opens a clause of its own.
  const reduced =
    /ing$/i.test(v.lat.text(head.end) ?? "") && ["ADP", "VERB"].includes(v.lat.pos(start - 1) ?? "");
  const where =
    located && !head.unknownName && !reduced ? (clausePlace(v, head.end) ?? frontedPlace(v, start)) : null;
  const { id, pair } = head.entry;
  if (where)
    return candidate(
      start,
      head.end,
      id,
      pair,
      v.ctx.code(where, sector),
      "sector",
      undefined,
      undefined,
      undefined,
      LOCUS.PLACED,
    );
  // Otherwise the sentence may still place it ("… in Mogadishu on Friday, police said"): decided once it is read.
  // Not a pointing noun ("authorities said the war … in Pretoria"): officials and courts speak of other countries.
  const floats =
    located &&
    head.entry.coref === "no" &&
    !head.entry.placedOnly &&
    !head.unknownName &&
    !reduced &&
    !namedInstitution(v, start, recent);
  if ((!head.entry.bare || head.entry.placedOnly) && !head.unknownName && !floats) return null;
  const note = head.unknownName ? "name not in the dictionary" : undefined;
  // "Attorney General Consuelo Porras": a role before a name the dictionary lacks may still take the sentence's country.
  const locus = head.unknownName
    ? LOCUS.NAMED
    : !floats
      ? LOCUS.NONE
      : head.entry.bare
        ? LOCUS.FLOATING
        : LOCUS.PENDING;
  return candidate(
    start,
    head.end,
    id,
    pair,
    v.ctx.code(cfg.unknownCountry, sector),
    "sector",
    note,
    undefined,
    undefined,
    locus,
  );
}

/** Parses a phrase with no leading country: person, title, or sector noun (maybe pointing back). */
function headPhrase(
  v: SentenceView,
  start: number,
  q: number,
  det: boolean,
  former: boolean,
  recent: Recent,
) {
  const head = headAt(v, q, 1, true);
  if (!head) return null;
  if (head.type === "sector") return sectorHeadPhrase(v, start, head, det, former, recent);
  if (head.via === "" && inPlaceSlot(v, WORDS.placeBeforeMetonym, q, 0, true)) return null;
  const c = personCandidate(v, former ? start : q, head);
  const country = countryOfCode(c.code, v.ctx.model);
  const noun = country ? headAt(v, head.end, 0, false) : null;
  if (noun?.type !== "sector" || noun.unknownName || noun.entry.coref === "igo") return c;
  // "the Trump administration": a person's country with the noun's sector.
  const entry = v.ctx.entryId(c.entry, noun.entry.id);
  return candidate(start, noun.end, entry, c.pair, v.ctx.code(country!, noun.sector), "sector", undefined);
}

/**
 * "Officials in Washington and Beijing": a seat, state or place of another country joined by a coordinator to the
 * seat of a `located` noun just named shares that noun (CHNGOV), where it would otherwise be a place coordinated
 * with one; one of the same country stays a place ("gangs in Michoacan and Guanajuato" are one actor).
 */
function sharedSeat(v: SentenceView, i: number, ref: Ref, recent: Recent): Candidate | null {
  const seated = recent.lastSeated;
  if (seated === null || recent.lastEnd !== i - 1 || !v.is(WORDS.coordinators, i - 1)) return null;
  if (!locatesIn(ref)) return null;
  // "officials in Washington and Beijing's allies": the name leads a phrase of its own.
  const next = v.lat.tokens[ref.end];
  if (v.is(WORDS.possessives, ref.end) || next?.pos === "NOUN" || next?.pos === "PROPN") return null;
  const country = countryOfCode(ref.code, v.ctx.model) ?? ref.code;
  if (seated.code.startsWith(country)) return null;
  const entry = `${ref.entry.id}+${seated.entry}`;
  const code = `${country}${seated.code.slice(3)}`;
  return candidate(i, ref.end, entry, ref.entry.pair, code, "sector", undefined, undefined, seated.entry);
}

// Words that may describe an organisation before its pointing noun ("the West African bloc", "the 27-nation bloc",
// "the Hague-based court", "the Western military alliance").
const ORG_MODIFIERS = new Set(["ADJ", "PROPN", "NUM", "NOUN"]);

/**
 * "the West African bloc", "the 27-nation bloc": a pointing noun of an organisation after up to three describing
 * words (no names of actors among them; `free`: the end of a place name such as "West African", accepted as it is)
 * points back like the bare noun; anything else is no phrase here.
 */
function describedOrg(v: SentenceView, i: number, p: number, recent: Recent, free = p): Candidate | null {
  // With no organisation or group named before in the paragraph there is nothing to point back to (the common case).
  if (recent.orgs.length === 0) return null;
  for (let k = p + 1; k <= Math.max(p, free) + 3 && k < v.n; k++) {
    const pos = v.lat.pos(k - 1)!;
    const ok =
      ORG_MODIFIERS.has(pos) || v.lat.text(k - 1) === "-" || (pos === "VERB" && v.lat.text(k - 2) === "-");
    // Words of a place with no country ("West African") describe; a name of an actor does not.
    if (k - 1 >= free && (!ok || v.hasName(k - 1, HIT_REF))) return null;
    // "the 27-nation bloc": a noun among the describing words ("nation") is passed over.
    const head = v.lat.starts(k) ? headAt(v, k, 0, true) : null;
    if (head?.type !== "sector" || head.entry.coref !== "igo") continue;
    // "the militant group al-Shabab": the group named next.
    const named = groupAfter(v, head.end, i);
    if (named) return named;
    const code = orgAntecedent(recent, headWord(v, head.end));
    return code === null || apposition(v, i, recent)
      ? null
      : candidate(i, head.end, head.entry.id, null, code, "coref", undefined);
  }
  return null;
}

/**
 * "the Pacific nation", "the island nation", "the West African country": a pointing noun of a state (`state-nouns`)
 * after up to two describing words that name no actor (or the end of a place name with no country, `free`) points
 * back to the latest country named in the paragraph, as a title does; null otherwise.
 */
function describedState(v: SentenceView, i: number, p: number, recent: Recent, free = p): Candidate | null {
  const nouns = v.ctx.model.config.stateNouns;
  if (recent.nearest === null || nouns.size === 0) return null;
  for (let k = p + 1; k <= Math.max(p, free) + 2 && k < v.n; k++) {
    if (k - 1 >= free && (!ORG_MODIFIERS.has(v.lat.pos(k - 1)!) || v.hasName(k - 1, HIT_REF))) return null;
    const head = v.lat.starts(k) ? headAt(v, k, 0, true) : null;
    if (head?.type !== "sector" || !nouns.has(headWord(v, head.end))) continue;
    // "the island nation's coast guard": the noun only modifies another.
    if (v.lat.pos(head.end) === "NOUN" || apposition(v, i, recent)) return null;
    // "the Caribbean island of St Vincent" names its place; "the Pacific island" fits the states of both words.
    const own = v.ctx.model.config.stateFits.has(headWord(v, head.end));
    if (own && v.is(WORDS.ofWords, head.end)) return null;
    // "Russia defended the Central American country": a verb's subject is not its object; the nearest other country.
    const subject = verbSubject(v, i, head.end, recent) ? recent.lastCountry : null;
    const ante = fittingState(v, p, own ? head.end : k, recent, subject) ?? (own ? null : recent.nearest);
    if (ante === null || ante === subject) return null;
    const code = v.ctx.code(ante, own ? "" : head.sector);
    return candidate(i, head.end, head.entry.id, null, code, "coref", undefined);
  }
  return null;
}

/**
 * The nearest country named so far in the paragraph (a place's included) that every describing word in tokens
 * [from, to) fits (`fits-*` config: "the island nation", "the Pacific island nation", "the Nordic country"), or null
 * when no word has such states or no country named fits them: "Palau's president said a Chinese vessel entered the
 * island nation's waters" -> PLW, not the latest country (CHN); "Australia and Nauru signed a treaty under which
 * Canberra will pay the island nation" -> NRU.
 */
function fittingState(
  v: SentenceView,
  from: number,
  to: number,
  recent: Recent,
  not: string | null,
): string | null {
  const fits = v.ctx.model.config.stateFits;
  let sets: ReadonlySet<string>[] | null = null;
  for (let k = from; k < to && fits.size > 0; k++) {
    const set = fits.get(v.lat.lower(k) ?? "");
    if (set === undefined) continue;
    if (sets === null) sets = [];
    sets.push(set);
  }
  // No describing word fits: only a verb's subject is passed over, for the nearest other country.
  if (sets === null && not === null) return null;
  for (let s = recent.para.length - 1; s >= 0; s--) {
    const found = recent.para[s]!.found;
    for (let x = found.length - 1; x >= 0; x--) {
      const c = found[x]!.country;
      if (c !== null && c !== not && (sets === null || sets.every((set) => set.has(c)))) return c;
    }
  }
  return null;
}

/**
 * Is the phrase at `start` (its noun ending at `end`) the object of a verb right before it whose subject is the last
 * mention, with only auxiliaries, adverbs or particles between ("Russia defended the …", "Moscow has accused the
 * …")? Not when the phrase is the subject of a clause the verb opens ("Russia said the country would …", "said the
 * country's forces had …").
 */
function verbSubject(v: SentenceView, start: number, end: number, recent: Recent): boolean {
  const tokens = v.lat.tokens;
  if (recent.lastEnd < 0 || recent.lastCountry === null || v.lat.pos(start - 1) !== "VERB") return false;
  const verb = tokens[start - 1]!;
  // "Slovenia became the latest European country", "Ghani fled the country", "the first woman to lead the
  // country": a predicate, a way out of one's own country, or its rule.
  if (
    v.is(WORDS.roleBefore, start - 1) ||
    v.is(WORDS.motionWords, start - 1) ||
    OWN_COUNTRY_VERBS.has(verb.lemma)
  )
    return false;
  if (v.ctx.model.config.motionWords.has(verb.lemma.toLowerCase())) return false;
  for (let k = recent.lastEnd; k < start - 1; k++) {
    const t = tokens[k]!;
    // "Peru to leave": an infinitive's subject is not the mention before it.
    if (t.pos !== "AUX" && t.pos !== "ADV" && !(t.pos === "PART" && NEGATIONS.has(t.lower))) return false;
  }
  let k = end;
  if (v.is(WORDS.possessives, k)) for (k++; k < end + 4 && OWNED_RUN.has(v.lat.pos(k) ?? ""); k++);
  while (v.lat.pos(k) === "ADV") k++;
  const next = v.lat.pos(k);
  return next !== "VERB" && next !== "AUX";
}

// Verbs whose object is most often their subject's own country ("fled the country", "rule the country").
const OWN_COUNTRY_VERBS: ReadonlySet<string> = new Set([
  "leave",
  "flee",
  "lead",
  "rule",
  "govern",
  "run",
  "serve",
  "become",
  "remain",
]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never"]);

// Words of a noun phrase after a possessive ("the country's [top] military [leaders]").
const OWNED_RUN: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/** Parses the longest actor phrase starting at token i; a number skips to there (a name that is no actor here). */
export function parseAt(v: SentenceView, i: number, recent: Recent): Candidate | number | null {
  const c = parseAtInner(v, i, recent);
  // "Trump supporters", "Imran Khan's supporters": a person's backers are the people of the person's country.
  if (c !== null && typeof c !== "number" && c.kind === "person") {
    const poss = v.is(WORDS.possessives, c.end) ? 1 : 0;
    if (v.is(WORDS.followerWords, c.end + poss)) return followers(v, i, c.end + poss + 1, c) ?? c;
  }
  return c;
}

/** Kinds of actor whose backers ("supporters of X") are the people of X's country. */
const FOLLOWED_KIND: ReadonlySet<string> = new Set(["person", "sector", "group", "coref"]);

/** A person's backers over [start, end): the person's country + the follower sector, or null with no country. */
function followers(v: SentenceView, start: number, end: number, person: Candidate): Candidate | null {
  const cfg = v.ctx.model.config;
  const country = cfg.followerSector === "" ? null : countryOfCode(person.code, v.ctx.model);
  if (country === null) return null;
  const code = `${country}${cfg.followerSector}`;
  return candidate(start, end, `${person.entry}+followers`, null, code, "sector", person.note, person.person);
}


function parseAtInner(v: SentenceView, i: number, recent: Recent): Candidate | number | null {
  let p = i;
  const det = v.is(WORDS.determiners, p);
  if (det) p++;
  const former = v.is(WORDS.formerWords, p);
  if (former) p++;
  // "supporters of former Brazilian President Jair Bolsonaro": the backers of a person named after "of"; likewise of
  // a force, party or group of one country ("supporters of Niger's junta", "of Georgia's opposition", "of Imran
  // Khan's party"), who are that country's people, not the junta or party itself.
  if (!former && v.is(WORDS.followerWords, p) && v.is(WORDS.ofWords, p + 1)) {
    // "supporters of jailed former prime minister Imran Khan": a participle before the person describes them.
    const pos = v.lat.pos(p + 2);
    const described = (pos === "ADJ" || pos === "VERB") && v.lat.lower(p + 2)!.endsWith("ed");
    const c = parseAtInner(v, described ? p + 3 : p + 2, recent);
    if (c !== null && typeof c !== "number" && FOLLOWED_KIND.has(c.kind))
      return followers(v, i, c.end, c) ?? c;
  }
  // Fast path: after "the" and "former", an alias starts here or after one adjective ("[senior] officials").
  const lat = v.lat;
  if (!lat.starts(p) && !(lat.starts(p + 1) && lat.pos(p) === "ADJ"))
    return det && !former ? (describedOrg(v, i, p, recent) ?? describedState(v, i, p, recent)) : null;
  const ref = refAt(v, p);
  // "the West African bloc": a place name with no country only describes the organisation's noun after it.
  if (det && !former && ref?.entry.kind === "place" && ref.entry.code === null) {
    const org = describedOrg(v, i, p, recent, ref.end) ?? describedState(v, i, p, recent, ref.end);
    if (org) return org;
  }
  const shared = ref && !det && !former ? sharedSeat(v, i, ref, recent) : null;
  if (shared) return shared;
  // A person's name may be longer than a name it begins with ("Georgia Meloni"): then it wins.
  const person = ref && v.hasName(p, HIT_PERSON) ? v.personAt(p, undefined, true, "") : null;
  if (ref && !(person && person.end > ref.end)) {
    const r = refPhrase(v, i, ref, det, former);
    // "did not attend the ASEAN summit after the bloc barred it": an organisation named only as a modifier is no
    // actor, but a pointing noun after it may still mean it.
    if (typeof r === "number" && ref.entry.kind === "igo" && ref.code !== "" && ref.entry.called.length > 0)
      recent.orgs.push({ code: ref.code, called: ref.entry.called });
    return r;
  }
  const c = headPhrase(v, i, p, det, former, recent);
  // "the militant group", "the paramilitary group": sector words only describe the group pointed back to.
  return c === null && det && !former
    ? (describedOrg(v, i, p, recent) ?? describedState(v, i, p, recent))
    : c;
}
