import { describe, expect, it } from "vitest";
import type { Event } from "../core/index.js";
import { analyzeText, createNlpEngine } from "../nlp/index.js";
import { testMentions } from "./coder.fixture.js";
import { pairCandidates, pairKey } from "./index.js";

const nlp = createNlpEngine();

/** Candidates of the first sentence of `text`, with `coded` standing for the coder's events there. */
function candidates(text: string, coded: readonly [string, string, string][] = []) {
  const doc = analyzeText(nlp, text);
  const mentions = testMentions(doc)[0] ?? [];
  const events = coded.map(
    ([s, t, root]) => ({ source: { code: s }, target: { code: t }, root }) as unknown as Event,
  );
  return pairCandidates(doc.sentences[0]!, mentions, events);
}

describe("pairCandidates", () => {
  it("lists both directions of a pair with no coded event, with the verb between them", () => {
    const c = candidates("Japan rebuked China over the fishing dispute on Tuesday.");
    expect(c.map((x) => `${x.s.code}>${x.t.code}`)).toEqual(["JPN>CHN", "CHN>JPN"]);
    expect(c[0]!.features).toMatchObject({ "order:st": 1, "bv:rebuke": 1, "bv:rebuke:st": 1, "dist:1-2": 1 });
    expect(c[1]!.features).toMatchObject({ "order:ts": 1, "bv1:rebuke:ts": 1 });
  });

  it("leaves out a direction the coder already coded, and says what it coded", () => {
    const c = candidates("Japan condemned China and Russia on Monday.", [["JPN", "CHN", "11"]]);
    const keys = c.map((x) => `${x.s.code}>${x.t.code}`);
    expect(keys).not.toContain("JPN>CHN");
    expect(keys).toContain("JPN>RUS");
    expect(c.find((x) => x.t.code === "RUS" && x.s.code === "JPN")!.features).toMatchObject({
      "sAsSrc:11": 1,
      "sAsSrc:11:st:m1": 1,
      "mBetween:1": 1,
    });
  });

  it("reads a passive agent and the preposition before the target", () => {
    const c = candidates("Ukraine was attacked by Russia overnight.");
    const f = c.find((x) => x.s.code === "RUS")!.features;
    expect(f).toMatchObject({ srcBy: 1, "order:ts": 1 });
    const g = candidates("Washington imposed new tariffs on Beijing.").find(
      (x) => x.s.code === "USAGOV",
    )!.features;
    expect(g).toMatchObject({ "tPrep:on": 1, "tHead:tariff:on": 1, "ss:GOV": 1, "ts:GOV": 1 });
  });

  it("gives nothing for a sentence with one actor, and names no sentence or actor text in features", () => {
    expect(candidates("Japan held an election on Sunday.")).toEqual([]);
    const c = candidates("Japan and China met in Geneva.");
    for (const x of c) for (const k of Object.keys(x.features)) expect(k).not.toMatch(/Japan|China|Geneva/);
  });

  it("reads scoring keys as the scorer does", () => {
    expect([pairKey("USAGOV"), pairKey("IGOWSTNAT"), pairKey("PSE")]).toEqual(["USA", "IGOWSTNAT", "PSE"]);
  });
});
