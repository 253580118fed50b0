import { describe, expect, it } from "vitest";
import { type ScheduleItem, ScheduleItem as ScheduleItemSchema, type ScheduleStatus } from "../core/index.js";
import { linkScheduleItems, mergeScheduleItems, titleSimilarity } from "./index.js";

interface Obs {
  id: string;
  doc: string;
  observedOn: string | null;
  status: ScheduleStatus;
  start: string | null;
  title?: string;
  kind?: ScheduleItem["kind"];
  actors?: string[];
  place?: string | null;
  sentence?: string;
}

/** One observation as the extract stage would emit it: a single history entry observed on the document date. */
function obs(o: Obs): ScheduleItem {
  const evidence = {
    docId: o.doc,
    sentence: 0,
    start: 0,
    end: 40,
    text: o.sentence ?? `${o.title ?? "x"} ${o.status}`,
  };
  return ScheduleItemSchema.parse({
    id: o.id,
    title: o.title ?? "Ruritania-Osterlich 2+2 security meeting",
    kind: o.kind ?? "meeting",
    start: o.start,
    end: o.start,
    precision: o.start ? "day" : "unknown",
    place: o.place ?? null,
    actors: o.actors ?? ["RUR", "OST"],
    status: o.status,
    history: [{ status: o.status, start: o.start, end: o.start, observedOn: o.observedOn, evidence }],
    evidence,
  });
}

