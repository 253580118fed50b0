import type { Token } from "../core/index.js";
import {
  type ActorModel,
  type AliasHit,
  childOf,
  fitsShape,
  START_NAME,
  START_NAME_LOWER,
  type TrieNode,
  tokenKey,
} from "../dict/actors/index.js";

/** Dictionary aliases that match tokens [start, end) of a sentence. */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly hits: readonly AliasHit[];
}

/** Every alias match in one sentence, indexed by start token, longest first. */
export interface Lattice {
  readonly tokens: readonly Token[];
  readonly keys: readonly string[];
  readonly names: readonly (readonly Match[])[];
  readonly nouns: readonly (readonly Match[])[];
  /** True when any alias starts at the token. */
  readonly any: readonly boolean[];
}

const NONE: readonly Match[] = Object.freeze([]);

/** Keeps the hits whose case shape fits the text tokens at `start`. */
function fitting(hits: readonly AliasHit[], tokens: readonly Token[], start: number): readonly AliasHit[] {
  let ok = true;
  for (const h of hits) if (!fits(h, tokens, start)) ok = false;
  return ok ? hits : hits.filter((h) => fits(h, tokens, start));
}

const fits = (h: AliasHit, tokens: readonly Token[], start: number) => {
  for (let k = 0; k < h.shape.length; k++)
    if (!fitsShape(h.shape[k]!, tokens[start + k]?.text ?? "")) return false;
  return true;
};

/** Walks the names trie from its root at `start` on exact token keys. */
function scanNames(root: TrieNode, tokens: readonly Token[], keys: readonly string[], start: number) {
  let found: Match[] | null = null;
  let node: TrieNode | null = root;
  for (let j = start; node !== null; ) {
    if (node.hits) {
      const ok = fitting(node.hits, tokens, start);
      if (ok.length > 0) {
        found ??= [];
        found.push({ start, end: j + 1, hits: ok });
      }
    }
    if (++j >= keys.length) break;
    node = childOf(node, keys[j]!);
  }
  return found === null ? NONE : found.reverse();
}

interface NounWalk {
  readonly keys: readonly string[];
  readonly lemmas: readonly string[];
  readonly start: number;
  readonly found: Match[];
}

/** One step of the nouns walk: `node` matched token j; go on with token j + 1 as written, then as its lemma. */
function walkNouns(w: NounWalk, j: number, node: TrieNode): void {
  if (node.hits) w.found.push({ start: w.start, end: j + 1, hits: node.hits });
  const k = j + 1;
  if (k >= w.keys.length || (node.key1 === null && node.more === null)) return;
  const a = w.keys[k]!;
  const b = w.lemmas[k]!;
  const na = childOf(node, a);
  if (na) walkNouns(w, k, na);
  const nb = a === b ? null : childOf(node, b);
  if (nb) walkNouns(w, k, nb);
}

/** Walks the nouns trie from the roots of the token's key and of its lemma ("warships" -> "warship"). */
function scanNouns(
  byKey: TrieNode | null,
  byLemma: TrieNode | null,
  keys: readonly string[],
  lemmas: readonly string[],
  start: number,
): readonly Match[] {
  const w: NounWalk = { keys, lemmas, start, found: [] };
  if (byKey) walkNouns(w, start, byKey);
  if (byLemma) walkNouns(w, start, byLemma);
  return w.found.length === 0 ? NONE : w.found.sort((x, y) => y.end - x.end);
}

/** Is the token's first character an ASCII lower-case letter? Most words are; most names are not. */
const lowerStart = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/**
 * Finds every dictionary alias in a sentence; `keys` are the sentence's token keys (see tokenKey).
 * One look-up per token (two when its lemma differs) decides whether a trie walk can start there.
 */
export function scanSentence(tokens: readonly Token[], keys: readonly string[], model: ActorModel): Lattice {
  const n = tokens.length;
  const lemmas: string[] = new Array(n);
  const names: (readonly Match[])[] = new Array(n);
  const nouns: (readonly Match[])[] = new Array(n);
  const any: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    lemmas[i] = t.lemma === t.lower ? keys[i]! : tokenKey(t.lemma);
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const lemma = lemmas[i]!;
    // Lower-case words look in the small table of what they can begin: nouns, titles, a few names.
    const lower = lowerStart(tokens[i]!);
    const st = (lower ? model.lowerStarts : model.starts).get(key);
    const rl = lemma === key ? null : (model.lowerStarts.get(lemma)?.noun ?? null);
    const f = st?.flags ?? 0;
    // A name starting with a lower-case word needs an alias that may ("al-Qaeda"); most need a capital.
    const name = (f & START_NAME) !== 0 && (!lower || (f & START_NAME_LOWER) !== 0);
    names[i] = name && st?.name ? scanNames(st.name, tokens, keys, i) : NONE;
    const rk = st?.noun ?? null;
    nouns[i] = rk || rl ? scanNouns(rk, rl, keys, lemmas, i) : NONE;
    any[i] = names[i] !== NONE || nouns[i] !== NONE;
  }
  return { tokens, keys, names, nouns, any };
}
