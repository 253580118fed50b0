// The vocabulary of alias tokens as one open-addressing hash table in an Int32Array (see VocabTable).

/** Slot fields, 4 ints (16 bytes) a slot: both hashes of the key, then VALUES values the trie stores there. */
const STRIDE = 4;
/** Values stored per slot (each -1 or more). */
export const VALUES = 2;
/** The final table is at most 1/FINAL_SPREAD full. */
const FINAL_SPREAD = 1.5;
/** Marks a free slot in the first value field (values stored there are -1 or more). */
const FREE = -2;

/**
 * Token keys to small ids in one typed array, so a look-up touches one cache line instead of the three of a
 * Map (bucket, entry, key string): the dictionary is large and cold when a sentence is matched. A key's slot is
 * its index in the table. A slot holds two independent 32-bit hashes of the key (64 bits) and VALUES values; the key
 * itself is not kept, so a word that is not in the table could only be taken for one whose 64-bit hash it shares.
 */
export interface VocabTable {
  readonly slots: Int32Array;
  readonly mask: number;
  readonly size: number;
}

/** The first hash (FNV-1a over UTF-16 code units, whose low bits pick the slot) starts here... */
export const SEED_A = 0x811c9dc5;
/** ...and takes one code unit at a time. */
export const stepA = (a: number, c: number): number => Math.imul(a ^ c, 0x01000193);
/** The second, independent hash (multiply-xorshift) starts here and takes one code unit at a time. */
export const SEED_B = 0x9747b28c;
export const stepB = (b: number, c: number): number => {
  const x = Math.imul(b ^ c, 0x5bd1e995);
  return x ^ (x >>> 15);
};

/** The id (slot) of the key with hashes (a, b), or -1. */
function probe(t: VocabTable, a: number, b: number): number {
  const slots = t.slots;
  for (let p = a & t.mask; ; p = (p + 1) & t.mask) {
    const at = p * STRIDE;
    if (slots[at + 2] === FREE) return -1;
    if (slots[at] === a && slots[at + 1] === b) return p;
  }
}

/** Writes hashes (a, b) into the first free slot of their probe sequence; returns the slot. */
function insert(t: VocabTable, a: number, b: number): number {
  let p = a & t.mask;
  while (t.slots[p * STRIDE + 2] !== FREE) p = (p + 1) & t.mask;
  t.slots[p * STRIDE] = a;
  t.slots[p * STRIDE + 1] = b;
  for (let k = 0; k < VALUES; k++) t.slots[p * STRIDE + 2 + k] = -1;
  return p;
}

/** An empty table with room for `keys` keys, at most 1/spread full (40% by default). */
function emptyTable(keys: number, spread = 2.5): VocabTable {
  let size = 16;
  while (size < keys * spread) size *= 2;
  const slots = new Int32Array(size * STRIDE);
  for (let p = 0; p < size; p++) slots[p * STRIDE + 2] = FREE;
  return { slots, mask: size - 1, size };
}

/** The slot of the key with hashes (a, b) (see SEED_A, stepA, SEED_B, stepB), or -1. */
export const hashedSlot = (t: VocabTable, a: number, b: number): number => probe(t, a, b);

/** The slot of `key`, or -1 when it is not in the table. */
export function vocabId(t: VocabTable, key: string): number {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = stepA(a, c);
    b = stepB(b, c);
  }
  return probe(t, a, b);
}

/**
 * Numbers distinct keys by their hashes while a dictionary is compiled (ids 0, 1, … in order of first sight), and
 * keeps per key what the key filter needs: first and last code unit and length. Keys are told apart by their 64-bit
 * hash alone, as in the final table.
 */
export class VocabBuilder {
  private table = emptyTable(1024);
  /** Per table slot: the id given to its key. */
  private slotIds = new Int32Array(this.table.size);
  readonly hashes: number[] = [];
  /** Per id: first code unit, last code unit, length. */
  readonly shapes: number[] = [];

  get count(): number {
    return this.hashes.length / 2;
  }

  /** The id of a key known by its hashes, first and last code unit and length; numbered on first sight. */
  add(a: number, b: number, first: number, last: number, length: number): number {
    const p = probe(this.table, a, b);
    if (p >= 0) return this.slotIds[p]!;
    const id = this.count;
    if ((id + 1) * 2.5 > this.table.size) this.grow();
    this.slotIds[insert(this.table, a, b)] = id;
    this.hashes.push(a, b);
    this.shapes.push(first, last, length);
    return id;
  }

  /** The id of a key string. */
  addKey(key: string): number {
    let a = SEED_A;
    let b = SEED_B;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = stepA(a, c);
      b = stepB(b, c);
    }
    const n = key.length;
    return this.add(a, b, n > 0 ? key.charCodeAt(0) : 0, n > 0 ? key.charCodeAt(n - 1) : 0, n);
  }

  private grow(): void {
    this.table = emptyTable(this.table.size);
    this.slotIds = new Int32Array(this.table.size);
    for (let id = 0; id < this.count; id++)
      this.slotIds[insert(this.table, this.hashes[2 * id]!, this.hashes[2 * id + 1]!)] = id;
  }

  /** The final table, sized to the keys, and each key's id (slot) in it, by builder id. */
  finish(): { table: VocabTable; ids: Int32Array } {
    const table = emptyTable(this.count, FINAL_SPREAD);
    const ids = new Int32Array(this.count);
    for (let id = 0; id < this.count; id++) {
      const a = this.hashes[2 * id]!;
      const b = this.hashes[2 * id + 1]!;
      ids[id] = insert(table, a, b);
    }
    return { table, ids };
  }
}

/** Value k (below VALUES) stored at a slot (see setValue). */
export const slotValue = (t: VocabTable, slot: number, k: number): number => t.slots[slot * STRIDE + 2 + k]!;

/** Stores value k (below VALUES; -1 or more) at a slot, next to its hashes, so one look-up reaches it. */
export function setValue(t: VocabTable, slot: number, k: number, value: number): void {
  t.slots[slot * STRIDE + 2 + k] = value;
}
