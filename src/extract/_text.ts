import type { CueGroup, ExtractModel, PhraseHit } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";

const TYPOGRAPHIC = /[’‘‛′“”„″–—\u00a0]/;

/** Replaces typographic quotes and dashes one-for-one, so offsets into the original text still hold. */
export function normalizeText(text: string): string {
  if (!TYPOGRAPHIC.test(text)) return text;
  return text
    .replace(/[’‘‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\u00a0/g, " ");
}

/** Every hit of one cue group in the text. */
export function cueHits(model: ExtractModel, group: CueGroup, text: string): PhraseHit<CueGroup>[] {
  const m = model.cues.get(group);
  return m ? findPhrases(m, text) : [];
}

/** JavaScript's \s (what the cue trimming strips). */
const isJsSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const LOOKBACK = 40;

/**
 * Where the text a cue ending at `at` is looked for ends: trailing spaces dropped, then a trailing "the" with the
 * spaces before it ("by the end of July"), within the LOOKBACK characters before `at`.
 */
function trimmedEnd(text: string, from: number, at: number): number {
  let e = at;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e - from >= 4 && isJsSpace(text.charCodeAt(e - 4)) && text.slice(e - 3, e).toLowerCase() === "the") {
    e -= 4;
    while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  }
  return e;
}

/** The text a cue ending at `at` is looked for in, from offset `from`. */
function lookback(text: string, at: number): { from: number; trimmed: string } {
  const from = Math.max(0, at - LOOKBACK);
  return { from, trimmed: text.slice(from, trimmedEnd(text, from, at)) };
}

/** The cue of the group that ends right before `at` (only spaces between), if any. */
export function cueEndingAt(
  model: ExtractModel,
  group: CueGroup,
  text: string,
  at: number,
): PhraseHit<CueGroup> | null {
  const { from, trimmed } = lookback(text, at);
  for (const h of cueHits(model, group, trimmed))
    if (h.end === trimmed.length) return { ...h, start: h.start + from, end: h.end + from };
  return null;
}

/**
 * How the phrases of some cue groups end: the last word of one-word phrases ("since") and the last two words of
 * longer ones ("due on"), lower case. A cue can only end right before a date on one of these.
 */
export function cueEndings(model: ExtractModel, groups: readonly CueGroup[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups)
    for (const list of model.cues.get(g)?.buckets.values() ?? [])
      for (const p of list) out.add(p.units.slice(-2).join(" "));
  return out;
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
// The phrase matcher's spaces; any other character is a unit of its own or part of a word.
const isMatcherSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The last unit of `text[from, end)` as the phrase matcher cuts it (a run of letters and digits, or one symbol), or
 * null when there is none or it touches non-ASCII text (which the matcher may cut otherwise).
 */
function lastUnit(text: string, from: number, end: number): { unit: string; start: number } | null {
  let i = end;
  while (i > from && isMatcherSpace(text.charCodeAt(i - 1))) i--;
  if (i === from) return null;
  let start = i;
  while (start > from && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
  if (start === i) start = i - 1;
  if (text.charCodeAt(start) > 127 || (start > from && text.charCodeAt(start - 1) > 127)) return null;
  return { unit: text.slice(start, i).toLowerCase(), start };
}

/**
 * False when no cue with one of these endings (see cueEndings) can end right before `at`; true when one may, or
 * when the text there is not plain ASCII (left to the full search).
 */
export function mayEndCue(endings: ReadonlySet<string>, text: string, at: number): boolean {
  const from = Math.max(0, at - LOOKBACK);
  const end = trimmedEnd(text, from, at);
  const last = lastUnit(text, from, end);
  if (!last) return true;
  if (endings.has(last.unit)) return true;
  const prev = lastUnit(text, from, last.start);
  return !prev || endings.has(`${prev.unit} ${last.unit}`);
}

/**
 * Every match of a global regex in a text, like `text.matchAll(re)` but without the copy of the regex that matchAll
 * makes on each call (which costs more than the search on a sentence).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** ISO date from year, month (1-12) and day. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days in a month (1-12). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of week of an ISO date, 0 = Sunday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
