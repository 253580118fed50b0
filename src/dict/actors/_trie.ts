// A token trie for alias phrases, flat in typed arrays: few objects to build, few cache lines for a look-up.
import { AppError } from "../../core/index.js";
import { isOwnKey, tokenKey } from "./_key.js";
import type { AliasHit, AliasRole, EntryKind } from "./_types.js";
import {
  hashedSlot,
  SEED_A,
  SEED_B,
  setValue,
  slotValue,
  stepA,
  stepB,
  VocabBuilder,
  type VocabTable,
  vocabId,
} from "./_vocab.js";

const KINDS: readonly EntryKind[] = [
  "state",
  "igo",
  "metonym",
  "group",
  "sector",
  "title",
  "honorific",
  "place",
  "person",
];
const ROLES: readonly AliasRole[] = ["name", "adj", "people", "surname", "noun", "combining"];

/**
 * Every alias as a path of token ids, in two tables: names (states, IGOs, seats, groups, people, places) and nouns
 * (sector nouns and titles). Token ids are dense (0, 1, … in order of first sight, so one entry's tokens sit
 * together). A key's slot in the vocabulary table (see VocabTable) holds its id (V_ID) and V_ROOTS: -1, or the root
 * of the names paths that begin with it (node + 1, or 0 for none) times 4, + 2 when such names may begin lower case,
 * + 1 when the id has a nouns root or WORDS bits. Per id, `info` holds INFO numbers: the nouns root or -1, the WORDS
 * bits of the config word lists holding the key. So a name ("Kishida"), which has neither, is read in one cache
 * line: its slot. Root offsets stay below 2^29.
 * A node is a record in `data` at its own offset: the number of children c and of hits k, then c pairs (token id,
 * ascending; child node) and k hits of HIT_STEP numbers: entry index; kind | role << 4 | cat << 7 | shape << 10 (see
 * the hit* readers); for a person's hit, the person's RoleTable.head record (HEAD_OF_HIT numbers, from
 * H_HEAD; filled by fillPersonHeads once the roles are built, zeros for other hits), so a person found in a sentence
 * is coded from the trie record the scan has just read instead of one more cold record elsewhere. A hit is named by
 * the offset of its first number. Records are laid out in the order their aliases were added, so one entry's paths
 * share a cache line or two. Not to be written.
 */
export interface AliasTrie {
  readonly vocab: VocabTable;
  /** keyFilter of every key (in an alias or a word list): most words of a text that are in none are not hashed. */
  readonly keyFilter: Uint32Array;
  readonly data: Int32Array;
  readonly shapes: readonly string[];
  /** Per token id, INFO numbers: see I_NOUNS, I_WORDS. */
  readonly info: Int32Array;
}

// Values of a key's vocabulary slot: its token id, its names root and flags (see AliasTrie).
const V_ID = 0;
const V_ROOTS = 1;
// V_ROOTS flags.
const MAY_BE_LOWER = 2;
const HAS_INFO = 1;
// Fields of a token id in AliasTrie.info, INFO an id: its nouns root, WORDS bits.
const I_NOUNS = 0;
const I_WORDS = 1;
const INFO = 2;

/** The vocabulary slot of a token key, or -1. */
export const tokenSlot = (t: AliasTrie, key: string): number => vocabId(t.vocab, key);

/** The number of token ids (keys of aliases and word lists). */
export const tokenCount = (t: AliasTrie): number => t.info.length / INFO;

/** The token id of a token key, or -1. */
export function tokenId(t: AliasTrie, key: string): number {
  const slot = tokenSlot(t, key);
  return slot < 0 ? -1 : slotToken(t, slot);
}

/** The token id of the key in vocabulary slot `slot`. */
export const slotToken = (t: AliasTrie, slot: number): number => slotValue(t.vocab, slot, V_ID);

/**
 * The vocabulary slot of a text token's key, given the token in lower case (-1: in no alias or word list). Most
 * tokens are their own key (see isOwnKey): they are checked and hashed in one pass over the text, where a check and
 * then a hash read it twice (measured: about 0.2 µs of the scan's 3 µs per bench sentence). Most of those in no
 * alias are turned away by the key filter unhashed.
 */
