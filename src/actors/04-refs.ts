import type { MentionKind, Token } from "../core/index.js";
import { type ActorEntry, HIT_REF, hitCat, hitEntry, hitRole, WORDS } from "../dict/actors/index.js";
import type { Lattice } from "./01-scan.js";
import { chooseByCues, countryOfCode, entryCode } from "./02-context.js";
import { headAt, type SentenceView } from "./03-heads.js";

/** A mention before offsets are attached: a token span with its code. All are built by `candidate` (one shape). */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly kind: MentionKind;
  readonly entry: string;
  /** The other countries when the first entry of `entry` is a pair ("the two Koreas": [PRK]), else null. */
  readonly pair: readonly string[] | null;
  /** Why the code is not certain; undefined or "": no note. */
  readonly note: string | undefined;
  /** Person entry index, remembered so a later bare surname can refer back. */
  readonly person: number | undefined;
  /** The id of a `located` noun placed by a seat ("officials in Washington"), shared by a coordinated seat. */
  readonly seated: string | undefined;
  /** How a place bears on the candidate's country: see LOCUS. */
  readonly locus: number;
  /** More actors over the same span, full codes ("both sides" -> [UKRGOV] after RUSGOV), else null. */
  readonly also: readonly string[] | null;
}

/**
 * Candidate.locus: NONE; PLACED, a `located` noun that took its country from a place ("police in Mozambique",
 * "students protested in Dhaka"); FLOATING, a `located` noun with no country yet, which takes the sentence's one
 * placed country if it has one (see index.ts); PENDING, the same for a noun that never stands alone ("protesters"):
 * dropped when no country comes; DOMESTIC, a `located: domestic` noun given a country by "in", kept only when the
 * sentence names an actor of that country besides and no other country; NAMED, a title before a name not in the
 * dictionary ("Attorney General Consuelo Porras"), which takes the sentence's one country as FLOATING does.
 */
export const LOCUS = Object.freeze({ NONE: 0, PLACED: 1, FLOATING: 2, PENDING: 3, DOMESTIC: 4, NAMED: 5 });

/**
 * A country, organisation, seat or group named at the start of a phrase, with the code chosen for it (and why it is
 * not certain: `note`). Flat, not an entry plus a Choice: one object per reference read instead of two.
 */
export interface Ref {
  readonly start: number;
  readonly end: number;
  readonly role: string;
  readonly entry: ActorEntry;
  readonly code: string;
  readonly note: string | undefined;
}

const ROLE_ORDER = ["name", "people", "adj", "combining"];

/** The distinct entries of match m's reference hits, in hit order. */
function refEntries(lat: Lattice, m: number): number[] {
  const ids: number[] = [];
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitCat(lat.trie, h) !== HIT_REF) continue;
    const e = hitEntry(lat.trie, h);
    if (!ids.includes(e)) ids.push(e);
  }
  return ids;
}

/** The one entry all of match m's reference hits name ("American": adjective and people), or -1. */
function singleRefEntry(lat: Lattice, m: number): number {
  let only = -1;
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitCat(lat.trie, h) !== HIT_REF) continue;
    const e = hitEntry(lat.trie, h);
    if (only >= 0 && e !== only) return -1;
    only = e;
  }
  return only;
}

/**
 * The entry of match m's first reference hit when every entry the hits name has the same code, fixed in the
 * dictionary ("Germany" in countries.txt and in states.txt), and none is a place; else -1. Cues are not needed then.
 */
function agreedEntry(v: SentenceView, m: number): number {
  const lat = v.lat;
  let first = -1;
  let code: string | null = null;
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitCat(lat.trie, h) !== HIT_REF) continue;
    const i = hitEntry(lat.trie, h);
    const e = v.entry(i);
    if (e.kind === "place" || e.roles.length > 0) return -1;
    if (first < 0) {
      first = i;
      code = e.code ?? "";
    } else if ((e.code ?? "") !== code) return -1;
  }
  return first;
}

