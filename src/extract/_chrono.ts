import type * as chrono from "chrono-node";
import type { DatePrecision } from "../core/index.js";
import { addDays, daysInMonth, isoDate, weekday } from "./_text.js";
import type { DateExpr, Tense } from "./01-dates.js";

const RELATIVE_WORDS =
  /\b(ago|last|next|this|yesterday|today|tomorrow|tonight|earlier|later|week|weekend|coming|past|within)\b/i;
// "a month earlier", "a year before": relative to another time in the text, not to the document date.
const ANCHORED = /\b(earlier|later|before|after|prior)$/i;
const WEEK_WORD = /\bweek\b/i;
// "in the years ahead", "in the coming weeks": no date to resolve.
const VAGUE = /\b(years|months|weeks|days|decades)\b/i;
const COUNTED = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of)\b/i;

/** A calendar day as numbers (month 1-12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const toIso = (x: Ymd) => isoDate(x.y, x.m, x.d);

export function spanOf(precision: DatePrecision, x: Ymd): { date: string; dateEnd: string | null } {
  if (precision === "year") return { date: isoDate(x.y, 1, 1), dateEnd: isoDate(x.y, 12, 31) };
  if (precision === "month")
    return { date: isoDate(x.y, x.m, 1), dateEnd: isoDate(x.y, x.m, daysInMonth(x.y, x.m)) };
  return { date: toIso(x), dateEnd: null };
}

export function labelOf(precision: DatePrecision, x: Ymd): string {
  if (precision === "year") return String(x.y);
  if (precision === "month") return `${x.y}-${String(x.m).padStart(2, "0")}`;
  return toIso(x);
}

/** Shifts a date whose year the text left open to the past or future side of the reference. */
export function fixYear(x: Ymd, ref: string, tense: Tense, precision: DatePrecision): Ymd {
  const first = precision === "month" ? isoDate(x.y, x.m, 1) : toIso(x);
  const last = precision === "month" ? isoDate(x.y, x.m, daysInMonth(x.y, x.m)) : toIso(x);
  if (tense === "past" && first > ref) return { ...x, y: x.y - 1 };
  if (tense === "future" && last < ref) return { ...x, y: x.y + 1 };
  return x;
}

/** The weekday named in the text, before the reference (past) or after it (future); "last"/"next" override tense. */
function resolveWeekday(target: number, ref: string, tense: Tense, text: string): string {
  const t = /\blast\b/i.test(text) ? "past" : /\bnext\b/i.test(text) ? "future" : tense;
  const today = weekday(ref);
  if (t === "past") return addDays(ref, -((today - target + 7) % 7));
  return addDays(ref, (target - today + 7) % 7 || 7);
}

/** What a chrono result resolves to, without its place in the text. */
export type HitDate = Pick<DateExpr, "date" | "dateEnd" | "precision" | "label">;

/** The parts of a chrono result we read. */
export interface ChronoHit {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  readonly end: chrono.ParsedComponents | null;
  readonly tags: readonly string[];
  /** Its resolution by tense, kept when the hit is remembered in a memo (always read against the same ref). */
  readonly resolved?: Map<Tense, HitDate | null>;
}

/**
 * Resolves a chrono result against the reference date in a tense (without its place in the text); null when it
 * names no date we keep. Remembered on the hit when it came from a memo.
 */
export function hitDate(r: ChronoHit, ref: string | null, tense: Tense): HitDate | null {
  let got = r.resolved?.get(tense);
  if (got === undefined) {
    got = resolveHit(r, ref, tense);
    r.resolved?.set(tense, got);
  }
  return got;
}

function resolveHit(r: ChronoHit, ref: string | null, tense: Tense): HitDate | null {
  const s = r.start;
  const tags = r.tags;
  const relative = tags.some((t) => /relativeDate|casualReference/.test(t)) || RELATIVE_WORDS.test(r.text);
  const hasDate =
    s.isCertain("day") || s.isCertain("month") || s.isCertain("weekday") || s.isCertain("year") || relative;
  if (!hasDate || (VAGUE.test(r.text) && !COUNTED.test(r.text)) || ANCHORED.test(r.text)) return null;
  if ((relative || !s.isCertain("year")) && ref === null)
    return s.isCertain("year") && !relative
      ? null
      : { date: null, dateEnd: null, precision: "unknown", label: null };
  const refIso = ref ?? "";
  if (s.isCertain("weekday") && !s.isCertain("day")) {
    const day = resolveWeekday(s.get("weekday") ?? 0, refIso, tense, r.text);
    return { date: day, dateEnd: null, precision: "day", label: day };
  }
  const ymd = (c: chrono.ParsedComponents): Ymd => ({
    y: c.get("year") ?? 0,
    m: c.get("month") ?? 1,
    d: c.get("day") ?? 1,
  });
  if (WEEK_WORD.test(r.text)) {
    const anchor = toIso(ymd(s));
    const monday = addDays(anchor, -((weekday(anchor) + 6) % 7));
    return {
      date: monday,
      dateEnd: addDays(monday, 6),
      precision: "range",
      label: `${monday}/${addDays(monday, 6)}`,
    };
  }
  // "within five years", "in two years": a year, not a day.
  const yearsAhead = relative && /\byears?\b/i.test(r.text) && !/\bago\b/i.test(r.text);
  const precision: DatePrecision = yearsAhead
    ? "year"
    : s.isCertain("day")
      ? "day"
      : s.isCertain("month")
        ? "month"
        : "year";
  const open = !s.isCertain("year") && !relative;
  const start = open ? fixYear(ymd(s), refIso, tense, precision) : ymd(s);
  if (r.end) {
    const shift = start.y - (s.get("year") ?? start.y);
    const e = ymd(r.end);
    const endYmd = open ? { ...e, y: e.y + shift } : e;
    return {
      date: toIso(start),
      dateEnd: toIso(endYmd),
      precision: "range",
      label: `${toIso(start)}/${toIso(endYmd)}`,
    };
  }
  return { ...spanOf(precision, start), precision, label: labelOf(precision, start) };
}
