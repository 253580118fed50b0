// The vocabulary of alias tokens as one open-addressing hash table in an Int32Array (see VocabTable).
import { AppError } from "../../core/index.js";

/** Slot fields, 4 ints (16 bytes) a slot: both hashes of the key, then two values the trie stores there. */
const STRIDE = 4;
/** Marks a free slot in the last field (values stored there are -1 or more). */
const FREE = -2;

/**
 * Token keys to small ids in one typed array, so a look-up touches one cache line instead of the three of a
 * Map (bucket, entry, key string): the dictionary is large and cold when a sentence is matched. A key's id is the
 * index of its slot. A slot holds two independent 32-bit hashes of the key (64 bits) and two values; the key
 * itself is not kept, so a word that is not in the table could only be taken for one whose 64-bit hash it shares.
 */
export interface VocabTable {
  readonly slots: Int32Array;
  readonly mask: number;
  readonly size: number;
}

/** FNV-1a over UTF-16 code units: the first hash, whose low bits also pick the slot. */
function hashA(s: string): number {
  let a = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
  return a;
}

/** A multiply-xorshift hash independent of hashA: the second 32 bits. */
function hashB(s: string): number {
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
    b ^= b >>> 15;
  }
  return b;
}

/** Builds a table for `keys` (distinct); returns it with each key's id, in the order given. */
export function buildVocab(keys: readonly string[]): { table: VocabTable; ids: Int32Array } {
  let size = 16;
  while (size < keys.length * 2.5) size *= 2;
  const slots = new Int32Array(size * STRIDE);
  for (let p = 0; p < size; p++) slots[p * STRIDE + 3] = FREE;
  const table = { slots, mask: size - 1, size };
  const ids = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const a = hashA(keys[k]!);
    const b = hashB(keys[k]!);
    if (probe(table, a, b) >= 0)
      throw new AppError("dictionary_invalid", `64-bit hash collision on alias token "${keys[k]}"`);
    let p = a & table.mask;
    while (slots[p * STRIDE + 3] !== FREE) p = (p + 1) & table.mask;
    slots[p * STRIDE] = a;
    slots[p * STRIDE + 1] = b;
    slots[p * STRIDE + 2] = -1;
    slots[p * STRIDE + 3] = -1;
    ids[k] = p;
  }
  return { table, ids };
}

/** The id (slot) of the key with hashes (a, b), or -1. */
function probe(t: VocabTable, a: number, b: number): number {
  const slots = t.slots;
  for (let p = a & t.mask; ; p = (p + 1) & t.mask) {
    const at = p * STRIDE;
    if (slots[at + 3] === FREE) return -1;
    if (slots[at] === a && slots[at + 1] === b) return p;
  }
}

/** The id of `key`, or -1 when it is not in the table. */
export function vocabId(t: VocabTable, key: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  // hashA and hashB in one pass over the key.
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return probe(t, a, b);
}

/** The first value stored at id (see setValues). */
export const valueA = (t: VocabTable, id: number): number => t.slots[id * STRIDE + 2]!;

/** The second value stored at id. */
export const valueB = (t: VocabTable, id: number): number => t.slots[id * STRIDE + 3]!;

/** Stores two values (each -1 or more) at an id, next to its hashes, so one look-up returns them. */
export function setValues(t: VocabTable, id: number, a: number, b: number): void {
  t.slots[id * STRIDE + 2] = a;
  t.slots[id * STRIDE + 3] = b;
}
