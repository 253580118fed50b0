import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Analysis, type Claim, type Event, type ScheduleItem } from "../../src/core/index.js";
import { run } from "../cli/run.js";

// End to end on an article we wrote (examples/), through the CLI, the way a user runs it.
const ARTICLE = join(import.meta.dirname, "../../examples/seoul-tokyo-talks.txt");
let a: Analysis;

const country = (code: string | undefined) => (code ?? "").slice(0, 3);
const hasEvent = (src: string, tgt: string, root: string, status?: string) =>
  a.events.some(
    (e: Event) =>
      country(e.source.code) === src &&
      country(e.target?.code) === tgt &&
      e.root === root &&
      (status === undefined || e.status === status),
  );
const claim = (value: number, unit: string): Claim | undefined =>
  a.claims.find((c) => Math.abs(c.value - value) < 1e-9 * Math.max(1, value) && c.unit === unit);

describe("dyad analyze on a news article", () => {
  beforeAll(async () => {
    const db = join(mkdtempSync(join(tmpdir(), "dyad-e2e-")), "e2e.db");
    const r = await run(["analyze", ARTICLE, "--json", "--db", db]);
    expect(r.code).toBe(0);
    a = Analysis.parse(JSON.parse(r.out));
  });

  it("reads the dateline as the published date", () => {
    expect(a.document.published).toBe("2024-10-15");
    expect(a.document.dateBasis).toBe("stated");
  });

  it.each([
    ["KOR", "JPN", "04", "postponed"],
    ["USA", "KOR", "02", undefined],
    ["USA", "KOR", "13", "threatened"],
    ["JPN", "PRK", "11", "occurred"],
    ["CHN", "RUS", "06", "scheduled"],
    ["RUS", "CHN", "06", "scheduled"],
  ])("codes %s → %s root %s (%s)", (src, tgt, root, status) => {
    expect(hasEvent(src, tgt, root, status)).toBe(true);
  });

  it("keeps the evidence sentence and offsets of every event", () => {
    for (const e of a.events) {
      expect(a.document.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(e.pattern).not.toBe("");
    }
  });

  it("codes no event from the weather-free, market-free filler but also none without an actor pair", () => {
    for (const e of a.events) expect(e.source.code).not.toBe(e.target?.code);
  });

  it.each([
    [3, "percent_gdp", "demanded", "KOR"],
    [2.8, "percent_gdp", "actual", "KOR"],
    [25, "percent", undefined, undefined],
    [28500, "count", undefined, "USA"],
    [61.2e12, "KRW", undefined, "KOR"],
    [45e9, "USD", undefined, "KOR"],
  ])("extracts the figure %d %s", (value, unit, kind, subject) => {
    const c = claim(value, unit);
    expect(c).toBeDefined();
    if (kind) expect(c?.kind).toBe(kind);
    if (subject) expect(country(c?.subject ?? "")).toBe(subject);
  });

  it("links the won figure to its dollar conversion and names the outlet", () => {
    const won = claim(61.2e12, "KRW");
    const usd = claim(45e9, "USD");
    expect(won?.linkedTo === usd?.id || usd?.linkedTo === won?.id).toBe(true);
    expect(won?.outlet).toMatch(/Yonhap/);
  });

  it("puts the postponed talks, the quota expiry and the election on the calendar", () => {
    const find = (p: (s: ScheduleItem) => boolean) => a.schedule.find(p);
    const pair = (s: ScheduleItem) =>
      s.actors.some((x) => x.startsWith("KOR")) && s.actors.some((x) => x.startsWith("JPN"));
    const talks = a.schedule.filter(pair);
    expect(talks).toHaveLength(1);
    expect(talks[0]?.status).toBe("postponed");
    expect(talks[0]?.start).toBe("2024-11-08");
    expect(talks[0]?.history.map((h) => h.start)).toContain("2024-10-21");
    const election = a.schedule.filter((s) => s.kind === "election" || s.kind === "vote");
    expect(election).toHaveLength(1);
    expect(election[0]?.start).toBe("2024-11-05");
    expect(election[0]?.actors.some((x) => x.startsWith("USA"))).toBe(true);
    expect(find((s) => s.start === "2024-12-31")?.status).toBe("scheduled");
  });
});
