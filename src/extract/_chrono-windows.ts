import * as chrono from "chrono-node";

/**
 * Where chrono can find dates in a sentence, so it reads short stretches instead of the whole sentence and a memo can
 * reuse what it read. chrono's parsers and refiners only ever consume words of their own vocabulary (and digits),
 * glued or spaced, and look at most one word past what they consume; the one exception, a time zone appended to a
 * result ("June 3 EST"), is a word of 2-4 letters right after it. So a "word" (a run of [A-Za-z0-9_], which is what
 * chrono's \w and \W see) that is not a chain of vocabulary words is never part of a date and walls off everything on
 * its other side. A window is a block of chain words plus the walls around it, masked to "x" when chrono cannot tell
 * them apart from any other word: "Japan met with China last week." has the one window "x last week.".
 */

/** A stretch of a sentence for chrono to read: `text[lo, hi)` is the sentence from `lo + shift` on. */
export interface ChronoWindow {
  readonly text: string;
  readonly shift: number;
  readonly lo: number;
  readonly hi: number;
}

/** What the windows are cut by, derived once from the chrono instance in use. */
export interface ChronoVocabulary {
  /**
   * The parsers' own patterns (the objects chrono runs, so each is compiled once for both): in a text where none
   * matches, chrono finds no date.
   */
  readonly parserPatterns: readonly RegExp[];
  /**
   * Matches (sticky, from `lastIndex`) a whole word that is a chain of chrono's words ("last", "lasts" = last + s,
   * "they" = the + y).
   */
  readonly chainAt: RegExp;
  /** Words that chrono's lookaheads peek at ("am", "jan"): a wall starting with one of them is kept as it is. */
  readonly peeked: RegExp;
}

// Words chrono's refiners read or consume around a result; refiners keep their patterns private (chrono 2.x:
// ENEndOfPeriodRefiner, ENMergeDateTimeRefiner, ENMergeDateRangeRefiner, ExtractTimezoneOffsetRefiner).
const REFINER_WORDS = "gmt utc t at after before on of to until through till".split(" ");
// A wall of 2-4 letters right after a result can be a time-zone abbreviation that chrono appends ("EST").
const ZONE_LENGTH = { min: 2, max: 4 };
// Longer words are taken as chains without checking (keeps the backtracking of `chainAt` small).
const MAX_CHECKED = 20;

/** The letters of a pattern source that are literal words (escapes, character classes and group syntax removed). */
function literalWords(source: string): string[] {
  const bare = source
    .replace(/\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/g, " ")
    .replace(/\[(?:\\.|[^\]\\])*\]/g, " ")
    .replace(/\(\?(?:[:=!]|<[=!])/g, "(");
  return (bare.match(/[a-zA-Z]+/g) ?? []).map((w) => w.toLowerCase());
}

/** The source of every lookahead group of a pattern (balanced parentheses). */
function lookaheads(source: string): string[] {
  const out: string[] = [];
  for (let i = source.indexOf("(?"); i >= 0; i = source.indexOf("(?", i + 1)) {
    if (source[i - 1] === "\\" || (source[i + 2] !== "=" && source[i + 2] !== "!")) continue;
    let depth = 0;
    for (let j = i; j < source.length; j++) {
      if (source[j] === "\\") j++;
      else if (source[j] === "(") depth++;
      else if (source[j] === ")" && --depth === 0) {
        out.push(source.slice(i + 3, j));
        break;
      }
    }
  }
  return out;
}

const alternation = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).join("|");

/**
 * Derives the vocabulary from a chrono instance; null when its patterns are not the plain case-insensitive ones it
 * is written for (texts are then read whole).
 */