/** The role an entry's reference hits in match m give it: a name before people before an adjective. */
function bestRole(lat: Lattice, m: number, entry: number): string {
  let best = "";
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitCat(lat.trie, h) !== HIT_REF || hitEntry(lat.trie, h) !== entry) continue;
    const role = hitRole(lat.trie, h);
    if (best === "" || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(best)) best = role;
  }
  return best;
}

/** Entries a match names; a place drops out when an actor of its own country shares the name ("Kyiv" the seat). */
function namedEntries(v: SentenceView, m: number): number[] {
  const ids = refEntries(v.lat, m);
  if (!ids.some((i) => v.entry(i).kind === "place")) return ids;
  const model = v.ctx.model;
  const countries = new Set<string>();
  for (const i of ids) {
    const c = v.entry(i).kind === "place" ? null : countryOfCode(entryCode(v.ctx, i), model);
    if (c !== null) countries.add(c);
  }
  return ids.filter((i) => {
    const e = v.entry(i);
    return e.kind !== "place" || e.code === null || !countries.has(e.code);
  });
}

/** The alias key of tokens [start, end): their keys joined by spaces. */
function spanKey(v: SentenceView, start: number, end: number): string {
  let key = v.lat.keyAt(start);
  for (let k = start + 1; k < end; k++) key += ` ${v.lat.keyAt(k)}`;
  return key;
}

/** The longest reference to a state, IGO, seat of power, group or place at j (cues pick among shared names). */
export function refAt(v: SentenceView, j: number): Ref | null {
  const lat = v.lat;
  for (let m = lat.namesStart(j); m < lat.namesEnd(j); m++) {
    if ((lat.catsOf(m) & HIT_REF) === 0) continue;
    const end = lat.end(m);
    const node = lat.node(m);
    const fixed = node < 0 ? undefined : v.ctx.fixedRefs.get(node);
    if (fixed)
      return { start: j, end, role: fixed.role, entry: fixed.entry, code: fixed.code, note: undefined };
    // Most names stand for one entry, or for entries that agree on their code: no cues to weigh.
    const single = singleRefEntry(lat, m);
    const only = single >= 0 ? single : agreedEntry(v, m);
    if (only >= 0) {
      const e = v.entry(only);
      const role = bestRole(lat, m, only);
      const code = entryCode(v.ctx, only);
      if (fixed === undefined && node >= 0) {
        const fixedCode = e.kind !== "person" && e.roles.length === 0;
        v.ctx.fixedRefs.set(node, fixedCode ? { entry: e, role, code } : null);
      }
      return { start: j, end, role, entry: e, code, note: undefined };
    }
    if (node >= 0 && fixed === undefined) v.ctx.fixedRefs.set(node, null);
    const ids = namedEntries(v, m);
    // An unnamed arrow: under tsx a named closure made per call also costs a defineProperty (keepNames).
    const choice = chooseByCues(
      v.ctx,
      ids,
      () => spanKey(v, j, end),
      (i) => entryCode(v.ctx, i),
    );
    if (!choice) continue;
    const sovereign = choice.note !== undefined && choice.code === "" ? sovereignChoice(v, ids, end) : null;
    if (sovereign !== null)
      return {
        start: j,
        end,
        role: bestRole(lat, m, sovereign),
        entry: v.entry(sovereign),
        code: entryCode(v.ctx, sovereign),
        note: undefined,
      };
    // An unresolved shared name stays an actor mention (with its note), never silently a place.
    const pick =
      choice.note !== undefined && choice.code === ""
        ? (ids.find((i) => v.entry(i).kind !== "place") ?? choice.entry)
        : choice.entry;
    return {
      start: j,
      end,
      role: bestRole(lat, m, pick),
      entry: v.entry(pick),
      code: choice.code,
      note: choice.note,
    };
  }
  return null;
}

/**
 * The state among entries sharing a name when a possessive and a word only a sovereign state has follow it
 * ("Georgia's ruling party", "Georgia's prime minister"; not "Georgia's governor"), if the states agree on a code.
 */
