// Measures the WordNet neighbour table (data/verbs/wordnet.txt) under several `@use` settings in one process: each
// sentence is analysed once, then coded once per setting. Prints, per setting, the tp/fp/fn summed over the given
// files, the files whose counts moved against the first setting, and every event a copied pattern (`wn.…`) coded
// with whether the gold holds its (source country, target country, root). Dev files only (held-out sets refused):
//   npx tsx scripts/wordnet-eval.ts off all syn,w1 … -- FILE.jsonl …
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { DEFAULT_DATA_DIR, loadModel, loadVerbModel } from "../src/dict/index.js";
import { countryOf, parseGold, scoreGold, toScored } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const args = process.argv.slice(2);
const sep = args.indexOf("--");
const settings = args.slice(0, sep);
const files = args.slice(sep + 1);
if (files.some((f) => f.includes("heldout"))) throw new Error("held-out sets are not for tuning");
const nlp = createNlpEngine();
const base = loadModel();
const docs = files.map((file) =>
  parseGold(readFileSync(file, "utf8"), file).map((gold) => {
    const doc = analyzeText(nlp, gold.text);
    return { gold, doc, mentions: findMentions(doc, base.actors, gold.date) };
  }),
);
const key = (s: string, t: string | null, root: string) => `${countryOf(s)}>${countryOf(t)}:${root}`;
const first: Map<string, { tp: number; fp: number; fn: number }> = new Map();
const isDev = (f: string) => /wire-dev([2-9]|[1-5]\d)\.jsonl$/.test(f);
for (const setting of settings) {
  // A copy of data/verbs whose wordnet.txt says `@use SETTING` (words joined by ",").
  const dir = mkdtempSync(join(tmpdir(), "dyad-wn-"));
  cpSync(join(DEFAULT_DATA_DIR, "verbs"), dir, { recursive: true });
  const table = readFileSync(join(dir, "wordnet.txt"), "utf8").replace(/^@use .*\n/m, "");
  writeFileSync(join(dir, "wordnet.txt"), `${table}@use ${setting.split(",").join(" ")}\n`);
  const model = { ...base, verbs: loadVerbModel(dir, base.cameo) };
  const sum = { tp: 0, fp: 0, fn: 0 };
  const moved: string[] = [];
  const added: string[] = [];
  let addTp = 0;
  files.forEach((file, fi) => {
    const items = docs[fi]!.map(({ gold, doc, mentions }) => {
      const events = codeDocument({ doc, mentions, docId: gold.id, date: gold.date }, model);
      const goldKeys = new Set(gold.events.map((g) => key(g.source, g.target, g.root)));
      for (const e of events)
        if (e.pattern.startsWith("wn.")) {
          const hit = goldKeys.has(key(e.source.code, e.target?.code ?? null, e.root));
          if (hit) addTp++;
          added.push(
            `${hit ? "TP" : "FP"} ${basename(file)} ${gold.id} ${e.pattern} ${e.source.code}>${e.target?.code ?? "-"} ${e.code}\t${gold.text.slice(0, 160)}`,
          );
        }
      return { gold, predicted: events.map(toScored) };
    });
    const r = scoreGold(items);
    const c = { tp: r.tp, fp: r.fp, fn: r.fn };
    if (isDev(file)) for (const k of ["tp", "fp", "fn"] as const) sum[k] += c[k];
    const f0 = first.get(file);
    if (!f0) first.set(file, c);
    else if (f0.tp !== c.tp || f0.fp !== c.fp || f0.fn !== c.fn) {
      const f1 = (x: typeof c) => (2 * x.tp) / (2 * x.tp + x.fp + x.fn);
      moved.push(
        `  ${basename(file)}: tp ${f0.tp}→${c.tp} fp ${f0.fp}→${c.fp} fn ${f0.fn}→${c.fn} F1 ${(100 * f1(f0)).toFixed(2)}→${(100 * f1(c)).toFixed(2)}`,
      );
    }
  });
  const F = (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn);
  console.log(
    `== ${setting}: dev2-58 tp ${sum.tp} fp ${sum.fp} fn ${sum.fn} F1 ${(100 * F).toFixed(2)}; wn events ${added.length}, in gold ${addTp}`,
  );
  for (const m of moved) console.log(m);
  for (const a of added) console.log(`  ${a}`);
}
