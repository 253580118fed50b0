// Dumps findMentions as JSON lines over the bench corpus (synthetic dictionary), the gold sentences and the shared
// samples, so a change to the matcher can be checked byte for byte: `npx tsx scripts/dump-mentions.ts > out.jsonl`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { buildDictionary, corpus } from "./bench-actors.js";
import { makeSentences } from "./bench-corpus.js";
import { readGoldDir } from "./gold-files.js";

const DATA = fileURLToPath(new URL("../data", import.meta.url));
const SAMPLES = "/work/shared/samples";
const out: string[] = [];
const nlp = createNlpEngine();
const real = loadActorModel(join(DATA, "actors"));
const dir = mkdtempSync(join(tmpdir(), "dyad-dump-"));
buildDictionary(dir);
const bench = loadActorModel(dir);
rmSync(dir, { recursive: true, force: true });
const models = { real, bench };

function dump(tag: string, text: string, date: string | null, which: (keyof typeof models)[]): void {
  const doc = analyzeText(nlp, text);
  for (const m of which) out.push(JSON.stringify([tag, m, findMentions(doc, models[m], date)]));
}

for (const [k, t] of corpus().entries()) dump(`bench-${k}`, t, "2022-06-01", ["bench", "real"]);
for (const [k, t] of makeSentences(2000).entries()) dump(`corpus-${k}`, t, "2024-03-01", ["real", "bench"]);
for (const sub of ["events", "actors"]) {
  for (const [f, recs] of readGoldDir(join(DATA, "gold", sub))) {
    for (const r of recs) dump(`${sub}/${f}/${r.id}`, r.text, r.date ?? null, ["real", "bench"]);
    // Whole files as one document each (one paragraph per ten lines): antecedents and earlier names carry over.
    const joined = recs.map((r, k) => `${r.text}${k % 10 === 9 ? "\n\n" : " "}`).join("");
    dump(`${sub}/${f}/all`, joined, recs[0]?.date ?? null, ["real"]);
    dump(`${sub}/${f}/all-nodate`, joined, null, ["real"]);
  }
}
for (const f of readdirSync(SAMPLES)
  .filter((x) => x.endsWith(".txt"))
  .sort()) {
  const text = readFileSync(join(SAMPLES, f), "utf8");
  dump(`sample/${f}`, text, "2025-06-20", ["real", "bench"]);
  dump(`sample/${f}/nodate`, text, null, ["real"]);
}
process.stdout.write(`${out.join("\n")}\n`);