describe("mergeScheduleItems", () => {
  it("a meeting announced in one document and cancelled in a later one is one cancelled item with both evidences", () => {
    const announced = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-06-02",
      status: "scheduled",
      start: "2025-07-01",
    });
    const cancelled = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: "2025-07-01",
      title: "2+2 talks",
      kind: "talks",
      actors: ["RURGOV"],
    });
    const merged = mergeScheduleItems([announced], [cancelled]);
    expect(merged).toHaveLength(1);
    const [item] = merged;
    expect(item?.id).toBe("a1");
    expect(item?.status).toBe("cancelled");
    expect(item?.start).toBe("2025-07-01");
    expect(item?.history.map((h) => [h.status, h.evidence.docId])).toEqual([
      ["scheduled", "dA"],
      ["cancelled", "dB"],
    ]);
    expect(item?.evidence.docId).toBe("dB");
    expect(item?.actors).toEqual(["RUR", "OST", "RURGOV"]);
    expect(() => ScheduleItemSchema.parse(item)).not.toThrow();
  });

  it("a postponement keeps the old and new dates in history and moves the item to the new date", () => {
    const first = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-03-01",
      status: "scheduled",
      start: "2025-04-10",
    });
    const moved = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-04-01",
      status: "postponed",
      start: "2025-05-20",
    });
    const held = obs({ id: "c1", doc: "dC", observedOn: "2025-05-21", status: "held", start: "2025-05-20" });
    const [item, ...rest] = mergeScheduleItems([], [first, moved, held]);
    expect(rest).toHaveLength(0);
    expect(item?.history.map((h) => [h.status, h.start])).toEqual([
      ["scheduled", "2025-04-10"],
      ["postponed", "2025-05-20"],
      ["held", "2025-05-20"],
    ]);
    expect(item?.status).toBe("held");
    expect(item?.start).toBe("2025-05-20");
  });

  it("the latest observation decides the status even when it arrives first", () => {
    const later = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: "2025-07-01",
    });
    const earlier = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-06-02",
      status: "scheduled",
      start: "2025-07-01",
    });
    const [item] = mergeScheduleItems([later], [earlier]);
    expect(item?.status).toBe("cancelled");
    expect(item?.history.map((h) => h.observedOn)).toEqual(["2025-06-02", "2025-06-20"]);
  });

  it("on the same observation day the later lifecycle stage wins, whatever the sentence order", () => {
    const cancel = obs({
      id: "s1",
      doc: "dA",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: "2025-07-01",
    });
    const plan = obs({
      id: "s2",
      doc: "dA",
      observedOn: "2025-06-20",
      status: "scheduled",
      start: "2025-07-01",
    });
    expect(mergeScheduleItems([], [cancel, plan]).map((i) => i.status)).toEqual(["cancelled"]);
    expect(mergeScheduleItems([], [plan, cancel]).map((i) => i.status)).toEqual(["cancelled"]);
  });

  it("the item's evidence is the first dated report of its current status", () => {
    const lead = obs({
      id: "s1",
      doc: "dA",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: "2025-07-01",
      sentence: "lead",
    });
    const later = obs({
      id: "s2",
      doc: "dA",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: null,
      sentence: "later",
    });
    const plan = obs({
      id: "s3",
      doc: "dA",
      observedOn: "2025-06-20",
      status: "scheduled",
      start: null,
      sentence: "plan",
    });
    expect(mergeScheduleItems([], [later, plan, lead]).map((i) => i.evidence.text)).toEqual(["lead"]);
  });

  it("re-merging the same observation does not duplicate history", () => {
    const a = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-06-02",
      status: "scheduled",
      start: "2025-07-01",
    });
    const once = mergeScheduleItems([], [a]);
    const twice = mergeScheduleItems(once, [a]);
    expect(twice).toEqual(once);
    expect(twice[0]?.history).toHaveLength(1);
  });

  it.each<[string, Partial<Obs>]>([
    ["different titles on the same day", { title: "Ruritania-Osterlich fisheries summit", kind: "summit" }],
    [
      "a different meeting of other parties",
      { title: "Borduria-Syldavia border talks", actors: ["BOR", "SYL"] },
    ],
    ["same kind, different distinctive title", { title: "Ruritania-Osterlich trade meeting" }],
    ["same title, disjoint actors", { actors: ["BOR"] }],
    ["same title and actors, another date without postponement", { start: "2025-09-14" }],
    ["an election is not a meeting", { kind: "election", title: "2+2 security election" }],
  ])("keeps two items apart: %s", (_name, diff) => {
    const a = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-06-01",
      status: "scheduled",
      start: "2025-07-01",
    });
    const b = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-06-02",
      status: "scheduled",
      start: "2025-07-01",
      ...diff,
    });
    const merged = mergeScheduleItems([a], [b]);
    expect(merged.map((i) => i.id)).toEqual(["a1", "b1"]);
  });

  it("a postponed item held a year later is another occurrence", () => {
    const a = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2024-06-01",
      status: "postponed",
      start: "2024-07-01",
    });
    const b = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-06-01",
      status: "postponed",
      start: "2025-09-01",
    });
    expect(mergeScheduleItems([a], [b])).toHaveLength(2);
  });

  it("links within one document and reports where each observation went", () => {
    const s = (id: string, title: string, status: ScheduleStatus) =>
      obs({ id, doc: "dA", observedOn: "2025-06-20", status, start: "2025-07-01", title });
    const result = linkScheduleItems(
      [],
      [
        s("s1", "2+2 security meeting", "scheduled"),
        s("s2", "NATO summit", "scheduled"),
        s("s3", "2+2 talks", "cancelled"),
      ],
    );
    expect(result.assignment).toEqual([0, 1, 0]);
    expect(result.items.map((i) => [i.id, i.status])).toEqual([
      ["s1", "cancelled"],
      ["s2", "scheduled"],
    ]);
  });

  it("does not change its inputs", () => {
    const a = obs({
      id: "a1",
      doc: "dA",
      observedOn: "2025-06-02",
      status: "scheduled",
      start: "2025-07-01",
    });
    const b = obs({
      id: "b1",
      doc: "dB",
      observedOn: "2025-06-20",
      status: "cancelled",
      start: "2025-07-01",
    });
    const before = JSON.stringify([a, b]);
    mergeScheduleItems([a], [b]);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});

describe("titleSimilarity", () => {
  it.each<[string, string, number | null]>([
    ["2+2 security meeting", "2+2 talks", 1],
    ["G7 summit", "NATO summit", 0],
    ["the meeting", "talks", null],
    ["Ruritania-Osterlich trade meeting", "Ruritania-Osterlich 2+2 meeting", 2 / 4],
    ["U.S.-Ruritania 2+2 talks", "Ruritanian-US 2+2 security meeting", 1],
    ["Osterlich upper house election", "U.S. upper house elections", 2 / 4],
    ["2+2 ministerial", "two-plus-two", 0],
  ])("%s ~ %s = %s", (a, b, expected) => {
    const sim = titleSimilarity(a, b);
    if (expected === null) expect(sim).toBeNull();
    else expect(sim).toBeCloseTo(expected, 5);
  });
});
