// Lists the same-country gold events (source and target of one country) of event gold files with what the coder
// made of them, and the same-country events it coded that gold lacks:
// `npx tsx scripts/domestic-dyads.ts data/gold/events/wire-dev*.jsonl` (VERBOSE=1: one line per miss or false
// positive, with the sentence's actor mentions). A miss is sorted by the mentions of its country:
//   pair   — two mentions carry the source and target codes (or country, for a bare country code) and the coder gave
//            no event of that root between them
//   bare   — a party has no mention with its code, and a sector noun was left without a country (`---COP`)
//   actor  — a party has no mention with its code, and no noun was left without a country
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { countryOf, parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const model = loadModel();
const nlp = createNlpEngine();
const files = process.argv.slice(2);
if (files.some((f) => f.includes("heldout"))) throw new Error("held-out sets are not read here");
const verbose = process.env.VERBOSE === "1";
const unknown = model.actors.config.unknownCountry;
const counts: Record<string, number> = { bare: 0, actor: 0, pair: 0 };
let gold = 0;
let hit = 0;
let coded = 0;
let fp = 0;
for (const file of files)
  for (const g of parseGold(readFileSync(file, "utf8"), file)) {
    const doc = analyzeText(nlp, g.text);
    const perSentence = findMentions(doc, model.actors, g.date);
    const mentions = perSentence.flat();
    const events = codeDocument({ doc, mentions: perSentence, docId: g.id, date: g.date }, model);
    const left = events.map((e) => ({
      s: countryOf(e.source.code),
      t: countryOf(e.target?.code ?? null),
      root: e.root,
    }));
    const same = (s: string, t: string) => s === t && s !== "" && !s.startsWith("IGO");
    const shown = () => mentions.map((m) => `${m.text}=${m.code}`).join(", ");
    for (const e of g.events) {
      const s = countryOf(e.source);
      const t = countryOf(e.target);
      const i = left.findIndex((x) => x.s === s && x.t === t && x.root === e.root);
      const isSame = same(s, t);
      if (isSame) gold++;
      if (i >= 0) {
        left.splice(i, 1);
        if (isSame) hit++;
        continue;
      }
      if (!isSame) continue;
      // A party is found when a mention carries its code (a bare country: any mention of it), each by another one.
      const fits = (code: string) => (m: (typeof mentions)[number]) =>
        code.length === 3 ? m.country === code : m.code === code;
      const src = mentions.findIndex(fits(e.source));
      const tgt = mentions.findIndex((m, k) => k !== src && fits(e.target ?? "")(m));
      const cause =
        src >= 0 && tgt >= 0 ? "pair" : mentions.some((m) => m.code.startsWith(unknown)) ? "bare" : "actor";
      counts[cause]!++;
      if (verbose)
        process.stdout.write(
          `fn ${cause}\t${g.id}\t${e.source}>${e.target}:${e.code ?? e.root}\t${g.text}\n\t\t${shown()}\n`,
        );
    }
    for (const x of left)
      if (same(x.s, x.t)) {
        fp++;
        if (verbose)
          process.stdout.write(`fp\t${g.id}\t${x.s}>${x.t}:${x.root}\t${g.text}\n\t\t${shown()}\n`);
      }
    coded += events.filter((e) => same(countryOf(e.source.code), countryOf(e.target?.code ?? null))).length;
  }
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
process.stdout.write(
  `same-country gold ${gold}, found ${hit} (R ${pct(hit, gold)}); coded ${coded}, not in gold ${fp} (P ${pct(coded - fp, coded)}); misses: ${Object.entries(
    counts,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}\n`,
);