function sovereignChoice(v: SentenceView, ids: readonly number[], end: number): number | null {
  if (
    !v.is(WORDS.possessives, end) ||
    !(v.is(WORDS.sovereignWords, end + 1) || v.is(WORDS.sovereignWords, end + 2))
  )
    return null;
  const states = ids.filter((i) => v.entry(i).kind === "state");
  const first = states[0];
  if (first === undefined) return null;
  const code = entryCode(v.ctx, first);
  return states.every((i) => entryCode(v.ctx, i) === code) ? first : null;
}

/** A candidate, always with the same fields in the same order (one hidden class for the callers' reads). */
export function candidate(
  start: number,
  end: number,
  entry: string,
  pair: readonly string[] | null,
  code: string,
  kind: MentionKind,
  note: string | undefined,
  person?: number,
  seated?: string,
  locus: number = LOCUS.NONE,
): Candidate {
  return { start, end, code, kind, entry, pair, note, person, seated, locus, also: null };
}

/** Code of a reference combined with a sector: JPN + MIL; organisations and groups keep their own code. */
export function combine(v: SentenceView, ref: Ref, sector: string): string {
  const cfg = v.ctx.model.config;
  if (ref.code === "") return v.ctx.code(cfg.unknownCountry, sector);
  if (ref.entry.kind === "state") return v.ctx.code(ref.code, sector);
  if (ref.entry.kind === "igo" || ref.entry.kind === "group") return ref.code;
  const country = countryOfCode(ref.code, v.ctx.model);
  return country ? v.ctx.code(country, sector) : ref.code;
}

const SKIPPED_BEFORE = new Set(["ADJ", "DET", "NUM"]);
// Parts of speech before "from"/"to" that make the phrase after it a place, as a motion word does.
const NAME_LIKE = new Set(["PROPN", "PRON", "ADV"]);

/**
 * Is the phrase starting at `at` in a place slot: after a place word ("in", "at"; "in southern Lebanon", "at a
 * base"), after "from"/"to" that follow a word of motion or a name ("flew to Tokyo", "welcomed Putin to Beijing"
 * but "pressure from Beijing"), or coordinated with a name in such a slot ("fled to Georgia and Kazakhstan")?
 * An event joiner after an event noun is no place word: "talks between Washington and Beijing"; nor, with `person`,
 * after anything ("a summit in Hanoi between Trump and Kim").
 */
export function inPlaceSlot(v: SentenceView, list: number, at: number, depth = 0, person = false): boolean {
  const cfg = v.ctx.model.config;
  const lat = v.lat;
  let j = at - 1;
  while (j > 0 && SKIPPED_BEFORE.has(lat.pos(j) ?? "")) j--;
  // "talks between Washington and Beijing", "the foreign ministers of Japan": after an event noun these are actors.
  // A person is never a place: "the summit in Hanoi between Trump and Kim" names two actors whatever precedes.
  if (v.is(list, j)) return !(v.is(WORDS.eventJoiners, j) && (person || v.is(WORDS.eventNouns, j - 1)));
  // "Haiti's capital, Port-au-Prince": a capital's place noun ("capital") before the comma of an apposition (not
  // "After the visit, China said": a state's place words are said of what follows them directly).
  const appositive = list === WORDS.placeBeforeMetonym && lat.text(j) === ",";
  if (appositive && lat.pos(j - 1) === "NOUN" && v.is(list, j - 1)) return true;
  if (v.is(WORDS.placeAfterVerb, j)) {
    const before = lat.lemma(j - 1);
    if (before === undefined) return false;
    const lemma = before.toLowerCase();
    return v.is(WORDS.motionWords, j - 1) || cfg.motionWords.has(lemma) || NAME_LIKE.has(lat.pos(j - 1)!);
  }
  if (depth === 0 && v.is(WORDS.coordinators, j)) {
    let k = j - 1;
    // "between the Democratic Republic of (the) Congo and Rwanda": an "of" (and article) between two capitalised
    // words is inside the name, not the "of" of a place ("the people of Japan and China").
    const of = (x: number) => lat.lower(x) === "of";
    const propn = (x: number) => lat.pos(x) === "PROPN";
    const inName = (x: number) =>
      propn(x) ||
      (lat.pos(x) === "DET" && of(x - 1) && propn(x + 1)) ||
      (of(x) && propn(x - 1) && (propn(x + 1) || (lat.pos(x + 1) === "DET" && propn(x + 2))));
    while (k > 0 && inName(k)) k--;
    return k < j - 1 && inPlaceSlot(v, list, k + 1, 1, person);
  }
  return false;
}

