import {
  type ActorEntry,
  HIT_HONORIFIC,
  HIT_PERSON,
  HIT_REF,
  hitCat,
  hitEntry,
  hitKind,
  WORDS,
} from "../dict/actors/index.js";
import type { Lattice } from "./01-scan.js";
import { type Choice, type DocContext, heldRole, knownPersonAt, resolvePerson } from "./02-context.js";

/** Tags before a month word that make it a date, not a surname ("in May", "the May", "last May", "3 May"). */
const MONTH_BEFORE: ReadonlySet<string> = new Set(["ADP", "DET", "NUM", "ADJ", "PROPN", "NOUN"]);

/** The head of an actor phrase: a person, a title, or a sector noun phrase. */
export type Head =
  | {
      readonly type: "person";
      readonly end: number;
      readonly choice: NonNullable<Choice>;
      readonly via: string;
    }
  | {
      readonly type: "sector";
      readonly end: number;
      readonly entry: ActorEntry;
      /** The sector the phrase takes: the entry's, or the config's `model-sector` after "F-16" or "MiG-31". */
      readonly sector: string;
      /** A title was followed by a name the dictionary does not know. */
      readonly unknownName: boolean;
    };

/** A person head (see Head). */
export type PersonHead = Extract<Head, { type: "person" }>;

/** Does the text start with an upper-case letter? ASCII by code, the rest by Unicode class. */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** Arabic articles written joined to a name: "al-Arouri", "el-Sisi", "ash-Sharaa". */
const ARTICLES = new Set(["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"]);

