import type { DatePrecision } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import { type ChronoHit, fixYear, hitDate, labelOf, spanOf } from "./_chrono.js";
import { chronoResults, type DateMemo, mayHoldDate } from "./_chrono-read.js";
import { cueEndingAt, cueEndings, isoDate, matchesOf, mayEndCue, normalizeText } from "./_text.js";

/** Whether a sentence speaks of the past or the future (picks "Tuesday" before or after the reference). */
export type Tense = "past" | "future";

/** How a date expression relates to what the sentence describes. */
export type DateRelation = "at" | "since" | "until" | "by" | "from" | "object";

/** A date expression found in a text, resolved against a reference date (offsets are into that text). */
export interface DateExpr {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** First day covered, or null when it could not be resolved (a relative date without reference). */
  readonly date: string | null;
  /** Last day for ranges, months and years; null for single days. */
  readonly dateEnd: string | null;
  readonly precision: DatePrecision;
  readonly relation: DateRelation;
  /** A fiscal year ("FY2025", "fiscal year 2025"). */
  readonly fiscal: boolean;
  /** Short label: "2025-06-17", "2025-03", "2025", "FY2025", "2025-06-15/2025-06-17". */
  readonly label: string | null;
}

const FISCAL = /\b(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2})(?:\s?[-/]\s?(\d{2}(?:\d{2})?))?\b/gi;
// "2025-26", "2025/2026": a split (fiscal) year.
const SPLIT_YEAR = /(?<![\d$€£¥.,/-])\b((?:19|20)\d{2})[-/](\d{2}|(?:19|20)\d{2})\b(?![-/]\d)/g;
const BARE_YEAR = /(?<![\d$€£¥.,/:-])\b((?:19|20)\d{2})\b(?![.,]?\d)(?!\s*(?:%|percent|per cent|-\d))/g;
// A preposition a chrono result starts with ("on Tuesday"); a relation cue is looked for before the date itself.
const OWN_PREP = /^(on|in|at|from|during)\s+/i;
const FROM_BEFORE = /\bfrom\s*$/i;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Month names chrono leaves alone after some prepositions ("the deficit for May").
const MONTH_AFTER_PREP = new RegExp(
  `\\b(?:for|during|through|until|since|by|of)\\s+(${MONTHS})\\b(?!\\s+\\d)`,
  "g",
);

const RELATION_CUES = ["object_date", "since", "until", "by"] as const;

/** The extract model, and how relation cues end when that was derived (with a memo). */
interface Cues {
  readonly model: ExtractModel;
  readonly ends: ReadonlySet<string> | null;
}

function cuesOf(model: ExtractModel, memo: DateMemo | undefined): Cues {
  if (!memo) return { model, ends: null };
  let ends = memo.cueEnds.get(model);
  if (!ends) {
    ends = cueEndings(model, RELATION_CUES);
    memo.cueEnds.set(model, ends);
  }
  return { model, ends };
}

function relationAt(
  cues: Cues,
  text: string,
  start: number,
  own: string,
): { relation: DateRelation; start: number } {
  const lead = /^(by|until|till|since|within)\s+/i.exec(own);
  const word = lead?.[1]?.toLowerCase();
  if (word)
    return {
      relation: word === "since" ? "since" : word === "by" || word === "within" ? "by" : "until",
      start,
    };
  if (cues.ends && !mayEndCue(cues.ends, text, start)) return { relation: "at", start };
  for (const rel of RELATION_CUES) {
    const hit = cueEndingAt(cues.model, rel, text, start);
    if (hit)
      return {
        relation: rel === "object_date" ? "object" : rel,
        start: rel === "object_date" ? start : hit.start,
      };
  }
  return { relation: "at", start };
}

// "until July 9" and "by March" look forward, "since March" back, whatever the verb's tense.
const tenseOf = (relation: DateRelation, tense: Tense): Tense =>
  relation === "until" || relation === "by" ? "future" : relation === "since" ? "past" : tense;

