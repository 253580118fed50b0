import { DictionaryError } from "../../core/index.js";
import type { ParsedPattern } from "./_types.js";

/** The WordNet neighbour table under data/verbs (written by scripts/gen-wordnet.ts). */
export const WORDNET_FILE = "wordnet.txt";

/**
 * Light and general verbs that are never taken as a neighbour, whatever synset they share: their acts come from their
 * object ("make", "take", "give", "put"), or they are too general to carry an act's code ("hit" is a synset of
 * "make" or "reach" as often as of "strike").
 */
export const WORDNET_SKIP: ReadonlySet<string> = new Set([
  "be",
  "have",
  "do",
  "get",
  "make",
  "take",
  "give",
  "go",
  "come",
  "put",
  "set",
  "let",
  "keep",
  "hold",
  "run",
  "see",
  "say",
  "tell",
  "know",
  "think",
  "want",
  "use",
  "find",
  "show",
  "turn",
  "move",
  "leave",
  "bring",
  "look",
  "seem",
  "become",
  "carry",
  "pass",
  "play",
  "work",
  "stand",
  "pull",
  "cut",
  "lead",
  "mark",
  "raise",
  "meet",
]);

/** Words that may stand between a simple pattern's head and its TGT: a particle or a preposition. */
const PARTICLES = new Set([
  "on",
  "upon",
  "against",
  "with",
  "to",
  "at",
  "into",
  "from",
  "for",
  "in",
  "down",
  "up",
  "out",
  "off",
  "over",
  "back",
  "about",
  "toward",
  "towards",
  "across",
  "through",
  "away",
  "by",
  "of",
]);

/** Pattern fields that a simple pattern may set: symmetric acts, domestic or context targets, code refinements. */
const SIMPLE_FIELDS = new Set([
  "recip",
  "mutual",
  "main",
  "tight",
  "territory",
  "contextTarget",
  "selfTarget",
  "forces",
  "armed",
  "civilians",
  "foreign",
  "people",
  "media",
  "riot",
  "crowd",
  "aircraft",
  "craft",
  "weapon",
  "named",
  "victim",
  "troops",
  "bomber",
]);
/** Fields every pattern has. */
const BASE_FIELDS = new Set(["id", "code", "head", "rest", "specificity", "file", "line", "need"]);

/**
 * A simple verb pattern: `SRC verb TGT`, optionally with particles or prepositions before TGT ("crack down on TGT"),
 * coding an act (not a block), with no noun, wrap, embed, status, fallback or other conditional flag.
 */
export function simplePattern(p: ParsedPattern): boolean {
  const last = p.rest.at(-1);
  if (last?.kind !== "target" || p.rest.length > 3) return false;
  for (const e of p.rest.slice(0, -1))
    if (e.kind !== "word" || !e.text.split("/").every((w) => PARTICLES.has(w))) return false;
  for (const [k, v] of Object.entries(p))
    if (!BASE_FIELDS.has(k) && v !== false && v !== null && !SIMPLE_FIELDS.has(k)) return false;
  return true;
}

/** One row of the table: a word the dictionary lacks and a dictionary lemma WordNet relates it to. */
export interface WordnetRow {
  readonly word: string;
  readonly lemma: string;
  /** `syn`: one synset; `hyp`: the lemma's synset is a direct hypernym of the word's. */
  readonly rel: "syn" | "hyp";
  /** The shared synset's sense rank for the word and for the lemma (1: the most frequent sense). */
  readonly wordSense: number;
  readonly lemmaSense: number;
  /** The word's number of verb senses in WordNet (1: it has no other meaning as a verb). */
  readonly wordSenses: number;
}

/** Which rows the coder uses (the table's `@use` line): none, or those every listed condition admits. */
export interface WordnetUse {
  readonly on: boolean;
  /** Only `syn` rows. */
  readonly synOnly: boolean;
  /** Only rows where the shared synset is the word's first sense (`w1`) / the lemma's first sense (`l1`). */
  readonly wordFirst: boolean;
  readonly lemmaFirst: boolean;
  /** Only words whose admitted rows all give one CAMEO root. */
  readonly agree: boolean;
  /** Only words with one verb sense (`mono`). */
  readonly mono: boolean;
}

const USE_WORDS = ["off", "all", "syn", "w1", "l1", "agree", "mono"];

export function parseUse(words: readonly string[]): WordnetUse | null {
  if (words.length === 0 || words.some((w) => !USE_WORDS.includes(w))) return null;
  return {
    on: !words.includes("off"),
    synOnly: words.includes("syn"),
    wordFirst: words.includes("w1"),
    lemmaFirst: words.includes("l1"),
    agree: words.includes("agree"),
    mono: words.includes("mono"),
  };
}