/**
 * Does a name at [start, end) sit inside a longer unknown name or modify an event noun ("the G7 summit")? The
 * second name of a hyphenated pair names a party ("U.S.-China talks", "the Israel-Hamas truce").
 */
function notAlone(v: SentenceView, start: number, end: number): boolean {
  if (v.isLooseName(start - 1) || v.isLooseName(end)) return true;
  return v.is(WORDS.modifierOf, end) && !afterHyphenName(v, start);
}

/**
 * "Moscow-Kyiv talks", "the Tokyo-Seoul summit": two actor names joined by a hyphen before an event noun, where a
 * capital would otherwise be a modifier. True for either name of such a pair.
 */
function hyphenPairOfEvent(v: SentenceView, start: number, end: number): boolean {
  if (v.lat.text(end) === "-") {
    const next = refAt(v, end + 1);
    return next !== null && next.entry.kind !== "place" && eventAt(v, next.end);
  }
  return afterHyphenName(v, start) && eventAt(v, end);
}

/**
 * Is token k an event noun or a word a name modifies? (Not a closure in hyphenPairOfEvent: under tsx a named closure
 * made per call also costs a defineProperty.)
 */
function eventAt(v: SentenceView, k: number): boolean {
  return v.is(WORDS.eventNouns, k) || v.is(WORDS.modifierOf, k);
}

/** Is the phrase at `start` the second of two names joined by a hyphen ("U.S.-China")? */
function afterHyphenName(v: SentenceView, start: number): boolean {
  return v.lat.text(start - 1) === "-" && v.lat.pos(start - 2) === "PROPN";
}

/**
 * End of the last demonym in a chain after `ref` sharing one noun ("Russian-Belarusian", "Sino-Russian", "American,
 * Japanese and Philippine"), or -1 when no demonym follows. A comma counts only in a list closed by a coordinator.
 */
function chainEnd(v: SentenceView, ref: Ref): number {
  let end = ref.end;
  let comma = false;
  let closed = false;
  for (;;) {
    const text = v.lat.text(end);
    const and = v.is(WORDS.coordinators, end);
    if (!and && text !== "-" && text !== ",") break;
    const other = refAt(v, end + 1);
    if (other?.entry.kind !== "state" || other.role !== "adj") break;
    if (text === ",") comma = true;
    closed ||= and;
    end = other.end;
  }
  return end === ref.end || (comma && !closed) ? -1 : end;
}

/** Is the reference a state's demonym or combining form? */
function isDemonym(r: Ref | null): boolean {
  return r?.entry.kind === "state" && (r.role === "adj" || r.role === "combining");
}

/** Is a demonym state reference at [start, end) either of a hyphen pair of demonyms ("Sino-Russian")? */
function inHyphenPair(v: SentenceView, start: number, end: number): boolean {
  if (v.lat.text(end) === "-") {
    const next = refAt(v, end + 1);
    if (next?.role === "adj" && isDemonym(next)) return true;
  }
  if (v.lat.text(start - 1) !== "-") return false;
  const before = refAt(v, start - 2);
  return before?.end === start - 1 && isDemonym(before);
}

/** Does a combining form ("Sino") stand before a hyphen and a demonym, the only place it names its state? */
export function combines(v: SentenceView, ref: Ref): boolean {
  return v.lat.text(ref.end) === "-" && chainEnd(v, ref) >= 0;
}

/**
 * "Ukrainian and American delegations", "Polish and allied jets", "Polish and NATO jets": a demonym coordinated over a
 * sector head.
 */