export function textTokenSlot(t: AliasTrie, lower: string): number {
  if (!mayHaveKey(t.keyFilter, lower)) return isOwnKey(lower) ? -1 : otherKeySlot(t, lower);
  // isOwnKey and vocabId in one loop.
  let dot = false;
  let letter = false;
  let a = SEED_A;
  let b = SEED_B;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c >= 97 && c <= 122) letter = true;
    else if (c === 46) dot = true;
    else if (c < 32 || c > 126 || (c >= 65 && c <= 90) || c === 39 || c === 96) return otherKeySlot(t, lower);
    a = stepA(a, c);
    b = stepB(b, c);
  }
  return dot && letter ? otherKeySlot(t, lower) : hashedSlot(t.vocab, a, b);
}

/** textTokenSlot of a token that is not its own key ("u.s.", "o'neill"). */
function otherKeySlot(t: AliasTrie, lower: string): number {
  const plain = plainKeySlot(t, lower);
  if (plain !== NOT_PLAIN) return plain;
  const key = tokenKey(lower);
  return mayHaveKey(t.keyFilter, key) ? tokenSlot(t, key) : -1;
}

/** What plainKeySlot returns for a token it does not read. */
const NOT_PLAIN = -2;

/**
 * The slot of a token of lower-case ASCII letters, digits, hyphens, periods and apostrophes with a letter in it
 * ("u.s.", "mr.", "'s", "o’neill", common in news), whose key is the token without its periods and with straight
 * apostrophes (see tokenKey): hashed as that key, with no key copied out of it (tokenKey tests patterns, normalises
 * and replaces). NOT_PLAIN for any other token.
 */
function plainKeySlot(t: AliasTrie, lower: string): number {
  let first = -1;
  let last = -1;
  let length = 0;
  let letter = false;
  let a = SEED_A;
  let b = SEED_B;
  for (let k = 0; k < lower.length; k++) {
    let c = lower.charCodeAt(k);
    if (c === 46) continue;
    if (c >= 97 && c <= 122) letter = true;
    else if (c === 96 || c === 0x2018 || c === 0x2019 || c === 0x2bc) c = 39;
    else if (!((c >= 48 && c <= 57) || c === 45 || c === 39)) return NOT_PLAIN;
    if (first < 0) first = c;
    last = c;
    length++;
    a = stepA(a, c);
    b = stepB(b, c);
  }
  if (!letter) return NOT_PLAIN;
  return mayHaveParts(t.keyFilter, first, last, length) ? hashedSlot(t.vocab, a, b) : -1;
}

/** The token id of a text token's key, given the token in lower case (-1: in no alias or word list). */
export function textTokenId(t: AliasTrie, lower: string): number {
  const slot = textTokenSlot(t, lower);
  return slot < 0 ? -1 : slotToken(t, slot);
}

/**
 * The V_ROOTS value of vocabulary slot `slot`: with the slot's token id, all the scan needs of a token, so a caller
 * that keeps the two per word (see the matcher's FormSlots) reads no vocabulary slot again (-1: no roots, no info).
 */
export const slotRoots = (t: AliasTrie, slot: number): number => slotValue(t.vocab, slot, V_ROOTS);

/** The node a names alias reaches after a token with V_ROOTS value `roots` (-1: none begins with it). */
export const rootsNames = (roots: number): number => (roots < 0 ? -1 : (roots >> 2) - 1);

/** May a names alias beginning with a token with V_ROOTS value `roots` begin lower case ("al-Qaeda")? */
export const rootsMayBeLower = (roots: number): boolean => (roots & MAY_BE_LOWER) !== 0;

/** Token id `id`'s INFO field `field`, or `none` when its V_ROOTS value says it has none (`info` not read). */
function infoOfToken(t: AliasTrie, id: number, roots: number, field: number, none: number): number {
  return roots < 0 || (roots & HAS_INFO) === 0 ? none : t.info[INFO * id + field]!;
}

/** The node a nouns alias reaches after token id `id` (V_ROOTS value `roots`), or -1. */
export const tokenNouns = (t: AliasTrie, id: number, roots: number): number =>
  infoOfToken(t, id, roots, I_NOUNS, -1);

/** The WORDS bits of the config word lists holding token id `id` (V_ROOTS value `roots`). */
export const tokenWords = (t: AliasTrie, id: number, roots: number): number =>
  infoOfToken(t, id, roots, I_WORDS, 0);

/** The node a names alias reaches after the token of vocabulary slot `slot` (-1: none begins with it). */
export const nameRoot = (t: AliasTrie, slot: number): number => rootsNames(slotRoots(t, slot));

/** The node a nouns alias reaches after the token of slot `slot`, or -1. */
export const nounRoot = (t: AliasTrie, slot: number): number =>
  tokenNouns(t, slotToken(t, slot), slotRoots(t, slot));

