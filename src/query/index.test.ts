import { describe, expect, it } from "vitest";
import { claim, event, scheduled } from "../../test/contract/fixtures.js";
import type { Claim } from "../core/index.js";
import { mergeScheduleItems } from "../link/index.js";
import {
  buildLedger,
  formatValue,
  renderCalendar,
  renderEventsTable,
  renderLedger,
  scheduleToIcs,
} from "./index.js";

const spending = (
  doc: string,
  value: number,
  kind: Claim["kind"],
  claimant: string,
  outlet: string,
  sentence = 0,
) =>
  claim(doc, {
    subject: "RUR",
    metric: "defense_spending",
    value,
    kind,
    claimant,
    outlet,
    sentence,
    text: `Officials pressed Ruritania to spend ${value}% of output on its forces.`,
  });

describe("buildLedger", () => {
  it("groups by subject, metric and period and marks kinds whose values disagree", () => {
    const claims = [
      spending("dA", 3, "demanded", "OSTGOV", "The Daily Ledger"),
      spending("dA", 1.8, "actual", "RURGOV", "The Daily Ledger", 1),
      spending("dB", 3.5, "demanded", "OSTGOV", "Evening Courier"),
      spending("dC", 5, "demanded", "OSTGOV", "Morning Star"),
      claim("dA", {
        subject: "RUR",
        metric: "defense_spending",
        value: 2,
        kind: "target",
        period: "2027",
        sentence: 4,
      }),
      claim("dA", { subject: "OST", metric: "troops", value: 50000, unit: "count", sentence: 5 }),
    ];
    const groups = buildLedger(claims);
    expect(groups.map((g) => [g.subject, g.metric, g.period, g.claims.length, g.disagreements])).toEqual([
      ["RUR", "defense_spending", "2025", 4, ["demanded"]],
      ["RUR", "defense_spending", "2027", 1, []],
      ["OST", "troops", "2025", 1, []],
    ]);
  });

  it.each<[string, [number, string][], string[]]>([
    [
      "equal values agree",
      [
        [3.5, "percent_gdp"],
        [3.5, "percent_gdp"],
      ],
      [],
    ],
    [
      "float noise agrees",
      [
        [0.1 + 0.2, "percent"],
        [0.3, "percent"],
      ],
      [],
    ],
    [
      "different values disagree",
      [
        [3, "percent_gdp"],
        [5, "percent_gdp"],
      ],
      ["demanded"],
    ],
    [
      "different units are not compared",
      [
        [3, "percent_gdp"],
        [9.9e12, "JPY"],
      ],
      [],
    ],
  ])("%s", (_name, values, expected) => {
    const claims = values.map(([value, unit], i) =>
      claim("dA", { subject: "RUR", metric: "m", value, unit, kind: "demanded", sentence: i }),
    );
    expect(buildLedger(claims)[0]?.disagreements).toEqual(expected);
  });
});

describe("formatValue", () => {
  it.each<[number, string, Claim["qualifier"], string]>([
    [3.5, "percent_gdp", null, "3.5% GDP"],
    [7.2, "percent", "about", "~7.2%"],
    [50000, "count", "over", ">50,000"],
    [9.9e12, "JPY", null, "9.9T JPY"],
    [6.3e9, "USD", "up_to", "<=6.3B USD"],
    [1250, "EUR", null, "1,250 EUR"],
  ])("%s %s %s -> %s", (value, unit, qualifier, expected) => {
    expect(formatValue(value, unit, qualifier)).toBe(expected);
  });
});

