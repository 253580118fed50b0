// A token trie for alias phrases: one node per token key, children inline when there is only one.
import type { AliasHit } from "./_types.js";

/** A node of a phrase trie: the aliases that end here and the token keys that continue them. */
export interface TrieNode {
  readonly hits: readonly AliasHit[] | null;
  /** The first child, inline (most nodes have at most one); `more` holds any others. */
  readonly key1: string | null;
  readonly node1: TrieNode | null;
  readonly more: ReadonlyMap<string, TrieNode> | null;
}

/** What may begin at one token key: START_* flags and the trie roots of names and of nouns. */
export interface Start {
  readonly flags: number;
  readonly name: TrieNode | null;
  readonly noun: TrieNode | null;
}

/** A trie node while the model is built. */
export interface BuildNode {
  hits: AliasHit[] | null;
  key1: string | null;
  node1: BuildNode | null;
  more: Map<string, BuildNode> | null;
}

/** A Start while the model is built. */
export interface BuildStart {
  flags: number;
  name: BuildNode | null;
  noun: BuildNode | null;
}

export const newNode = (): BuildNode => ({ hits: null, key1: null, node1: null, more: null });

/** The child of `node` at token key `key`, if any. */
export function childOf(node: TrieNode, key: string): TrieNode | null {
  if (node.key1 === key) return node.node1;
  return node.more === null ? null : (node.more.get(key) ?? null);
}

/** The child at `key`, created when missing. */
export function childFor(node: BuildNode, key: string): BuildNode {
  if (node.key1 === key) return node.node1!;
  if (node.key1 === null) {
    node.key1 = key;
    node.node1 = newNode();
    return node.node1;
  }
  node.more ??= new Map();
  let c = node.more.get(key);
  if (c === undefined) {
    c = newNode();
    node.more.set(key, c);
  }
  return c;
}

/** The node reached from a root by the remaining token keys, or null. */
export function nodeAt(root: TrieNode | null, keys: readonly string[], from: number): TrieNode | null {
  let node = root;
  for (let k = from; k < keys.length && node !== null; k++) node = childOf(node, keys[k]!);
  return node;
}

/** Calls `f` with the hits of every node under `root`. */
export function eachHits(root: TrieNode | null, f: (hits: readonly AliasHit[]) => void): void {
  if (root === null) return;
  if (root.hits) f(root.hits);
  eachHits(root.node1, f);
  if (root.more) for (const c of root.more.values()) eachHits(c, f);
}

/**
 * A pre-check before a Map look-up: one bit per (first character, length, last character) of the keys in a set.
 * No false negatives; most words that begin nothing are rejected without hashing the string.
 */
export function keyFilter(keys: Iterable<string>): Uint32Array {
  const f = new Uint32Array(128 * 32);
  for (const k of keys) if (k.length > 0) f[filterCell(k)]! |= filterBit(k);
  return f;
}

const filterCell = (key: string) => ((key.charCodeAt(0) & 127) << 5) | Math.min(key.length, 31);
const filterBit = (key: string) => 1 << (key.charCodeAt(key.length - 1) & 31);

/** May the filter's set contain `key`? False means certainly not. */
export function mayHaveKey(filter: Uint32Array, key: string): boolean {
  return key.length === 0 || (filter[filterCell(key)]! & filterBit(key)) !== 0;
}
