import type { CodeLineEvent, Event } from "../core/index.js";

/** Projects an Event onto the stable batch-contract fields, in contract order. */
export function toContractEvent(e: Event): CodeLineEvent {
  return {
    source: e.source.code,
    target: e.target?.code ?? null,
    code: e.code,
    root: e.root,
    plover: e.plover,
    mode: e.mode,
    goldstein: e.goldstein,
    quad: e.quad,
    status: e.status,
    date: e.date,
    sourceText: e.source.text,
    targetText: e.target?.text ?? null,
    evidence: { start: e.evidence.start, end: e.evidence.end },
    pattern: e.pattern,
  };
}

// Characters JSON.stringify would escape (quote, backslash, controls) or may (surrogates): such strings go through it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this looks for.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string or null as JSON, quoting plain strings directly (JSON.stringify is several times slower per call). */
function jsonString(s: string | null): string {
  if (s === null) return "null";
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** A number as JSON (non-finite numbers are null, as in JSON.stringify). */
function jsonNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : "null";
}

/**
 * One `dyad code` output line: the same text as `JSON.stringify({ id, events: events.map(toContractEvent) })`, written
 * field by field (serialising was a tenth of coding a short sentence); contract.test.ts holds the two together.
 */
export function contractLine(id: string | number | null, events: readonly Event[]): string {
  let out = `{"id":${typeof id === "string" ? jsonString(id) : id === null ? "null" : jsonNumber(id)},"events":[`;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    out +=
      `${k === 0 ? "" : ","}{"source":${jsonString(e.source.code)},"target":${jsonString(e.target?.code ?? null)}` +
      `,"code":${jsonString(e.code)},"root":${jsonString(e.root)},"plover":${jsonString(e.plover)}` +
      `,"mode":${jsonString(e.mode)},"goldstein":${jsonNumber(e.goldstein)},"quad":${jsonNumber(e.quad)}` +
      `,"status":${jsonString(e.status)},"date":${jsonString(e.date)},"sourceText":${jsonString(e.source.text)}` +
      `,"targetText":${jsonString(e.target?.text ?? null)}` +
      `,"evidence":{"start":${jsonNumber(e.evidence.start)},"end":${jsonNumber(e.evidence.end)}}` +
      `,"pattern":${jsonString(e.pattern)}}`;
  }
  return `${out}]}`;
}
