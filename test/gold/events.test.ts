import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/eval/index.js";
import { runEventGold } from "./run-events.js";

const GOLD_DIR = join(import.meta.dirname, "../../data/gold/events");
// Issue 4 asks for root-level F1 >= 0.90 on this set (0.915 on 2026-11-25): the test fails below the target.
const ISSUE_TARGET_F1 = 0.9;
const FLOOR_F1 = ISSUE_TARGET_F1;
const MIN_NO_EVENT_PRECISION = 0.9;
// wire-dev2: 300 wire sentences written apart from the coder (added 2026-11-26, 0.54 then); it measures unseen-style
// text toward the same target and keeps its own regression floor until it reaches it.
const WIRE_DEV2 = "wire-dev2.jsonl";
const WIRE_DEV2_FLOOR_F1 = 0.65;

describe("gold events (data/gold/events/*.jsonl)", () => {
  const { report, mentions } = runEventGold(GOLD_DIR, (f) => f !== WIRE_DEV2);
  process.stdout.write(
    `\n${formatReport(report, 30)}\nroot-level F1 ${report.f1.toFixed(3)}; issue target ${ISSUE_TARGET_F1}, gap ${Math.max(0, ISSUE_TARGET_F1 - report.f1).toFixed(3)}\n`,
  );

  it("has gold sentences and the actor stage finds mentions in them", () => {
    expect(report.sentences).toBeGreaterThan(500);
    expect(mentions).toBeGreaterThan(0);
  });
  it(`stays at or above the regression floor F1 ${FLOOR_F1} (issue target ${ISSUE_TARGET_F1})`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(FLOOR_F1);
  });
  it(`reaches no-event precision >= ${MIN_NO_EVENT_PRECISION}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(MIN_NO_EVENT_PRECISION);
  });
});

describe(`gold events, ${WIRE_DEV2}`, () => {
  const { report } = runEventGold(GOLD_DIR, WIRE_DEV2);
  process.stdout.write(
    `\n${WIRE_DEV2}: root-level F1 ${report.f1.toFixed(3)}; floor ${WIRE_DEV2_FLOOR_F1}, issue target ${ISSUE_TARGET_F1}\n`,
  );

  it(`stays at or above its regression floor F1 ${WIRE_DEV2_FLOOR_F1}`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(WIRE_DEV2_FLOOR_F1);
  });
  it(`reaches no-event precision >= ${MIN_NO_EVENT_PRECISION}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(MIN_NO_EVENT_PRECISION);
  });
});
