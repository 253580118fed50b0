import { describe, expect, it } from "vitest";
import type { ScheduleItem } from "../core/index.js";
import { mergeScheduleItems } from "../link/index.js";
import { extractFixture } from "./_test-fixture.js";

const { run } = extractFixture();
const DATE = "2025-06-20"; // a Friday

type Want = Partial<ScheduleItem>;

describe("schedule items from text", () => {
  it.each<[string, string | null, Want[]]>([
    [
      "Japan canceled a 2+2 security meeting with the United States scheduled for July 1, 2025, in Washington.",
      DATE,
      [
        {
          kind: "meeting",
          status: "cancelled",
          start: "2025-07-01",
          end: "2025-07-01",
          precision: "day",
          place: "Washington",
          title: "Japan-U.S. 2+2 security meeting",
          actors: ["JPN", "USA"],
        },
      ],
    ],
    [
      "The upcoming G7 summit in Canada (June 15-17, 2025) will be tense.",
      DATE,
      [
        {
          kind: "summit",
          status: "scheduled",
          start: "2025-06-15",
          end: "2025-06-17",
          precision: "range",
          place: "Canada",
          title: "G7 summit",
        },
      ],
    ],
    [
      "The Trump administration imposed a 24% tariff with a pause until July 9, 2025.",
      DATE,
      [{ kind: "expiry", status: "scheduled", start: "2025-07-09", title: "U.S. tariff pause expiry" }],
    ],
    [
      "Washington has imposed a 25% tariff on Korean steel, with a pause until August 12, 2025.",
      null,
      [{ kind: "expiry", status: "scheduled", start: "2025-08-12" }],
    ],
    [
      "The two sides agreed a truce until March 3, 2025, which collapsed within days.",
      null,
      [{ kind: "expiry", status: "held", start: "2025-03-03" }],
    ],
    [
      "Japan's ruling bloc fears losses. The country faces an upper house election on July 20, 2025.",
      DATE,
      [
        {
          kind: "election",
          start: "2025-07-20",
          status: "scheduled",
          title: "Japanese upper house election",
          actors: ["JPN"],
        },
      ],
    ],
    [
      "The summit was postponed to October.",
      DATE,
      [{ kind: "summit", status: "postponed", start: "2025-10-01", end: "2025-10-31", precision: "month" }],
    ],
    ["The talks ended on Tuesday.", DATE, [{ kind: "talks", status: "held", start: "2025-06-17" }]],
    [
      "The leaders will hold talks next Wednesday.",
      DATE,
      [{ kind: "talks", status: "scheduled", start: "2025-06-25" }],
    ],
    [
      "The NATO summit in The Hague opens on Tuesday.",
      DATE,
      [{ kind: "summit", place: "The Hague", start: "2025-06-24", title: "NATO summit" }],
    ],
    [
      "Voters go to the polls on May 18 for the presidential election.",
      "2025-05-01",
      [{ kind: "election", start: "2025-05-18" }],
    ],
    [
      "The Japan-China summit was called off.",
      DATE,
      [{ kind: "summit", status: "cancelled", start: null, precision: "unknown" }],
    ],
    [
      "A referendum is scheduled for September 14.",
      null,
      [{ kind: "vote", start: null, status: "scheduled" }],
    ],
    [
      "Americans vote in a presidential election on November 5.",
      "2024-10-15",
      [{ kind: "election", start: "2024-11-05", title: "U.S. presidential election", actors: ["USA"] }],
    ],
    [
      "Chinese officials are watching closely. Britons vote in a general election on July 4.",
      "2024-06-01",
      [{ kind: "election", start: "2024-07-04", title: "British general election", actors: ["GBR"] }],
    ],
    [
      "Seoul wants a quota deal that expires on December 31 to be renewed.",
      "2024-10-15",
      [{ kind: "expiry", start: "2024-12-31", status: "scheduled", title: "South Korean quota deal expiry" }],
    ],
    [
      "An export pact between Tokyo and Seoul lapsed on May 1.",
      DATE,
      [{ kind: "expiry", start: "2025-05-01", status: "held" }],
    ],
    [
      "Negotiators met in Geneva and agreed a truce until July 9, 2025.",
      DATE,
      [{ kind: "expiry", start: "2025-07-09", status: "scheduled" }],
    ],
    [
      "Tokyo called off the two-plus-two meeting with Washington.",
      DATE,
      [{ kind: "meeting", status: "cancelled", title: "Japan-U.S. 2+2 meeting" }],
    ],
    [
      "Japan put off security talks with Australia that had been set for March 3 in Canberra.",
      "2025-02-20",
      [{ kind: "talks", status: "postponed", start: "2025-03-03", place: "Canberra" }],
    ],
  ])("%s", (text, date, want) => {
    const got = run(text, date).schedule;
    expect(got).toHaveLength(want.length);
    for (const [i, w] of want.entries()) expect(got[i]).toMatchObject(w);
  });

  it.each([
    ["Parliament will vote on the budget next Thursday."],
    ["The two nations have held talks for decades."],
    ["A pause in the fighting allowed aid to enter."],
    ["Progress in trade talks has been slow."],
  ])("finds no schedule item in %s", (text) => {
    expect(run(text, DATE).schedule).toEqual([]);
  });

  it.each<[string, string, Want]>([
    [
      "Japan put off security talks with Australia that had been set for March 3 in Canberra. A spokesman said the meeting would be moved to April 14.",
      "2025-02-20",
      {
        title: "Australia-Japan security talks",
        start: "2025-04-14",
        status: "postponed",
        place: "Canberra",
      },
    ],
    [
      "Canada delayed the G7 summit planned for May 10. Diplomats said the summit may be moved to June 2.",
      "2025-04-01",
      { title: "G7 summit", start: "2025-06-02", status: "postponed" },
    ],
  ])("a definite noun joins the item of its kind spoken of last: %s", (text, date, want) => {
    const obs = run(text, date).schedule;
    const merged = mergeScheduleItems([], obs);
    expect(obs).toHaveLength(2);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject(want);
    expect(merged[0]?.history.map((h) => h.start)).toEqual([obs[0]?.start, want.start]);
  });

  it.each([
    ["The meeting would be moved to November 8.", "2024-10-15", "meeting"],
    ["Leaders gathered in Rome. Officials said the summit was postponed to June.", "2025-04-01", "summit"],
  ])("a definite noun with nothing before it keeps its own title: %s", (text, date, title) => {
    const got = run(text, date).schedule;
    expect(got).toHaveLength(1);
    expect(got[0]?.title).toBe(title);
  });

  it.each([
    ["The summit was called off.\n- Reuters: Leaders scrap summit over trade row"],
    ["The summit was called off.\n- Financial Times: Two-plus-two talks postponed to August 3"],
  ])("skips the lines of a reference list: %s", (text) => {
    const got = run(text, DATE).schedule;
    expect(got).toHaveLength(1);
    expect(got[0]?.evidence.sentence).toBe(0);
  });

  it("reads a bullet line whose name is no outlet", () => {
    const got = run("- Update: The summit was postponed to October.", DATE).schedule;
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "summit", status: "postponed" });
  });

  it("records one history entry with the observation", () => {
    const [item] = run("The G7 summit in Canada will run from June 15 to 17.", "2025-06-01").schedule;
    expect(item?.history).toEqual([
      {
        status: "scheduled",
        start: "2025-06-15",
        end: "2025-06-17",
        observedOn: "2025-06-01",
        evidence: item?.evidence,
      },
    ]);
  });
});

describe("schedule items from coded events", () => {
  it.each<[string, string, "occurred" | "scheduled" | "threatened", Want | null]>([
    [
      "Ishiba visited Washington on Tuesday.",
      "042",
      "occurred",
      {
        kind: "visit",
        status: "held",
        start: "2025-06-17",
        title: "Japan-U.S. visit",
        actors: ["JPN", "USA"],
      },
    ],
    [
      "Ishiba will meet Trump in Ottawa on Monday.",
      "044",
      "scheduled",
      { kind: "meeting", status: "scheduled", start: "2025-06-23", place: "Ottawa" },
    ],
    ["Ishiba threatened to skip the trip.", "042", "threatened", null],
    ["Japan criticised the United States.", "111", "occurred", null],
  ])("%s (CAMEO %s, %s)", (text, code, status, want) => {
    const got = run(text, DATE, status, code).schedule;
    if (want === null) expect(got).toEqual([]);
    else expect(got[0]).toMatchObject(want);
  });

  it("adds the event's actors to the item the sentence already names", () => {
    const got = run("The summit in Seoul took place on Tuesday.", DATE, "occurred", "040").schedule;
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "summit", actors: ["JPN", "USA"] });
  });
});
