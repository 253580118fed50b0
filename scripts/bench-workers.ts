/**
 * The worker-thread half of `npm run bench`, run as its own process so that its peak memory is what
 * `dyad code --workers N` uses: a main thread without the model, and N workers that each load it.
 * With BENCH_WORKERS=0 it codes on its own main thread instead, as `dyad code` without --workers does; with
 * BENCH_WORKERS=bare it runs only the bare wink-nlp default-pipeline pass over the same sentences, so that the
 * one-core ratio can also be read between two clean processes.
 * Prints one JSON line: { workers, ms, rssMb }.
 */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { makeSentences } from "./bench-corpus.js";

const N = Number(process.env.BENCH_SENTENCES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MODE = process.env.BENCH_WORKERS ?? "2";
const WORKERS = MODE === "bare" ? 0 : Number(MODE);
const WORKER = fileURLToPath(new URL("../src/pipeline/code-worker.mjs", import.meta.url));
const date = "2025-06-20";

const sentences = makeSentences(N);
const batches: { items: { id: number; text: string; date: string }[] }[] = [];
for (let i = 0; i < sentences.length; i += 1000)
  batches.push({ items: sentences.slice(i, i + 1000).map((text, k) => ({ id: i + k, text, date })) });
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
  console.log(JSON.stringify({ workers: "bare", ms, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
if (WORKERS === 0) {
  const { SILENT_LOGGER } = await import("../src/core/index.js");
  const { loadModel } = await import("../src/dict/index.js");
  const { createDateMemo } = await import("../src/extract/index.js");
  const { createNlpEngine } = await import("../src/nlp/index.js");
  const { codeItems } = await import("../src/pipeline/code-worker.js");
  const ctx = { model: loadModel(), nlp: createNlpEngine(), logger: SILENT_LOGGER, dates: createDateMemo() };
  codeItems(sentences.slice(0, 2000).map((text, id) => ({ id, text, date })), ctx);
  let ms = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const b of batches) codeItems(b.items, ctx);
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(JSON.stringify({ workers: 0, ms, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
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