function sharedHead(v: SentenceView, ref: Ref): string | null {
  const last = chainEnd(v, ref);
  if (last >= 0) {
    const head = headAt(v, last, 2, false);
    return head?.type === "sector" && head.sector ? head.sector : null;
  }
  if (!v.is(WORDS.coordinators, ref.end)) return null;
  // "two Chinese and two Russian bombers": a number may stand before the second demonym.
  const at = v.lat.pos(ref.end + 1) === "NUM" ? ref.end + 2 : ref.end + 1;
  const other = refAt(v, at);
  // "Polish and NATO jets", "Serbian and Kosovo negotiators": an organisation's or a state's name may share the
  // head as a demonym does.
  const named = other?.entry.kind === "igo" || (other?.entry.kind === "state" && other.role === "name");
  if (other && other.role !== "adj" && !named) return null;
  // "Polish and allied jets": a plain adjective or participle (tagged either way) may share the head too.
  const pos = v.lat.pos(at);
  if (!other && pos !== "ADJ" && pos !== "VERB") return null;
  const h = headAt(v, other ? other.end : at + 1, 2, false);
  return h?.type === "sector" && h.sector ? h.sector : null;
}

/** A state reference coded with a sector (or unknown country when the name was left unresolved). */
function stateCandidate(v: SentenceView, start: number, ref: Ref, sector: string): Candidate {
  const cfg = v.ctx.model.config;
  const code =
    ref.code === "" ? v.ctx.code(cfg.unknownCountry, cfg.stateSector) : v.ctx.code(ref.code, sector);
  return candidate(start, ref.end, ref.entry.id, ref.entry.pair, code, "state", ref.note);
}

/**
 * "take control of Greenland", "offered to buy Greenland": a dependent territory's bare name is its sovereign's land
 * (`sovereign:` on its state entry); its government, people and demonym phrases never come here.
 */
function sovereignRef(v: SentenceView, ref: Ref): Ref {
  const sovereign = v.ctx.model.sovereigns.get(ref.code);
  return sovereign === undefined ? ref : { ...ref, code: sovereign };
}

/** Is a word written in capitals: two characters or more, a capital letter, and no lower-case one ("SEOUL")? */
function inCapitals(t: string): boolean {
  if (t.length < 2) return false;
  let upper = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128) return t === t.toUpperCase() && t !== t.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** "SEOUL, October 15 —": a capital written in capitals (its alias is not an acronym) is a dateline. */
function dateline(v: SentenceView, ref: Ref): boolean {
  if (ref.start !== 0 || v.lat.text(ref.end) !== ",") return false;
  for (let k = ref.start; k < ref.end; k++) if (!inCapitals(v.lat.text(k) ?? "")) return false;
  return true;
}

/**
 * "Russian shelling killed …", "Israeli shelling of the camp": a word in -ing tagged as a verb after a demonym is a
 * noun when a verb or a preposition follows it.
 */
function gerundSubject(lat: SentenceView["lat"], k: number): boolean {
  if (lat.pos(k) !== "VERB" || !lat.lower(k)!.endsWith("ing")) return false;
  const next = lat.pos(k + 1) ?? "";
  return next === "VERB" || next === "AUX" || next === "ADP";
}

/**
 * "tariffs on Japanese cars", "a ban on Chinese electric drones": a demonym before a noun that is no actor
 * (no sector head was found) names the country an act is aimed at: the bare country code, kind `attributive`.
 */
function attributive(v: SentenceView, ref: Ref): Candidate | null {
  if (ref.code === "") return null;
  const lat = v.lat;
  // "Russian-Belarusian drills", "Japanese and Korean cars": every demonym of a chain modifies the noun.
  const last = chainEnd(v, ref);
  let k = last >= 0 ? last : ref.end;
  // "a British-flagged tanker", "Chinese-owned firms": a hyphenated participle or adjective goes with the demonym.
  if (lat.text(k) === "-" && (lat.pos(k + 1) === "VERB" || lat.pos(k + 1) === "ADJ")) k += 2;
  // Up to two modifiers before the noun: "Japanese [electric] cars", "Russian [crude] oil".
  while (k < ref.end + 2 && (lat.pos(k) === "ADJ" || lat.pos(k) === "NOUN") && lat.pos(k + 1) === "NOUN") k++;
  if (lat.pos(k) !== "NOUN" && !gerundSubject(lat, k)) return null;
  return candidate(ref.start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "attributive", undefined);
}

