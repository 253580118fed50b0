import type { Piscina } from "piscina";
import { SILENT_LOGGER } from "../core/index.js";
import { DEFAULT_DATA_DIR } from "../dict/index.js";
import { type CodedLines, codeLines } from "./code-batch.js";
import { type LineRun, lineRuns, splitRun } from "./code-lines.js";
import { DEPTH, startCodePool } from "./code-pool.js";
import type { LinesTask, TimedLines } from "./code-worker.js";
import type { CliEnv } from "./env.js";

/** Most lines in one run. */
const BATCH = 400;
/** Most lines this thread codes between two looks at the worker threads (as one core codes them, see code.ts). */
const PIECE = 100;
/** Most runs coded or in flight but not yet written (they wait for an earlier run still on a thread). */
const MAX_QUEUED = 64;

/** Options of runCodeParallel, for tests and benchmarks. */
export interface ParallelOptions {
  /** Wait until every thread has loaded its model before reading the input (so that threads code a share). */
  readonly awaitThreads?: boolean;
  /** Filled in as the input is coded: runs coded on worker threads, and on this thread (and RunAccounting). */
  readonly stats?: CodeStats;
}

/** Runs coded on worker threads and on this thread, then the rest of the accounting once the input is coded. */
export type CodeStats = { threadRuns: number; mainRuns: number } & Partial<RunAccounting>;

/**
 * Where the two threads' time went, for the benchmark (scripts/bench-workers.ts): all times in ms from the call.
 * Thread busy time is measured on the worker threads themselves (from the start to the end of each run coded there).
 */
export interface RunAccounting {
  threadLines: number;
  mainLines: number;
  /** When this thread had its model and began coding. */
  mainStartMs: number;
  /** When the first worker thread was ready to take runs (-1: never). */
  readyMs: number;
  /** Time this thread spent coding runs. */
  mainBusyMs: number;
  /** Time worker threads spent coding runs (summed over threads). */
  threadBusyMs: number;
  /** When the input was all read and cut (this thread then only waits for threads and writes). */
  inputEndMs: number;
  /** When the last worker-thread run ended (-1: none). */
  threadEndMs: number;
  /** When this thread ended its last own run (-1: none). */
  mainEndMs: number;
  totalMs: number;
}

/**
 * Codes JSONL on `workers` threads: this one and `workers - 1` worker threads. This thread cuts the input into runs
 * of whole lines, moves each run's raw bytes (transferred, not cloned) to a worker thread while that one has fewer
 * than DEPTH queued, and codes the run itself otherwise, PIECE lines at a time, handing the rest over as soon as the
 * thread has room; it keeps the input order and writes one string per run.
 * A thread takes runs only once it has loaded its model and warmed up (runs queued on a starting thread would hold
 * back the output), so a short input may be coded here alone; threads bin/dyad.js started before the CLI loaded
 * (env.codePool) are usually ready by the time this thread has loaded its own model. One model fewer than a pool of `workers` threads beside an idle main thread, and less CPU time (see
 * README, Performance).
 * Returns the number of lines that failed; rejects when a thread could not load its model.
 */
export async function runCodeParallel(
  input: AsyncIterable<Uint8Array>,
  date: string | null,
  workers: number,
  env: CliEnv,
  opts: ParallelOptions = {},
): Promise<number> {
  const t0 = performance.timeOrigin + performance.now();
  const since = () => performance.timeOrigin + performance.now() - t0;
  const threads = workers - 1;
  const dataDir = env.dataDir?.() ?? DEFAULT_DATA_DIR;
  // Threads bin/dyad.js started before the CLI loaded, or new ones.
  const threadPool = env.codePool?.(threads) ?? startCodePool(threads, dataDir);
  let pool: Piscina | undefined;
  const withData = (task: Omit<LinesTask, "dataDir">): LinesTask => ({ ...task, dataDir });
  const stats = opts.stats ?? { threadRuns: 0, mainRuns: 0 };
  const acc: RunAccounting = {
    threadLines: 0,
    mainLines: 0,
    mainStartMs: -1,
    readyMs: -1,
    mainBusyMs: 0,
    threadBusyMs: 0,
    inputEndMs: -1,
    threadEndMs: -1,
    mainEndMs: -1,
    totalMs: -1,
  };
  // An empty run first, so each thread loads its model (if not yet) while this thread loads its own.
  let ready = 0;
  let startError: unknown;
  const started = Array.from({ length: threads }, () =>
    threadPool.pool
      .then((p) => {
        pool = p;
        return p.run(withData({ bytes: new Uint8Array(0), firstLine: 1, date }));
      })
      .then(
        () => {
          if (ready++ === 0) acc.readyMs = since();
        },
        (e: unknown) => {
          startError ??= e;
        },
      ),
  );
  // Runs in input order, each with its output once coded; written from the front as soon as it is there.
  const queue: { job: Promise<CodedLines>; done?: CodedLines }[] = [];
  let failed = 0;
  let onThreads = 0;
  const writeReady = () => {
    for (let done = queue[0]?.done; done; done = queue[0]?.done) {
      queue.shift();
      failed += done.failed;
      env.out(done.text);
    }
  };
  const toThread = (run: LineRun) => {
    onThreads++;
    acc.threadLines += run.lines;
    const task = withData({ bytes: run.bytes, firstLine: run.firstLine, date });
    const slot: (typeof queue)[number] = {
      job: (pool!.run(task, { transferList: [run.bytes.buffer as ArrayBuffer] }) as Promise<TimedLines>).then((r) => {
        onThreads--;
        acc.threadBusyMs += r.to - r.from;
        acc.threadEndMs = Math.max(acc.threadEndMs, r.to - t0);
        slot.done = r;
        writeReady();
        return r;
      }),
    };
    // A failed run is reported when the queue reaches it (awaited below), not as an unhandled rejection.
    slot.job.catch(() => {});
    return slot;
  };
  try {
    const ctx = { model: env.model(), nlp: env.nlp(), dates: env.dates(), logger: SILENT_LOGGER };
    if (opts.awaitThreads) await Promise.all(started);
    acc.mainStartMs = since();
    for await (const run of lineRuns(input, BATCH)) {
      // This thread codes a run PIECE lines at a time, with a turn of the event loop after each, so that finished
      // thread runs are taken in and the thread is handed the rest of the run as soon as it has room (the file
      // stream usually has the next chunk buffered already, which for-await takes with no turn at all).
      for (let rest: LineRun = run; rest.lines > 0; ) {
        if (startError) throw startError;
        if (onThreads < ready * DEPTH) {
          stats.threadRuns++;
          queue.push(toThread(rest));
          break;
        }
        const [piece, after] = splitRun(rest, PIECE);
        stats.mainRuns++;
        acc.mainLines += piece.lines;
        const from = since();
        const done = codeLines(piece.bytes, piece.firstLine, date, ctx);
        acc.mainEndMs = since();
        acc.mainBusyMs += acc.mainEndMs - from;
        queue.push({ job: Promise.resolve(done), done });
        writeReady();
        rest = after;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      writeReady();
      while (queue.length > MAX_QUEUED) await queue[0]!.job;
    }
    acc.inputEndMs = since();
    while (queue.length > 0) {
      await queue[0]!.job;
      writeReady();
    }
    acc.totalMs = since();
    Object.assign(stats, acc);
    // A thread that failed to start fails the command even when this thread coded every line (its own model loaded
    // from the same folder, so in practice it failed first); one still starting is not waited for.
    if (startError) throw startError;
  } finally {
    await threadPool.destroy();
  }
  return failed;
}
