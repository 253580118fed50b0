import { describe, expect, it } from "vitest";
import { countryOf, formatReport, type GoldRecord, parseGold, type ScoredEvent, scoreGold } from "./index.js";

const gold = (id: string, events: GoldRecord["events"]): GoldRecord => ({
  id,
  text: `text ${id}`,
  date: null,
  events,
  tags: [],
});
const ev = (source: string, target: string | null, code: string, status = "occurred"): ScoredEvent => ({
  source,
  target,
  root: code.slice(0, 2),
  code,
  status,
});

describe("countryOf", () => {
  it.each([
    ["JPNGOV", "JPN"],
    ["USA", "USA"],
    ["IGOWSTNAT", "IGOWSTNAT"],
    [null, "-"],
  ])("%s → %s", (code, want) => {
    expect(countryOf(code)).toBe(want);
  });
});

describe("scoreGold", () => {
  const items = [
    // matched on country and root, though sectors and 3-digit codes differ
    {
      gold: gold("a", [{ source: "JPNGOV", target: "USAGOV", root: "12", code: "125", status: "occurred" }]),
      predicted: [ev("JPNMIL", "USA", "120")],
    },
    // one missed, one spurious
    {
      gold: gold("b", [{ source: "CHNGOV", target: "TWNGOV", root: "15" }]),
      predicted: [ev("CHN", "JPN", "150")],
    },
    // must be empty, and is
    { gold: gold("c", []), predicted: [] },
    // must be empty, and is not
    { gold: gold("d", []), predicted: [ev("RUS", "UKR", "190")] },
    // status mismatch on a matched event
    {
      gold: gold("e", [{ source: "RUS", target: "UKR", root: "19", status: "reported" }]),
      predicted: [ev("RUSMIL", "UKRGOV", "194")],
    },
  ];
  const r = scoreGold(items);

  it.each([
    ["tp", r.tp, 2],
    ["fp", r.fp, 2],
    ["fn", r.fn, 1],
    ["precision", r.precision, 0.5],
    ["recall", r.recall, 2 / 3],
    ["status matched", r.statusMatched, 2],
    ["status correct", r.statusCorrect, 1],
    ["no-event precision", r.noEventPrecision, 0.5],
  ])("%s", (_name, got, want) => {
    expect(got).toBeCloseTo(want, 6);
  });

  it("computes F1 and a per-root table", () => {
    expect(r.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3), 6);
    expect(r.perRoot.find((x) => x.root === "15")).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.perRoot.find((x) => x.root === "12")).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it("lists misses with their kind", () => {
    expect(r.misses.map((m) => `${m.kind} ${m.id} ${m.tuple}`).sort()).toEqual(
      ["fn b CHN>TWN:15", "fp b CHN>JPN:15", "fp d RUS>UKR:19", "status e RUS>UKR:19"].sort(),
    );
    expect(formatReport(r, 2)).toMatch(/root-level P 50\.0%\s+R 66\.7%/);
  });

  it("matches each gold event at most once", () => {
    const twice = scoreGold([
      {
        gold: gold("f", [{ source: "JPN", target: "CHN", root: "11" }]),
        predicted: [ev("JPN", "CHN", "111"), ev("JPNGOV", "CHNGOV", "112")],
      },
    ]);
    expect([twice.tp, twice.fp]).toEqual([1, 1]);
  });
});

describe("parseGold", () => {
  it("reads events, tags and a root from the code when root is absent", () => {
    const line = JSON.stringify({
      id: "x",
      text: "t",
      date: "2025-06-20",
      events: [{ source: "A", target: null, code: "0231" }],
      tags: ["root:02"],
    });
    expect(parseGold(`${line}\n\n`, "g.jsonl")).toEqual([
      {
        id: "x",
        text: "t",
        date: "2025-06-20",
        events: [{ source: "A", target: null, root: "02", code: "0231" }],
        tags: ["root:02"],
      },
    ]);
  });

  it.each([
    ["not JSON", "{", /g\.jsonl:1: not valid JSON/],
    ["no text", '{"events": []}', /g\.jsonl:1: missing text/],
    ["no events", '{"text": "t"}', /g\.jsonl:1: missing events/],
    [
      "bad root",
      '{"text": "t", "events": [{"source": "A", "target": "B", "root": "1"}]}',
      /root must be two digits/,
    ],
  ])("rejects %s with file:line", (_name, text, re) => {
    expect(() => parseGold(text, "g.jsonl")).toThrow(re);
  });
});