/**
 * "visited Beijing", "a trip to Tokyo", "drills around Taiwan": a country or seat of power in a place slot is no
 * actor, but it names the country an act is aimed at: the bare country code, kind `place` (a target only).
 */
function place(v: SentenceView, ref: Ref): Candidate | null {
  if (ref.code === "") return null;
  const country = ref.entry.kind === "state" ? ref.code : countryOfCode(ref.code, v.ctx.model);
  return country
    ? candidate(ref.start, ref.end, ref.entry.id, ref.entry.pair, country, "place", undefined)
    : null;
}

// Tags that start an object, not a compound: what follows a verb mis-tagged as a noun after a capital.
const VERB_OBJECT_POS = new Set(["DET", "PRON", "ADJ", "NUM"]);
// "Vienna was the right place to revive the deal", "Doha is the venue": a capital said to be a place is one.
const VENUE_NOUNS: ReadonlySet<string> = new Set([
  "place",
  "venue",
  "venues",
  "location",
  "site",
  "host",
  "city",
]);

/** Is a capital the subject of "be" whose predicate noun is a place ("Vienna was the right place")? */
function venueSubject(v: SentenceView, end: number): boolean {
  const lat = v.lat;
  // The predicate first, by form numbers: the verb's lemma may be a token's own string, cold in memory.
  let venue = false;
  for (let k = end + 1; k < end + 5 && k < lat.n; k++) {
    const pos = lat.pos(k);
    if (pos === "NOUN") {
      venue = VENUE_NOUNS.has(lat.lower(k)!);
      break;
    }
    if (pos !== "DET" && pos !== "ADJ" && pos !== "ADV") return false;
  }
  return venue && lat.lemma(end) === "be";
}

/**
 * "shelled Kherson", "an air strike on Bucha": a place entry with a `code:` is a place mention wherever it stands
 * (bare country code, a target only), unless it is part of a longer unknown name or a dateline.
 */
export function placeName(v: SentenceView, ref: Ref): Candidate | null {
  if (ref.entry.code === null || ref.code === "") return null;
  if (notAlone(v, ref.start, ref.end) || dateline(v, ref)) return null;
  return candidate(ref.start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "place", undefined);
}

/**
 * "rejected a U.S.-backed proposal", "a Russian-backed scheme": a backer before an act or plan it owns (an
 * `owner-nouns` or `event-nouns` word, after at most one modifier) is the act's party, as "a U.S. proposal" is; before
 * an actor noun or a name ("Iran-backed militias", "Iran-backed Houthis") it stays no mention (null).
 */
export function backedAct(v: SentenceView, start: number, ref: Ref): Candidate | null {
  const k = ref.end + 2;
  if (headAt(v, k, 2, false) !== null) return null;
  const owned = (j: number): boolean =>
    v.lat.pos(j) === "NOUN" && (v.is(WORDS.ownerNouns, j) || v.is(WORDS.eventNouns, j));
  const next = v.lat.text(k);
  if (!(owned(k) || (next !== undefined && /^[a-z]/.test(next) && owned(k + 1)))) return null;
  if (ref.entry.kind === "igo")
    return candidate(start, ref.end, ref.entry.id, null, ref.code, "igo", ref.note);
  if (ref.entry.kind !== "state" || ref.entry.pair !== null) return null;
  return stateCandidate(v, start, sovereignRef(v, ref), v.ctx.model.config.stateSector);
}

