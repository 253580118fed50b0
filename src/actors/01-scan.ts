import type { Token } from "../core/index.js";
import {
  type ActorModel,
  type AliasHit,
  childOf,
  fitsShape,
  mayHaveKey,
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
  readonly tokens: readonly Token[];
  readonly keys: readonly string[];
  readonly start: number;
  readonly found: Match[];
}

/** The key of a token's lemma: its own key when the lemma is the lower-case form (most tokens). */
const lemmaKey = (t: Token, key: string) => (t.lemma === t.lower ? key : tokenKey(t.lemma));

/** One step of the nouns walk: `node` matched token j; go on with token j + 1 as written, then as its lemma. */
function walkNouns(w: NounWalk, j: number, node: TrieNode): void {
  if (node.hits) w.found.push({ start: w.start, end: j + 1, hits: node.hits });
  const k = j + 1;
  if (k >= w.keys.length || (node.key1 === null && node.more === null)) return;
  const a = w.keys[k]!;
  const b = lemmaKey(w.tokens[k]!, a);
  const na = childOf(node, a);
  if (na) walkNouns(w, k, na);
  const nb = a === b ? null : childOf(node, b);
  if (nb) walkNouns(w, k, nb);
}

/** Walks the nouns trie from the roots of the token's key and of its lemma ("warships" -> "warship"). */
function scanNouns(
  byKey: TrieNode | null,
  byLemma: TrieNode | null,
  tokens: readonly Token[],
  keys: readonly string[],
  start: number,
): readonly Match[] {
  // Most nouns are one word with no longer alias after them ("officials"): no walk.
  const only = byKey === null ? byLemma : byLemma === null ? byKey : null;
  if (only !== null && only.key1 === null && only.more === null)
    return only.hits ? [{ start, end: start + 1, hits: only.hits }] : NONE;
  const w: NounWalk = { tokens, keys, start, found: [] };
  if (byKey) walkNouns(w, start, byKey);
  if (byLemma) walkNouns(w, start, byLemma);
  if (w.found.length > 1) w.found.sort((x, y) => y.end - x.end);
  return w.found.length === 0 ? NONE : w.found;
}

/** Is the token's first character an ASCII lower-case letter? Most words are; most names are not. */
const lowerStart = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/** Every alias match in one sentence, indexed by start token, longest first. */
export class Lattice {
  /** True when any alias starts at the token. */
  readonly any: readonly boolean[];
  private readonly byName: readonly (readonly Match[])[];
  private readonly byNoun: readonly (readonly Match[])[];

  /** The sentence's token keys (see tokenKey). */
  readonly keys: readonly string[];

  /**
   * The model's bit filters reject most tokens; the rest take one look-up (two when the lemma differs) to decide
   * whether a trie walk can start there. All tokens are scanned in one tight loop, walks included: measured, this
   * beats walking lazily when the parser asks (the dictionary is large and cold; misses overlap in a tight loop).
   */
  constructor(
    readonly tokens: readonly Token[],
    model: ActorModel,
  ) {
    const n = tokens.length;
    // Keys from the nlp stage's lower-case form: most are already their own key (no copy, no regex).
    const keys: string[] = [];
    for (let i = 0; i < n; i++) keys.push(tokenKey(tokens[i]!.lower));
    this.keys = keys;
    const names: (readonly Match[])[] = [];
    const nouns: (readonly Match[])[] = [];
    const any: boolean[] = [];
    const lowerFilter = model.lowerStartsFilter;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const key = keys[i]!;
      // Lower-case words look in the small table of what they can begin: nouns, titles, a few names.
      const lower = lowerStart(t);
      const st = lower
        ? mayHaveKey(lowerFilter, key)
          ? model.lowerStarts.get(key)
          : undefined
        : mayHaveKey(model.startsFilter, key)
          ? model.starts.get(key)
          : undefined;
      let rl: TrieNode | null = null;
      if (t.lemma !== t.lower) {
        const lemma = tokenKey(t.lemma);
        if (lemma !== key && mayHaveKey(lowerFilter, lemma)) rl = model.lowerStarts.get(lemma)?.noun ?? null;
      }
      if (st === undefined && rl === null) {
        names.push(NONE);
        nouns.push(NONE);
        any.push(false);
        continue;
      }
      const f = st?.flags ?? 0;
      // A name starting with a lower-case word needs an alias that may ("al-Qaeda"); most need a capital.
      const name = (f & START_NAME) !== 0 && (!lower || (f & START_NAME_LOWER) !== 0);
      const nm = name && st?.name ? scanNames(st.name, tokens, keys, i) : NONE;
      const rk = st?.noun ?? null;
      const nn = rk || rl ? scanNouns(rk, rl, tokens, keys, i) : NONE;
      names.push(nm);
      nouns.push(nn);
      any.push(nm !== NONE || nn !== NONE);
    }
    this.any = any;
    this.byName = names;
    this.byNoun = nouns;
  }

  /** Name aliases (states, IGOs, seats, groups, people, places) starting at token i, longest first. */
  names(i: number): readonly Match[] {
    return this.byName[i] ?? NONE;
  }

  /** Sector nouns and titles starting at token i (as written or as lemmas), longest first. */
  nouns(i: number): readonly Match[] {
    return this.byNoun[i] ?? NONE;
  }
}
