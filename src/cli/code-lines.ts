import type { CodeLineOutput } from "../core/index.js";

/** One parsed input line of `dyad code`. */
export type CodeLineInput =
  | {
      readonly ok: true;
      readonly id: string | number | null;
      readonly text: string;
      readonly date: string | null;
    }
  | { readonly ok: false; readonly output: CodeLineOutput };

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the string is a real calendar date in YYYY-MM-DD form (proleptic Gregorian, as Date reads it). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

const err = (id: string | number | null, code: string, message: string): CodeLineInput => ({
  ok: false,
  output: { id, error: { code, message } },
});

/** Parses one raw input line (bytes, without the newline) into text + date, or a per-line error object. */
export function parseCodeLine(bytes: Uint8Array, lineNo: number, defaultDate: string | null): CodeLineInput {
  let raw: string;
  try {
    raw = UTF8.decode(bytes);
  } catch {
    return err(null, "invalid_utf8", `line ${lineNo}: not valid UTF-8`);
  }
  raw = raw.replace(/\r$/, "");
  if (raw.trim() === "") return err(null, "empty_line", `line ${lineNo}: empty line`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return err(null, "invalid_json", `line ${lineNo}: ${(e as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return err(null, "invalid_record", `line ${lineNo}: expected a JSON object`);
  const rec = value as Record<string, unknown>;
  const idRaw = rec.id;
  const id = typeof idRaw === "string" || typeof idRaw === "number" ? idRaw : null;
  if (typeof rec.text !== "string" || rec.text.trim() === "")
    return err(id, "missing_text", `line ${lineNo}: "text" must be a non-empty string`);
  if (rec.date !== undefined && rec.date !== null && (typeof rec.date !== "string" || !isIsoDate(rec.date)))
    return err(id, "invalid_date", `line ${lineNo}: "date" must be YYYY-MM-DD`);
  const date = typeof rec.date === "string" ? rec.date : defaultDate;
  return { ok: true, id, text: rec.text, date };
}

/** A run of whole input lines as bytes in an ArrayBuffer of its own (so it can be transferred to a worker thread). */
export interface LineRun {
  readonly bytes: Uint8Array;
  /** Number of the run's first line in the input, from 1. */
  readonly firstLine: number;
  readonly lines: number;
}

/**
 * Cuts a byte stream into runs of at most `maxLines` whole lines (each with its LF; the input's last line may lack
 * it). A run also ends where a read chunk ends, so a line fed alone on a pipe is passed on at once. Only LFs are
 * looked for here: lines are parsed wherever they are coded.
 */
export async function* lineRuns(
  stream: AsyncIterable<Uint8Array>,
  maxLines: number,
): AsyncGenerator<LineRun> {
  let pending: Uint8Array = new Uint8Array(0);
  let lineNo = 1;
  for await (const chunk of stream) {
    const buf = Buffer.concat([pending, chunk]);
    let start = 0;
    let n = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) {
      if (++n < maxLines) continue;
      yield { bytes: new Uint8Array(buf.subarray(start, i + 1)), firstLine: lineNo, lines: n };
      lineNo += n;
      start = i + 1;
      n = 0;
    }
    if (n > 0) {
      const end = buf.lastIndexOf(10) + 1;
      yield { bytes: new Uint8Array(buf.subarray(start, end)), firstLine: lineNo, lines: n };
      lineNo += n;
      start = end;
    }
    pending = buf.subarray(start);
  }
  if (pending.length > 0) yield { bytes: new Uint8Array(pending), firstLine: lineNo, lines: 1 };
}

/**
 * Cuts a run after its first `n` lines: the head (a view of the same bytes) and the rest (a view too, so the rest can
 * still be transferred whole: its view keeps its offset in the buffer). A run of at most `n` lines is all head.
 * @example splitRun({ bytes: enc("a\nb\nc\n"), firstLine: 5, lines: 3 }, 2)[1] // { bytes: "c\n", firstLine: 7, lines: 1 }
 */
export function splitRun(run: LineRun, n: number): [LineRun, LineRun] {
  if (run.lines <= n) return [run, { bytes: run.bytes.subarray(run.bytes.length), firstLine: run.firstLine + run.lines, lines: 0 }];
  let end = -1;
  for (let k = 0; k < n; k++) end = run.bytes.indexOf(10, end + 1);
  const head = { bytes: run.bytes.subarray(0, end + 1), firstLine: run.firstLine, lines: n };
  return [head, { bytes: run.bytes.subarray(end + 1), firstLine: run.firstLine + n, lines: run.lines - n }];
}
