import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { SILENT_LOGGER } from "../core/index.js";
import { type CodedLines, codeLines } from "./code-batch.js";
import { lineRuns } from "./code-lines.js";
import type { LinesTask } from "./code-worker.js";
import type { CliEnv } from "./env.js";

const WORKER = fileURLToPath(new URL("./code-worker.mjs", import.meta.url));
/** Most lines in one run. */
const BATCH = 400;
/** Runs queued on each worker thread, so it never waits for this thread (busy coding) to hand it the next one. */
const DEPTH = 2;
/** Most runs coded or in flight but not yet written (they wait for an earlier run still on a thread). */
const MAX_QUEUED = 16;

/**
 * Codes JSONL on `workers` threads: this one and `workers - 1` worker threads. This thread cuts the input into runs
 * of whole lines, moves each run's raw bytes (transferred, not cloned) to a worker thread while that one has fewer
 * than DEPTH queued, and codes the run itself otherwise; it keeps the input order and writes one string per run.
 * One model fewer than a pool of `workers` threads beside an idle main thread, and less CPU time (see README,
 * Performance).
 * Returns the number of lines that failed.
 */
export async function runCodeParallel(
  input: AsyncIterable<Uint8Array>,
  date: string | null,
  workers: number,
  env: CliEnv,
): Promise<number> {
  const threads = workers - 1;
  const pool = new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: DEPTH });
  const dataDir = env.dataDir?.();
  const withData = (task: Omit<LinesTask, "dataDir">): LinesTask => (dataDir ? { ...task, dataDir } : task);
  // An empty run first, so each thread loads its model while this thread loads its own (its failure shows on the
  // first real run too).
  for (let i = 0; i < threads; i++) pool.run(withData({ bytes: new Uint8Array(0), firstLine: 1, date })).catch(() => {});
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
  const toThread = (run: { bytes: Uint8Array; firstLine: number }) => {
    onThreads++;
    const task = withData({ bytes: run.bytes, firstLine: run.firstLine, date });
    const slot: (typeof queue)[number] = {
      job: (pool.run(task, { transferList: [run.bytes.buffer as ArrayBuffer] }) as Promise<CodedLines>).then((r) => {
        onThreads--;
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
    for await (const run of lineRuns(input, BATCH)) {
      if (onThreads < threads * DEPTH) queue.push(toThread(run));
      else {
        const done = codeLines(run.bytes, run.firstLine, date, ctx);
        queue.push({ job: Promise.resolve(done), done });
      }
      writeReady();
      while (queue.length > MAX_QUEUED) await queue[0]!.job;
    }
    while (queue.length > 0) {
      await queue[0]!.job;
      writeReady();
    }
  } finally {
    await pool.destroy();
  }
  return failed;
}
