/**
 * The worker-thread half of `npm run bench`, run as its own process so that its peak memory is what
 * `dyad code --workers N` uses: a main thread without the model, and N workers that each load it.
 * Prints one JSON line: { workers, ms, rssMb }.
 */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { makeSentences } from "./bench-corpus.js";

const N = Number(process.env.BENCH_SENTENCES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WORKER = fileURLToPath(new URL("../src/pipeline/code-worker.mjs", import.meta.url));
const date = "2025-06-20";

const sentences = makeSentences(N);
const batches: { items: { id: number; text: string; date: string }[] }[] = [];
for (let i = 0; i < sentences.length; i += 1000)
  batches.push({ items: sentences.slice(i, i + 1000).map((text, k) => ({ id: i + k, text, date })) });
const pool = new Piscina({ filename: WORKER, minThreads: WORKERS, maxThreads: WORKERS });
// Warm up every worker (each loads tsx and compiles the model once) before timing.
const warm = { items: sentences.slice(0, 2000).map((text, id) => ({ id, text, date })) };
await Promise.all(Array.from({ length: WORKERS * 2 }, () => pool.run(warm)));
let ms = Number.POSITIVE_INFINITY;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  await Promise.all(batches.map((b) => pool.run(b)));
  ms = Math.min(ms, performance.now() - t0);
}
await pool.destroy();
console.log(JSON.stringify({ workers: WORKERS, ms, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
