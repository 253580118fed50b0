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
