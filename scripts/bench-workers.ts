/**
 * The worker-thread half of `npm run bench`, run as its own process so that its peak memory is what
 * `dyad code --workers N` uses: N worker threads that each load the model, coding runs of JSONL lines as bytes.
 * With BENCH_WORKERS=0 it codes on its own main thread instead, as `dyad code` without --workers does; with
 * BENCH_WORKERS=bare it runs only the bare wink-nlp default-pipeline pass over the same sentences, so that the
 * one-core ratio can also be read between two clean processes.
 * With BENCH_WORKERS=cli:N it runs the whole `dyad code FILE --workers N` command once in this fresh process instead
 * (N=1: the one-core path; module loading, model load and thread start included, as for a user), on the sentences as
 * a JSONL file with one malformed line in 500, writing to /dev/null synchronously as stdout to a file or pipe does on
 * Linux: wall time, time to the first output (firstOutMs), CPU time of all threads (cpuMs), and the main thread's
 * CPU time and event loop utilisation (mainCpuMs, mainElu).
 * BENCH_WORKERS=cli-compare interleaves such processes, ROUNDS times: one core and --workers M (BENCH_COMPARE, default
 * 2), each on BENCH_SENTENCES lines and on a fifth of them; the difference of the two wall times is the time the extra
 * lines took, so start-up cancels out. Prints the rates, their ratio (best and median of rounds) and the load.
 * Prints one JSON line: { workers, ms, cpuMs, rssMb } (and the cli figures above).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { codeWorkersHint, startCodePool } from "../src/cli/code-pool.js";
import { DEFAULT_DATA_DIR } from "../src/dict/index.js";
import { binNodeFlags, makeSentences } from "./bench-corpus.js";

const N = Number(process.env.BENCH_SENTENCES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MODE = process.env.BENCH_WORKERS ?? "2";
const WORKERS = MODE === "bare" || MODE === "cli-compare" ? 0 : Number(MODE.replace(/^cli:/, ""));
const date = "2025-06-20";

// The corpus is made only in the modes that code it here: a `cli:N` child reads the JSONL file it is given
// (BENCH_FILE), so that its heap and peak memory hold what `dyad code` holds, not the benchmark's own copy.
const needsCorpus = !MODE.startsWith("cli");
const sentences = needsCorpus ? makeSentences(N) : [];
// The input as `dyad code` reads it: JSONL bytes, cut into runs of 1,000 whole lines.
const runs: { bytes: Uint8Array; firstLine: number }[] = [];
for (let i = 0; i < sentences.length; i += 1000) {
  const jsonl = sentences.slice(i, i + 1000).map((text, k) => `${JSON.stringify({ id: i + k, text, date })}\n`);
  runs.push({ bytes: new Uint8Array(Buffer.from(jsonl.join(""))), firstLine: i + 1 });
}
const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return Math.round((c.user + c.system) / 1000);
};
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

if (MODE === "cli-compare") {
  await compareCli(Number(process.env.BENCH_COMPARE ?? 2));
  process.exit(0);
}
if (MODE.startsWith("cli:")) {
  await benchCli(WORKERS);
  process.exit(0);
}
if (MODE === "bare") {
  const { barePosPass, createBareEngine } = await import("../src/nlp/index.js");
  const engine = createBareEngine("default");
  for (const s of sentences.slice(0, 2000)) barePosPass(engine, s);
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const s of sentences) barePosPass(engine, s);
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(JSON.stringify({ workers: "bare", ms, rssMb: rssMb() }));
  process.exit(0);
}
// Best-of-ROUNDS wall time, and the CPU time (all threads) of the round that gave it.
let ms = Number.POSITIVE_INFINITY;
let cpu = 0;
if (WORKERS === 0) {
  const { SILENT_LOGGER } = await import("../src/core/index.js");
  const { loadModel } = await import("../src/dict/index.js");
  const { createDateMemo } = await import("../src/extract/index.js");
  const { createNlpEngine } = await import("../src/nlp/index.js");
  const { codeLines } = await import("../src/cli/code-batch.js");
  const ctx = { model: loadModel(), nlp: createNlpEngine(), logger: SILENT_LOGGER, dates: createDateMemo() };
  for (const run of runs.slice(0, 2)) codeLines(run.bytes, run.firstLine, null, ctx);
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const run of runs) codeLines(run.bytes, run.firstLine, null, ctx);
    if (performance.now() - t0 < ms) [ms, cpu] = [performance.now() - t0, cpuMs(c0)];
  }
} else {
  // The threads `dyad code --workers` starts (its bundled worker code, model preloaded).
  const threads = startCodePool(WORKERS, DEFAULT_DATA_DIR);
  const pool = await threads.pool;
  // Each run is copied, then moved (not cloned) to its thread, as `dyad code --workers` does.
  const send = (run: (typeof runs)[number]) => {
    const bytes = new Uint8Array(run.bytes);
    const task = { bytes, firstLine: run.firstLine, date: null, dataDir: DEFAULT_DATA_DIR };
    return pool.run(task, { transferList: [bytes.buffer] });
  };
  // Warm up every worker (each loads its code and compiles the model once) before timing.
  await Promise.all(Array.from({ length: WORKERS * 2 }, (_, i) => send(runs[i % runs.length]!)));
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(runs.map(send));
    if (performance.now() - t0 < ms) [ms, cpu] = [performance.now() - t0, cpuMs(c0)];
  }
  await threads.destroy();
}
console.log(JSON.stringify({ workers: WORKERS, ms, cpuMs: cpu, rssMb: rssMb() }));

/** CPU time (ms) of this process's main thread so far, from Linux's per-thread counters (10 ms ticks); 0 elsewhere. */
async function mainThreadCpuMs(): Promise<number> {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return 0;
  }
}

