import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/eval/index.js";
import { runEventGold } from "./run-events.js";

// 250 wire-style sentences written by an engineer who never saw the dictionaries, the coder or the dev gold, and
// used only to measure changes, never to tune them (2026-11): the closest we have to an unseen evaluation. The floor only guards
// against regressions; the target for unseen text is root-level F1 0.85.
const HELDOUT_DIR = join(import.meta.dirname, "../../data/gold/heldout");
const FLOOR_F1 = 0.61;
const MIN_NO_EVENT_PRECISION = 0.9;

describe("held-out wire-style events (data/gold/heldout)", () => {
  const { report, mentions } = runEventGold(HELDOUT_DIR);
  process.stdout.write(`\nheld-out:\n${formatReport(report, 10)}\n`);

  it("finds actor mentions", () => {
    expect(mentions).toBeGreaterThan(0);
  });
  it(`stays at or above the regression floor F1 ${FLOOR_F1}`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(FLOOR_F1);
  });
  it(`keeps no-event precision >= ${MIN_NO_EVENT_PRECISION}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(MIN_NO_EVENT_PRECISION);
  });
});
