import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { CodedLines } from "./code-batch.js";
import { lineRuns } from "./code-lines.js";
import type { LinesTask } from "./code-worker.js";
import type { CliEnv } from "./env.js";

const WORKER = fileURLToPath(new URL("./code-worker.mjs", import.meta.url));
/** Most lines in one run sent to a thread. */
const BATCH = 400;
/** Runs queued on each worker thread, so it never waits for this thread to hand it the next one. */
const DEPTH = 2;
/** Most runs coded but not yet written (they wait for an earlier run still on a thread). */
const MAX_QUEUED = 16;

/**
 * Codes JSONL on worker threads. This thread only cuts the input into runs of whole lines (raw bytes, transferred),
 * keeps their order and writes; the threads parse, code and serialise. Returns the number of lines that failed.
 */
export async function runCodeParallel(
  input: AsyncIterable<Uint8Array>,
  date: string | null,
  workers: number,
  env: CliEnv,
): Promise<number> {
  const pool = new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: DEPTH });
  const dataDir = env.dataDir?.();
  // Runs in input order, each with its output once coded; written from the front as soon as it is there.
  const queue: { job: Promise<CodedLines>; done?: CodedLines }[] = [];
  let failed = 0;
  const writeReady = () => {
    for (let done = queue[0]?.done; done; done = queue[0]?.done) {
      queue.shift();
      failed += done.failed;
      env.out(done.text);
    }
  };
  try {
    for await (const run of lineRuns(input, BATCH)) {
      const task: LinesTask = { bytes: run.bytes, firstLine: run.firstLine, date, ...(dataDir ? { dataDir } : {}) };
      const slot: (typeof queue)[number] = {
        job: (pool.run(task, { transferList: [run.bytes.buffer as ArrayBuffer] }) as Promise<CodedLines>).then((r) => {
          slot.done = r;
          writeReady();
          return r;
        }),
      };
      // A failed run is reported when the queue reaches it (awaited below), not as an unhandled rejection.
      slot.job.catch(() => {});
      queue.push(slot);
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
