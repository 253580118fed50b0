/**
 * `npm run bench`: throughput of `dyad code` (one core and worker threads) and of `dyad analyze`, each beside a bare
 * wink-nlp tokenise+POS pass over the same text, plus peak memory and the actor dictionary benchmark.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";
import { Piscina } from "piscina";
import { SILENT_LOGGER } from "../src/core/index.js";
import { loadModel } from "../src/dict/index.js";
import { makeDocument } from "../src/ingest/index.js";
import { barePosPass, createNlpEngine } from "../src/nlp/index.js";
import { analyzeDocument, codePassage } from "../src/pipeline/index.js";
import { makeSentences } from "./bench-corpus.js";

const N = Number(process.env.BENCH_SENTENCES ?? 50_000);
const WORKER = fileURLToPath(new URL("../src/pipeline/code-worker.mjs", import.meta.url));

// Peak resident set size of the whole process (worker threads included), from the OS.
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const time = (f: () => void) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

async function main() {
  const t0 = performance.now();
  const model = loadModel();
  const loadMs = performance.now() - t0;
  const nlp = createNlpEngine();
  const ctx = { model, nlp, logger: SILENT_LOGGER };
  const sentences = makeSentences(N);
  const date = "2025-06-20";

  // Warm up both paths so the JIT has seen them.
  for (const s of sentences.slice(0, 2000)) {
    barePosPass(nlp, s);
    codePassage(s, date, "warm", ctx);
  }

  let events = 0;
  const bareMs = time(() => {
    for (const s of sentences) barePosPass(nlp, s);
  });
  const codeMs = time(() => {
    for (const s of sentences) events += codePassage(s, date, "bench", ctx).length;
  });

  const singlePeak = peakRss();
  const workers = Math.max(2, Math.min(cpus().length, 2));
  const pool = new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers });
  const batches: { items: { id: number; text: string; date: string }[] }[] = [];
  for (let i = 0; i < sentences.length; i += 400)
    batches.push({ items: sentences.slice(i, i + 400).map((text, k) => ({ id: i + k, text, date })) });
  // Warm up every worker (each loads tsx and compiles the model once) before timing.
  const warm = { items: sentences.slice(0, 300).map((text, id) => ({ id, text, date })) };
  await Promise.all(Array.from({ length: workers * 4 }, () => pool.run(warm)));
  const w0 = performance.now();
  await Promise.all(batches.map((b) => pool.run(b)));
  const workerMs = performance.now() - w0;
  await pool.destroy();

  const articles = ["examples/seoul-tokyo-talks.txt"].filter(existsSync).map((f) => readFileSync(f, "utf8"));
  const docs = Array.from({ length: 200 }, (_, i) => articles[i % articles.length] ?? sentences.slice(i * 20, i * 20 + 20).join(" "));
  const docSentences = docs.reduce((n, d) => n + d.split(/[.!?]\s/).length, 0);
  const bareDocMs = time(() => {
    for (const d of docs) barePosPass(nlp, d);
  });
  const docMs = time(() => {
    for (const d of docs) analyzeDocument(makeDocument(d, "bench.txt", { date }), ctx);
  });

  const codeRate = rate(N, codeMs);
  const bareRate = rate(N, bareMs);
  const workerRate = rate(N, workerMs);
  console.log(`Dyad benchmark — ${N} synthetic sentences, Node ${process.version}, ${cpus().length} cores`);
  console.log(`model load (all dictionaries): ${loadMs.toFixed(0)} ms`);
  console.log("");
  console.log("dyad code (one sentence per line)");
  console.log(`  bare wink-nlp tokenise+POS : ${bareRate.toLocaleString()} sentences/s`);
  console.log(`  dyad code, 1 core          : ${codeRate.toLocaleString()} sentences/s  (${((codeRate / bareRate) * 100).toFixed(0)}% of bare; ${events} events)`);
  console.log(`  dyad code, ${workers} workers        : ${workerRate.toLocaleString()} sentences/s  (${(workerRate / codeRate).toFixed(2)}× one core)`);
  console.log("");
  console.log(`dyad analyze (${docs.length} articles, ~${docSentences} sentences)`);
  console.log(`  bare wink-nlp tokenise+POS : ${rate(docs.length, bareDocMs).toLocaleString()} documents/s`);
  console.log(`  dyad analyze (no store)    : ${rate(docs.length, docMs).toLocaleString()} documents/s  (${((bareDocMs / docMs) * 100).toFixed(0)}% of bare)`);
  console.log("");
  console.log(`peak memory (RSS): one core ${mb(singlePeak)}; with ${workers} worker threads ${mb(peakRss())}`);

  const actorsBench = fileURLToPath(new URL("./bench-actors.ts", import.meta.url));
  if (existsSync(actorsBench)) {
    const mod = (await import(actorsBench)) as { benchActors?: () => Promise<Record<string, number>> };
    if (mod.benchActors) {
      console.log("");
      console.log("actor dictionary (synthetic, scaled)");
      for (const [k, v] of Object.entries(await mod.benchActors())) console.log(`  ${k}: ${v}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
