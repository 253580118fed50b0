import type { NlpDoc } from "../core/index.js";
import {
  type ActorEntry,
  type ActorModel,
  type AliasRole,
  codeOnDay,
  codeOnDayFrom,
  dayOf,
  H_HEAD,
  hitEntry,
  hitKind,
  hitRole,
  type Role,
  roleAt,
  roleCode,
  roleOn,
  tokenKey,
} from "../dict/actors/index.js";
import type { Lattice } from "./01-scan.js";

/**
 * What refAt finds in a name match by its hits alone, when that needs neither the document nor its date: the one entry
 * its reference hits name (or the first of entries agreeing on a fixed code), the role they give it, and its code,
 * which is the entry's own (no roles, not a person).
 */
export interface FixedRef {
  readonly entry: ActorEntry;
  readonly role: string;
  readonly code: string;
}

/**
 * Per model, a FixedRef by trie node (see Lattice.node), or null where refAt must work the match out each time; filled
 * by refAt the first time it reads a node. Most references are a few common names ("Washington", "Chinese"), whose
 * hits are then read once instead of four times a mention. Bounded by the number of names nodes.
 */
const FIXED_REFS = new WeakMap<ActorModel, Map<number, FixedRef | null>>();

/**
 * Per model, every code of two parts made so far, by country and then sector (see DocContext.code): a mention's code
 * is then one string made once, whose hash later look-ups (`called:` nouns, `coref: same`) find already worked out,
 * instead of a new join flattened and hashed again a mention. Bounded by the model's countries times its sectors.
 */
const CODES = new WeakMap<ActorModel, Map<string, Map<string, string>>>();

/** What the resolver knows about the document while it walks it in order (local to one findMentions call). */
export class DocContext {
  /** The date as a day number (see dayOf). */
  readonly day: number | null | undefined;
  readonly docText: string;
  /** The model's FixedRef by trie node (see FIXED_REFS). */
  readonly fixedRefs: Map<number, FixedRef | null>;
  /** The model's codes of two parts (see CODES). */
  readonly #codes: Map<string, Map<string, string>>;
  /** Person entries already named in full earlier in the document: a short list, a set once it grows. */
  #seen: number[] = [];
  #seenSet: Set<number> | null = null;
  /** The document's token keys joined by spaces, made on the first cue question. */
  #cueText: string | null = null;

  constructor(
    readonly model: ActorModel,
    readonly date: string | null,
    private readonly doc: NlpDoc,
  ) {
    this.day = dayOf(date);
    this.docText = doc.text;
    let fixed = FIXED_REFS.get(model);
    if (fixed === undefined) {
      fixed = new Map();
      FIXED_REFS.set(model, fixed);
    }
    this.fixedRefs = fixed;
    let codes = CODES.get(model);
    if (codes === undefined) {
      codes = new Map();
      CODES.set(model, codes);
    }
    this.#codes = codes;
  }

  /** A code of two parts: country + sector ("JPN" + "GOV"), made once per model (see CODES). */
  code(country: string, sector: string): string {
    let bySector = this.#codes.get(country);
    if (bySector === undefined) {
      bySector = new Map();
      this.#codes.set(country, bySector);
    }
    let code = bySector.get(sector);
    if (code === undefined) {
      code = `${country}${sector}`;
      bySector.set(sector, code);
    }
    return code;
  }

  /** An entry id of two ids joined by "+" ("country-ind+sector-leg"). */
  entryId(a: string, b: string): string {
    return `${a}+${b}`;
  }

  /** Does the document contain this alias key (token keys joined by spaces)? */
  hasCue(key: string): boolean {
    this.#cueText ??= ` ${this.doc.sentences.map((s) => s.tokens.map((t) => tokenKey(t.lower)).join(" ")).join(" ")} `;
    return this.#cueText.includes(` ${key} `);
  }

  /** Was person entry i named in full earlier in the document? */
  seen(i: number): boolean {
    return this.#seenSet !== null ? this.#seenSet.has(i) : this.#seen.includes(i);
  }