/** Whether start..end overlaps any span of the list. */
function overlaps(start: number, end: number, list: readonly { start: number; end: number }[]): boolean {
  for (const b of list) if (start < b.end && b.start < end) return true;
  return false;
}

/** Merges "between June 3 and June 5" into one range. */
function mergeBetween(text: string, list: DateExpr[]): DateExpr[] {
  const out: DateExpr[] = [];
  for (const e of list) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, e.start) : "";
    const between = prev
      ? /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start))
      : false;
    if (prev && between && /^\s*and\s*$/i.test(gap) && prev.date && e.date && prev.precision === "day") {
      const end = e.dateEnd ?? e.date;
      out[out.length - 1] = {
        ...prev,
        end: e.end,
        text: text.slice(prev.start, e.end),
        dateEnd: end,
        precision: "range",
        label: `${prev.date}/${end}`,
      };
    } else out.push(e);
  }
  return out;
}

/** The date expressions of one text in either tense; chrono runs once, each tense is resolved once. */
export type DateReader = (tense: Tense) => DateExpr[];

/**
 * Reads a text (a sentence) once for dates against a reference date (YYYY-MM-DD or null) and returns a resolver by
 * tense, memoised. Relative expressions stay unresolved (date null) without a reference; nothing is anchored on today.
 * Pass a date memo (createDateMemo) when reading many texts: the results are the same, found faster.
 */
export function dateReader(
  raw: string,
  ref: string | null,
  model: ExtractModel,
  memo?: DateMemo,
): DateReader {
  // Normalising keeps \d and word boundaries where they are, so the pre-check can read the raw text.
  if (!mayHoldDate(raw)) {
    const none: DateExpr[] = [];
    return () => none;
  }
  const text = normalizeText(raw);
  const cues = cuesOf(model, memo);
  const digits = /\d/.test(text);
  const reading: Reading = {
    raw,
    text,
    ref,
    cues,
    digits,
    fixed: digits ? fiscalYears(raw, text, cues) : [],
    hits: chronoResults(text, ref, memo),
  };
  let past: DateExpr[] | undefined;
  let future: DateExpr[] | undefined;
  return (tense) => {
    if (tense === "past") past ??= resolveDates(reading, tense);
    else future ??= resolveDates(reading, tense);
    return (tense === "past" ? past : future) ?? [];
  };
}

/**
 * Finds and resolves the date expressions of a text (a sentence) against a reference date (YYYY-MM-DD or null).
 * Relative expressions stay unresolved (date null) without a reference; nothing is anchored on today.
 * @example findDateExpressions("They met on Tuesday.", "2025-06-20", "past", model)[0].date // "2025-06-17"
 */
export function findDateExpressions(
  raw: string,
  ref: string | null,
  tense: Tense,
  model: ExtractModel,
): DateExpr[] {
  return dateReader(raw, ref, model)(tense);
}

/** One text read for dates, before a tense is chosen. */
interface Reading {
  readonly raw: string;
  /** The normalised text (same offsets). */
  readonly text: string;
  readonly ref: string | null;
  readonly cues: Cues;
  /** Whether the text has a digit (fiscal and bare years need one). */
  readonly digits: boolean;
  readonly fixed: readonly DateExpr[];
  readonly hits: readonly ChronoHit[];
}

function fiscalYear(raw: string, text: string, cues: Cues, y: number, at: number, end: number): DateExpr {
  const rel = relationAt(cues, text, at, "");
  return {
    start: rel.start,
    end,
    text: raw.slice(rel.start, end),
    date: isoDate(y, 1, 1),
    dateEnd: isoDate(y, 12, 31),
    precision: "year",
    relation: rel.relation,
    fiscal: true,
    label: `FY${y}`,
  };
}

