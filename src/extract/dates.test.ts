import { describe, expect, it } from "vitest";
import { extractFixture } from "./_test-fixture.js";
import { createDateMemo } from "./_chrono-read.js";
import { type DateExpr, dateReader, findDateExpressions, periodLabel, type Tense } from "./01-dates.js";

const { model } = extractFixture();
const REF = "2025-06-20"; // a Friday

type Row = [string, string | null, Tense, Partial<DateExpr> & { period?: string | null }];

describe("findDateExpressions", () => {
  it.each<Row>([
    ["They met on Tuesday.", REF, "past", { date: "2025-06-17", dateEnd: null, precision: "day" }],
    ["They will meet on Tuesday.", REF, "future", { date: "2025-06-24", precision: "day" }],
    ["They spoke on Friday.", REF, "past", { date: "2025-06-20" }],
    ["They will speak on Friday.", REF, "future", { date: "2025-06-27" }],
    ["He arrived last Monday.", REF, "future", { date: "2025-06-16" }],
    [
      "The deal was signed last month.",
      REF,
      "past",
      { date: "2025-05-01", dateEnd: "2025-05-31", precision: "month", period: "2025-05" },
    ],
    [
      "Talks resume next week.",
      REF,
      "future",
      { date: "2025-06-23", dateEnd: "2025-06-29", precision: "range" },
    ],
    ["Trump spoke in March 2025.", REF, "past", { date: "2025-03-01", precision: "month" }],
    ["They met in March.", REF, "past", { date: "2025-03-01" }],
    ["They will meet in March.", REF, "future", { date: "2026-03-01" }],
    [
      "The summit runs June 15-17, 2025.",
      REF,
      "future",
      { date: "2025-06-15", dateEnd: "2025-06-17", precision: "range" },
    ],
    ["The summit ran June 15-17.", REF, "past", { date: "2025-06-15", dateEnd: "2025-06-17" }],
    [
      "They exchanged prisoners between June 9 and June 10.",
      REF,
      "past",
      { date: "2025-06-09", dateEnd: "2025-06-10", precision: "range" },
    ],
    [
      "It will double by 2027.",
      REF,
      "future",
      { date: "2027-01-01", relation: "by", precision: "year", period: "by 2027" },
    ],
    [
      "Sanctions apply since 2016.",
      REF,
      "past",
      { date: "2016-01-01", relation: "since", period: "since 2016" },
    ],
    [
      "The pause lasts until July 9.",
      REF,
      "past",
      { date: "2025-07-09", relation: "until", period: "until 2025-07-09" },
    ],
    [
      "It will reach 2% within five years.",
      REF,
      "future",
      { date: "2030-01-01", relation: "by", precision: "year", period: "by 2030" },
    ],
    [
      "It fell in 2022.",
      REF,
      "past",
      { date: "2022-01-01", dateEnd: "2022-12-31", precision: "year", period: "2022" },
    ],
    ["The FY2025 budget passed.", REF, "past", { fiscal: true, precision: "year", period: "FY2025" }],
    ["The budget for fiscal year 2026 passed.", REF, "past", { fiscal: true, period: "FY2026" }],
    ["The budget for fiscal 2026 passed.", REF, "past", { fiscal: true, period: "FY2026" }],
    ["The 2025-26 budget passed.", REF, "past", { fiscal: true, period: "FY2025" }],
    ["The deficit for May narrowed.", REF, "past", { date: "2025-05-01", precision: "month" }],
    ["Beijing protested yesterday.", REF, "past", { date: "2025-06-19", precision: "day" }],
    ["Manila protested two days ago.", REF, "past", { date: "2025-06-18" }],
    ["It was scheduled for July 1, 2025.", REF, "future", { date: "2025-07-01", relation: "object" }],
    ["Retaliation will come by the end of July.", REF, "future", { date: "2025-07-31", relation: "by" }],
    ["They met on Tuesday.", null, "past", { date: null, precision: "unknown" }],
    ["It was signed on March 3, 2024.", null, "past", { date: "2024-03-03", precision: "day" }],
  ])("%s (ref %s, %s)", (text, ref, tense, want) => {
    const first = findDateExpressions(text, ref, tense, model)[0];
    const { period, ...fields } = want;
    expect(first).toMatchObject(fields);
    if (period !== undefined && first) expect(periodLabel(first)).toBe(period);
  });

  it.each([
    ["Prices rose from a month earlier."],
    ["They will cooperate in the years ahead."],
    ["Japan has 47 prefectures and 2+2 talks."],
    ["The F-35 costs 8,000 dollars an hour."],
  ])("finds no date in %s", (text) => {
    expect(findDateExpressions(text, REF, "past", model)).toEqual([]);
  });
});

