// Status misses on the gold events the coder matched (as `dyad dict test` pairs them), each classed by whether the
// trigger (the first token with the event's lemma) follows and/or/nor/but, an adverb apart ("coord": a verb coordinated
// with an earlier one) and whether an earlier matched event of the sentence has the gold status ("+earlierRight"),
// with the coded → gold status; closes with ok/n and the counts per class:
// `npx tsx scripts/status-misses.ts $(ls data/gold/events/wire-dev{2..62}.jsonl)`.
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocumentFeatures } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { key } from "./_gold-match.js";
const model = loadModel();
const nlp = createNlpEngine();
let ok = 0, n = 0;
const cls = new Map<string, number>();
const bump = (k: string) => cls.set(k, (cls.get(k) ?? 0) + 1);
for (const file of process.argv.slice(2))
  for (const gold of parseGold(readFileSync(file, "utf8"), file)) {
    const doc = analyzeText(nlp, gold.text);
    const mentions = findMentions(doc, model.actors, gold.date);
    const coded = codeDocumentFeatures({ doc, mentions, docId: gold.id, date: gold.date }, model);
    const toks = doc.sentences.flatMap((s) => s.tokens);
    const left = [...coded];
    const pairs: { g: (typeof gold.events)[number]; e: (typeof coded)[number]; at: number }[] = [];
    for (const g of gold.events) {
      const i = left.findIndex(({ event: e }) => key(e.source.code) === key(g.source) && key(e.target?.code ?? null) === key(g.target) && e.root === g.root);
      if (i < 0) continue;
      const x = left[i]!;
      left.splice(i, 1);
      const lemma = (Object.keys(x.features).find((k) => k.startsWith("lemma:")) ?? "lemma:").slice(6);
      pairs.push({ g, e: x, at: toks.findIndex((t) => t.lemma.toLowerCase() === lemma) });
    }
    for (const { g, e, at } of pairs) {
      n++;
      const ev = e.event;
      if (ev.status === g.status) { ok++; continue; }
      let k = at - 1;
      while (k >= 0 && toks[k]!.pos === "ADV") k--;
      const coord = at >= 0 && ["and", "or", "nor", "but"].includes(toks[k]?.lower ?? "");
      const earlier = pairs.some((p) => p.at >= 0 && p.at < at && p.at !== at && p.g.status === g.status && p.e.event.status === g.status);
      const c = `${coord ? "coord" : "other"}${coord && earlier ? "+earlierRight" : ""} ${ev.status}->${g.status}`;
      bump(c);
      const w = toks[at];
      console.log(`${c}\t${gold.id}\t${ev.code}\t${ev.pattern}\t${w ? gold.text.slice(Math.max(0, w.start - 50), w.start) + "[[" + w.text + "]]" + gold.text.slice(w.end, w.end + 30) : gold.text}`);
    }
  }
console.log(`# status ok ${ok}/${n}`);
for (const [k, v] of [...cls].sort((a, b) => b[1] - a[1])) console.log(`# ${v}\t${k}`);