/** Does token j open its sentence (first, or after an opening quote or bracket)? */
function opensSentence(lat: Lattice, j: number): boolean {
  return j === 0 || (j === 1 && /^["'\u201c\u2018(]$/.test(lat.text(0) ?? ""));
}

// Parts of speech that follow a name at the start of a sentence ("Biden said", "Biden's", "Biden, who").
const NAME_FOLLOWERS = new Set(["VERB", "AUX", "PART", "PUNCT", "ADV", "CCONJ"]);

/** Tools the phrase parser shares: the lattice, context and small token tests. */
export class SentenceView {
  readonly n: number;
  constructor(
    readonly lat: Lattice,
    readonly ctx: DocContext,
  ) {
    this.n = lat.n;
  }

  entry(i: number): ActorEntry {
    return this.ctx.model.entries[i]!;
  }

  keyAt(j: number): string {
    return this.lat.keyAt(j);
  }

  /** Is token j's key in the config word list `list` (a WORDS bit)? */
  is(list: number, j: number): boolean {
    return (this.lat.words(j) & list) !== 0;
  }

  /** A capitalised proper noun that no alias starts at: part of a name we do not know. */
  isLooseName(j: number): boolean {
    const lat = this.lat;
    if (lat.pos(j) !== "PROPN" || !capitalised(lat.text(j)!)) return false;
    if (this.is(WORDS.nameMayPrecede, j)) return false;
    // "Additional U.S. tariffs": a common word capitalised because it opens the sentence starts no name.
    if (this.is(WORDS.sentenceOpeners, j) && opensSentence(lat, j)) return false;
    return !this.lat.starts(j);
  }

  /** Does the name of a group (an armed group, party, company) start at j? */
  groupAt(j: number): boolean {
    if (!this.hasName(j, HIT_REF)) return false;
    const lat = this.lat;
    for (let m = lat.namesStart(j); m < lat.namesEnd(j); m++)
      for (let x = lat.firstHit(m); x < lat.endHit(m); x++)
        if (hitKind(lat.trie, lat.hit(x)) === "group") return true;
    return false;
  }

  /** Does a name match of category `cat` (a HIT_* bit) start at j? */
  hasName(j: number, cat: number): boolean {
    return (this.lat.catsAt(j) & cat) !== 0;
  }

  /** The longest name match of category `cat` at j, or -1. */
  firstName(j: number, cat: number): number {
    const lat = this.lat;
    for (let m = lat.namesStart(j); m < lat.namesEnd(j); m++) if ((lat.catsOf(m) & cat) !== 0) return m;
    return -1;
  }

  /** The entry of the first hit of category `cat` (a HIT_* bit) of match m. */
  firstEntryIn(m: number, cat: number): ActorEntry {
    const lat = this.lat;
    let x = lat.firstHit(m);
    while (hitCat(lat.trie, lat.hit(x)) !== cat) x++;
    return this.entry(hitEntry(lat.trie, lat.hit(x)));
  }

  /** The longest title or sector-noun match at j (any case, lemmas allowed); with `titles`, titles only. */
  nounAt(j: number, titles: boolean): { end: number; entry: ActorEntry } | null {
    const lat = this.lat;
    for (let m = lat.nounsStart(j); m < lat.nounsEnd(j); m++) {
      let best: ActorEntry | undefined;
      // The highest rank wins; among equals, the first listed.
      for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
        const h = lat.hit(x);
        if (titles && hitKind(lat.trie, h) !== "title") continue;
        const e = this.entry(hitEntry(lat.trie, h));
        if (best === undefined || e.rank > best.rank) best = e;
      }
      if (best) return { end: lat.end(m), entry: best };
    }
    return null;
  }

  /** A run of up to three capitalised proper nouns from j that are not actor names: an unknown person. */
  unknownRun(j: number): number {
    let k = j;
    while (k < this.n && k - j < 3) {
      if (this.lat.pos(k) !== "PROPN" || !capitalised(this.lat.text(k)!) || this.hasName(k, HIT_REF)) break;
      k++;
    }
    return k;
  }

  /**
   * A person named at j: full name, or surname (after a title, or alone under the bare-surname rules).
   * Bare names next to another loose proper noun ("Eric Trump", "Trump Tower") are someone else.
   * Returned as the person head itself, reached `via` the title or honorific written before (one object, not two).
   */
  personAt(j: number, title: ActorEntry | undefined, bare: boolean, via: string): PersonHead | null {
    const lat = this.lat;
    for (let m = lat.namesStart(j); m < lat.namesEnd(j); m++) {
      if ((lat.catsOf(m) & HIT_PERSON) === 0) continue;
      const end = lat.end(m);
      if (bare && (this.isLooseName(j - 1) || this.isLooseName(end) || this.articleLinked(j, end))) continue;
      if (lat.text(end) === "-" && this.compoundRunsOn(end + 1)) continue;
      const full = resolvePerson(this.ctx, lat, m, "name", title, false);
      if (full) return { type: "person", end, choice: full, via };
      // "President Hassan Sheikh Mohamud": a surname running into an unknown name is part of someone else's name.
      if ((!bare || this.bareSurnameOk(j, end)) && !(title && this.runsOn(end))) {
        const choice = resolvePerson(
          this.ctx,
          lat,
          m,
          "surname",
          title,
          bare,
          bare && this.pairedName(j, end),
        );
        if (choice && (!bare || this.startOk(j, end, choice))) return { type: "person", end, choice, via };
      }
    }
    return null;
  }

  /**
   * Is the name at [j, end) joined by an Arabic article to another name, after it ("Saleh al-Arouri") or before it
   * ("Saleh al-Hakim" at "Hakim")? Then it is part of someone else's name.
   */
  private articleLinked(j: number, end: number): boolean {
    const lat = this.lat;
    if (this.articleAt(end)) return true;
    return j >= 3 && this.articleAt(j - 2) && lat.pos(j - 3) === "PROPN" && capitalised(lat.text(j - 3)!);
  }

  /** Does an Arabic article joined to a capitalised name start at j ("al" "-" "Arouri", as wink-nlp splits it)? */
  private articleAt(j: number): boolean {
    const lat = this.lat;
    const name = lat.text(j + 2);
    return ARTICLES.has(lat.text(j) ?? "") && lat.text(j + 1) === "-" && name !== undefined && capitalised(name);
  }

  /** Is the name at [j, end) coordinated with a person's name right before or after it ("Maduro and Ali")? */
  private pairedName(j: number, end: number): boolean {
    return (
      (j >= 2 && this.is(WORDS.coordinators, j - 1) && knownPersonAt(this.ctx, this.lat, j - 2)) ||
      (this.is(WORDS.coordinators, end) && knownPersonAt(this.ctx, this.lat, end + 1))
    );
  }

  /** Does a capitalised proper noun that names no actor ("Sheikh", an unknown word) continue a name at j? */
  private runsOn(j: number): boolean {
    const lat = this.lat;
    if (j < 0 || j >= lat.n) return false;
    // "Saleh al-Arouri", "Ahmed el-Tayeb": an Arabic article joined to a capitalised name continues it (wink-nlp
    // splits it: "al" "-" "Arouri").
    if (this.articleAt(j)) return true;
    if (lat.pos(j) !== "PROPN" || !capitalised(lat.text(j)!) || this.is(WORDS.nameMayPrecede, j)) return false;
    return !this.hasName(j, HIT_REF) && !this.hasName(j, HIT_PERSON);
  }

  /**
   * Is token k a capitalised word that no dictionary name starts, followed by a capitalised proper noun? After a
   * hyphen it makes the name before it part of a compound first name ("Yunus-Bek Yevkurov"), where a hyphen pair of
   * names stops at a common noun ("the Trump-Kim summit").
   */
  private compoundRunsOn(k: number): boolean {
    const lat = this.lat;
    const part = lat.text(k);
    const next = lat.text(k + 1);
    if (part === undefined || next === undefined || !capitalised(part) || !capitalised(next)) return false;
    return lat.pos(k + 1) === "PROPN" && !this.hasName(k, HIT_REF) && !this.hasName(k, HIT_PERSON);
  }

  /**
   * A bare surname must be tagged a proper noun and not be a month or weekday ("May"), unless that word acts as a
   * name: capitalised, right before a verb and after no preposition, determiner, number or adjective ("May said",
   * "and May told parliament"; not "in May", "last May", "May 2024", nor "May was the hottest month", whose verb is
   * an auxiliary).
   */
  private bareSurnameOk(j: number, end: number): boolean {
    const lat = this.lat;
    if (!(end === j + 1 && this.is(WORDS.nameMayPrecede, j))) return lat.pos(j) === "PROPN";
    if (!capitalised(lat.text(j)!) || lat.pos(end) !== "VERB") return false;
    const before = lat.pos(j - 1);
    return before === undefined || !MONTH_BEFORE.has(before);
  }

  /**
   * At the start of a sentence every word is capitalised ("Work on the bridge began", "Hunt for survivors"):
   * there a bare surname needs someone in office on the date (or named earlier), or a next word that a name
   * would take: a verb, a possessive, punctuation, an adverb or "and".
   */
  private startOk(j: number, end: number, choice: NonNullable<Choice>): boolean {
    if (j > 0 && !/^["'\u201c\u2018(]$/.test(this.lat.text(j - 1) ?? "")) return true;
    if (this.ctx.seen(choice.entry) || heldRole(this.ctx, choice.entry) >= 0) return true;
    const next = this.lat.pos(end);
    return next === undefined || NAME_FOLLOWERS.has(next);
  }
}

// A model designator: "F-16", "MiG-31", "Su-35", "F-35A" (not "COVID-19").
const MODEL = /^[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?$/;

/** Is the text a model designator (see MODEL)? Most words fail on length, first letter or hyphen, before the regex. */
function isModel(text: string): boolean {
  const c = text.charCodeAt(0);
  if (text.length < 3 || text.length > 9 || c < 65 || c > 90) return false;
  const hyphen = text.indexOf("-", 1);
  return hyphen >= 1 && hyphen <= 4 && MODEL.test(text);
}

// Modifiers allowed between a country and its sector noun ("Japan's Nikkei newspaper", "Chinese navy ships").
const LOOSE_MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** The next sector noun at j, or after up to two capitalised words ("the opposition [Democratic] Party"). */
function nextNoun(v: SentenceView, j: number) {
  for (let k = j; k < j + 3 && k < v.n; k++) {
    const noun = v.nounAt(k, false);
    if (noun) return noun;
    const pos = v.lat.pos(k);
    if (!capitalised(v.lat.text(k)!) || (pos !== "PROPN" && pos !== "ADJ")) return null;
  }
  return null;
}

/** Extends a sector noun phrase over following sector nouns; the highest rank decides the sector. */
function extendNouns(v: SentenceView, first: { end: number; entry: ActorEntry }) {
  let best = first.entry;
  let end = first.end;
  // "the paramilitary Rapid Support Forces": a name that follows is the group's, not more of the noun.
  // "the militant group": a noun that points back to an organisation or group is no more of the noun (see describedOrg).
  for (
    let next = nextNoun(v, end);
    next && !v.groupAt(end) && next.entry.coref !== "igo";
    next = nextNoun(v, end)
  ) {
    if (next.entry.rank > best.rank) best = next.entry;
    end = next.end;
  }
  return { end, entry: best };
}

/**
 * Parses the head of an actor phrase at q: title [+ person], honorific + person, person, or a sector noun
 * phrase reached over up to `skip` modifiers ("Chinese [coast guard] vessels", "Japan's [new] defense minister");
 * with skip 1 only an adjective may intervene ("[senior] officials").
 */
export function headAt(v: SentenceView, q: number, skip: number, bare: boolean): Head | null {
  // Every head begins with a match at q or at one of the `skip` tokens after it: most calls end here.
  let found = false;
  for (let j = q; j <= q + skip && !found; j++) found = v.lat.starts(j);
  if (!found) return null;
  const title = v.nounAt(q, true);
  if (title) {
    const p = v.personAt(title.end, title.entry, false, title.entry.id);
    if (p) return p;
  }
  const hon = v.firstName(q, HIT_HONORIFIC);
  if (hon >= 0) {
    return v.personAt(v.lat.end(hon), undefined, false, v.firstEntryIn(hon, HIT_HONORIFIC).id);
  }
  const p = v.personAt(q, undefined, bare, "");
  if (p && (!title || p.end > title.end)) return p;
  if (title) {
    const run = v.unknownRun(title.end);
    if (run > title.end) {
      const sector = title.entry.sector ?? "";
      return { type: "sector", end: run, entry: title.entry, sector, unknownName: true };
    }
  }
  for (let j = q; j <= q + skip && j < v.n; j++) {
    const noun = v.nounAt(j, false);
    if (noun) {
      const np = extendNouns(v, noun);
      const after = v.personAt(np.end, np.entry, false, np.entry.id);
      if (after) return after;
      // "military aid", "missile launch": the noun only modifies another (with a country, weak nouns only).
      if ((bare || !np.entry.bare) && v.lat.pos(np.end) === "NOUN") return null;
      const model = j > 0 && isModel(v.lat.text(j - 1)!) ? v.ctx.model.config.modelSector : "";
      const sector = model || (np.entry.sector ?? "");
      return { type: "sector", end: np.end, entry: np.entry, sector, unknownName: false };
    }
    const pos = v.lat.pos(j)!;
    const text = v.lat.text(j)!;
    const ok =
      skip > 1
        ? LOOSE_MODIFIERS.has(pos) ||
          text === "-" ||
          (pos === "VERB" && v.lat.text(j - 1) === "-") ||
          // "Chinese shipping firms", "Russian mining companies": a gerund used as a noun modifier.
          (pos === "VERB" && text.endsWith("ing") && !capitalised(text) && v.nounAt(j + 1, false) !== null) ||
          // "Japanese foreign and defence ministers": coordinated modifiers.
          (pos === "CCONJ" && j > q && v.is(WORDS.coordinators, j))
        : pos === "ADJ";
    if (!ok) return null;
    if (v.hasName(j, HIT_REF)) return null;
  }
  return null;
}
