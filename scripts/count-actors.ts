// Counts the work of actor matching where CPU times cannot be read (a machine shared with other jobs): the bench corpus
// of scripts/bench-actors.ts is matched under Valgrind's callgrind with its instrumentation on only while PASSES passes
// of findMentions run, so the dictionary compile, the analysis and the warm-up count nothing. Prints per sentence the
// main thread's instructions, data reads and writes, and the misses of a simulated 32 KB L1 and 8 MB last-level data
// cache; load does not change these (two runs of the same code agree within about 0.5% on instructions). Only the main
// thread counts: a major collection's concurrent marking, when one falls in the window, runs on helper threads and
// added 10% to the totals of all threads in one run. Compare two trees by running it in each:
// `npx tsx scripts/count-actors.ts [PASSES]` (needs Valgrind; 1-3 min).
// With COUNT_PROFILE=DIR it keeps callgrind's output and V8's perf map (--perf-basic-prof, code space not compacted)
// in DIR and prints the functions with the most own instructions and last-level read misses, JIT code named through
// the perf map (callgrind_annotate alone shows it as bare addresses).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { awaitLine, countUnderCallgrind, ownCost, printTotals } from "./_callgrind.js";
import { buildDictionary, corpus } from "./bench-actors.js";

const SELF = fileURLToPath(import.meta.url);
const PROFILE = process.env.COUNT_PROFILE;

/** The child: set up, match three passes to warm up, then PASSES measured passes between two hand-shakes. */
function child(passes: number): void {
  const dir = mkdtempSync(join(tmpdir(), "dyad-count-"));
  buildDictionary(dir);
  const model = loadActorModel(dir);
  rmSync(dir, { recursive: true, force: true });
  const nlp = createNlpEngine();
  const docs = corpus().map((t) => analyzeText(nlp, t));
  const pass = () => {
    for (const d of docs) findMentions(d, model, "2022-06-01");
  };
  for (let r = 0; r < 3; r++) pass();
  process.stdout.write(`ready ${docs.length}\n`);
  awaitLine();
  for (let r = 0; r < passes; r++) pass();
  process.stdout.write("done\n");
  awaitLine();
}

/** The parent: runs the child under callgrind (scripts/_callgrind.ts) and prints the counts a sentence. */
async function parent(passes: number): Promise<void> {
  const c = await countUnderCallgrind(SELF, [`${passes}`], passes, PROFILE);
  process.stdout.write(`sentences ${c.sentences}\n`);
  printTotals(c);
  if (c.out && c.map)
    for (const e of ["Ir", "D1mr", "DLmr"]) {
      process.stdout.write(`own ${e} a sentence, by function:\n`);
      for (const [k, v] of ownCost(c.out, c.map, c.events.indexOf(e)).slice(0, 25))
        process.stdout.write(`${(v / c.sentences).toFixed(2).padStart(9)}  ${k}\n`);
    }
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1] ?? 2));
else await parent(Number(process.argv[2] ?? 2));
