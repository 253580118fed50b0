import * as chrono from "chrono-node";
import type { ExtractModel } from "../dict/extract/index.js";
import type { ChronoHit } from "./_chrono.js";
import { anyParserMatches, type ChronoWindow, chronoVocabulary, chronoWindows } from "./_chrono-windows.js";

// Cheap pre-check: chrono finds no date in a text with none of these words or digits (saves most of its cost).
// It also covers every other date rule (fiscal and bare years need digits, MONTH_AFTER_PREP a month name).
const DATEISH =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|today|tonight|yesterday|tomorrow|now|ago|last|next|this|past|coming|within|later|earlier|morning|afternoon|evening|night|noon|midnight|fortnight|(?:week|weekend|month|year|day|decade|quarter|hour|minute)s?)\b/i;

/** False when a (normalised) text holds no date expression at all: no digit, month, weekday or time word. */
export const mayHoldDate = (text: string): boolean => DATEISH.test(text);

// chrono's casual English parser without its clock-time parsers ("at 5 pm", "noon"): we resolve calendar dates only,
// and those two parsers cost about a third of its time. Built once; never mutated.
const CLOCK_PARSERS = new Set(["ENTimeExpressionParser", "ENCasualTimeParser"]);
const CASUAL = chrono.en.casual.clone();
const DATES_ONLY = new chrono.Chrono({
  parsers: CASUAL.parsers.filter((p) => !CLOCK_PARSERS.has(p.constructor.name)),
  refiners: CASUAL.refiners,
});
const VOCABULARY = chronoVocabulary(DATES_ONLY);

/**
 * What date reading remembers across sentences and passages: chrono's hits (and their resolutions) by reference date
 * and text window, since news repeats its date phrases ("x on Tuesday.", "x last week.") and chrono costs far more
 * than a lookup, plus what is derived once from the extract model. Create one per run or worker, like the NLP
 * engine; past `limit` windows the oldest go first. Results are the same with or without it.
 */
export interface DateMemo {
  /** "reference date (or -) window text" → hits. */
  readonly windows: Map<string, readonly ChronoHit[]>;
  readonly cueEnds: WeakMap<ExtractModel, ReadonlySet<string>>;
  readonly limit: number;
}

/** A new, empty date memo. */
export function createDateMemo(limit = 20_000): DateMemo {
  return { windows: new Map(), cueEnds: new WeakMap(), limit };
}

/** chrono results, with "lasts until July 9" (read by chrono as now..July 9) cut back to "until July 9". */
function parseHits(text: string, instant: Date, remember: boolean): ChronoHit[] {
  const hit = (r: chrono.ParsedResult, shift: number): ChronoHit => ({
    index: r.index + shift,
    text: r.text,
    start: r.start,
    end: r.end ?? null,
    tags: [...(r.tags?.() ?? [])],
    ...(remember ? { resolved: new Map() } : {}),
  });
  const out: ChronoHit[] = [];
  for (const r of DATES_ONLY.parse(text, { instant, timezone: "UTC" })) {
    const cut = /\b(until|till)\s+/i.exec(r.text);
    if (!cut || cut.index === 0) {
      out.push(hit(r, 0));
      continue;
    }
    const from = r.index + cut.index;
    for (const t of DATES_ONLY.parse(text.slice(from), { instant, timezone: "UTC" })) out.push(hit(t, from));
  }
  return out;
}

// Most windows hold no date ("x the x"): they share one empty list.
const NO_HITS: readonly ChronoHit[] = Object.freeze([]);

/** The hits of one window, from the memo or read and remembered. */
function windowHits(w: ChronoWindow, ref: string | null, memo: DateMemo): readonly ChronoHit[] {
  const key = `${ref ?? "-"} ${w.text}`;
  const known = memo.windows.get(key);
  if (known) return known;
  const got =
    VOCABULARY && !anyParserMatches(VOCABULARY, w.text) ? NO_HITS : parseHits(w.text, instantOf(ref), true);
  if (memo.windows.size >= memo.limit) {
    const oldest = memo.windows.keys().next();
    if (!oldest.done) memo.windows.delete(oldest.value);
  }
  memo.windows.set(key, got);
  return got;
}

const instantOf = (ref: string | null) => new Date(`${ref ?? "2000-01-01"}T12:00:00Z`);

/**
 * chrono's dates in a (normalised) text that passed mayHoldDate, read against a reference date (YYYY-MM-DD; null
 * reads against 2000-01-01 and leaves relative dates unresolved later). With a memo, chrono reads only the windows
 * around possible dates, each once per reference date; the hits are the same as from reading the whole text.
 */
export function chronoResults(text: string, ref: string | null, memo?: DateMemo): ChronoHit[] {
  if (memo && VOCABULARY) {
    const out: ChronoHit[] = [];
    for (const w of chronoWindows(text, VOCABULARY)) {
      for (const h of windowHits(w, ref, memo)) {
        // A hit reaching into a masked word would mean the window was cut wrong: read the whole text instead.
        if (h.index < w.lo || h.index + h.text.length > w.hi) return parseHits(text, instantOf(ref), false);
        out.push({ ...h, index: h.index + w.shift });
      }
    }
    return out;
  }
  // No parser pattern matches: chrono would find nothing.
  if (VOCABULARY && !anyParserMatches(VOCABULARY, text)) return [];
  return parseHits(text, instantOf(ref), false);
}