/** The run accounting rounded to whole ms, with the idle tails: this thread waiting at the end, and the thread's. */
function roundStats(st: Record<string, number>) {
  const r = Object.fromEntries(Object.entries(st).map(([k, v]) => [k, Math.round(v)]));
  return {
    ...r,
    mainTailMs: Math.round((st.totalMs ?? 0) - Math.max(st.mainEndMs ?? 0, st.inputEndMs ?? 0)),
    threadTailMs: Math.round((st.totalMs ?? 0) - (st.threadEndMs ?? 0)),
    threadIdleMs: Math.round((st.threadEndMs ?? 0) - (st.readyMs ?? 0) - (st.threadBusyMs ?? 0)),
    threadShare: Number(((st.threadLines ?? 0) / ((st.threadLines ?? 0) + (st.mainLines ?? 0) || 1)).toFixed(3)),
  };
}

/** Writes n bench sentences to `file` as `dyad code` input: JSONL with one malformed line in 500. */
function writeCorpus(file: string, n: number): string {
  const lines = makeSentences(n).map((text, id) =>
    id % 500 === 7 ? `{"id":${id},"text":` : JSON.stringify({ id, text, date }),
  );
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** One run of the `dyad code` command on a JSONL file, in this fresh process (see the header). */
async function benchCli(workers: number) {
  const { mkdtempSync, openSync, writeSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { PassThrough, Writable } = await import("node:stream");
  const { performance } = await import("node:perf_hooks");
  const file = process.env.BENCH_FILE ?? writeCorpus(join(mkdtempSync(join(tmpdir(), "dyad-bench-")), "in.jsonl"), N);
  const fd = openSync("/dev/null", "w");
  let first = 0;
  let bytes = 0;
  const stdout = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (first === 0) first = performance.now();
      bytes += chunk.length;
      writeSync(fd, chunk);
      cb();
    },
  });
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const main0 = await mainThreadCpuMs();
  const t0 = performance.now();
  // Imported inside the timed run: a user's `dyad code` pays for loading its modules too. As bin/dyad.js, worker
  // threads are started before the CLI is loaded.
  const argv = ["code", file, "--workers", String(workers)];
  const hint = codeWorkersHint(argv);
  const codePool = hint ? startCodePool(hint.threads, hint.dataDir) : undefined;
  const { runCli } = await import("../src/cli/main.js");
  const codeStats = { threadRuns: 0, mainRuns: 0 };
  const called = performance.now() - t0;
  await runCli(argv, { stdout, stderr: new PassThrough(), stdin: new PassThrough() }, { codePool, codeStats });
  await codePool?.destroy();
  const ms = performance.now() - t0;
  const elu = performance.eventLoopUtilization(elu0);
  const out = {
    workers: `cli:${workers}`,
    ms: Math.round(ms),
    firstOutMs: Math.round(first - t0),
    cpuMs: cpuMs(cpu0),
    mainCpuMs: (await mainThreadCpuMs()) - main0,
    mainElu: Number(elu.utilization.toFixed(2)),
    outMb: Number((bytes / 1048576).toFixed(1)),
    rssMb: rssMb(),
    // The run accounting of --workers N (times in ms from the command's start of coding; cliMs: CLI loaded).
    ...(hint ? { cliMs: Math.round(called), runs: roundStats(codeStats) } : {}),
  };
  console.log(JSON.stringify(out));
}

