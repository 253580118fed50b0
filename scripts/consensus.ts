// The coder's errors on the sentences two people coded apart (data/gold/agreement/), split by whether the two
// codings agree: `npx tsx scripts/consensus.ts [--verbose]`.
//   consensus events (both codings have it) the coder missed, by cause (as fn-causes: actor, pair, second, reverse,
//   root, other) — the coder's real gap; events only one coding has, found or not — convention noise;
//   coder events neither coding has, by cause (as fp-causes: empty sentence, duplicate, reverse, root, stray pair).
// Matching is one to one on (source country, target country, root), as the scorer does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { DEFAULT_DATA_DIR, loadModel } from "../src/dict/index.js";
import { countryOf, type GoldRecord, parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

interface Ev {
  readonly s: string;
  readonly t: string;
  readonly root: string;
  readonly label: string;
}
const verbose = process.argv.includes("--verbose");
const AGREE = join(DEFAULT_DATA_DIR, "gold", "agreement");
const EVENTS = join(DEFAULT_DATA_DIR, "gold", "events");
const model = loadModel();
const nlp = createNlpEngine();
const same = (a: Ev, b: Ev) => a.s === b.s && a.t === b.t && a.root === b.root;
const ofGold = (r: GoldRecord): Ev[] =>
  r.events.map((e) => ({
    s: countryOf(e.source),
    t: countryOf(e.target),
    root: e.root,
    label: `${e.source}>${e.target} ${e.code ?? e.root} ${e.status ?? ""}`,
  }));
/** Multiset intersection and the two remainders. */
function split(a: readonly Ev[], b: readonly Ev[]): { both: Ev[]; onlyA: Ev[]; onlyB: Ev[] } {
  const left = [...b];
  const both: Ev[] = [];
  const onlyA: Ev[] = [];
  for (const e of a) {
    const i = left.findIndex((x) => same(x, e));
    if (i >= 0) {
      both.push(e);
      left.splice(i, 1);
    } else onlyA.push(e);
  }
  return { both, onlyA, onlyB: left };
}
const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const missCauses = new Map<string, number>();
const falseCauses = new Map<string, number>();
let consensus = 0;
let found = 0;
let single = 0;
let singleFound = 0;
let codedTotal = 0;
let neither = 0;
const lines: string[] = [];
for (const file of readdirSync(AGREE).filter((f) => f.endsWith(".second.jsonl"))) {
  const base = file.replace(/-\d+-\d+\.second\.jsonl$/, "");
  const firstFile = join(EVENTS, `${base}.jsonl`);
  const first = new Map(parseGold(readFileSync(firstFile, "utf8"), firstFile).map((r) => [r.id, r]));
  for (const r2 of parseGold(readFileSync(join(AGREE, file), "utf8"), file)) {
    const r1 = first.get(r2.id);
    if (r1 === undefined) continue;
    const doc = analyzeText(nlp, r1.text);
    const mentions = findMentions(doc, model.actors, r1.date);
    const mentioned = new Set(mentions.flat().map((m) => countryOf(m.code)));
    const coded: Ev[] = codeDocument({ doc, mentions, docId: r1.id, date: r1.date }, model).map((e) => ({
      s: countryOf(e.source.code),
      t: countryOf(e.target?.code ?? null),
      root: e.root,
      label: `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status} [${e.pattern}]`,
    }));
    const { both, onlyA, onlyB } = split(ofGold(r1), ofGold(r2));
    const vsBoth = split(both, coded);
    consensus += both.length;
    found += vsBoth.both.length;
    // Coder events left after the consensus ones, matched against events one coding has.
    const singles = [...onlyA, ...onlyB];
    const vsSingle = split(singles, vsBoth.onlyB);
    single += singles.length;
    singleFound += vsSingle.both.length;
    codedTotal += coded.length;
    const stray = vsSingle.onlyB;
    neither += stray.length;
    const out: string[] = [];
    for (const g of vsBoth.onlyA) {
      let cause: string;
      if (!mentioned.has(g.s) || !mentioned.has(g.t)) cause = "actor";
      else if (stray.some((e) => e.s === g.t && e.t === g.s && e.root === g.root)) cause = "reverse";
      else if (stray.some((e) => e.s === g.s && e.t === g.t)) cause = "root";
      else if (stray.some((e) => e.s === g.t && e.t === g.s)) cause = "other";
      else if (coded.some((e) => (e.s === g.s && e.t === g.t) || (e.s === g.t && e.t === g.s)))
        cause = "second";
      else cause = "pair";
      count(missCauses, cause);
      out.push(`  MISS ${cause.padEnd(7)} ${g.label}`);
    }
    for (const e of stray) {
      let cause: string;
      if (r1.events.length === 0 && r2.events.length === 0) cause = "empty";
      else if (coded.filter((x) => same(x, e)).length > 1 && [...both, ...singles].some((x) => same(x, e)))
        cause = "dup";
      else if ([...both, ...singles].some((x) => x.s === e.t && x.t === e.s && x.root === e.root))
        cause = "reverse";
      else if (
        [...both, ...singles].some((x) => (x.s === e.s && x.t === e.t) || (x.s === e.t && x.t === e.s))
      )
        cause = "root";
      else cause = "stray";
      count(falseCauses, cause);
      out.push(`  FALSE ${cause.padEnd(7)} ${e.label}`);
    }
    if (verbose && out.length > 0) {
      lines.push(`${r1.id} ${r1.text}`);
      for (const e of both) lines.push(`  BOTH ${e.label}`);
      for (const e of singles) lines.push(`  ONE  ${e.label}`);
      for (const e of coded) lines.push(`  CODED ${e.label}`);
      lines.push(...out);
    }
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const causes = (m: Map<string, number>, total: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v} (${pct(v, total)})`)
    .join(", ");
if (verbose) process.stdout.write(`${lines.join("\n")}\n\n`);
process.stdout.write(
  `consensus events ${consensus}: the coder finds ${found} (${pct(found, consensus)}); misses by cause: ${causes(missCauses, consensus - found)}\n` +
    `events one coding has ${single}: the coder finds ${singleFound} (${pct(singleFound, single)})\n` +
    `coder events ${codedTotal}: ${neither} (${pct(neither, codedTotal)}) coded by neither; by cause: ${causes(falseCauses, neither)}\n`,
);