// Parts of speech that may follow a demonym standing for a person ("a Czech was", "a Czech who", "an Australian,").
const AFTER_PERSON: ReadonlySet<string> = new Set(["PUNCT", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PART"]);

/**
 * Does the token after "a"/"an" + demonym end a person's phrase: nothing, a closing word, or a participle ("a Canadian
 * working for", "a Czech suspected of"); not a noun the tagger read as a verb ("a Ukrainian suspect", "a Philippine
 * resupply boat"), nor a hyphen ("a Russian-made drone").
 */
function personEnds(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.pos === "VERB") return next.lower.endsWith("ed") || next.lower.endsWith("ing");
  return AFTER_PERSON.has(next.pos) && next.text !== "-";
}

/** A reference used alone: a state name acting (GOV), a demonym as people, an IGO, a seat, a group. */
export function refAlone(
  v: SentenceView,
  start: number,
  ref: Ref,
  det: boolean,
  poss: boolean,
): Candidate | null {
  const cfg = v.ctx.model.config;
  // "inter-Korean talks": a pair before an event noun names the two parties ("the G7 summit" names none).
  const alone =
    ref.entry.pair === null
      ? notAlone(v, start, ref.end)
      : v.isLooseName(start - 1) || v.isLooseName(ref.end);
  switch (ref.entry.kind) {
    case "state": {
      if (ref.role === "people") return stateCandidate(v, start, ref, cfg.peopleSector);
      if (ref.role === "adj" || ref.role === "combining") {
        const shared = sharedHead(v, ref);
        if (shared) return stateCandidate(v, start, ref, shared);
        // "Indo-Pakistani talks", "Sino-Russian drills": a hyphen pair of demonyms names two parties, as "China-Russia".
        if (inHyphenPair(v, ref.start, ref.end)) return stateCandidate(v, start, ref, cfg.stateSector);
        const next = v.lat.tokens[ref.end];
        // "the Chinese", and "a Czech", "an Australian" as a person: a demonym that ends its phrase ("a Czech was
        // detained", "three Britons and an Australian,"; not "a Russian-made drone", "an Australian P-8").
        const article = !det && start === ref.start && v.is(WORDS.personArticles, start - 1) && personEnds(next);
        const asNoun =
          (det || article) && (!next || !["NOUN", "PROPN", "ADJ"].includes(next.pos)) && chainEnd(v, ref) < 0;
        return asNoun ? stateCandidate(v, start, ref, cfg.peopleSector) : attributive(v, ref);
      }
      if (!poss && alone) return null;
      const bare = sovereignRef(v, ref);
      if (!poss && inPlaceSlot(v, WORDS.placeBeforeState, start)) return place(v, bare);
      // "arrived in Haiti's capital", "crossed into Poland's airspace": the possessor of a place is no actor.
      if (poss && v.is(WORDS.placeBeforeSector, start - 1)) return place(v, bare);
      // "Greenland's newly elected premier": an acting possessor owns a government phrase, so it keeps its own code.
      return stateCandidate(v, start, poss ? ref : bare, cfg.stateSector);
    }
    case "metonym": {
      const lat = v.lat;
      // "Kabul airport" is a place; "Seoul plans to spend" is wink tagging a verb as a noun; "Kyiv days after" is no compound.
      const after = lat.pos(ref.end + 1);
      // "demanded Beijing release the activists", "Moscow plans new strikes": the noun is the capital's verb.
      const verbAfter = start === ref.start && after !== undefined && VERB_OBJECT_POS.has(after);
      // "a Kremlin demand", "a Pentagon proposal", "a Beijing official": an act or an aide the seat owns.
      const nounAfter =
        lat.pos(ref.end) === "NOUN" &&
        lat.lower(ref.end + 1) !== "to" &&
        !verbAfter &&
        !v.is(WORDS.nameMayPrecede, ref.end) &&
        !v.is(WORDS.ownerNouns, ref.end);
      const modifier =
        (lat.text(ref.end) === "-" || (nounAfter && !poss)) && !hyphenPairOfEvent(v, ref.start, ref.end);
      if ((alone && !hyphenPairOfEvent(v, ref.start, ref.end)) || modifier || dateline(v, ref)) return null;
      if (inPlaceSlot(v, WORDS.placeBeforeMetonym, start) || venueSubject(v, ref.end)) return place(v, ref);
      return candidate(start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "metonym", ref.note);
    }
    case "igo":
      return v.is(WORDS.modifierOf, ref.end) && !afterHyphenName(v, start)
        ? null
        : candidate(start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "igo", ref.note);
    case "group":
      return alone
        ? null
        : candidate(start, ref.end, ref.entry.id, ref.entry.pair, ref.code, "group", ref.note);
    default:
      return null;
  }
}
