import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findMentions } from "../../src/actors/index.js";
import { codeDocument } from "../../src/coder/index.js";
import { loadModel } from "../../src/dict/index.js";
import { type EvalReport, parseGold, scoreGold, toScored } from "../../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../../src/nlp/index.js";

let loaded: { model: ReturnType<typeof loadModel>; nlp: ReturnType<typeof createNlpEngine> } | undefined;

/**
 * The model and wink-nlp engine, loaded once per test file: each wire set is scored by its own call, and a model and
 * an engine per call (23 of them) exhausted the worker's memory.
 */
function pieces(): NonNullable<typeof loaded> {
  loaded ??= { model: loadModel(), nlp: createNlpEngine() };
  return loaded;
}

/**
 * Runs every event gold file of a folder (or only `only`, never those in `exclude`) through the real pipeline pieces: wink-nlp → actor
 * mentions → coder.
 */
export function runEventGold(
  dir: string,
  only?: string,
  exclude: readonly string[] = [],
): { report: EvalReport; mentions: number } {
  const { model, nlp } = pieces();
  const files = readdirSync(dir).filter(
    (f) => f.endsWith(".jsonl") && (only === undefined || f === only) && !exclude.includes(f),
  );
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
