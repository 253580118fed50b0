import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/eval/index.js";
import { runEventGold } from "./run-events.js";

// Wire-style sentences written by engineers who never saw the dictionaries, the coder or the dev gold, used only to
// measure changes, never to tune them: the closest we have to an unseen evaluation. The target for unseen
// text is root-level F1 0.85; the floors below only guard against regressions.
// - wire-2026-11.jsonl (250 sentences): written first, and measured after many changes since, so no longer fresh.
// - wire-2026-11b.jsonl (250 sentences, 2026-11-25): written later by another engineer.
// - wire-2026-11c.jsonl (220 sentences, 2026-11-25, third session): written by a third engineer before that
//   session's accuracy work was merged.
// - wire-2026-11d.jsonl (250 sentences, 560 events, 2026-11-26, fourth session): written by a fourth engineer at the
//   start of that session, clause-heavy lead paragraphs; 0.581 on the code of that morning, 0.610 at its end, 0.638
//   at the end of the fifth session (2026-11-26; a, b, c then 0.733, 0.631, 0.754); 0.663 / 0.739, 0.647, 0.766 at the
//   end of the sixth, 0.674 / 0.743, 0.655, 0.773 at the end of the seventh, 0.690 / 0.751, 0.662, 0.777 at the end of
//   the eighth; 0.698 / 0.752, 0.667, 0.787 at the end of the eleventh (2026-11-26).
const HELDOUT_DIR = join(import.meta.dirname, "../../data/gold/heldout");
const SETS = [
  { file: "wire-2026-11.jsonl", floor: 0.74 },
  { file: "wire-2026-11b.jsonl", floor: 0.65 },
  { file: "wire-2026-11c.jsonl", floor: 0.77 },
  { file: "wire-2026-11d.jsonl", floor: 0.69 },
];
const MIN_NO_EVENT_PRECISION = 0.9;

describe.each(SETS)("held-out wire-style events: $file", ({ file, floor }) => {
  const { report, mentions } = runEventGold(HELDOUT_DIR, file);
  process.stdout.write(`\nheld-out ${file}:\n${formatReport(report, 0)}\n`);

  it("finds actor mentions", () => {
    expect(mentions).toBeGreaterThan(0);
  });
  it(`stays at or above the regression floor F1 ${floor}`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(floor);
  });
  it(`keeps no-event precision >= ${MIN_NO_EVENT_PRECISION}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(MIN_NO_EVENT_PRECISION);
  });
});
