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
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { buildDictionary, corpus } from "./bench-actors.js";

const SELF = fileURLToPath(import.meta.url);
const FLAGS = ["--max-semi-space-size=64", "--heap-growing-percent=50"];
const PROFILE = process.env.COUNT_PROFILE;

/** Reads one line from stdin, blocking (the parent writes it once it has switched the instrumentation). */
function awaitLine(): void {
  const b = Buffer.alloc(1);
  while (readSync(0, b, 0, 1, null) === 1 && b[0] !== 10);
}

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

/** The parent: runs the child under callgrind and switches its instrumentation on and off around the passes. */
async function parent(passes: number): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), "dyad-count-")), "callgrind.out");
  const args = [
    "--tool=callgrind",
    "--instr-atstart=no",
    "--separate-threads=yes",
    "--cache-sim=yes",
    "--D1=32768,8,64",
    "--LL=8388608,16,64",
    ...(PROFILE ? ["--compress-strings=no", "--compress-pos=no"] : []),
  ];
  // V8's own log (which --perf-basic-prof turns on) goes to DIR, not to isolate-*.log files in the working folder.
  const v8 = PROFILE
    ? ["--perf-basic-prof", "--no-compact-code-space", "--no-logfile-per-isolate", `--logfile=${join(PROFILE, "v8.log")}`]
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
    ],
    { stdio: ["pipe", "pipe", "ignore"] },
  );
  let sentences = 0;
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
      } else if (line === "done") {
        toggle(false);
        vg.stdin.write("end\n");
      }
    }
  });
  const code = await new Promise<number | null>((resolve) => vg.on("close", resolve));
  if (code !== 0 || sentences === 0) throw new Error(`valgrind exited with ${code}`);
  // With --separate-threads, thread 1 (the main thread) writes OUT-01.
  const text = readFileSync(`${out}-01`, "utf8");
  const events = /^events: (.*)$/m.exec(text)?.[1]?.split(" ") ?? [];
  const totals = /^totals: (.*)$/m.exec(text)?.[1]?.split(" ").map(Number) ?? [];
  process.stdout.write(`sentences ${sentences}\n`);
  for (const [k, e] of events.entries())
    process.stdout.write(`${e.padEnd(6)} ${((totals[k] ?? 0) / sentences).toFixed(1)} a sentence\n`);
  const map = `/tmp/perf-${vg.pid}.map`;
  if (PROFILE && existsSync(map)) {
    copyFileSync(`${out}-01`, join(PROFILE, "callgrind.out"));
    copyFileSync(map, join(PROFILE, "perf.map"));
    rmSync(map);
    for (const e of ["Ir", "D1mr", "DLmr"]) {
      process.stdout.write(`own ${e} a sentence, by function:\n`);
      for (const l of hotFunctions(`${out}-01`, join(PROFILE, "perf.map"), events.indexOf(e), sentences, 25))
        process.stdout.write(`${l}\n`);
    }
  }
  rmSync(join(out, ".."), { recursive: true, force: true });
}

/** Own cost (event column `col`) a sentence by function: callgrind's `0x…` functions named by the perf map's ranges. */
function hotFunctions(out: string, map: string, col: number, sentences: number, top: number): string[] {
  const ranges = readFileSync(map, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [a, s, ...name] = l.split(" ");
      const start = Number.parseInt(a!, 16);
      return { start, end: start + Number.parseInt(s!, 16), name: name.join(" ") };
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
    const r = ranges[best];
    return r && addr < r.end ? r.name : `?${addr.toString(16)}`;
  };
  const own = new Map<string, number>();
  let fn = "";
  let skip = false;
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (line.startsWith("fn=")) {
      fn = line.slice(3);
      continue;
    }
    if (/^(c|j|jc)?(fn|fi|fe|fl|ob|cob|cfi|cfl|cfn|calls)=/.test(line)) {
      if (line.startsWith("calls=")) skip = true;
      continue;
    }
    if (!/^[+\-*0-9]/.test(line)) continue;
    // The line after calls= is the call's inclusive cost, not the caller's own.
    if (skip) {
      skip = false;
      continue;
    }
    const v = Number(line.split(" ")[1 + col] ?? 0);
    const key = fn.startsWith("0x") ? find(Number.parseInt(fn, 16)) : fn;
    own.set(key, (own.get(key) ?? 0) + v);
  }
  return [...own]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${(v / sentences).toFixed(2).padStart(9)}  ${k}`);
}

const at = process.argv.indexOf("--child");
if (at >= 0) child(Number(process.argv[at + 1] ?? 2));
else await parent(Number(process.argv[2] ?? 2));
