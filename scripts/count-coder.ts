// Counts the coder's own work where CPU times cannot be read (a machine shared with other jobs): SENTENCES lines of
// the bench corpus (scripts/bench-corpus.ts, as `dyad code` and scripts/code-dump.ts code it) are analysed and matched
// for actors once, then coded by codeDocument under Valgrind's callgrind with its instrumentation on only while
// PASSES passes run, so the model load, wink-nlp, actor matching and the warm-up passes count nothing. Prints per
// sentence the main thread's instructions, data reads and writes, and the misses of a simulated 32 KB L1 and 8 MB
// last-level data cache; load does not change these. Compare two trees by running it in each:
// `npx tsx scripts/count-coder.ts [PASSES] [SENTENCES]` (needs Valgrind; 5-15 min on a loaded machine).
// With COUNT_PROFILE=DIR it keeps callgrind's output and V8's perf map (--perf-basic-prof, code space not compacted so
// that code does not move) in DIR and prints the hottest JavaScript functions by own instructions, the addresses of
// JIT code mapped to their names through the perf map (callgrind_annotate alone shows them as bare addresses).
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { awaitLine, countUnderCallgrind, ownCost, printTotals } from "./_callgrind.js";
import { makeSentences } from "./bench-corpus.js";

const SELF = fileURLToPath(import.meta.url);
const PROFILE = process.env.COUNT_PROFILE;
const DATE = "2025-06-20";
// Enough warm-up sentences for V8 to optimise codeSentence (it asks many profiler ticks: docs/history.md).
const WARM = 12_000;

/** The child: set up, code WARM sentences to warm up, then PASSES measured passes between two hand-shakes. */
function child(passes: number, n: number): void {
  const model = loadModel();
  const nlp = createNlpEngine();
  const inputs = makeSentences(n).map((text, i) => {
    const doc = analyzeText(nlp, text);
    return { doc, mentions: findMentions(doc, model.actors, DATE), docId: `d${i}`, date: DATE };
  });
  let events = 0;
  const pass = () => {
    for (const x of inputs) events += codeDocument(x, model).length;
  };
  for (let r = 0; r < Math.ceil(WARM / n); r++) pass();
  process.stdout.write(`ready ${inputs.length}\n`);
  awaitLine();
  events = 0;
  for (let r = 0; r < passes; r++) pass();
  process.stdout.write(`done ${events}\n`);
  awaitLine();
}

/** The parent: runs the child under callgrind (scripts/_callgrind.ts) and prints the counts a sentence. */
async function parent(passes: number, n: number): Promise<void> {
  const c = await countUnderCallgrind(SELF, [`${passes}`, `${n}`], passes, PROFILE);
  process.stdout.write(`sentences ${c.sentences} events ${Number(c.done.split(" ")[1])}\n`);
  printTotals(c);
  if (c.out && c.map) {
    // Own instructions by JavaScript function, as a share of all the main thread's.
    const own = ownCost(c.out, c.map, c.events.indexOf("Ir"));
    const total = own.reduce((sum, [, v]) => sum + v, 0);
    for (const [k, v] of own.slice(0, 60))
      process.stdout.write(`${((100 * v) / total).toFixed(2).padStart(6)}%  ${k}\n`);
  }
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1] ?? 2), Number(process.argv[at + 2] ?? 2000));
else await parent(Number(process.argv[2] ?? 2), Number(process.argv[3] ?? 2000));