describe("dateReader with a date memo", () => {
  // chrono then reads only the words around possible dates ("x on June 3."), and each such window once per reference
  // date; the dates must stay what reading the whole sentence gives, whatever word starts them.
  const memo = createDateMemo();
  const read = (text: string, tense: Tense, withMemo: boolean) =>
    dateReader(text, REF, model, withMemo ? memo : undefined)(tense);

  it.each<[string, Tense, string | null, string | null]>([
    ["Talks resume in mid-July.", "future", "July", "2025-07"],
    ["The tariffs take effect on 2025-07-01.", "future", "2025-07-01", "2025-07-01"],
    ["The FY2026 budget passed.", "past", "FY2026", "FY2026"],
    ["Seoul will answer by 3/4.", "future", "by 3/4", "2026-03-04"],
    ["The deal was signed on the 3rd of March.", "past", "3rd of March", "2025-03-03"],
    ["It happened Jun. 3rd, 2024.", "past", "Jun. 3rd, 2024", "2024-06-03"],
    ["Envoys met on Tuesday, June 17.", "past", "on Tuesday, June 17", "2025-06-17"],
    ["Japan protested 2 weeks ago.", "past", "2 weeks ago", "2025-06-06"],
    // A time zone chrono appends, and the year it then reads after it.
    ["The accord dates from December KST 2009.", "past", "December KST 2009", "2009-12"],
    ["The summit opens December 8 EST.", "future", "December 8 EST", "2025-12-08"],
    // chrono's lookaheads read the next word: "am…" after a day or a year changes what it finds.
    ["The ministers met on 12 March 25 amid protests.", "past", "on 12 March", "2025-03-12"],
    ["The ministers met on 12 March 25 near the border.", "past", "on 12 March 25", "2025-03-12"],
    ["Envoys met on June 3 American officials said.", "past", null, null],
    ["Envoys met on June 3 officials said.", "past", "June 3", "2025-06-03"],
  ])("%s (%s)", (text, tense, phrase, label) => {
    const got = read(text, tense, true);
    expect(got).toEqual(read(text, tense, false));
    expect(got[0]?.text ?? null).toBe(phrase);
    expect(got[0]?.label ?? null).toBe(label);
    // Read again: the remembered windows give the same.
    expect(read(text, tense, true)).toEqual(got);
  });

  it("reads a date phrase once for every sentence that has it", () => {
    const own = createDateMemo();
    dateReader("Japan met with China last week.", REF, model, own)("past");
    const windows = own.windows.size;
    const [e] = dateReader("Brazil praised Egypt last week.", REF, model, own)("past");
    expect(own.windows.size).toBe(windows);
    expect(e).toMatchObject({ text: "last week", start: 21, date: "2025-06-09", precision: "range" });
  });

  it("keeps each reference date apart", () => {
    const own = createDateMemo();
    const at = (ref: string | null) => dateReader("They met on Tuesday.", ref, model, own)("past")[0]?.date;
    expect([at(REF), at("2025-06-13"), at(null)]).toEqual(["2025-06-17", "2025-06-10", null]);
  });

  it("drops the oldest windows past its limit", () => {
    const own = createDateMemo(2);
    for (const day of ["Monday", "Tuesday", "Wednesday"]) dateReader(`They met on ${day}.`, REF, model, own);
    expect(own.windows.size).toBe(2);
    expect(dateReader("They met on Monday.", REF, model, own)("past")[0]?.date).toBe("2025-06-16");
  });
});