/** The child of `node` along token id `token`, or -1. */
export function child(t: AliasTrie, node: number, token: number): number {
  const data = t.data;
  let lo = 0;
  let hi = data[node]!;
  const edges = node + 2;
  if (hi <= 8) {
    for (; lo < hi; lo++) if (data[edges + 2 * lo] === token) return data[edges + 2 * lo + 1]!;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = data[edges + 2 * mid]!;
    if (m === token) return data[edges + 2 * mid + 1]!;
    if (m < token) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Does `node` have any child? */
export const hasChildren = (t: AliasTrie, node: number): boolean => t.data[node]! > 0;

/** The first hit of `node`; its hits run to hitsEnd in steps of HIT_STEP. */
export const hitsStart = (t: AliasTrie, node: number): number => node + 2 + 2 * t.data[node]!;
export const hitsEnd = (t: AliasTrie, node: number): number =>
  hitsStart(t, node) + HIT_STEP * t.data[node + 1]!;
/** Numbers per hit: entry, packed fields, and a person's head record of HEAD_OF_HIT numbers from H_HEAD. */
export const HIT_STEP = 6;
/** Offset in a hit of its person's head record (see AliasTrie, RoleTable.head). */
export const H_HEAD = 2;
/** Numbers of a RoleTable.head record. */
const HEAD_OF_HIT = 4;

/**
 * Copies each person's RoleTable.head record (`head`, HEAD_OF_HIT numbers per entry) into the person's hits (see
 * AliasTrie). Run once, when the model is compiled, before the trie is read.
 */
export function fillPersonHeads(t: AliasTrie, head: Int32Array): void {
  const data = t.data;
  const person = KINDS.indexOf("person");
  for (let node = 0; node < data.length; ) {
    const from = node + 2 + 2 * data[node]!;
    const to = from + HIT_STEP * data[node + 1]!;
    for (let h = from; h < to; h += HIT_STEP)
      if ((data[h + 1]! & 15) === person)
        data.set(head.subarray(HEAD_OF_HIT * data[h]!, HEAD_OF_HIT * (data[h]! + 1)), h + H_HEAD);
    node = to;
  }
}

/** Index into ActorModel.entries of hit h. */
export const hitEntry = (t: AliasTrie, h: number): number => t.data[h]!;
export const hitKind = (t: AliasTrie, h: number): EntryKind => KINDS[t.data[h + 1]! & 15]!;
export const hitRole = (t: AliasTrie, h: number): AliasRole => ROLES[(t.data[h + 1]! >> 4) & 7]!;
/** The HIT_* bit of hit h. */
export const hitCat = (t: AliasTrie, h: number): number => (t.data[h + 1]! >> 7) & 7;
export const hitShape = (t: AliasTrie, h: number): string => t.shapes[t.data[h + 1]! >> 10]!;

/** Hit h as an object (for tools; the matcher reads the fields directly). */
export const hitAt = (t: AliasTrie, h: number): AliasHit => ({
  entry: hitEntry(t, h),
  kind: hitKind(t, h),
  role: hitRole(t, h),
  shape: hitShape(t, h),
  cat: hitCat(t, h),
});

/** The node reached from the root of `keys[0]` (names or nouns table) by the token keys, or -1. */
export function nodeAt(t: AliasTrie, table: "name" | "noun", keys: readonly string[]): number {
  const first = tokenSlot(t, keys[0] ?? "");
  let node = first < 0 ? -1 : table === "name" ? nameRoot(t, first) : nounRoot(t, first);
  for (let k = 1; k < keys.length && node >= 0; k++) {
    const id = tokenId(t, keys[k]!);
    node = id < 0 ? -1 : child(t, node, id);
  }
  return node;
}

/**
 * Builds an AliasTrie alias by alias: tokens get provisional ids and nodes keep their children as linked lists
 * (first child, next sibling) in growable arrays until `finish` lays everything out.
 */
export class TrieBuilder {
  readonly vocab = new VocabBuilder();
  private readonly nameRoots: number[] = [];
  private readonly nounRoots: number[] = [];
  private readonly lowerNames: boolean[] = [];
  private readonly wordBits: number[] = [];
  private readonly firstChild: number[] = [];
  private readonly nextSibling: number[] = [];
  private readonly nodeToken: number[] = [];
  /** The aliases ending at each node, while built: a list per node of (entry, packed fields as in AliasTrie). */
  private readonly firstHit: number[] = [];
  private readonly lastHit: number[] = [];
  private readonly hitCount: number[] = [];
  private readonly hitEntry: number[] = [];
  private readonly hitBits: number[] = [];
  private readonly hitNext: number[] = [];
  private readonly shapes = new Shapes();

  /** The provisional id of a token key, numbered on first sight. */
  idOf(key: string): number {
    return this.known(this.vocab.addKey(key));
  }

  /** The provisional id of a token key known by its hashes, first and last code unit and length. */
  idOfHashed(a: number, b: number, first: number, last: number, length: number): number {
    return this.known(this.vocab.add(a, b, first, last, length));
  }

  /** Makes room for a new id in the per-token arrays. */
  private known(id: number): number {
    if (id === this.nameRoots.length) {
      this.nameRoots.push(-1);
      this.nounRoots.push(-1);
      this.lowerNames.push(false);
      this.wordBits.push(0);
    }
    return id;
  }

  /** Records that a config word list (a WORDS bit) holds `word`. */
  addWord(word: string, bit: number): void {
    this.wordBits[this.idOf(word)]! |= bit;
  }

  private newNode(token: number): number {
    this.firstChild.push(-1);
    this.nextSibling.push(-1);
    this.nodeToken.push(token);
    this.firstHit.push(-1);
    this.lastHit.push(-1);
    this.hitCount.push(0);
    return this.firstChild.length - 1;
  }

  /**
   * Adds an alias hit to `node`; a second hit of the same entry and role keeps one, its case shape `merge`d
   * ("Wagner Group" and "Wagner group"). Hits are kept as numbers, not objects: 100,000 of them would survive
   * young-generation collections until finish.
   */
  addHit(node: number, hit: AliasHit, merge: (a: string, b: string) => string): void {
    const role = ROLES.indexOf(hit.role);
    for (let h = this.firstHit[node]!; h >= 0; h = this.hitNext[h]!)
      if (this.hitEntry[h] === hit.entry && ((this.hitBits[h]! >> 4) & 7) === role) {
        const shape = merge(this.shapes.list[this.hitBits[h]! >> 10]!, hit.shape);
        this.hitBits[h] =
          KINDS.indexOf(hit.kind) | (role << 4) | (hit.cat << 7) | (this.shapes.id(shape) << 10);
        return;
      }
    const h = this.hitEntry.length;
    this.hitEntry.push(hit.entry);
    this.hitBits.push(
      KINDS.indexOf(hit.kind) | (role << 4) | (hit.cat << 7) | (this.shapes.id(hit.shape) << 10),
    );
    this.hitNext.push(-1);
    const last = this.lastHit[node]!;
    if (last < 0) this.firstHit[node] = h;
    else this.hitNext[last] = h;
    this.lastHit[node] = h;
    this.hitCount[node]!++;
  }

  /** The nodes where two or more aliases end, each with its hits as objects (for building cues). */
  *sharedNodes(): Generator<AliasHit[]> {
    for (let node = 0; node < this.hitCount.length; node++) {
      if (this.hitCount[node]! < 2) continue;
      const out: AliasHit[] = [];
      for (let h = this.firstHit[node]!; h >= 0; h = this.hitNext[h]!) {
        const bits = this.hitBits[h]!;
        out.push({
          entry: this.hitEntry[h]!,
          kind: KINDS[bits & 15]!,
          role: ROLES[(bits >> 4) & 7]!,
          shape: this.shapes.list[bits >> 10]!,
          cat: (bits >> 7) & 7,
        });
      }
      yield out;
    }
  }

  /** The node of a token path (its first `count` tokens) in the names or nouns table, created when missing. */
  path(tokens: readonly number[], count: number, noun: boolean, lowerStart: boolean): number {
    const first = tokens[0]!;
    const roots = noun ? this.nounRoots : this.nameRoots;
    if (!noun && lowerStart) this.lowerNames[first] = true;
    let node = roots[first]!;
    if (node < 0) {
      node = this.newNode(first);
      roots[first] = node;
    }
    for (let k = 1; k < count; k++) {
      const token = tokens[k]!;
      let c = this.firstChild[node]!;
      while (c >= 0 && this.nodeToken[c] !== token) c = this.nextSibling[c]!;
      if (c < 0) {
        c = this.newNode(token);
        this.nextSibling[c] = this.firstChild[node]!;
        this.firstChild[node] = c;
      }
      node = c;
    }
    return node;
  }

  /** Lays out the vocabulary and the node records, and builds the key filter. */
  finish(): AliasTrie {
    const { table: vocab, ids: slots } = this.vocab.finish();
    const { data, offset, shapes } = this.layout();
    const count = this.vocab.count;
    const info = new Int32Array(INFO * count);
    for (let k = 0; k < count; k++) {
      const name = this.nameRoots[k]!;
      const noun = this.nounRoots[k]!;
      const words = this.wordBits[k]!;
      const extra = noun >= 0 || words !== 0;
      const roots =
        name < 0 && !extra
          ? -1
          : ((name < 0 ? 0 : offset[name]! + 1) << 2) |
            (name >= 0 && this.lowerNames[k] ? MAY_BE_LOWER : 0) |
            (extra ? HAS_INFO : 0);
      setValue(vocab, slots[k]!, V_ID, k);
      setValue(vocab, slots[k]!, V_ROOTS, roots);
      info[INFO * k + I_NOUNS] = noun < 0 ? -1 : offset[noun]!;
      info[INFO * k + I_WORDS] = words;
    }
    return Object.freeze({
      vocab: Object.freeze(vocab),
      keyFilter: keyFilter(this.vocab.shapes),
      data,
      // Not frozen: V8's optimised code reads a frozen array's elements through a slow generic path (the matcher reads
      // a shape per hit), and a model read back from the cache is not frozen either.
      shapes: shapes.list,
      info,
    });
  }

  /** Writes every node's record (children sorted by token id) and returns each node's offset. */
  private layout(): { data: Int32Array; offset: Int32Array; shapes: Shapes } {
    const n = this.firstChild.length;
    const offset = new Int32Array(n);
    let size = 0;
    for (let node = 0; node < n; node++) {
      offset[node] = size;
      let kids = 0;
      for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) kids++;
      size += 2 + 2 * kids + HIT_STEP * this.hitCount[node]!;
    }
    // V_ROOTS keeps a root in 29 bits (see AliasTrie): some 50 times the records of 100,000 aliases.
    if (size >= 2 ** 29 - 1) throw new AppError("dictionary_too_large", `alias trie of ${size} numbers`);
    const data = new Int32Array(size);
    const shapes = this.shapes;
    for (let node = 0; node < n; node++) {
      const start = offset[node]!;
      let at = start + 2;
      for (let c = this.firstChild[node]!; c >= 0; c = this.nextSibling[c]!) {
        data[at++] = this.nodeToken[c]!;
        data[at++] = offset[c]!;
      }
      data[start] = (at - start - 2) / 2;
      sortPairs(data, start + 2, at);
      data[start + 1] = this.hitCount[node]!;
      for (let h = this.firstHit[node]!; h >= 0; h = this.hitNext[h]!) {
        data[at] = this.hitEntry[h]!;
        data[at + 1] = this.hitBits[h]!;
        at += HIT_STEP;
      }
    }
    return { data, offset, shapes };
  }
}

/** Sorts the (key, value) pairs of data[from..to) by key (insertion sort: most nodes have one child). */
function sortPairs(data: Int32Array, from: number, to: number): void {
  for (let i = from + 2; i < to; i += 2) {
    const key = data[i]!;
    const value = data[i + 1]!;
    let j = i - 2;
    for (; j >= from && data[j]! > key; j -= 2) {
      data[j + 2] = data[j]!;
      data[j + 3] = data[j + 1]!;
    }
    data[j + 2] = key;
    data[j + 3] = value;
  }
}

/** Distinct case shapes, numbered. */
class Shapes {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(shape: string): number {
    let id = this.ids.get(shape);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(shape, id);
      this.list.push(shape);
    }
    return id;
  }
}

/**
 * A pre-check before a look-up: one bit per (first code unit, length, last code unit) of the keys whose (first,
 * last, length) triples are given. No false negatives; most words that are in no alias are rejected unhashed.
 */
function keyFilter(keys: readonly number[]): Uint32Array {
  const f = new Uint32Array(128 * 32);
  for (let k = 0; k < keys.length; k += 3) {
    const length = keys[k + 2]!;
    if (length > 0) f[cell(keys[k]!, length)]! |= bit(keys[k + 1]!);
  }
  return f;
}

const cell = (first: number, length: number) => ((first & 127) << 5) | Math.min(length, 31);
const bit = (last: number) => 1 << (last & 31);

/** May the filter's set contain `key`? False means certainly not. */
function mayHaveKey(filter: Uint32Array, key: string): boolean {
  const n = key.length;
  return n === 0 || (filter[cell(key.charCodeAt(0), n)]! & bit(key.charCodeAt(n - 1))) !== 0;
}

/** mayHaveKey of a key known by its first and last code unit and length. */
function mayHaveParts(filter: Uint32Array, first: number, last: number, length: number): boolean {
  return length === 0 || (filter[cell(first, length)]! & bit(last)) !== 0;
}
