import { type ActorEntry, type AliasHit, roleOn } from "../dict/actors/index.js";
import type { Lattice, Match } from "./01-scan.js";
import { type Choice, type DocContext, resolvePerson } from "./02-context.js";

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
      /** A title was followed by a name the dictionary does not know. */
      readonly unknownName: boolean;
    };

const NO_MATCH: readonly Match[] = Object.freeze([]);

/** Does the text start with an upper-case letter? ASCII by code, the rest by Unicode class. */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

// Parts of speech that follow a name at the start of a sentence ("Biden said", "Biden's", "Biden, who").
const NAME_FOLLOWERS = new Set(["VERB", "AUX", "PART", "PUNCT", "ADV", "CCONJ"]);

/** Is a hit a reference (state, IGO, seat, group, place), a person, or an honorific? */
function inCategory(h: AliasHit, cat: "ref" | "person" | "honorific"): boolean {
  if (cat !== "ref") return h.kind === cat;
  if (h.role === "surname") return false;
  const k = h.kind;
  return k === "state" || k === "igo" || k === "metonym" || k === "group" || k === "place";
}

const NO_HITS: readonly AliasHit[] = Object.freeze([]);

/** The hits of one role; the array itself when all have it (most matches hold one hit). */
function withRole(hits: readonly AliasHit[], role: AliasHit["role"]): readonly AliasHit[] {
  let kept = 0;
  for (let k = 0; k < hits.length; k++) if (hits[k]!.role === role) kept++;
  if (kept === hits.length) return hits;
  if (kept === 0) return NO_HITS;
  const out: AliasHit[] = [];
  for (let k = 0; k < hits.length; k++) if (hits[k]!.role === role) out.push(hits[k]!);
  return out;
}

/** Tools the phrase parser shares: the lattice, context and small token tests. */
export class SentenceView {
  readonly n: number;
  constructor(
    readonly lat: Lattice,
    readonly ctx: DocContext,
  ) {
    this.n = lat.tokens.length;
  }

  entry(i: number): ActorEntry {
    return this.ctx.model.entries[i]!;
  }

  keyAt(j: number): string {
    return this.lat.keys[j] ?? "";
  }

  isIn(set: ReadonlySet<string>, j: number): boolean {
    return j >= 0 && j < this.n && set.has(this.keyAt(j));
  }

  /** A capitalised proper noun that no alias starts at: part of a name we do not know. */
  isLooseName(j: number): boolean {
    const t = this.lat.tokens[j];
    if (t?.pos !== "PROPN" || !capitalised(t.text)) return false;
    if (this.ctx.model.config.nameMayPrecede.has(this.keyAt(j))) return false;
    return this.lat.names(j).length === 0 && this.lat.nouns(j).length === 0;
  }

  /** Name matches at j of one category, longest first: references (states, IGOs, seats…), people, honorifics. */
  namesAt(j: number, cat: "ref" | "person" | "honorific"): readonly Match[] {
    const all = this.lat.names(j);
    if (all.length === 0) return NO_MATCH;
    let kept = 0;
    let total = 0;
    for (const m of all)
      for (const h of m.hits) {
        total++;
        if (inCategory(h, cat)) kept++;
      }
    // Most names are of one category: return the lattice's own array, or nothing, without copying.
    if (kept === total) return all;
    if (kept === 0) return NO_MATCH;
    const out: Match[] = [];
    for (const m of all) {
      const hits: AliasHit[] = [];
      for (const h of m.hits) if (inCategory(h, cat)) hits.push(h);
      if (hits.length === m.hits.length) out.push(m);
      else if (hits.length > 0) out.push({ start: m.start, end: m.end, hits });
    }
    return out;
  }

  /** The longest title or sector-noun match at j (any case, lemmas allowed). */
  nounAt(j: number, kinds: ReadonlySet<string>): { end: number; entry: ActorEntry } | null {
    for (const m of this.lat.nouns(j)) {
      let best: ActorEntry | undefined;
      // The highest rank wins; among equals, the first listed.
      for (const h of m.hits) {
        const e = this.entry(h.entry);
        if (kinds.has(e.kind) && (best === undefined || e.rank > best.rank)) best = e;
      }
      if (best) return { end: m.end, entry: best };
    }
    return null;
  }

  /** A run of up to three capitalised proper nouns from j that are not actor names: an unknown person. */
  unknownRun(j: number): number {
    let k = j;
    while (k < this.n && k - j < 3) {
      const t = this.lat.tokens[k]!;
      if (t.pos !== "PROPN" || !capitalised(t.text) || this.namesAt(k, "ref").length > 0) break;
      k++;
    }
    return k;
  }