/** Reads the table's lines (comments and blanks already dropped): `@use …` and the rows. */
export function parseWordnetLines(
  lines: readonly { readonly file: string; readonly line: number; readonly text: string }[],
  errors: DictionaryError[],
): { rows: WordnetRow[]; use: WordnetUse } {
  const rows: WordnetRow[] = [];
  let use: WordnetUse = parseUse(["off"])!;
  for (const l of lines) {
    const f = l.text.split(/\s+/);
    if (f[0] === "@use") {
      const u = parseUse(f.slice(1));
      if (u) use = u;
      else
        errors.push(
          new DictionaryError(l.file, l.line, `@use takes ${USE_WORDS.join("/")}, got "${l.text}"`),
        );
      continue;
    }
    const [word, lemma, rel, ws, ls, n] = f;
    if (
      f.length !== 6 ||
      !word ||
      !lemma ||
      !/^[a-z]+$/.test(word) ||
      !/^[a-z]+$/.test(lemma) ||
      (rel !== "syn" && rel !== "hyp") ||
      !/^\d+$/.test(ws ?? "") ||
      !/^\d+$/.test(ls ?? "") ||
      !/^\d+$/.test(n ?? "")
    ) {
      errors.push(new DictionaryError(l.file, l.line, `expected "word lemma syn|hyp N N N", got "${l.text}"`));
      continue;
    }
    rows.push({ word, lemma, rel, wordSense: Number(ws), lemmaSense: Number(ls), wordSenses: Number(n) });
  }
  return { rows, use };
}

/** The rows `use` admits, in table order; with `agree`, only words whose rows' lemmas give one root. */
export function admittedRows(
  rows: readonly WordnetRow[],
  use: WordnetUse,
  rootsOf: (lemma: string) => ReadonlySet<string>,
): WordnetRow[] {
  if (!use.on) return [];
  const kept = rows.filter(
    (r) =>
      (!use.synOnly || r.rel === "syn") &&
      (!use.wordFirst || r.wordSense === 1) &&
      (!use.lemmaFirst || r.lemmaSense === 1) &&
      (!use.mono || r.wordSenses === 1) &&
      rootsOf(r.lemma).size > 0,
  );
  if (!use.agree) return kept;
  const roots = new Map<string, Set<string>>();
  for (const r of kept) {
    const s = roots.get(r.word) ?? new Set<string>();
    for (const x of rootsOf(r.lemma)) s.add(x);
    roots.set(r.word, s);
  }
  return kept.filter((r) => roots.get(r.word)!.size === 1);
}

/**
 * The patterns WordNet adds: for each admitted row, a copy of every simple verb pattern headed by the row's lemma,
 * headed by the row's word with the pattern's code, id `wn.WORD.PATTERN-ID`. The word matches by lemma only: the
 * regular inflections a dictionary word gets would make "hoped" a form of "hop" and "staged" one of "stag".
 * Rows come ordered (shared synsets first, then the word's more frequent senses) so that among copies of equal
 * specificity for one word the closer neighbour wins.
 */
export function wordnetPatterns(
  patterns: readonly ParsedPattern[],
  rows: readonly WordnetRow[],
  use: WordnetUse,
): ParsedPattern[] {
  const byLemma = new Map<string, ParsedPattern[]>();
  for (const p of patterns)
    if (!p.noun && simplePattern(p))
      for (const w of p.head) {
        const list = byLemma.get(w) ?? [];
        list.push(p);
        byLemma.set(w, list);
      }
  const rootsOf = (lemma: string) => new Set((byLemma.get(lemma) ?? []).map((p) => p.code.slice(0, 2)));
  const ordered = admittedRows(rows, use, rootsOf).sort(
    (a, b) =>
      a.word.localeCompare(b.word) ||
      (a.rel === b.rel ? 0 : a.rel === "syn" ? -1 : 1) ||
      a.wordSense - b.wordSense ||
      a.lemmaSense - b.lemmaSense,
  );
  const out: ParsedPattern[] = [];
  const seen = new Set<string>();
  for (const r of ordered)
    for (const p of byLemma.get(r.lemma) ?? []) {
      const id = `wn.${r.word}.${p.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ ...p, id, head: new Set([r.word]), wordnet: true, need: new Int32Array(0) });
    }
  return out;
}

/** A WordNet neighbour of a word the dictionary lacks: a dictionary lemma and the code of its plainest simple pattern. */
export interface WordnetNeighbour {
  readonly lemma: string;
  readonly code: string;
  readonly rel: "syn" | "hyp";
}

/**
 * Every row of the table (whatever `@use` admits) as word → its neighbours, closest first: what `dyad dict suggest`
 * prints beside an uncovered verb so that a user can grow the dictionary from it. A lemma's code is that of its
 * simple pattern with the fewest words ("attack TGT" before "attack on TGT"); rows whose lemma heads none are left out.
 */
export function wordnetNeighbours(
  patterns: readonly ParsedPattern[],
  rows: readonly WordnetRow[],
): Map<string, WordnetNeighbour[]> {
  const codeOf = new Map<string, { code: string; len: number }>();
  for (const p of patterns)
    if (!p.noun && simplePattern(p))
      for (const w of p.head) {
        const prev = codeOf.get(w);
        if (!prev || p.rest.length < prev.len) codeOf.set(w, { code: p.code, len: p.rest.length });
      }
  const out = new Map<string, WordnetNeighbour[]>();
  const ordered = [...rows].sort(
    (a, b) =>
      (a.rel === b.rel ? 0 : a.rel === "syn" ? -1 : 1) ||
      a.wordSense - b.wordSense ||
      a.lemmaSense - b.lemmaSense,
  );
  for (const r of ordered) {
    const c = codeOf.get(r.lemma);
    if (!c) continue;
    const list = out.get(r.word) ?? [];
    list.push({ lemma: r.lemma, code: c.code, rel: r.rel });
    out.set(r.word, list);
  }
  return out;
}