/** Interleaved fresh-process runs of one core and of `--workers m` (see the header); prints their summary. */
async function compareCli(m: number) {
  const { execFileSync } = await import("node:child_process");
  const { loadavg } = await import("node:os");
  type Run = { ms: number; cpuMs: number; mainCpuMs: number; mainElu: number; rssMb: number; runs?: object };
  // BENCH_PIN=1 runs the one-core process under `taskset -c 0`, so that "one core" is one CPU: unpinned, V8's
  // garbage collector and compiler threads already use part of the second core in the one-core run.
  const pin = process.env.BENCH_PIN === "1";
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
  const small = Math.round(N / 5);
  const files = new Map([N, small].map((n) => [n, writeCorpus(join(dir, `in-${n}.jsonl`), n)]));
  const runOnce = (workers: number, sentences: number): Run => {
    const node = [process.execPath, ...binNodeFlags(), "--import", "tsx", fileURLToPath(import.meta.url)];
    const [cmd, ...args] = pin && workers === 1 ? ["taskset", "-c", "0", ...node] : node;
    const out = execFileSync(cmd!, args, {
      env: {
        ...process.env,
        BENCH_WORKERS: `cli:${workers}`,
        BENCH_SENTENCES: String(sentences),
        BENCH_FILE: files.get(sentences),
      },
      encoding: "utf8",
    });
    return JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Run;
  };
  const rates: Record<"one" | "many", number[]> = { one: [], many: [] };
  const big: Record<"one" | "many", Run[]> = { one: [], many: [] };
  const loads: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const [key, workers] of [["one", 1], ["many", m]] as const) {
      const full = runOnce(workers, N);
      const part = runOnce(workers, small);
      big[key].push(full);
      if (process.env.BENCH_VERBOSE === "1") console.error(JSON.stringify({ round: r, key, full, part }));
      // A neighbour's burst can make the short run the slower one: such a round gives rate 0.
      rates[key].push(full.ms > part.ms ? Math.round(((N - small) / (full.ms - part.ms)) * 1000) : 0);
    }
    loads.push(Number(loadavg()[0]!.toFixed(1)));
  }
  rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sum = (key: "one" | "many") => ({
    ratePerS: { best: Math.max(...rates[key]), median: median(rates[key]) },
    msBest: Math.min(...big[key].map((x) => x.ms)),
    cpuMsMedian: median(big[key].map((x) => x.cpuMs)),
    mainCpuMsMedian: median(big[key].map((x) => x.mainCpuMs)),
    mainEluMedian: median(big[key].map((x) => x.mainElu)),
    rssMbMax: Math.max(...big[key].map((x) => x.rssMb)),
  });
  const pairs = rates.one.map((o, i) => rates.many[i]! / o);
  console.log(
    JSON.stringify({
      sentences: [small, N],
      rounds: ROUNDS,
      oneCorePinned: pin,
      one: sum("one"),
      [`workers${m}`]: sum("many"),
      ratio: { ofBest: Number((Math.max(...rates.many) / Math.max(...rates.one)).toFixed(2)), medianOfRounds: Number(median(pairs).toFixed(2)) },
      loadAvg1m: loads,
    }),
  );
}
