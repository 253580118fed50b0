import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/eval/index.js";
import { runEventGold } from "./run-events.js";

const GOLD_DIR = join(import.meta.dirname, "../../data/gold/events");
// Issue 4 asks for root-level F1 >= 0.90 on this set (0.966 on 2026-11-26, fifth session): the test fails below the target.
const ISSUE_TARGET_F1 = 0.9;
const FLOOR_F1 = ISSUE_TARGET_F1;
const MIN_NO_EVENT_PRECISION = 0.9;
// Independently written wire-style dev sets, added as written and far harder than the rest: scored on their own with a
// regression floor (the F1 reached on them so far, less a margin) until the coder reaches the issue target there.
const WIRE_SETS = [
  // wire-dev3 arrived at no-event precision 0.83 (38 of 46 empty sentences clean): its floor starts there.
  { file: "wire-dev2.jsonl", floor: 0.89, noEvent: MIN_NO_EVENT_PRECISION },
  { file: "wire-dev3.jsonl", floor: 0.9, noEvent: 0.82 },
  { file: "wire-dev4.jsonl", floor: 0.8, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev5 (fifth session) arrived at 0.622, no-event precision 0.95 (38 of 40); 0.704 at the end of that session,
  // 0.766 at the end of the sixth (11 records recoded to the settled "agreed to" convention).
  // 0.829 at the end of the eleventh (mediation reaching the parties of the act before it).
  { file: "wire-dev5.jsonl", floor: 0.82, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev6 (sixth session) arrived at 0.769, no-event precision 0.925 (37 of 40), before that session's rounds;
  // 0.772 after the first round (not read by its helpers), 0.803 at the end of the session (used for development);
  // 0.856 at the end of the seventh (w6-029 and w6-162 recoded to settled conventions).
  { file: "wire-dev6.jsonl", floor: 0.87, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev7 (seventh session) arrived at 0.770, no-event precision 0.975 (39 of 40), before that session's rounds;
  // 0.776 at the end of the session, whose helpers never read it (the honest transfer figure); 0.856 at the end of the
  // eighth, which used it for development (w7-003 and w7-076 recoded to the settled hosted-talks convention).
  // 0.889 at the end of the thirteenth.
  { file: "wire-dev7.jsonl", floor: 0.88, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev8 (eighth session) arrived at 0.823, no-event precision 0.95 (38 of 40); 0.831 at the end of that session,
  // whose helpers never read it (the honest transfer figure); 0.880 at the end of the ninth, which used it for development.
  // 0.896 at the end of the eleventh.
  // 0.909 at the end of the twelfth.
  // 0.921 at the end of the thirteenth.
  { file: "wire-dev8.jsonl", floor: 0.91, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev9 (ninth session) arrived at 0.756, no-event precision 0.925 (37 of 40); 0.758 at the end of that session,
  // whose helpers never read it (the honest transfer figure).
  // 0.779 at the end of the tenth, which used it for development.
  // 0.806 at the end of the twelfth.
  // 0.827 at the end of the thirteenth.
  { file: "wire-dev9.jsonl", floor: 0.81, noEvent: MIN_NO_EVENT_PRECISION },
  // wire-dev10 (tenth session) arrived at 0.681, no-event precision 0.875 (35 of 40), before that session's rounds;
  // 0.685 at the end of the session, whose helpers never read it (the honest transfer figure); 0.696 at the end of the
  // eleventh, which used it for development.
  // 0.720 at the end of the twelfth.
  // 0.749 at the end of the thirteenth, 0.760 at the end of the fourteenth, 0.771 at the end of the sixteenth.
  { file: "wire-dev10.jsonl", floor: 0.77, noEvent: 0.87 },
  // wire-dev11 (eleventh session) arrived at 0.640, no-event precision 0.925 (37 of 40), on the code the session started
  // from; 0.645 before anyone who changed the coder read it (the honest transfer figure), 0.650 at the session's end.
  // 0.669 at the end of the twelfth, which used it for development.
  // 0.692 at the end of the thirteenth, 0.716 at the end of the fourteenth, 0.732 at the end of the sixteenth.
  { file: "wire-dev11.jsonl", floor: 0.73, noEvent: 0.92 },
  // wire-dev12 (twelfth session) arrived at 0.703, no-event precision 0.925 (37 of 40), on the code the session started
  // from; 0.714 at the session's end, none of whose coder changes were made by anyone who read it (the honest transfer).
  // 0.753 at the end of the thirteenth, which used it for development; 0.768 at the end of the fourteenth, 0.786 at the
  // end of the fifteenth, 0.789 at the end of the sixteenth, 0.793 at the end of the seventeenth.
  { file: "wire-dev12.jsonl", floor: 0.8, noEvent: 0.92 },
  // wire-dev13 and wire-dev14 (thirteenth session, two writers apart) arrived at 0.644 and 0.644, no-event precision
  // 0.85 (34 of 40) and 0.825 (33 of 40), on the code the session started from; 0.659 and 0.660 at the session's end,
  // none of whose coder changes were made by anyone who read them (the honest transfer; one wire-dev13 line was printed by
  // accident to a helper of its second round, whose merge moved it from 0.656 to 0.657).
  // 0.689 and 0.688 at the end of the fourteenth, which used them for development; 0.697 and 0.701 at the end of the
  // fifteenth; 0.711 and 0.714 at the end of the sixteenth; 0.720 and 0.723 at the end of the seventeenth.
  { file: "wire-dev13.jsonl", floor: 0.72, noEvent: 0.82 },
  { file: "wire-dev14.jsonl", floor: 0.72, noEvent: 0.8 },
  // wire-dev15 and wire-dev16 (fourteenth session, two writers apart) arrived at 0.639 and 0.664, no-event precision
  // 0.775 (31 of 40) and 0.825 (33 of 40), on the code the session started from; 0.648 and 0.663 at the session's end,
  // none of whose coder changes were made by anyone who read them (the honest transfer). 0.678 and 0.685 at the end of
  // the fifteenth, which used them for development; 0.712 and 0.705 at the end of the sixteenth; 0.724 and 0.711 at the
  // end of the seventeenth.
  { file: "wire-dev15.jsonl", floor: 0.72, noEvent: 0.8 },
  { file: "wire-dev16.jsonl", floor: 0.71, noEvent: 0.8 },
  // wire-dev17 and wire-dev18 (fifteenth session, two writers apart) arrived at 0.682 and 0.697, no-event precision
  // 0.975 (39 of 40) and 0.90 (36 of 40), on the code the session started from; 0.693 and 0.707 after its main round,
  // none of whose coder changes were made by anyone who read them (the honest transfer); 0.696 and 0.707 at the
  // session's end, after a short last round that used them for development. 0.731 and 0.736 at the end of the
  // sixteenth, which used them for development; 0.735 and 0.743 at the end of the seventeenth.
  { file: "wire-dev17.jsonl", floor: 0.73, noEvent: 0.95 },
  { file: "wire-dev18.jsonl", floor: 0.74, noEvent: 0.87 },
  // wire-dev19 and wire-dev20 (sixteenth session, two writers apart) arrived at 0.634 and 0.759, no-event precision
  // 0.90 (36 of 40) and 0.925 (37 of 40), on the code the session started from; 0.638 and 0.760 after its main round,
  // none of whose changes were made by anyone who read them (the honest transfer); 0.637 and 0.761 at its end, after a
  // short last round in which they were already dev sets. 0.655 and 0.767 at the end of the seventeenth, which used them
  // for development.
  { file: "wire-dev19.jsonl", floor: 0.67, noEvent: 0.87 },
  { file: "wire-dev20.jsonl", floor: 0.78, noEvent: 0.9 },
  // wire-dev21 and wire-dev22 (seventeenth session, two writers apart) arrived at 0.711 and 0.653, no-event precision
  // 0.925 (37 of 40) and 0.975 (39 of 40), on the code the session started from; 0.711 and 0.656 after its main round
  // and 0.711 and 0.659 at its end (a short last round), none of whose changes were made by anyone who read them (the
  // honest transfer).
  { file: "wire-dev21.jsonl", floor: 0.71, noEvent: 0.9 },
  { file: "wire-dev22.jsonl", floor: 0.65, noEvent: 0.92 },
  // All of the above were raised at the end of the eighteenth session (wire-dev10 … 22 then 0.786, 0.751, 0.817, 0.738,
  // 0.738, 0.739, 0.732, 0.745, 0.762, 0.687, 0.796, 0.728, 0.671).
  // wire-dev23 and wire-dev24 (eighteenth session, two writers apart) arrived at 0.738 and 0.751, no-event precision
  // 0.85 (34 of 40) and 0.825 (33 of 40), on the code the session started from; 0.738 and 0.753 after its main round,
  // none of whose changes were made by anyone who read them (the honest transfer); 0.748 and 0.753 at its end.
  { file: "wire-dev23.jsonl", floor: 0.72, noEvent: 0.82 },
  { file: "wire-dev24.jsonl", floor: 0.73, noEvent: 0.8 },
  // wire-dev25 and wire-dev26 (nineteenth session, two writers apart) arrived at 0.733 and 0.728, no-event precision
  // 0.85 (34 of 40) and 0.975 (39 of 40), on the code the session started from; 0.735 and 0.725 after its main round and
  // at its end (a short round), none of whose changes were made by anyone who read them (the honest transfer).
  { file: "wire-dev25.jsonl", floor: 0.71, noEvent: 0.82 },
  { file: "wire-dev26.jsonl", floor: 0.7, noEvent: 0.95 },
  // wire-dev27 and wire-dev28 (twentieth session, two writers apart) arrived at 0.746 and 0.760, no-event precision
  // 0.925 (37 of 40) and 0.95 (38 of 40), on the code the session started from; 0.753 and 0.776 after its main round
  // and 0.753 and 0.778 at its end, none of whose changes were made by anyone who read them (the honest transfer).
  { file: "wire-dev27.jsonl", floor: 0.73, noEvent: 0.9 },
  { file: "wire-dev28.jsonl", floor: 0.75, noEvent: 0.92 },
  // wire-dev29 and wire-dev30 (twenty-first session, two writers apart) arrived at 0.683 and 0.738, no-event precision
  // 0.95 (38 of 40) and 0.975 (39 of 40), on the code the session started from; 0.692 and 0.745 after its main round,
  // none of whose changes were made by anyone who read them (the honest transfer); 0.694 and 0.745 at its end.
  { file: "wire-dev29.jsonl", floor: 0.67, noEvent: 0.9 },
  { file: "wire-dev30.jsonl", floor: 0.72, noEvent: 0.95 },
  // wire-dev31 and wire-dev32 (twenty-second session, two writers apart) arrived at 0.721 and 0.710, no-event precision
  // 1.0 (40 of 40) and 0.95 (38 of 40), on the code the session started from; 0.726 and 0.715 after its main round,
  // none of whose changes were made by anyone who read them (the honest transfer);
  // 0.728 and 0.717 at its end.
  { file: "wire-dev31.jsonl", floor: 0.71, noEvent: 0.95 },
  { file: "wire-dev32.jsonl", floor: 0.7, noEvent: 0.9 },
  // wire-dev33 and wire-dev34 (twenty-third session, two writers apart) arrived at 0.746 and 0.711, no-event precision
  // 0.975 (39 of 40) and 0.925 (37 of 40), on the code the session started from; 0.747 and 0.712 after its main
  // round, none of whose changes were made by anyone who read them (the honest transfer); 0.753 and 0.716 at its end.
  { file: "wire-dev33.jsonl", floor: 0.73, noEvent: 0.95 },
  { file: "wire-dev34.jsonl", floor: 0.7, noEvent: 0.9 },
  // wire-dev35 and wire-dev36 (twenty-fourth session, two writers apart) arrived at 0.771 and 0.741, no-event
  // precision 0.825 (33 of 40) and 0.85 (34 of 40), on the code the session started from; 0.774 and 0.745 after its
  // main round, none of whose changes were made by anyone who read them (the honest transfer); 0.775 and 0.745 at its
  // end.
  { file: "wire-dev35.jsonl", floor: 0.75, noEvent: 0.8 },
  { file: "wire-dev36.jsonl", floor: 0.72, noEvent: 0.8 },
  // wire-dev37 and wire-dev38 (twenty-fifth session, two writers apart) arrived at 0.680 and 0.751, no-event
  // precision 0.90 (36 of 40) and 0.875 (35 of 40), on the code the session started from; 0.683 and 0.756 after its
  // main round, none of whose changes were made by anyone who read them (the honest transfer); 0.683 and 0.761 at
  // its end.
  { file: "wire-dev37.jsonl", floor: 0.66, noEvent: 0.85 },
  { file: "wire-dev38.jsonl", floor: 0.73, noEvent: 0.85 },
  // wire-dev39 and wire-dev40 (twenty-sixth session, two writers apart) arrived at 0.615 and 0.658, no-event
  // precision 0.825 (33 of 40) and 0.90 (36 of 40), on the code the session started from; 0.615 and 0.662 after its
  // main round, none of whose changes were made by anyone who read them (the honest transfer); 0.617 and 0.667 at
  // its end, after one short-round helper on each.
  { file: "wire-dev39.jsonl", floor: 0.59, noEvent: 0.8 },
  { file: "wire-dev40.jsonl", floor: 0.63, noEvent: 0.85 },
  // wire-dev41 and wire-dev42 (twenty-seventh session, two writers apart) arrived at 0.767 and 0.736, no-event
  // precision 0.975 (39 of 40) each, on the code the session started from; 0.769 and 0.736 after its main round, none
  // of whose changes were made by anyone who read them (the honest transfer).
  { file: "wire-dev41.jsonl", floor: 0.74, noEvent: 0.9 },
  { file: "wire-dev42.jsonl", floor: 0.71, noEvent: 0.9 },
  // wire-dev43 and wire-dev44 (twenty-eighth session, two writers apart) arrived at 0.759 and 0.711, no-event
  // precision 0.925 (37 of 40) and 0.875 (35 of 40), on the code the session started from; 0.759 and 0.713 after its
  // main round, none of whose changes were made by anyone who read them (the honest transfer).
  { file: "wire-dev43.jsonl", floor: 0.73, noEvent: 0.85 },
  { file: "wire-dev44.jsonl", floor: 0.68, noEvent: 0.8 },
  // wire-dev45 and wire-dev46 (twenty-ninth session, two writers apart) arrived at 0.769 and 0.768, no-event
  // precision 0.80 (32 of 40) and 0.925 (37 of 40), on the code the session started from.
  { file: "wire-dev45.jsonl", floor: 0.74, noEvent: 0.75 },
  { file: "wire-dev46.jsonl", floor: 0.74, noEvent: 0.85 },
  // wire-dev47 and wire-dev48 (thirtieth session, two writers apart) arrived at 0.726 and 0.733, no-event
  // precision 0.875 (35 of 40) and 0.80 (32 of 40), on the code the session started from.
  { file: "wire-dev47.jsonl", floor: 0.7, noEvent: 0.85 },
  { file: "wire-dev48.jsonl", floor: 0.7, noEvent: 0.75 },
  // wire-dev49 and wire-dev50 (thirty-first session, two writers apart) arrived at 0.723 and 0.704, no-event
  // precision 1.0 (40 of 40) and 0.925 (37 of 40), on the code the session started from.
  { file: "wire-dev49.jsonl", floor: 0.7, noEvent: 0.9 },
  { file: "wire-dev50.jsonl", floor: 0.68, noEvent: 0.85 },
  // wire-dev51 and wire-dev52 (thirty-second session, two writers apart) arrived at 0.646 and 0.740, no-event
  // precision 0.875 (35 of 40) and 0.95 (38 of 40), on the code the session started from.
  { file: "wire-dev51.jsonl", floor: 0.62, noEvent: 0.8 },
  { file: "wire-dev52.jsonl", floor: 0.71, noEvent: 0.85 },
  // wire-dev53 and wire-dev54 (thirty-third session, two writers apart) arrived at 0.776 and 0.723, no-event
  // precision 0.90 (36 of 40) and 0.95 (38 of 40), on the code the session started from.
  { file: "wire-dev53.jsonl", floor: 0.75, noEvent: 0.85 },
  { file: "wire-dev54.jsonl", floor: 0.7, noEvent: 0.85 },
  // wire-dev55 and wire-dev56 (thirty-fourth session, two writers apart) arrived at 0.696 and 0.764, no-event
  // precision 0.875 (35 of 40) and 0.90 (36 of 40), on the code the session started from.
  { file: "wire-dev55.jsonl", floor: 0.67, noEvent: 0.8 },
  { file: "wire-dev56.jsonl", floor: 0.74, noEvent: 0.85 },
  // wire-dev57 and wire-dev58 (thirty-fifth session, two writers apart) arrived at 0.752 and 0.755, no-event
  // precision 0.825 (33 of 40) and 0.90 (36 of 40), on the code the session started from.
  { file: "wire-dev57.jsonl", floor: 0.73, noEvent: 0.8 },
  { file: "wire-dev58.jsonl", floor: 0.73, noEvent: 0.85 },
  // wire-dev59 and wire-dev60 (thirty-sixth session, two writers apart) arrived at 0.710 and 0.653, no-event
  // precision 0.975 (39 of 40) each, on the code the session started from.
  { file: "wire-dev59.jsonl", floor: 0.68, noEvent: 0.9 },
  { file: "wire-dev60.jsonl", floor: 0.62, noEvent: 0.9 },
  // wire-dev61 and wire-dev62 (thirty-seventh session, two writers apart) arrived at 0.756 and 0.696, no-event
  // precision 0.95 (38 of 40) and 0.925 (37 of 40), on the code the session started from.
  { file: "wire-dev61.jsonl", floor: 0.73, noEvent: 0.85 },
  { file: "wire-dev62.jsonl", floor: 0.67, noEvent: 0.85 },
  // wire-dev63 and wire-dev64 (thirty-eighth session, two writers apart) arrived at 0.737 and 0.773, no-event
  // precision 0.975 (39 of 40) and 0.95 (38 of 40), on the code the session started from.
  { file: "wire-dev63.jsonl", floor: 0.71, noEvent: 0.85 },
  { file: "wire-dev64.jsonl", floor: 0.74, noEvent: 0.85 },
  // wire-dev65 and wire-dev66 (thirty-ninth session, two writers apart) arrived at 0.765 and 0.799, no-event
  // precision 0.975 (39 of 40) and 0.775 (31 of 40), on the code the session started from.
  { file: "wire-dev65.jsonl", floor: 0.74, noEvent: 0.9 },
  { file: "wire-dev66.jsonl", floor: 0.77, noEvent: 0.7 },
];

describe("gold event files", () => {
  it("give every record an id unique across the folder", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith(".jsonl")))
      for (const line of readFileSync(join(GOLD_DIR, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const { id } = JSON.parse(line) as { id: string };
        if (seen.has(id)) repeated.push(`${id} (${seen.get(id)}, ${file})`);
        else seen.set(id, file);
      }
    expect(repeated).toEqual([]);
  });
});

describe("gold events (data/gold/events/*.jsonl)", () => {
  const { report, mentions } = runEventGold(
    GOLD_DIR,
    undefined,
    WIRE_SETS.map((s) => s.file),
  );
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

describe.each(WIRE_SETS)("wire-style dev events: $file", ({ file, floor, noEvent }) => {
  const { report } = runEventGold(GOLD_DIR, file);
  process.stdout.write(`\nwire-style dev ${file}:\n${formatReport(report, 0)}\n`);

  it(`stays at or above the regression floor F1 ${floor}`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(floor);
  });
  it(`keeps no-event precision >= ${noEvent}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(noEvent);
  });
});

describe("second codings of dev records (data/gold/agreement/)", () => {
  const AGREEMENT_DIR = join(import.meta.dirname, "../../data/gold/agreement");
  const originals = new Map<string, { text: string; date: string }>();
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith(".jsonl")))
    for (const line of readFileSync(join(GOLD_DIR, file), "utf8").split("\n"))
      if (line.trim()) {
        const r = JSON.parse(line) as { id: string; text: string; date: string };
        originals.set(r.id, r);
      }
  it.each(readdirSync(AGREEMENT_DIR).filter((f) => f.endsWith(".jsonl")))(
    "%s recodes dev records word for word, with their dates",
    (file) => {
      const drift: string[] = [];
      for (const line of readFileSync(join(AGREEMENT_DIR, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id: string; text: string; date: string; events: unknown[] };
        const o = originals.get(r.id);
        if (o === undefined || o.text !== r.text || o.date !== r.date || !Array.isArray(r.events))
          drift.push(r.id);
      }
      expect(drift).toEqual([]);
    },
  );
});
