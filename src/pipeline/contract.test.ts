import { describe, expect, it } from "vitest";
import type { Event } from "../core/index.js";
import { contractLine, toContractEvent } from "./contract.js";

const actor = (code: string, text: string) => ({ code, text, start: 0, end: text.length, entry: null });

function event(over: Partial<Event> = {}): Event {
  return {
    id: "e1",
    source: actor("JPNGOV", "Japan"),
    target: actor("CHNGOV", "China"),
    code: "036",
    root: "03",
    label: "Express intent to meet or negotiate",
    plover: "CONSULT",
    mode: null,
    auxMode: null,
    goldstein: 4,
    quad: 1,
    status: "occurred",
    date: "2025-06-20",
    dateEnd: null,
    datePrecision: "day",
    claimant: null,
    outlet: null,
    evidence: { docId: "d1", sentence: 0, start: 0, end: 30, text: "Japan met with China on Tuesday." },
    pattern: "p-036-1",
    dictVersion: "v1",
    confidence: 0.9,
    ...over,
  };
}

describe("contractLine", () => {
  it.each([
    ["a numeric id", 7, [event()]],
    ["a string id", "line-1", [event()]],
    ["a null id and no events", null, []],
    ["a string id needing escapes", 'a "quoted"\\id\n', [event()]],
    ["no target", 3, [event({ target: null, plover: null, date: null })]],
    ["a fractional Goldstein score", 4, [event({ goldstein: -6.5, mode: "threat" })]],
    ["quotes and controls in the text", 5, [event({ source: actor("USAGOV", 'the "U.S."\t\\ side') })]],
    ["a lone surrogate and a pair", 6, [event({ source: actor("USAGOV", "x\ud800y \ud83d\ude00 \u2028") })]],
    ["two events", 8, [event(), event({ code: "042", root: "04", target: actor("---", "rebels") })]],
  ])("writes the same text as JSON.stringify: %s", (_, id, events) => {
    expect(contractLine(id, events)).toBe(JSON.stringify({ id, events: events.map(toContractEvent) }));
  });
});
