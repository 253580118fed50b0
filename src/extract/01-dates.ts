import type { DatePrecision } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import { type ChronoHit, chronoResults, fixYear, fromChrono, labelOf, spanOf } from "./_chrono.js";
import { cueEndingAt, isoDate, normalizeText } from "./_text.js";

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
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// Month names chrono leaves alone after some prepositions ("the deficit for May").
const MONTH_AFTER_PREP = new RegExp(
  `\\b(?:for|during|through|until|since|by|of)\\s+(${MONTHS})\\b(?!\\s+\\d)`,
  "g",
);

function relationAt(
  model: ExtractModel,
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
  for (const rel of ["object_date", "since", "until", "by"] as const) {
    const hit = cueEndingAt(model, rel, text, start);
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

const overlaps = (a: { start: number; end: number }, list: readonly { start: number; end: number }[]) =>
  list.some((b) => a.start < b.end && b.start < a.end);

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
 */
export function dateReader(raw: string, ref: string | null, model: ExtractModel): DateReader {
  const text = normalizeText(raw);
  const fixed = fiscalYears(raw, text, model);
  const hits = chronoResults(text, new Date(`${ref ?? "2000-01-01"}T12:00:00Z`));
  const byTense = new Map<Tense, DateExpr[]>();
  return (tense) => {
    const done = byTense.get(tense);
    if (done) return done;
    const got = resolveDates(raw, text, ref, tense, model, fixed, hits);
    byTense.set(tense, got);
    return got;
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

/** Fiscal and split years ("FY2025", "2025-26"): the same in either tense. */
function fiscalYears(raw: string, text: string, model: ExtractModel): DateExpr[] {
  const found: DateExpr[] = [];
  const fiscalYear = (y: number, at: number, end: number): DateExpr => {
    const rel = relationAt(model, text, at, "");
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
  };
  for (const m of text.matchAll(FISCAL)) found.push(fiscalYear(Number(m[1]), m.index, m.index + m[0].length));
  for (const m of text.matchAll(SPLIT_YEAR)) {
    const y = Number(m[1]);
    const next = Number(m[2]?.length === 2 ? `${String(y).slice(0, 2)}${m[2]}` : m[2]);
    if (next !== y + 1 || overlaps({ start: m.index, end: m.index + m[0].length }, found)) continue;
    found.push(fiscalYear(y, m.index, m.index + m[0].length));
  }
  return found;
}

function resolveDates(
  raw: string,
  text: string,
  ref: string | null,
  tense: Tense,
  model: ExtractModel,
  fixed: readonly DateExpr[],
  hits: readonly ChronoHit[],
): DateExpr[] {
  const found: DateExpr[] = [...fixed];
  for (const r of hits) {
    const own = /^(on|in|at|from|during)\s+/i.exec(r.text);
    const rel = relationAt(model, text, r.index + (own ? own[0].length : 0), r.text);
    const t = tenseOf(rel.relation, tense);
    const e = fromChrono(r, ref, t);
    if (!e || overlaps(e, found)) continue;
    const from =
      rel.relation === "at" &&
      e.precision !== "range" &&
      /\bfrom\s*$/i.test(text.slice(0, e.start + (own?.[0].length ?? 0)));
    const relation: DateRelation = from ? "from" : rel.relation;
    found.push({
      ...e,
      start: Math.min(rel.start, e.start),
      text: raw.slice(Math.min(rel.start, e.start), e.end),
      relation,
      fiscal: false,
    });
  }
  for (const m of text.matchAll(MONTH_AFTER_PREP)) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    const span = { start: at, end: m.index + m[0].length };
    if (overlaps(span, found) || ref === null) continue;
    const rel = relationAt(model, text, at, "");
    const t = tenseOf(rel.relation, tense);
    const month = MONTHS.split("|").indexOf(m[1] ?? "") + 1;
    const x = fixYear({ y: Number(ref.slice(0, 4)), m: month, d: 1 }, ref, t, "month");
    found.push({
      start: Math.min(rel.start, at),
      end: span.end,
      text: raw.slice(Math.min(rel.start, at), span.end),
      ...spanOf("month", x),
      precision: "month",
      relation: rel.relation,
      fiscal: false,
      label: labelOf("month", x),
    });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, found)) continue;
    const y = Number(m[1]);
    const rel = relationAt(model, text, m.index, "");
    found.push({
      start: rel.start,
      end: span.end,
      text: raw.slice(rel.start, span.end),
      date: isoDate(y, 1, 1),
      dateEnd: isoDate(y, 12, 31),
      precision: "year",
      relation: rel.relation,
      fiscal: false,
      label: String(y),
    });
  }
  return mergeBetween(
    text,
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
