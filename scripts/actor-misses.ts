// Prints the gold events whose source or target country has no actor mention in the sentence (findMentions), one
// line each: `npx tsx scripts/actor-misses.ts data/gold/events/wire-dev2.jsonl ...`. With EXACT=1 it also lists
// events whose full code (country + sector) is not among the mentions, prefixed "~".
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

interface GoldEvent {
  source?: string;
  target?: string;
}
interface GoldLine {
  id: string;
  text: string;
  date?: string | null;
  events?: GoldEvent[];
}

const nlp = createNlpEngine();
const model = loadActorModel(fileURLToPath(new URL("../data/actors", import.meta.url)));
const exact = process.env.EXACT === "1";
const out: string[] = [];
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as GoldLine;
    const codes = findMentions(analyzeText(nlp, r.text), model, r.date ?? null)
      .flat()
      .map((m) => m.code);
    const missing = new Set<string>();
    for (const e of r.events ?? []) {
      for (const [role, code] of [
        ["source", e.source ?? ""],
        ["target", e.target ?? ""],
      ] as const) {
        if (code === "" || code.startsWith("---")) continue;
        if (!codes.some((c) => c.startsWith(code.slice(0, 3)))) missing.add(`${role}=${code}`);
        else if (exact && code.length > 3 && !codes.includes(code)) missing.add(`~${role}=${code}`);
      }
    }
    if (missing.size > 0) out.push(`${r.id}\t${[...missing].join(",")}\t[${codes.join(" ")}]\t${r.text}`);
  }
}
process.stdout.write(`${out.join("\n")}\n${out.length} sentences with a missing actor\n`);
