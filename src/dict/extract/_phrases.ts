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
const UNIT = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Normalises a phrase for lookup: lower case (unless case-sensitive), straight apostrophes, single spaces. */
export function phraseKey(s: string, caseSensitive = false): string {
  const k = s.replace(/[’‘]/g, "'").replace(/\s+/g, " ");
  return caseSensitive ? k : k.toLowerCase();
}

function units(text: string, caseSensitive: boolean) {
  return [...text.matchAll(UNIT)].map((m) => {
    const raw = m[0] === "’" || m[0] === "‘" ? "'" : m[0];
    return { text: caseSensitive ? raw : raw.toLowerCase(), start: m.index, end: m.index + m[0].length };
  });
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
        const gap = text.slice(prev.end, t.start);
        return p.spaced[j] ? gap.length > 0 : gap.length === 0;
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
