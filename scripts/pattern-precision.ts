// Prints, for each pattern that fired on the given event gold files, how many of its events matched a gold event
// (source country, target country, root) and how many did not: `npx tsx scripts/pattern-precision.ts FILES [PATTERN]`.
// With a pattern id (or prefix) as the last argument, lists that pattern's events, each marked tp or fp.
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { countryOf, parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const args = process.argv.slice(2);
const only = args.length > 1 && !args.at(-1)!.endsWith(".jsonl") ? args.pop()! : null;
// Held-out sets are never read to tune: refuse them.
if (args.some((f) => f.includes("heldout"))) throw new Error("held-out sets are not for tuning");
const model = loadModel();
const nlp = createNlpEngine();
const stats = new Map<string, { tp: number; fp: number }>();
for (const file of args)
  for (const gold of parseGold(readFileSync(file, "utf8"), file)) {
    const doc = analyzeText(nlp, gold.text);
    const mentions = findMentions(doc, model.actors, gold.date);
    const left = gold.events.map((e) => `${countryOf(e.source)}>${countryOf(e.target)}:${e.root}`);
    for (const e of codeDocument({ doc, mentions, docId: gold.id, date: gold.date }, model)) {
      const key = `${countryOf(e.source.code)}>${countryOf(e.target?.code ?? "")}:${e.root}`;
      const i = left.indexOf(key);
      if (i >= 0) left.splice(i, 1);
      const s = stats.get(e.pattern) ?? { tp: 0, fp: 0 };
      s[i >= 0 ? "tp" : "fp"]++;
      stats.set(e.pattern, s);
      if (only && e.pattern.startsWith(only))
        console.log(`${i >= 0 ? "tp" : "fp"}  ${gold.id} ${key} ${e.code} ${e.status} | ${gold.text}`);
    }
  }
if (!only)
  for (const [p, s] of [...stats].sort((a, b) => b[1].fp - a[1].fp))
    console.log(`${p.padEnd(40)} tp ${String(s.tp).padStart(4)}  fp ${String(s.fp).padStart(4)}`);
