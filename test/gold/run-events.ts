import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findMentions } from "../../src/actors/index.js";
import { codeDocument } from "../../src/coder/index.js";
import { loadModel } from "../../src/dict/index.js";
import { type EvalReport, parseGold, scoreGold, toScored } from "../../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../../src/nlp/index.js";

/**
 * Runs every event gold file of a folder (or only `only`: a file name, or a test on file names) through the real
 * pipeline pieces: wink-nlp → actor mentions → coder.
 */
export function runEventGold(
  dir: string,
  only?: string | ((file: string) => boolean),
): { report: EvalReport; mentions: number } {
  const model = loadModel();
  const nlp = createNlpEngine();
  const keep = (f: string) => only === undefined || (typeof only === "string" ? f === only : only(f));
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl") && keep(f));
  const items = [];
  let mentions = 0;
  for (const f of files)
    for (const gold of parseGold(readFileSync(join(dir, f), "utf8"), f)) {
      const doc = analyzeText(nlp, gold.text);
      const found = findMentions(doc, model.actors, gold.date);
      mentions += found.reduce((n, m) => n + m.length, 0);
      const events = codeDocument({ doc, mentions: found, docId: gold.id, date: gold.date }, model);
      items.push({ gold, predicted: events.map(toScored) });
    }
  return { report: scoreGold(items), mentions };
}
