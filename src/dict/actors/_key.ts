// Token keys shared by the dictionary compiler and the matcher, so both sides normalise text the same way.
import { SEED_A, SEED_B, stepA, stepB } from "./_vocab.js";

const COMBINING = /\p{M}/gu;
const HAS_LETTER = /\p{L}/u;
const SPECIAL = /[-/\u2013\u2014"\u201c\u201d(),;:!?'\u2019]/;
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5f\x61-\x7e]*$/;

/**
 * Normalises one token for dictionary lookup: NFKD without accents, lower case, straight apostrophes,
 * and no periods inside words ("U.S." -> "us", "Élysée" -> "elysee").
 */
export function tokenKey(token: string): string {
  // Fastest path: lower-case letters and digits only (most tokens, given the nlp stage's `lower`) are their key.
  if (isPlainLower(token)) return token;
  // Fast path: ASCII without apostrophes or backticks needs only lower case and period removal.
  if (PLAIN_ASCII.test(token)) {
    const lower = token.toLowerCase();
    return lower.includes(".") && /[a-z]/.test(lower) ? lower.replace(/\./g, "") : lower;
  }
  const plain = token
    .normalize("NFKD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'");
  return HAS_LETTER.test(plain) ? plain.replace(/\./g, "") : plain;
}

/**
 * Is a token its own key (tokenKey(token) === token)? True for printable ASCII without capitals, apostrophes or
 * backticks, and without periods inside a word ("u.s."): most lower-case tokens, checked without a copy or a regex.
 */
export function isOwnKey(token: string): boolean {
  let dot = false;
  let letter = false;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (c >= 97 && c <= 122) letter = true;
    else if (c === 46) dot = true;
    else if (c < 32 || c > 126 || (c >= 65 && c <= 90) || c === 39 || c === 96) return false;
  }
  return !(dot && letter);
}

/** True for a token of lower-case ASCII letters, digits and hyphens only: its own key. */
function isPlainLower(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** ASCII letters, digits and periods in words joined by single spaces: split on " " as it is. */
export function isPlainWords(alias: string): boolean {
  const n = alias.length;
  if (n === 0 || alias.charCodeAt(0) === 32 || alias.charCodeAt(n - 1) === 32) return false;
  for (let k = 0; k < n; k++) {
    const c = alias.charCodeAt(k);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
    if (!word && !(c === 32 && alias.charCodeAt(k - 1) !== 32)) return false;
  }
  return true;
}

/** Letters of a token, for case checks. */
function letters(token: string): string {
  return PLAIN_ASCII.test(token) ? token.replace(/[^A-Za-z]/g, "") : token.replace(/[^\p{L}]/gu, "");
}

/**
 * Case shape of an alias token: "A" acronym (exact upper case needed: "US" is not "us"),
 * "C" capitalised (text must be capitalised: "Turkey" is not "turkey"), "-" any case.
 */
export function caseShape(token: string): string {
  if (PLAIN_ASCII.test(token)) return asciiShape(token);
  const l = letters(token);
  if (l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase()) return "A";
  const first = l[0];
  if (first !== undefined && first !== first.toLowerCase()) return "C";
  return "-";
}

/** caseShape for plain ASCII, by character codes. */
function asciiShape(token: string): string {
  let upper = 0;
  let lower = 0;
  let first = 0;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    const isUpper = c >= 65 && c <= 90;
    if (!isUpper && !(c >= 97 && c <= 122)) continue;
    if (first === 0) first = isUpper ? 1 : 2;
    if (isUpper) upper++;
    else lower++;
  }
  if (upper >= 2 && lower === 0) return "A";
  return first === 1 ? "C" : "-";
}

/** True when a text token satisfies an alias token's case shape. */
export function fitsShape(shape: string, text: string): boolean {
  if (shape === "-") return true;
  // ASCII by character codes, without building the letters string.
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return fitsShapeUnicode(shape, text);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (shape === "A" ? lower : upper || lower) return upper;
  }
  return shape === "A";
}

/** fitsShape for text with non-ASCII characters. */
function fitsShapeUnicode(shape: string, text: string): boolean {
  const l = letters(text);
  if (shape === "A") return l === l.toUpperCase();
  const first = l[0];
  return first !== undefined && first !== first.toLowerCase();
}

/**
 * Splits an alias the way wink-nlp tokenises text: on spaces, hyphens and slashes, with "'s" and a trailing
 * "'" split off; periods inside abbreviations stay ("U.S.", "Mr.").
 * @example splitAlias("Japan's Secretary-General") // ["Japan", "'s", "Secretary", "-", "General"]
 */
export function splitAlias(alias: string): string[] {
  if (isPlainWords(alias)) return alias.split(" ");
  if (!SPECIAL.test(alias)) return alias.trim().split(/\s+/);
  const out: string[] = [];
  for (const chunk of alias.trim().split(/\s+/)) {
    if (chunk === "") continue;
    for (const piece of chunk.split(/([-/\u2013\u2014"\u201c\u201d(),;:!?])/)) {
      if (piece === "") continue;
      const poss = /^(.+?)(['\u2019]s)$/i.exec(piece);
      if (poss?.[1] && poss[2]) {
        out.push(poss[1], poss[2]);
        continue;
      }
      const trail = /^(.+s)(['\u2019])$/.exec(piece);
      if (trail?.[1] && trail[2]) {
        out.push(trail[1], trail[2]);
        continue;
      }
      out.push(piece);
    }
  }
  return out;
}

/** The lookup key of a whole alias: its token keys joined by single spaces. */
export function aliasKey(alias: string): string {
  return splitAlias(alias).map(tokenKey).join(" ");
}

/**
 * Reads a plain alias (see isPlainWords) token by token without copying one: writes per token, to `out` from 0,
 * the hashes of its key (see VocabBuilder), the key's first and last code unit and its length, and returns the
 * case shapes of the tokens (one character a token), as splitAlias, tokenKey and caseShape would give them.
 * @example plainAliasTokens("U.S. Army", out) // "AC"; out: the hashes of "us" and "army", with 117, 115, 2, …
 */
export function plainAliasTokens(alias: string, out: number[]): string {
  let shapes = "";
  let o = 0;
  for (let s = 0; s < alias.length; ) {
    let e = alias.indexOf(" ", s);
    if (e < 0) e = alias.length;
    // Periods go from the key of a word with letters ("U.S." -> "us"), not from "...".
    let letter = false;
    for (let k = s; k < e && !letter; k++) letter = isAsciiLetter(alias.charCodeAt(k));
    let a = SEED_A;
    let b = SEED_B;
    let first = 0;
    let last = 0;
    let length = 0;
    let upper = 0;
    let lower = 0;
    let firstUpper = -1;
    for (let k = s; k < e; k++) {
      let c = alias.charCodeAt(k);
      if (c >= 65 && c <= 90) {
        upper++;
        if (firstUpper < 0) firstUpper = 1;
        c += 32;
      } else if (c >= 97 && c <= 122) {
        lower++;
        if (firstUpper < 0) firstUpper = 0;
      } else if (c === 46 && letter) continue;
      a = stepA(a, c);
      b = stepB(b, c);
      if (length === 0) first = c;
      last = c;
      length++;
    }
    out[o++] = a;
    out[o++] = b;
    out[o++] = first;
    out[o++] = last;
    out[o++] = length;
    shapes += upper >= 2 && lower === 0 ? "A" : firstUpper === 1 ? "C" : "-";
    s = e + 1;
  }
  return shapes;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