describe("renderers", () => {
  it("renders the ledger with disagreements side by side", () => {
    const groups = buildLedger([
      spending("dA", 3, "demanded", "OSTGOV", "The Daily Ledger"),
      spending("dB", 3.5, "demanded", "OSTGOV", "Evening Courier"),
      spending("dA", 1.8, "actual", "RURGOV", "The Daily Ledger", 1),
      claim("dA", {
        subject: "OST",
        metric: "troops",
        value: 50000,
        unit: "count",
        claimant: null,
        outlet: null,
      }),
    ]);
    expect(renderLedger(groups)).toMatchInlineSnapshot(`
      "RUR · defense_spending · 2025  DISAGREE: demanded values differ
         VALUE     KIND      CLAIMANT  OUTLET            EVIDENCE
      -  --------  --------  --------  ----------------  ------------------------------------------------------------
      !  3% GDP    demanded  OSTGOV    The Daily Ledger  Officials pressed Ruritania to spend 3% of output on its fo…
      !  3.5% GDP  demanded  OSTGOV    Evening Courier   Officials pressed Ruritania to spend 3.5% of output on its …
         1.8% GDP  actual    RURGOV    The Daily Ledger  Officials pressed Ruritania to spend 1.8% of output on its …

      OST · troops · 2025
        VALUE   KIND    CLAIMANT  OUTLET  EVIDENCE
        ------  ------  --------  ------  ---------------------------
        50,000  actual  -         -       OST troops stands at 50000.

      2 groups, 1 with disagreeing values"
    `);
    expect(renderLedger([])).toBe("No claims.");
  });

  it("renders events as a table", () => {
    const events = [
      event("dA", { source: "RURGOV", target: "OSTGOV", code: "036", date: "2025-06-01" }),
      event("dA", {
        source: "OSTMIL",
        target: null,
        code: "125",
        status: "cancelled",
        date: null,
        sentence: 1,
      }),
    ];
    expect(renderEventsTable(events)).toMatchInlineSnapshot(`
      "DATE        SOURCE  TARGET  CODE           STATUS     EVIDENCE
      ----------  ------  ------  -------------  ---------  -------------------------
      2025-06-01  RURGOV  OSTGOV  036 label 036  occurred   RURGOV did 036 to OSTGOV.
      -           OSTMIL  -       125 label 125  cancelled  OSTMIL did 125 to nobody.
      2 events"
    `);
    expect(renderEventsTable([])).toBe("No events.");
  });

  it("renders the calendar with each item's lifecycle", () => {
    const items = mergeScheduleItems(
      [],
      [
        scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" }),
        scheduled("dB", { status: "postponed", start: "2025-09-10", observedOn: "2025-06-20" }),
        scheduled("dC", { status: "cancelled", start: "2025-09-10", observedOn: "2025-08-01" }),
        scheduled("dC", {
          title: "Osterlich general election",
          kind: "election",
          status: "scheduled",
          start: "2025-07-20",
          observedOn: "2025-08-01",
          actors: ["OST"],
          place: null,
          sentence: 2,
        }),
      ],
    );
    expect(renderCalendar(items)).toMatchInlineSnapshot(`
      "DATE        KIND      TITLE                            STATUS     PLACE     ACTORS         HISTORY
      ----------  --------  -------------------------------  ---------  --------  -------------  -------------------------------------------------------
      2025-09-10  meeting   Ruritania-Osterlich 2+2 meeting  cancelled  Strelsau  RURGOV,OSTGOV  scheduled 2025-07-01 > postponed 2025-09-10 > cancelled
      2025-07-20  election  Osterlich general election       scheduled  -         OST            scheduled 2025-07-20
      2 items"
    `);
  });
});

describe("scheduleToIcs", () => {
  const stamp = new Date("2025-06-21T00:00:00Z");
  const items = mergeScheduleItems(
    [],
    [
      scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" }),
      scheduled("dB", {
        status: "cancelled",
        start: "2025-07-01",
        observedOn: "2025-06-20",
        text: "Ruritania called off the 2+2 meeting.",
      }),
      scheduled("dB", {
        title: "Fisheries summit",
        kind: "summit",
        status: "postponed",
        start: "2025-06-15",
        end: "2025-06-17",
        observedOn: "2025-06-20",
        actors: ["BOR"],
        sentence: 2,
      }),
      scheduled("dB", {
        title: "Budget deadline",
        kind: "deadline",
        status: "scheduled",
        start: null,
        observedOn: "2025-06-20",
        actors: ["OST"],
        sentence: 3,
      }),
    ],
  );

  it("writes one VEVENT per dated item with its status, dates, place and evidence", () => {
    const { ics, skipped } = scheduleToIcs(items, { stamp });
    expect(skipped).toBe(1);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("STATUS:CANCELLED");
    expect(unfolded).toContain("STATUS:TENTATIVE");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250615");
    expect(unfolded).toContain("DTEND;VALUE=DATE:20250618");
    expect(unfolded).toContain("LOCATION:Strelsau");
    expect(unfolded).toContain("Ruritania called off the 2+2 meeting.");
  });

  it.each<[string, Parameters<typeof scheduled>[1], string]>([
    ["scheduled to the day", { status: "scheduled", start: "2025-07-01", observedOn: null }, "CONFIRMED"],
    ["held", { status: "held", start: "2025-07-01", observedOn: null }, "CONFIRMED"],
    ["postponed", { status: "postponed", start: "2025-07-01", observedOn: null }, "TENTATIVE"],
    ["cancelled", { status: "cancelled", start: "2025-07-01", observedOn: null }, "CANCELLED"],
  ])("maps %s to STATUS:%s", (_name, spec, expected) => {
    const { ics } = scheduleToIcs([scheduled("dA", spec)], { stamp });
    expect(ics).toContain(`STATUS:${expected}`);
  });

  it("caps the history lines of a much-reported item", () => {
    const reports = Array.from({ length: 12 }, (_, i) =>
      scheduled(`d${i}`, {
        status: "scheduled",
        start: "2025-07-01",
        observedOn: `2025-06-${String(i + 10)}`,
      }),
    );
    const merged = mergeScheduleItems([], reports);
    expect(merged).toHaveLength(1);
    const unfolded = scheduleToIcs(merged, { stamp }).ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("… 4 more reports");
  });

  it("an empty calendar is still a valid VCALENDAR", () => {
    const { ics } = scheduleToIcs([], { stamp });
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).not.toContain("BEGIN:VEVENT");
  });
});