export function chronoVocabulary(parser: chrono.Chrono): ChronoVocabulary | null {
  const context = new chrono.ParsingContext("", { instant: new Date(0), timezone: "UTC" });
  const patterns = parser.parsers.map((p) => p.pattern(context));
  // Global or sticky patterns would make `anyParserMatches` depend on (and move) their lastIndex.
  if (patterns.length === 0 || patterns.some((p) => p.flags !== "i")) return null;
  const words = [...patterns.flatMap((p) => literalWords(p.source)), ...REFINER_WORDS];
  const peeked = patterns.flatMap((p) => lookaheads(p.source).flatMap(literalWords));
  return {
    parserPatterns: patterns,
    chainAt: new RegExp(`(?:${alternation(words)})+(?![A-Za-z0-9_])`, "iy"),
    peeked: new RegExp(`^(?:${alternation(peeked)})`, "i"),
  };
}

/**
 * False when no parser of the vocabulary's chrono instance matches anywhere in the text: chrono then finds no date.
 * Tests chrono's own patterns (about 0.6 µs a window): one pattern combining them all tested no faster and took
 * about 0.35 s of CPU to compile in every process.
 */
export function anyParserMatches(vocab: ChronoVocabulary, text: string): boolean {
  return vocab.parserPatterns.some((p) => p.test(text));
}

interface Run {
  readonly start: number;
  readonly end: number;
  /** Holds a digit or an underscore. */
  readonly digits: boolean;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigitish = (c: number) => (c >= 48 && c <= 57) || c === 95;

/** The runs of [A-Za-z0-9_] of a text. */
function runsOf(text: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < text.length) {
    let c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigitish(c)) {
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    while (i < text.length) {
      c = text.charCodeAt(i);
      if (!isLetter(c) && !isDigitish(c)) break;
      digits ||= isDigitish(c);
      i++;
    }
    out.push({ start, end: i, digits });
  }
  return out;
}

const isZone = (r: Run | undefined) =>
  r !== undefined && !r.digits && r.end - r.start >= ZONE_LENGTH.min && r.end - r.start <= ZONE_LENGTH.max;

/** Whether a run is a chain of chrono's words (digits and long runs count as such). */
function isChain(text: string, r: Run, vocab: ChronoVocabulary): boolean {
  if (r.digits || r.end - r.start > MAX_CHECKED) return true;
  vocab.chainAt.lastIndex = r.start;
  return vocab.chainAt.test(text);
}

/** The window of the block of runs i..j: the walls around it masked, unless a lookahead reads the right one. */
function windowOf(
  text: string,
  runs: readonly Run[],
  i: number,
  j: number,
  vocab: ChronoVocabulary,
): ChronoWindow {
  const left = runs[i - 1];
  const right = runs[j + 1];
  // The wall on the right stays as it is when a lookahead reads it ("June 3 America": "am"), else it is masked.
  const keep = right !== undefined && vocab.peeked.test(text.slice(right.start, right.end));
  const from = left ? left.end : 0;
  const to = right ? (keep ? right.end : right.start) : text.length;
  const head = left ? "x" : "";
  return {
    text: head + text.slice(from, to) + (right && !keep ? "x" : ""),
    shift: from - head.length,
    lo: head.length,
    hi: head.length + (to - from),
  };
}

/**
 * The windows chrono has to read in a (normalised) text to find every date it would find in the whole text, in text
 * order: one per block of chain words, a time zone after a block ("December KST 2009") taken into it.
 */
export function chronoWindows(text: string, vocab: ChronoVocabulary): ChronoWindow[] {
  const runs = runsOf(text);
  const chain = runs.map((r) => isChain(text, r, vocab));
  const out: ChronoWindow[] = [];
  for (let k = 0; k < runs.length; k++) {
    if (!chain[k]) continue;
    let j = k;
    while (chain[j + 1]) j++;
    // A time zone chrono appends ("December KST") lets it read on into the year after it ("December KST 2009").
    while (isZone(runs[j + 1])) {
      j++;
      while (chain[j + 1]) j++;
    }
    out.push(windowOf(text, runs, k, j, vocab));
    k = j;
  }
  return out;
}
