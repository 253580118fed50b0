import type { Token } from "../core/index.js";
import {
  type ActorModel,
  type AliasHit,
  fitsShape,
  type PhraseTable,
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

/** Walks the names table from `start` on exact token keys. */
function scanNames(
  table: PhraseTable,
  tokens: readonly Token[],
  keys: readonly string[],
  start: number,
): readonly Match[] {
  let key = keys[start]!;
  // Most words are lower case, and most names start with a capital: skip the big table for them.
  const c = tokens[start]!.text.charCodeAt(0);
  const lower = c >= 97 && c <= 122;
  if (lower && !table.lowerFirst.has(key)) return NONE;
  if (!table.prefixes.has(key) && !table.full.has(key)) return NONE;
  const found: Match[] = [];
  for (let j = start; j < keys.length; j++) {
    if (j > start) key = `${key} ${keys[j]!}`;
    const hits = table.full.get(key);
    if (hits) {
      const ok = fitting(hits, tokens, start);
      if (ok.length > 0) found.push({ start, end: j + 1, hits: ok });
    }
    if (!table.prefixes.has(key)) break;
  }
  return found.length === 0 ? NONE : found.reverse();
}

interface NounWalk {
  readonly table: PhraseTable;
  readonly keys: readonly string[];
  readonly lemmas: readonly string[];
  readonly start: number;
  readonly found: Match[];
}

/** One step of the nouns walk: token j as written, then as its lemma. */
function walkNouns(w: NounWalk, j: number, prefix: string): void {
  if (j >= w.keys.length) return;
  const a = w.keys[j]!;
  const b = w.lemmas[j]!;
  for (let v = 0; v < (a === b ? 1 : 2); v++) {
    const f = v === 0 ? a : b;
    const key = prefix === "" ? f : `${prefix} ${f}`;
    const hits = w.table.full.get(key);
    if (hits) w.found.push({ start: w.start, end: j + 1, hits });
    if (w.table.prefixes.has(key)) walkNouns(w, j + 1, key);
  }
}

/** Walks the nouns table from `start`, trying each token's key and its lemma ("warships" -> "warship"). */
function scanNouns(
  table: PhraseTable,
  keys: readonly string[],
  lemmas: readonly string[],
  start: number,
): readonly Match[] {
  const a = keys[start]!;
  const b = lemmas[start]!;
  const t = table;
  if (!t.full.has(a) && !t.prefixes.has(a) && (a === b || (!t.full.has(b) && !t.prefixes.has(b))))
    return NONE;
  const w: NounWalk = { table, keys, lemmas, start, found: [] };
  walkNouns(w, start, "");
  return w.found.length === 0 ? NONE : w.found.sort((x, y) => y.end - x.end);
}

/** Finds every dictionary alias in a sentence; `keys` are the sentence's token keys (see tokenKey). */
export function scanSentence(tokens: readonly Token[], keys: readonly string[], model: ActorModel): Lattice {
  const lemmas = tokens.map((t, i) => (t.lemma === t.lower ? keys[i]! : tokenKey(t.lemma)));
  const names = tokens.map((_, i) => scanNames(model.names, tokens, keys, i));
  const nouns = tokens.map((_, i) => scanNouns(model.nouns, keys, lemmas, i));
  return { tokens, keys, names, nouns, any: tokens.map((_, i) => names[i] !== NONE || nouns[i] !== NONE) };
}
