import { describe, expect, it } from "vitest";
import type { EventStatus } from "../core/index.js";
import { extractFixture } from "./_test-fixture.js";

const { run } = extractFixture();

describe("event dates", () => {
  it.each<[string, string | null, EventStatus, string | null, string | null, string]>([
    ["Japan protested on Tuesday.", "2025-06-20", "occurred", "2025-06-17", null, "day"],
    ["Japan will protest on Tuesday.", "2025-06-20", "scheduled", "2025-06-24", null, "day"],
    ["Japan threatened to act on Tuesday.", "2025-06-20", "threatened", "2025-06-24", null, "day"],
    ["Japan cancelled a meeting scheduled for July 1.", "2025-06-20", "occurred", "2025-06-20", null, "day"],
    ["Japan will hold a meeting scheduled for July 1.", "2025-06-20", "scheduled", "2025-07-01", null, "day"],
    [
      "Seoul has imposed sanctions since 2016.",
      "2025-06-20",
      "occurred",
      "2016-01-01",
      "2025-06-20",
      "range",
    ],
    [
      "The pause on tariffs lasts until July 9.",
      "2025-06-20",
      "occurred",
      "2025-06-20",
      "2025-07-09",
      "range",
    ],
    ["Japan will double spending by 2027.", "2025-06-20", "scheduled", "2025-06-20", "2027-12-31", "range"],
    ["Japan protested.", "2025-06-20", "occurred", "2025-06-20", null, "day"],
    ["Japan will protest.", "2025-06-20", "scheduled", null, null, "unknown"],
    ["Japan protested on Tuesday.", null, "occurred", null, null, "unknown"],
    ["Japan protested on 3 March 2024.", null, "occurred", "2024-03-03", null, "day"],
  ])("%s (doc %s, %s)", (text, date, status, want, wantEnd, precision) => {
    const [ev] = run(text, date, status).events;
    expect([ev?.date, ev?.dateEnd, ev?.datePrecision]).toEqual([want, wantEnd, precision]);
  });

  it("returns new event objects and leaves its input alone", () => {
    const out = run("Japan protested on Tuesday.", "2025-06-20", "occurred");
    expect(out.events[0]?.id).toBe("e1");
    expect(Object.isFrozen(out.events)).toBe(false);
  });
});
