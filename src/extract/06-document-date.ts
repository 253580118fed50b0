import * as chrono from "chrono-node";
import { isoDate } from "./_text.js";

/** A document's published date and how it was known. */
export interface DocumentDate {
  readonly date: string | null;
  readonly basis: "stated" | "inferred-from-text" | "unknown";
}

const STATED_LINE =
  /^\s*(?:published|updated|posted|last updated|first published|date|dated)\b(?:\s+on)?\s*[:\-–—]?\s*(.+)$/i;
const DATELINE = /^\s*[A-Z][A-Z .'-]{1,40}(?:\([^)]*\))?,\s*(.{6,40}?)\s*(?:\([^)]*\)\s*)?[-–—]/;
const FUTURE_CUE =
  /\b(will|would|scheduled|set for|slated|upcoming|due|until|till|expected|plans?|planned|looming|ahead of|next|by|before|faces?|is to|are to)\b/i;
const PAST_CUE =
  /\b(was|were|had|did|said|met|held|took|announced|signed|agreed|began|ended|visited|cancell?ed|approved|passed|launched|reported|told)\b/i;

interface FullDate {
  readonly iso: string;
  readonly index: number;
  readonly end: number;
}

/** Absolute dates with day, month and year all written out. */
function fullDates(text: string): FullDate[] {
  return chrono.en.strict
    .parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" })
    .filter((r) => r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year"))
    .map((r) => ({
      iso: isoDate(r.start.get("year") ?? 0, r.start.get("month") ?? 1, r.start.get("day") ?? 1),
      index: r.index,
      end: r.index + r.text.length,
    }));
}

function statedDate(text: string): string | null {
  const head = text.split(/\r?\n/).slice(0, 8);
  for (const line of head) {
    const stated = STATED_LINE.exec(line);
    const d = stated?.[1] ? fullDates(stated[1])[0] : undefined;
    if (d) return d.iso;
    const dl = DATELINE.exec(line);
    const e = dl?.[1] ? fullDates(dl[1])[0] : undefined;
    if (e) return e.iso;
    const only = fullDates(line)[0];
    if (
      only &&
      line.replace(/[\s,|·•-]/g, "").length <=
        line.slice(only.index, only.end).replace(/[\s,]/g, "").length + 12
    )
      return only.iso;
  }
  return null;
}

/**
 * Finds a document's date: a dateline or "Published/Updated <date>" near the top is `stated`; otherwise the latest
 * full date the text speaks of in the past tense is `inferred-from-text`; else `unknown`. Never today's date.
 * @example inferDocumentDate("Published: June 20, 2025\nJapan cancelled talks.") // { date: "2025-06-20", basis: "stated" }
 */
export function inferDocumentDate(text: string): DocumentDate {
  const stated = statedDate(text);
  if (stated) return { date: stated, basis: "stated" };
  let best: string | null = null;
  for (const d of fullDates(text)) {
    const sentStart = Math.max(text.lastIndexOf(". ", d.index), text.lastIndexOf("\n", d.index)) + 1;
    const stop = /[.!?](\s|$)/.exec(text.slice(d.end));
    const sentence = text.slice(sentStart, d.end + (stop?.index ?? text.length - d.end));
    if (FUTURE_CUE.test(sentence) || !PAST_CUE.test(sentence)) continue;
    if (best === null || d.iso > best) best = d.iso;
  }
  return best ? { date: best, basis: "inferred-from-text" } : { date: null, basis: "unknown" };
}
