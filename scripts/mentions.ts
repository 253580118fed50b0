// Prints the actor mentions found in each sentence given on the command line (or one a line on stdin):
// `npx tsx scripts/mentions.ts [--date 2019-02-28] "Sentence one." "Sentence two."` — text, code and how it was found.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const args = process.argv.slice(2);
const at = args.indexOf("--date");
const date = at >= 0 ? args.splice(at, 2)[1]! : "2025-06-01";
const texts = args.length > 0 ? args : readFileSync(0, "utf8").split("\n").filter((l) => l.trim() !== "");
const model = loadActorModel(fileURLToPath(new URL("../data/actors", import.meta.url)));
const nlp = createNlpEngine();
for (const text of texts) {
  const doc = analyzeText(nlp, text);
  const found = findMentions(doc, model, date).flat();
  process.stdout.write(`${text}\n`);
  for (const m of found) process.stdout.write(`  ${JSON.stringify(m)}\n`);
}