  /**
   * A person named at j: full name, or surname (after a title, or alone under the bare-surname rules).
   * Bare names next to another loose proper noun ("Eric Trump", "Trump Tower") are someone else.
   */
  personAt(
    j: number,
    title: ActorEntry | undefined,
    bare: boolean,
  ): { end: number; choice: NonNullable<Choice> } | null {
    for (const m of this.namesAt(j, "person")) {
      if (bare && (this.isLooseName(j - 1) || this.isLooseName(m.end))) continue;
      const full = withRole(m.hits, "name");
      const sur = withRole(m.hits, "surname");
      if (full.length > 0) {
        const choice = resolvePerson(this.ctx, full, title, false);
        if (choice) return { end: m.end, choice };
      }
      if (sur.length > 0 && (!bare || this.bareSurnameOk(j, m.end))) {
        const choice = resolvePerson(this.ctx, sur, title, bare);
        if (choice && (!bare || this.startOk(j, m.end, choice))) return { end: m.end, choice };
      }
    }
    return null;
  }

  /** A bare surname must be tagged a proper noun and not be a month or weekday ("May"). */
  private bareSurnameOk(j: number, end: number): boolean {
    return (
      this.lat.tokens[j]?.pos === "PROPN" &&
      !(end === j + 1 && this.isIn(this.ctx.model.config.nameMayPrecede, j))
    );
  }

  /**
   * At the start of a sentence every word is capitalised ("Work on the bridge began", "Hunt for survivors"):
   * there a bare surname needs someone in office on the date (or named earlier), or a next word that a name
   * would take: a verb, a possessive, punctuation, an adverb or "and".
   */
  private startOk(j: number, end: number, choice: NonNullable<Choice>): boolean {
    if (j > 0 && !/^["'\u201c\u2018(]$/.test(this.lat.tokens[j - 1]?.text ?? "")) return true;
    if (this.ctx.seen.has(choice.entry) || roleOn(this.entry(choice.entry), this.ctx.date) !== null)
      return true;
    const next = this.lat.tokens[end];
    return !next || NAME_FOLLOWERS.has(next.pos);
  }
}

const TITLE = new Set(["title"]);
// Modifiers allowed between a country and its sector noun ("Japan's Nikkei newspaper", "Chinese navy ships").
const LOOSE_MODIFIERS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const NOUNS = new Set(["sector", "title"]);

/** The next sector noun at j, or after up to two capitalised words ("the opposition [Democratic] Party"). */
function nextNoun(v: SentenceView, j: number) {
  for (let k = j; k < j + 3 && k < v.n; k++) {
    const noun = v.nounAt(k, NOUNS);
    if (noun) return noun;
    const t = v.lat.tokens[k]!;
    if (!capitalised(t.text) || (t.pos !== "PROPN" && t.pos !== "ADJ")) return null;
  }
  return null;
}

/** Extends a sector noun phrase over following sector nouns; the highest rank decides the sector. */
function extendNouns(v: SentenceView, first: { end: number; entry: ActorEntry }) {
  let best = first.entry;
  let end = first.end;
  for (let next = nextNoun(v, end); next; next = nextNoun(v, end)) {
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
  const title = v.nounAt(q, TITLE);
  if (title) {
    const p = v.personAt(title.end, title.entry, false);
    if (p) return { type: "person", end: p.end, choice: p.choice, via: title.entry.id };
  }
  const hon = v.namesAt(q, "honorific")[0];
  if (hon) {
    const p = v.personAt(hon.end, undefined, false);
    return p ? { type: "person", end: p.end, choice: p.choice, via: v.entry(hon.hits[0]!.entry).id } : null;
  }
  const p = v.personAt(q, undefined, bare);
  if (p && (!title || p.end > title.end)) return { type: "person", end: p.end, choice: p.choice, via: "" };
  if (title) {
    const run = v.unknownRun(title.end);
    if (run > title.end) return { type: "sector", end: run, entry: title.entry, unknownName: true };
  }
  for (let j = q; j <= q + skip && j < v.n; j++) {
    const noun = v.nounAt(j, NOUNS);
    if (noun) {
      const np = extendNouns(v, noun);
      const after = v.personAt(np.end, np.entry, false);
      if (after) return { type: "person", end: after.end, choice: after.choice, via: np.entry.id };
      // "military aid", "missile launch": the noun only modifies another (with a country, weak nouns only).
      if ((bare || !np.entry.bare) && v.lat.tokens[np.end]?.pos === "NOUN") return null;
      return { type: "sector", end: np.end, entry: np.entry, unknownName: false };
    }
    const t = v.lat.tokens[j]!;
    const prev = v.lat.tokens[j - 1]?.text;
    const ok =
      skip > 1
        ? LOOSE_MODIFIERS.has(t.pos) || t.text === "-" || (t.pos === "VERB" && prev === "-")
        : t.pos === "ADJ";
    if (!ok) return null;
    if (v.namesAt(j, "ref").length > 0) return null;
  }
  return null;
}
