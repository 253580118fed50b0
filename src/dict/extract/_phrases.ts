/** One compiled phrase: its units (words or single symbols) and whether a space precedes each unit. */
interface CompiledPhrase<V> {
  readonly units: readonly string[];
  readonly spaced: readonly boolean[];
  readonly value: V;
}

/** A compiled set of phrases, each carrying a value, matched on word boundaries (case-insensitive by default). */
export interface PhraseMatcher<V> {
  /** Phrases by their first unit, longest first. */
  readonly buckets: ReadonlyMap<string, readonly CompiledPhrase<V>[]>;
  /** Normalised phrase → value. */
  readonly values: ReadonlyMap<string, V>;
  readonly caseSensitive: boolean;
}

/** A phrase found in a text. */
export interface PhraseHit<V> {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly value: V;
}

// Units are maximal runs of letters and digits, or single other non-space characters ("U.S." is u . s .).
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Kind of one UTF-16 code unit: 1 letter/digit, 0 space, 2 any other symbol (surrogate pairs read as letters). */
function charKind(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c === 32 || c === 9 || c === 10 || c === 13) return 0;
  if (c < 128) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) || c >= 0xdc00 ? 1 : 2;
  const ch = text[i] ?? "";
  return WORD_CHAR.test(ch) ? 1 : SPACE.test(ch) ? 0 : 2;
}

/** Normalises a phrase for lookup: lower case (unless case-sensitive), straight apostrophes, single spaces. */
export function phraseKey(s: string, caseSensitive = false): string {
  const k = s.replace(/[’‘]/g, "'").replace(/\s+/g, " ");
  return caseSensitive ? k : k.toLowerCase();
}

interface Unit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The units of a text with their offsets (a hand-written scan: this runs many times per sentence). */
function units(text: string, caseSensitive: boolean): Unit[] {
  const lowered = caseSensitive ? text : text.toLowerCase();
  // Lower-casing that changes the length (rare Unicode) would shift offsets: lower each unit on its own then.
  const source = lowered.length === text.length ? lowered : null;
  const out: Unit[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = charKind(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if (k === 1) while (j < n && charKind(text, j) === 1) j++;
    const raw = source ? source.slice(i, j) : text.slice(i, j).toLowerCase();
    out.push({ text: raw === "’" || raw === "‘" ? "'" : raw, start: i, end: j });
    i = j;
  }
  return out;
}

/** Compiles phrase → value pairs into one matcher; the first value given for a phrase wins. */
export function compilePhrases<V>(
  pairs: readonly (readonly [string, V])[],
  caseSensitive = false,
): PhraseMatcher<V> {
  const values = new Map<string, V>();
  for (const [p, v] of pairs) {
    const k = phraseKey(p, caseSensitive);
    if (!values.has(k)) values.set(k, v);
  }
  const buckets = new Map<string, CompiledPhrase<V>[]>();
  for (const [k, value] of values) {
    const us = units(k, true);
    const first = us[0];
    if (!first) continue;
    const spaced = us.map((u, j) => j > 0 && u.start > (us[j - 1]?.end ?? 0));
    buckets.set(first.text, [
      ...(buckets.get(first.text) ?? []),
      { units: us.map((u) => u.text), spaced, value },
    ]);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.units.length - a.units.length);
  return Object.freeze({ buckets, values, caseSensitive });
}

/** Finds every non-overlapping phrase of the matcher in the text, left to right, longest first. */
export function findPhrases<V>(m: PhraseMatcher<V>, text: string): PhraseHit<V>[] {
  const us = units(text, m.caseSensitive);
  const hits: PhraseHit<V>[] = [];
  for (let i = 0; i < us.length; i++) {
    const cands = m.buckets.get(us[i]?.text ?? "");
    if (!cands) continue;
    const found = cands.find((p) =>
      p.units.every((u, j) => {
        const t = us[i + j];
        const prev = us[i + j - 1];
        if (!t || t.text !== u) return false;
        if (j === 0 || !prev) return true;
        return p.spaced[j] ? t.start > prev.end : t.start === prev.end;
      }),
    );
    if (!found) continue;
    const first = us[i];
    const last = us[i + found.units.length - 1];
    if (!first || !last) continue;
    hits.push({
      start: first.start,
      end: last.end,
      phrase: text.slice(first.start, last.end),
      value: found.value,
    });
    i += found.units.length - 1;
  }
  return hits;
}
