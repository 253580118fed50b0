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
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { makeSentences } from "./bench-corpus.js";

const SELF = fileURLToPath(import.meta.url);
const FLAGS = ["--max-semi-space-size=64", "--heap-growing-percent=50"];
const PROFILE = process.env.COUNT_PROFILE;
const DATE = "2025-06-20";
// Enough warm-up sentences for V8 to optimise codeSentence (it asks many profiler ticks: docs/history.md).
const WARM = 12_000;

/** Reads one line from stdin, blocking (the parent writes it once it has switched the instrumentation). */
function awaitLine(): void {
  const b = Buffer.alloc(1);
  while (readSync(0, b, 0, 1, null) === 1 && b[0] !== 10);
}

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

/** Own instructions by JavaScript function: callgrind's `0x…` functions named by the perf map's ranges. */
function hotFunctions(out: string, map: string, top: number): string[] {
  const ranges = readFileSync(map, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [a, s, ...name] = l.split(" ");
      return { start: Number.parseInt(a!, 16), end: Number.parseInt(a!, 16) + Number.parseInt(s!, 16), name: name.join(" ") };
    })
    .sort((x, y) => x.start - y.start);
  const find = (addr: number): string => {
    let lo = 0;
    let hi = ranges.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.start <= addr) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A later entry for the same address is newer code (a range can be reused after its code died).
    const r = ranges[best];
    return r && addr < r.end ? r.name : `?${addr.toString(16)}`;
  };
  const own = new Map<string, number>();
  const names = new Map<string, string>();
  let fn = "";
  let total = 0;
  // The cost line after a `calls=` line is the call's inclusive cost, not the caller's own.
  let skipNext = false;
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (line.startsWith("fn=")) {
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m) {
        if (m[2] !== undefined) names.set(m[1]!, m[2]);
        fn = names.get(m[1]!) ?? m[1]!;
      } else fn = line.slice(3);
      continue;
    }
    if (/^(c|j|jc)?(fn|fi|fe|fl|ob|cob|cfi|cfl|cfn|calls)=/.test(line)) {
      if (line.startsWith("calls=")) skipNext = true;
      continue;
    }
    if (!/^[+\-*0-9]/.test(line)) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const ir = Number(line.split(" ")[1] ?? 0);
    total += ir;
    const key = fn.startsWith("0x") ? find(Number.parseInt(fn, 16)) : fn;
    own.set(key, (own.get(key) ?? 0) + ir);
  }
  return [...own]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${((100 * v) / total).toFixed(2).padStart(6)}%  ${k}`);
}

/** The parent: runs the child under callgrind and switches its instrumentation on and off around the passes. */
async function parent(passes: number, n: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-count-"));
  const out = join(dir, "callgrind.out");
  const args = [
    "--tool=callgrind",
    "--instr-atstart=no",
    "--separate-threads=yes",
    "--cache-sim=yes",
    "--D1=32768,8,64",
    "--LL=8388608,16,64",
    ...(PROFILE ? ["--compress-strings=no", "--compress-pos=no"] : []),
  ];
  // --perf-basic-prof also starts V8's log: it goes to the temporary directory, not the working tree.
  const v8 = PROFILE
    ? ["--perf-basic-prof", "--no-compact-code-space", "--no-logfile-per-isolate", `--logfile=${join(dir, "v8.log")}`]
    : [];
  const vg = spawn(
    "valgrind",
    [
      ...args,
      `--callgrind-out-file=${out}`,
      process.execPath,
      ...FLAGS,
      ...v8,
      "--import",
      "tsx",
      SELF,
      "--child",
      `${passes}`,
      `${n}`,
    ],
    { stdio: ["pipe", "pipe", "ignore"] },
  );
  let sentences = 0;
  let events = 0;
  let buf = "";
  const toggle = (on: boolean) =>
    execFileSync("callgrind_control", ["-i", on ? "on" : "off", `${vg.pid}`], { stdio: "ignore" });
  vg.stdout.on("data", (d: Buffer) => {
    buf += d.toString();
    for (let nl = buf.indexOf("\n"); nl >= 0; nl = buf.indexOf("\n")) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.startsWith("ready")) {
        sentences = Number(line.split(" ")[1]) * passes;
        toggle(true);
        vg.stdin.write("go\n");
      } else if (line.startsWith("done")) {
        toggle(false);
        events = Number(line.split(" ")[1]);
        vg.stdin.write("end\n");
      }
    }
  });
  const code = await new Promise<number | null>((resolve) => vg.on("close", resolve));
  if (code !== 0 || sentences === 0) throw new Error(`valgrind exited with ${code}`);
  // With --separate-threads, thread 1 (the main thread) writes OUT-01.
  const text = readFileSync(`${out}-01`, "utf8");
  const names = /^events: (.*)$/m.exec(text)?.[1]?.split(" ") ?? [];
  const totals = /^totals: (.*)$/m.exec(text)?.[1]?.split(" ").map(Number) ?? [];
  process.stdout.write(`sentences ${sentences} events ${events}\n`);
  for (const [k, e] of names.entries())
    process.stdout.write(`${e.padEnd(6)} ${((totals[k] ?? 0) / sentences).toFixed(1)} a sentence\n`);
  if (PROFILE) {
    const map = `/tmp/perf-${vg.pid}.map`;
    copyFileSync(`${out}-01`, join(PROFILE, "callgrind.out"));
    if (existsSync(map)) {
      copyFileSync(map, join(PROFILE, "perf.map"));
      rmSync(map);
      for (const l of hotFunctions(`${out}-01`, join(PROFILE, "perf.map"), 60)) process.stdout.write(`${l}\n`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1] ?? 2), Number(process.argv[at + 2] ?? 2000));
else await parent(Number(process.argv[2] ?? 2), Number(process.argv[3] ?? 2000));
