import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SILENT_LOGGER } from "../core/index.js";
import { loadModel } from "../dict/index.js";
import { parseGold } from "../eval/index.js";
import { createDateMemo } from "../extract/index.js";
import { createNlpEngine } from "../nlp/index.js";
import { codePassage, codePassages } from "./index.js";

// codePassages runs each stage over a chunk of passages before the next stage (for speed); it must give exactly what
// codePassage gives passage by passage, in order, across chunk boundaries and for passages with and without dates.
describe("codePassages", () => {
  const model = loadModel();
  const nlp = createNlpEngine();
  const dir = join(import.meta.dirname, "../../data/gold/events");
  const gold = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => parseGold(readFileSync(join(dir, f), "utf8"), f))
    .slice(0, 260);
  const passages = gold.map((g, i) => ({
    text: g.text,
    date: i % 7 === 0 ? null : g.date,
    docId: `p${i}`,
  }));

  it("gives the events codePassage gives, passage by passage", () => {
    const batched = codePassages(passages, { model, nlp, logger: SILENT_LOGGER, dates: createDateMemo() });
    const ctx = { model, nlp, logger: SILENT_LOGGER, dates: createDateMemo() };
    const single = passages.map((p) => codePassage(p.text, p.date, p.docId, ctx));
    expect(batched.length).toBe(passages.length);
    expect(single.flat().length).toBeGreaterThan(100);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(single));
  });

  it("returns nothing for no passages", () => {
    expect(codePassages([], { model, nlp, logger: SILENT_LOGGER })).toEqual([]);
  });
});

// Through the real actor stage: "the country" may resolve to the acting state itself, which is then no target.
describe("codePassage with the real dictionaries", () => {
  const ctx = { model: loadModel(), nlp: createNlpEngine(), logger: SILENT_LOGGER, dates: createDateMemo() };
  it("never codes a state acting on itself through 'the country'", () => {
    const events = codePassage(
      "Russian missile strikes on the country's power grid intensified, Ukraine said.",
      "2024-06-01",
      "d1",
      ctx,
    );
    const self = events.filter((e) => e.target && e.target.code.slice(0, 3) === e.source.code.slice(0, 3));
    expect(self).toEqual([]);
  });
});
