import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { CodeTask } from "../pipeline/code-worker.js";
import { byteLines, parseCodeLine } from "./code-lines.js";
import type { CliEnv } from "./env.js";

const WORKER = fileURLToPath(new URL("../pipeline/code-worker.mjs", import.meta.url));
const BATCH = 400;

/**
 * Codes JSONL on a pool of worker threads; parsing and per-line errors stay on this thread so output order is the
 * input order. Returns the number of lines that failed.
 */
export async function runCodeParallel(
  input: AsyncIterable<Uint8Array>,
  date: string | null,
  workers: number,
  env: CliEnv,
): Promise<number> {
  const pool = new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers });
  const queue: Promise<string[]>[] = [];
  let failed = 0;
  let lineNo = 0;
  let batch: CodeTask[] = [];
  let batchSlots: (string | null)[] = [];

  const flushBatch = () => {
    if (batchSlots.length === 0) return;
    const items = batch;
    const slots = batchSlots;
    const job = items.length
      ? (pool.run({ items }) as Promise<string[]>).then((coded) => {
          let k = 0;
          return slots.map((s) => s ?? coded[k++] ?? "");
        })
      : Promise.resolve(slots.map((s) => s ?? ""));
    queue.push(job);
    batch = [];
    batchSlots = [];
  };
  const drain = async (keep: number) => {
    while (queue.length > keep) {
      const job = queue.shift();
      if (!job) break;
      for (const l of await job) env.out(l);
    }
  };

  for await (const bytes of byteLines(input)) {
    lineNo++;
    const parsed = parseCodeLine(bytes, lineNo, date);
    if (parsed.ok) {
      batch.push({ id: parsed.id, text: parsed.text, date: parsed.date });
      batchSlots.push(null);
    } else {
      failed++;
      batchSlots.push(JSON.stringify(parsed.output));
    }
    if (batchSlots.length >= BATCH) {
      flushBatch();
      await drain(workers * 2);
    }
  }
  flushBatch();
  await drain(0);
  await pool.destroy();
  return failed;
}
