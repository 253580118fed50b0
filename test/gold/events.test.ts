import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/actors/index.js";
import { codeDocument } from "../../src/coder/index.js";
import { loadModel } from "../../src/dict/index.js";
import { type EvalReport, formatReport, parseGold, scoreGold } from "../../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../../src/nlp/index.js";

const GOLD_DIR = join(import.meta.dirname, "../../data/gold/events");
const MIN_F1 = 0.9;
const MIN_NO_EVENT_PRECISION = 0.9;

/** Runs every gold file through the real pipeline pieces: wink-nlp → actor mentions → coder. */
function runGold(): { report: EvalReport; mentions: number } {
  const model = loadModel();
  const nlp = createNlpEngine();
  const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith(".jsonl"));
  const items = [];
  let mentions = 0;
  for (const f of files)
    for (const gold of parseGold(readFileSync(join(GOLD_DIR, f), "utf8"), f)) {
      const doc = analyzeText(nlp, gold.text);
      const found = findMentions(doc, model.actors, gold.date);
      mentions += found.reduce((n, m) => n + m.length, 0);
      const events = codeDocument({ doc, mentions: found, docId: gold.id, date: gold.date }, model);
      const predicted = events.map((e) => ({
        source: e.source.code,
        target: e.target?.code ?? null,
        root: e.root,
        code: e.code,
        status: e.status,
        pattern: e.pattern,
      }));
      items.push({ gold, predicted });
    }
  return { report: scoreGold(items), mentions };
}

describe("gold events (data/gold/events/*.jsonl)", () => {
  const { report, mentions } = runGold();
  // Print the numbers and the worst misses on every run.
  process.stdout.write(`\n${formatReport(report, 30)}\n`);

  it("has gold sentences", () => {
    expect(report.sentences).toBeGreaterThan(0);
  });
  // The actor stage must find mentions for the scores to mean anything.
  it.skipIf(mentions === 0)(`reaches root-level F1 >= ${MIN_F1}`, () => {
    expect(report.f1).toBeGreaterThanOrEqual(MIN_F1);
  });
  it.skipIf(mentions === 0)(`reaches no-event precision >= ${MIN_NO_EVENT_PRECISION}`, () => {
    expect(report.noEventPrecision).toBeGreaterThanOrEqual(MIN_NO_EVENT_PRECISION);
  });
});