  /** Remembers that person entry i was named. */
  see(i: number): void {
    if (this.#seenSet !== null) this.#seenSet.add(i);
    else if (!this.#seen.includes(i)) {
      this.#seen.push(i);
      if (this.#seen.length > 16) this.#seenSet = new Set(this.#seen);
    }
  }
}

/** Builds the per-document context (local to one findMentions call). */
export function docContext(doc: NlpDoc, model: ActorModel, date: string | null): DocContext {
  return new DocContext(model, date, doc);
}

/** A resolved choice among dictionary entries, or a note when it cannot be made safely. */
export type Choice = { readonly entry: number; readonly code: string; readonly note?: string } | null;

/** The role entry i holds on the document date (the first listed that covers it), as a role number, or -1. */
export function heldRole(ctx: DocContext, i: number): number {
  const roles = ctx.model.roles;
  if (ctx.day !== undefined) return roleAt(roles, i, ctx.day);
  const e = ctx.model.entries[i]!;
  const r = roleOn(e, ctx.date);
  return r === null ? -1 : roles.first[i]! + e.roles.indexOf(r);
}

/** The code entry i carries on the date: a person's or group's role, else its own code. */
export function entryCode(ctx: DocContext, i: number): string {
  const e = ctx.model.entries[i]!;
  if (e.kind === "person") return personCodeOf(ctx, i);
  if (e.roles.length === 0) return e.code ?? "";
  const r = heldRole(ctx, i);
  return r < 0 ? (e.code ?? "") : roleCode(ctx.model.roles, r);
}

/**
 * The answers of countryOfCode by the code's first three code units (c0 << 16 | c1 << 8 | c2, all below 256), for the
 * config they were worked out under: a mention asks for its country without comparing prefixes or copying one.
 * Bounded by the number of such prefixes that occur in codes.
 */
let prefixConfig: ActorModel["config"] | null = null;
const countryByPrefix = new Map<number, string | null>();

/** Country part of a code, or null for IGOs, NGOs and unknown countries. */
export function countryOfCode(code: string, model: ActorModel): string | null {
  if (code.length < 3) return null;
  const c0 = code.charCodeAt(0);
  const c1 = code.charCodeAt(1);
  const c2 = code.charCodeAt(2);
  if ((c0 | c1 | c2) > 255) return countryOfCodeAsWritten(code, model);
  if (prefixConfig !== model.config) {
    prefixConfig = model.config;
    countryByPrefix.clear();
  }
  const key = (c0 << 16) | (c1 << 8) | c2;
  let country = countryByPrefix.get(key);
  if (country === undefined) {
    country = countryOfCodeAsWritten(code, model);
    countryByPrefix.set(key, country);
  }
  return country;
}

/** countryOfCode by comparing the code with the config's prefixes. */
function countryOfCodeAsWritten(code: string, model: ActorModel): string | null {
  const { unknownCountry, nonStatePrefixes } = model.config;
  if (code.length < 3 || (unknownCountry.length === 3 && code.startsWith(unknownCountry))) return null;
  // A three-letter non-state prefix matches the code's first three letters (longer or shorter ones never do).
  for (let k = 0; k < nonStatePrefixes.length; k++) if (code.startsWith(nonStatePrefixes[k]!)) return null;
  return code.slice(0, 3);
}

/**
 * Picks one of several entries sharing an alias ("Georgia" the state or the U.S. state) by the document's
 * cues; unresolved choices carry a note instead of a guess.
 */
export function chooseByCues(
  ctx: DocContext,
  entries: readonly number[],
  aliasKey: () => string,
  code: (i: number) => string,
): Choice {
  const first = entries[0];
  if (first === undefined) return null;
  if (entries.length === 1) return { entry: first, code: code(first) };
  // Entries that agree on the code need no cues ("Japan" in countries.txt and states.txt).
  const firstCode = code(first);
  if (entries.every((i) => code(i) === firstCode)) return { entry: first, code: firstCode };
  const key = aliasKey();
  // A word every competitor may be cued by ("Congo", "Congolese" name both Congos) is no evidence for either.
  const cuesOf = (i: number) => ctx.model.cues.get(i) ?? [];
  const evidence = (i: number, c: string) =>
    c !== key && ctx.hasCue(c) && entries.every((j) => code(j) === code(i) || !cuesOf(j).includes(c));
  const cued = entries.filter((i) => cuesOf(i).some((c) => evidence(i, c)));
  const only = cued[0];
  if (only !== undefined && new Set(cued.map(code)).size === 1) return { entry: only, code: code(only) };
  // With none cued, the one entry cued by no word but the name itself is the name's plain reading: "Brussels" is
  // the EU's seat unless the document names Belgium, whose seat entry it cues ("accusing Brussels of taking sides").
  if (only === undefined) {
    let plain = -1;
    for (const i of entries)
      if (cuesOf(i).every((c) => c === key)) {
        if (plain >= 0) {
          plain = -1;
          break;
        }
        plain = i;
      }
    if (plain >= 0) return { entry: plain, code: code(plain) };
    // A state entry marked `plain` is the name's reading when nothing in the document cues another ("Congo").
    const marked = entries.filter((i) => ctx.model.entries[i]!.plain);
    const pick = marked[0];
    if (pick !== undefined && new Set(marked.map(code)).size === 1) return { entry: pick, code: code(pick) };
  }
  const codes = new Set(entries.map(code));
  const ids = entries.map((i) => ctx.model.entries[i]!.id).join(" | ");
  if (codes.size === 1) return { entry: first, code: code(first) };
  return { entry: first, code: "", note: `ambiguous: ${ids}` };
}

/** Does a person's role on the date carry a title like the one written ("Defense Minister")? */
function titleFits(e: ActorEntry, title: ActorEntry, date: string | null): boolean {
  return sameTitle(roleOn(e, date)?.title ?? "", title);
}

/** Is a role's title ("Prime Minister of Japan") like the title written ("Prime Minister")? */
function sameTitle(roleTitle: string, title: ActorEntry): boolean {
  const held = roleTitle.toLowerCase();
  return (
    held !== "" && title.names.some((n) => held.includes(n.toLowerCase()) || n.toLowerCase().includes(held))
  );
}

/**
 * A person's code; with no document date and no role held today, a title written before the name picks their latest
 * role of that title ("Prime Minister Ishiba" in an undated article about 2025 is JPNGOV, not a former JPNELI).
 */
function personCodeTitled(ctx: DocContext, i: number, title: ActorEntry | undefined, hit = -1): string {
  if (ctx.date === null && title !== undefined && !inOfficeOn(ctx, i)) {
    let best: Role | null = null;
    for (const r of ctx.model.entries[i]!.roles)
      if (sameTitle(r.title, title) && (best === null || r.start > best.start)) best = r;
    if (best !== null) return best.code;
  }
  return personCodeOf(ctx, i, hit);
}

/**
 * A person's code on the document date: their role's, else their default (see RoleTable); from the copy of their
 * head record in trie hit `hit` when one is given (see AliasTrie).
 */
function personCodeOf(ctx: DocContext, i: number, hit = -1): string {
  if (typeof ctx.day === "number")
    return hit < 0
      ? codeOnDay(ctx.model.roles, i, ctx.day)
      : codeOnDayFrom(ctx.model.roles, ctx.model.trie.data, hit + H_HEAD, i, ctx.day);
  const r = heldRole(ctx, i);
  return r < 0 ? ctx.model.roles.fallback[i]! : roleCode(ctx.model.roles, r);
}

/** Does the person hold a role on the document date? */
function inOfficeOn(ctx: DocContext, i: number): boolean {
  return heldRole(ctx, i) >= 0;
}

/** The distinct person entries among the hits of match m with the given role, in hit order. */
function peopleOf(lat: Lattice, m: number, role: AliasRole): number[] {
  const out: number[] = [];
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitKind(lat.trie, h) !== "person" || hitRole(lat.trie, h) !== role) continue;
    const e = hitEntry(lat.trie, h);
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * Does a name at token k name one person only, already named or in office on the date with a surname that is no
 * `mention-first` one ("Maduro", not "Mohammed")? For coordinated surnames ("Maduro and Ali").
 */
export function knownPersonAt(ctx: DocContext, lat: Lattice, k: number): boolean {
  let found = -1;
  for (let m = lat.namesStart(k); m < lat.namesEnd(k); m++)
    for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
      const h = lat.hit(x);
      if (hitKind(lat.trie, h) !== "person") continue;
      const e = hitEntry(lat.trie, h);
      if (!ctx.seen(e) && (ctx.model.entries[e]!.mentionFirst || !inOfficeOn(ctx, e))) continue;
      // Two people it may name ("Mohammed"): no evidence that it is a leader's name.
      if (found >= 0 && found !== e) return false;
      found = e;
    }
  return found >= 0;
}

/** The first hit by which onlyPerson found its one person (a trie hit, which holds the person's head record). */
let onlyHit = -1;

/**
 * The one person entry among the hits of match m with the given role; -1: none, -2: several. Sets onlyHit to its
 * first hit.
 */
function onlyPerson(lat: Lattice, m: number, role: AliasRole): number {
  let only = -1;
  for (let x = lat.firstHit(m); x < lat.endHit(m); x++) {
    const h = lat.hit(x);
    if (hitKind(lat.trie, h) !== "person" || hitRole(lat.trie, h) !== role) continue;
    const e = hitEntry(lat.trie, h);
    if (only >= 0 && e !== only) return -2;
    if (only < 0) onlyHit = h;
    only = e;
  }
  return only;
}

/**
 * Is person entry i a `mention-first` name not yet named in full (nor, when `paired`, in office on the date)? A
 * module function, not a closure made per resolvePerson call (under tsx each named closure also costs a
 * defineProperty: keepNames).
 */
function unseen(ctx: DocContext, i: number, paired: boolean): boolean {
  return ctx.model.entries[i]!.mentionFirst && !ctx.seen(i) && !(paired && inOfficeOn(ctx, i));
}

/**
 * Resolves the person hits of match m with `role` (full names or surnames) to one person coded on the document
 * date. `title` is the title written before the name; `bareSurname`: the name stands alone as a surname.
 * A bare surname needs an earlier full mention, a role held on the date, or a name unique in the dictionary.
 * `paired`: the bare surname is coordinated with another person's name ("Maduro and Ali"): then a `mention-first`
 * surname may also name the one person holding a role on the date.
 */
export function resolvePerson(
  ctx: DocContext,
  lat: Lattice,
  m: number,
  role: AliasRole,
  title: ActorEntry | undefined,
  bareSurname: boolean,
  paired = false,
): Choice {
  // Most names name one person: no pool to narrow.
  const one = onlyPerson(lat, m, role);
  if (one >= 0 && bareSurname && unseen(ctx, one, paired)) return null;
  if (one >= 0) return { entry: one, code: personCodeTitled(ctx, one, title, onlyHit) };
  if (one === -1) return null;
  // A bare surname never names a `mention-first` person not yet named in full while others share it, so such a
  // person is no candidate here: adding one ("Francesca Albanese") leaves a shared surname to the others
  // ("Albanese" alone, or coordinated in "Albanese and Marape", stays the Australian prime minister, as before she
  // was listed). Only when every bearer is such a person may a coordinated one in office be named ("Maduro and Ali").
  const all = peopleOf(lat, m, role);
  let people = all;
  if (bareSurname) {
    people = all.filter((i) => !unseen(ctx, i, false));
    if (people.length === 0) people = all.filter((i) => !unseen(ctx, i, paired));
  }
  if (people.length === 0) return null;
  let pool = people;
  // Narrow by: named earlier in the document, then the title written, then in office on the date.
  for (let stage = 0; stage < 3 && pool.length > 1; stage++) {
    const kept = pool.filter((i) =>
      stage === 0
        ? ctx.seen(i)
        : stage === 1
          ? title !== undefined && titleFits(ctx.model.entries[i]!, title, ctx.date)
          : inOfficeOn(ctx, i),
    );
    if (kept.length > 0) pool = kept;
  }
  if (bareSurname && people.length > 1 && !pool.some((i) => ctx.seen(i) || inOfficeOn(ctx, i))) return null;
  const only = pool.length === 1 ? pool[0] : undefined;
  if (only !== undefined) {
    if (bareSurname && people.length > 1 && !ctx.seen(only) && !inOfficeOn(ctx, only)) return null;
    if (bareSurname && unseen(ctx, only, paired)) return null;
    return { entry: only, code: personCodeTitled(ctx, only, title) };
  }
  const codes = new Set(pool.map((i) => personCodeOf(ctx, i)));
  const ids = pool.map((i) => ctx.model.entries[i]!.id).join(" | ");
  const first = pool[0]!;
  if (codes.size === 1)
    return { entry: first, code: personCodeOf(ctx, first), note: `ambiguous person, same code: ${ids}` };
  return { entry: first, code: "", note: `ambiguous person: ${ids}` };
}
