// Cancellation-class census: in sentences with cancel / call off / scrap / shelve / pull out / postpone / put off
// wording, the gold events coded 125, 04x or with status cancelled/postponed, and what the coder makes of each
// (found with the right status, wrong status, wrong root for the pair, wrong pair, missed), plus the coder's own
// such events that gold lacks. Usage: npx tsx scripts/calloff-misses.ts FILES… [--list]
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { key, matchGold } from "./_gold-match.js";

const CUE = /\b(cancel\w*|call(?:ed|s|ing)? off|scrap\w*|shel(?:ve|ved|ves|ving)|pull(?:ed|s|ing)? out|postpon\w*|put off)\b/i;
const args = process.argv.slice(2);
const list = args.includes("--list");
const files = args.filter((a) => !a.startsWith("--"));
const model = loadModel();
const nlp = createNlpEngine();
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
const inClass = (code: string | undefined, status: string) =>
  code === "125" || (code ?? "").startsWith("04") || status === "cancelled" || status === "postponed";
let sentences = 0;
for (const file of files)
  for (const gold of parseGold(readFileSync(file, "utf8"), file)) {
    const cue = CUE.exec(gold.text);
    if (!cue) continue;
    sentences++;
    const doc = analyzeText(nlp, gold.text);
    const mentions = findMentions(doc, model.actors, gold.date);
    const coded = codeDocument({ doc, mentions, docId: gold.id, date: gold.date }, model);
    const m = matchGold(gold.events, coded);
    const cls = gold.events.filter((g) => inClass(g.code, g.status ?? "occurred"));
    for (const g of cls) {
      const tag = `${g.code ?? g.root}/${g.status ?? "occurred"}`;
      let kind: string;
      if (m.missed.includes(g)) {
        const samePair = m.left.find((e) => e.s === key(g.source) && e.t === key(g.target));
        const sameRoot = m.left.find((e) => e.root === g.root);
        kind = samePair ? `wrong-root(${samePair.e.code})` : sameRoot ? `wrong-pair(${sameRoot.s}>${sameRoot.t})` : "missed";
      } else {
        const e = m.events.find((x) => x.s === key(g.source) && x.t === key(g.target) && x.root === g.root);
        kind = e && e.e.status !== (g.status ?? "occurred") ? `status(${e.e.status})` : "ok";
      }
      bump(`${tag} ${kind.replace(/\(.*\)/, "")}`);
      if (list && kind !== "ok") console.log(`${gold.id} ${g.source}>${g.target} ${tag} ${kind} | ${gold.text}`);
    }
    for (const e of m.left)
      if (inClass(e.e.code, e.e.status)) {
        bump(`FP ${e.e.code}/${e.e.status}`);
        if (list) console.log(`${gold.id} FP ${e.s}>${e.t} ${e.e.code}/${e.e.status} | ${gold.text}`);
      }
  }
console.log(`sentences with cancel wording: ${sentences}`);
for (const [k, v] of [...count].sort((a, b) => b[1] - a[1])) console.log(`${v}\t${k}`);