/** Fiscal and split years ("FY2025", "2025-26"): the same in either tense. */
function fiscalYears(raw: string, text: string, cues: Cues): DateExpr[] {
  const found: DateExpr[] = [];
  for (const m of matchesOf(FISCAL, text))
    found.push(fiscalYear(raw, text, cues, Number(m[1]), m.index, m.index + m[0].length));
  for (const m of matchesOf(SPLIT_YEAR, text)) {
    const y = Number(m[1]);
    const next = Number(m[2]?.length === 2 ? `${String(y).slice(0, 2)}${m[2]}` : m[2]);
    if (next !== y + 1 || overlaps(m.index, m.index + m[0].length, found)) continue;
    found.push(fiscalYear(raw, text, cues, y, m.index, m.index + m[0].length));
  }
  return found;
}

/** chrono's dates, each with the relation of the cue before it, unless they overlap one already found. */
function chronoDates(g: Reading, tense: Tense, found: DateExpr[]): void {
  for (const r of g.hits) {
    const own = OWN_PREP.exec(r.text)?.[0].length ?? 0;
    const rel = relationAt(g.cues, g.text, r.index + own, r.text);
    const d = hitDate(r, g.ref, tenseOf(rel.relation, tense));
    const end = r.index + r.text.length;
    if (!d || overlaps(r.index, end, found)) continue;
    const from =
      rel.relation === "at" && d.precision !== "range" && FROM_BEFORE.test(g.text.slice(0, r.index + own));
    const start = Math.min(rel.start, r.index);
    found.push({
      start,
      end,
      text: g.raw.slice(start, end),
      date: d.date,
      dateEnd: d.dateEnd,
      precision: d.precision,
      label: d.label,
      relation: from ? "from" : rel.relation,
      fiscal: false,
    });
  }
}

/** Month names after a preposition that chrono leaves alone ("the deficit for May"). */
function monthsAfterPrep(g: Reading, tense: Tense, found: DateExpr[]): void {
  const ref = g.ref;
  for (const m of matchesOf(MONTH_AFTER_PREP, g.text)) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    const span = { start: at, end: m.index + m[0].length };
    if (overlaps(span.start, span.end, found) || ref === null) continue;
    const rel = relationAt(g.cues, g.text, at, "");
    const t = tenseOf(rel.relation, tense);
    const month = MONTHS.split("|").indexOf(m[1] ?? "") + 1;
    const x = fixYear({ y: Number(ref.slice(0, 4)), m: month, d: 1 }, ref, t, "month");
    found.push({
      start: Math.min(rel.start, at),
      end: span.end,
      text: g.raw.slice(Math.min(rel.start, at), span.end),
      ...spanOf("month", x),
      precision: "month",
      relation: rel.relation,
      fiscal: false,
      label: labelOf("month", x),
    });
  }
}

/** Years standing alone ("in 2022"). */
function bareYears(g: Reading, found: DateExpr[]): void {
  for (const m of matchesOf(BARE_YEAR, g.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span.start, span.end, found)) continue;
    const y = Number(m[1]);
    const rel = relationAt(g.cues, g.text, m.index, "");
    found.push({
      start: rel.start,
      end: span.end,
      text: g.raw.slice(rel.start, span.end),
      date: isoDate(y, 1, 1),
      dateEnd: isoDate(y, 12, 31),
      precision: "year",
      relation: rel.relation,
      fiscal: false,
      label: String(y),
    });
  }
}

function resolveDates(g: Reading, tense: Tense): DateExpr[] {
  const found: DateExpr[] = [...g.fixed];
  chronoDates(g, tense, found);
  monthsAfterPrep(g, tense, found);
  if (g.digits) bareYears(g, found);
  return mergeBetween(
    g.text,
    found.sort((a, b) => a.start - b.start),
  );
}

/** A claim period label for a date expression: "FY2025", "by 2027", "since 2016", "2025", "until 2025-07-09". */
export function periodLabel(e: DateExpr): string | null {
  if (!e.label) return null;
  if (e.relation === "since" || e.relation === "until" || e.relation === "by")
    return `${e.relation} ${e.label}`;
  return e.label;
}
