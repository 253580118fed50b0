/**
 * `npm run bench`: throughput of `dyad code` (one core and worker threads) and of `dyad analyze`, each beside a bare
 * wink-nlp tokenise+POS pass over the same text, plus peak memory and the actor dictionary benchmark.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";
import { SILENT_LOGGER } from "../src/core/index.js";
import { loadModel } from "../src/dict/index.js";
import { createDateMemo } from "../src/extract/index.js";
import { makeDocument } from "../src/ingest/index.js";
import { analyzeText, barePosPass, createBareEngine, createNlpEngine } from "../src/nlp/index.js";
import { codeItems } from "../src/pipeline/code-worker.js";
import { analyzeDocument, codePassage } from "../src/pipeline/index.js";
import { binNodeFlags, makeSentences } from "./bench-corpus.js";

const N = Number(process.env.BENCH_SENTENCES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WORKERS_BENCH = fileURLToPath(new URL("./bench-workers.ts", import.meta.url));

// Peak resident set size of the whole process (worker threads included), from the OS.
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;

/**
 * Best-of-ROUNDS wall time of a synchronous pass. Rounds of the passes compared are interleaved by the caller, so a
 * busy neighbour on a shared machine slows all of them alike rather than one.
 */
function timer() {
  let best = Number.POSITIVE_INFINITY;
  return {
    run(f: () => void) {
      const t0 = performance.now();
      f();
      best = Math.min(best, performance.now() - t0);
    },
    get ms() {
      return best;
    },
  };
}

/** Synthetic articles: a headline and four paragraphs of bench sentences, plus the example article if present. */
function makeDocs(sentences: readonly string[], n: number): string[] {
  const example = ["examples/seoul-tokyo-talks.txt"].filter(existsSync).map((f) => readFileSync(f, "utf8"));
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    if (example[0] && i % 10 === 0) {
      docs.push(example[0]);
      continue;
    }
    const s = sentences.slice((i * 21) % (sentences.length - 21), ((i * 21) % (sentences.length - 21)) + 21);
    const paras = [
      s[0]!.replace(/[.]$/, ""),
      s.slice(1, 6).join(" "),
      s.slice(6, 11).join(" "),
      s.slice(11, 16).join(" "),
      s.slice(16).join(" "),
    ];
    docs.push(paras.join("\n\n"));
  }
  return docs;
}

async function main() {
  const t0 = performance.now();
  const model = loadModel();
  const loadMs = performance.now() - t0;
  const nlp = createNlpEngine();
  const bareDefault = createBareEngine("default");
  const barePos = createBareEngine("pos");
  const ctx = { model, nlp, logger: SILENT_LOGGER, dates: createDateMemo() };
  const sentences = makeSentences(N);
  const date = "2025-06-20";

  // Warm up every path so the JIT has seen them.
  for (const s of sentences.slice(0, 2000)) {
    barePosPass(bareDefault, s);
    barePosPass(barePos, s);
    codePassage(s, date, "warm", ctx);
  }

  let lines = 0;
  const batches: { items: { id: number; text: string; date: string }[] }[] = [];
  for (let i = 0; i < sentences.length; i += 1000)
    batches.push({ items: sentences.slice(i, i + 1000).map((text, k) => ({ id: i + k, text, date })) });
  const events = sentences.reduce((n, s) => n + codePassage(s, date, "count", ctx).length, 0);
  const bareT = timer();
  const posT = timer();
  const codeT = timer();
  for (let r = 0; r < ROUNDS; r++) {
    bareT.run(() => {
      for (const s of sentences) barePosPass(bareDefault, s);
    });
    posT.run(() => {
      for (const s of sentences) barePosPass(barePos, s);
    });
    // The same work as `dyad code` and as each worker below: code, map to the contract, serialise.
    codeT.run(() => {
      for (const b of batches) lines += codeItems(b.items, ctx).length;
    });
  }

  const singlePeak = peakRss();
  // Worker threads run in a child process, so their peak memory is that of `dyad code --workers N` alone.
  const workers = Math.max(2, cpus().length);
  const runPool = (n: number | "bare") => {
    const child = execFileSync(process.execPath, [...binNodeFlags(), "--import", "tsx", WORKERS_BENCH], {
      env: {
        ...process.env,
        BENCH_SENTENCES: String(N),
        BENCH_ROUNDS: String(ROUNDS),
        BENCH_WORKERS: String(n),
      },
      encoding: "utf8",
    });
    return JSON.parse(child.trim().split("\n").at(-1) ?? "{}") as { ms: number; rssMb: number };
  };
  const pooled = runPool(workers);
  const single = runPool(1);
  // One core and the bare pass each in a clean process of its own, alternated twice (best kept): the figures a
  // user sees running `dyad code` alone, free of this process's three wink instances and corpus.
  const inlineRuns = [runPool(0)];
  const bareRuns = [runPool("bare")];
  inlineRuns.push(runPool(0));
  bareRuns.push(runPool("bare"));
  const inline = {
    ms: Math.min(...inlineRuns.map((x) => x.ms)),
    rssMb: Math.max(...inlineRuns.map((x) => x.rssMb)),
  };
  const bareOwn = { ms: Math.min(...bareRuns.map((x) => x.ms)) };
  const workerMs = pooled.ms;
  // The command itself, `dyad code FILE` against `dyad code FILE --workers N` (main thread codes a share beside
  // N-1 threads), in fresh processes, interleaved; start-up cancels out (see scripts/bench-workers.ts). On 4N lines
  // (a fifth of them for the short run): a worker thread takes about a second to start, during which the main thread
  // codes alone, so on N = 50,000 lines the short run would fall inside that second.
  const cliLines = 4 * N;
  type CliSide = { ratePerS: { best: number; median: number }; rssMbMax: number };
  const cliCompare = JSON.parse(
    execFileSync(process.execPath, [...binNodeFlags(), "--import", "tsx", WORKERS_BENCH], {
      env: {
        ...process.env,
        BENCH_SENTENCES: String(cliLines),
        BENCH_ROUNDS: "3",
        BENCH_WORKERS: "cli-compare",
        BENCH_COMPARE: String(workers),
      },
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1) ?? "{}",
  ) as Record<string, unknown> & { one: CliSide; ratio: { ofBest: number; medianOfRounds: number } };
  const cliMany = cliCompare[`workers${workers}`] as CliSide;

  const docs = makeDocs(sentences, 500);
  const docSentences = docs.reduce((n, d) => n + analyzeText(nlp, d).sentences.length, 0);
  const bareDocT = timer();
  const docT = timer();
  for (let r = 0; r < ROUNDS; r++) {
    bareDocT.run(() => {
      for (const d of docs) barePosPass(bareDefault, d);
    });
    docT.run(() => {
      for (const d of docs) analyzeDocument(makeDocument(d, "bench.txt", { date }), ctx);
    });
  }

  const codeRate = rate(N, codeT.ms);
  const bareRate = rate(N, bareT.ms);
  const posRate = rate(N, posT.ms);
  const workerRate = rate(N, workerMs);
  console.log(
    `Dyad benchmark — ${N} synthetic sentences, Node ${process.version}, ${cpus().length} cores, best of ${ROUNDS}`,
  );
  console.log(
    `model load (all dictionaries; the compiled actor model read from the cache when kept): ${loadMs.toFixed(0)} ms; ${lines / ROUNDS} lines coded a round`,
  );
  console.log("");
  console.log("dyad code (one sentence per line)");
  console.log(`  bare wink-nlp, default pipeline, tokenise+POS : ${bareRate.toLocaleString()} sentences/s`);
  console.log(`  bare wink-nlp, pipe [pos] only               : ${posRate.toLocaleString()} sentences/s`);
  console.log(
    `  dyad code, 1 core                            : ${codeRate.toLocaleString()} sentences/s  (${pct(codeRate, bareRate)} of default bare, ${pct(codeRate, posRate)} of [pos]-only bare; ${events} events)`,
  );
  console.log(
    `  dyad code, ${workers} workers                          : ${workerRate.toLocaleString()} sentences/s  (${(workerRate / codeRate).toFixed(2)}× one core in-process; ${(single.ms / workerMs).toFixed(2)}× one worker thread, ${rate(N, single.ms).toLocaleString()}/s)`,
  );
  const ownRate = rate(N, inline.ms);
  const bareOwnRate = rate(N, bareOwn.ms);
  console.log(
    `  each in its own process: bare default ${bareOwnRate.toLocaleString()}/s; dyad code, 1 core ${ownRate.toLocaleString()}/s (${pct(ownRate, bareOwnRate)} of bare); ${workers} workers ${(workerRate / ownRate).toFixed(2)}× that one core`,
  );
  console.log(
    `  the command, fresh processes, ${cliLines.toLocaleString()} lines: dyad code ${cliCompare.one.ratePerS.best.toLocaleString()}/s; dyad code --workers ${workers} ${cliMany.ratePerS.best.toLocaleString()}/s = ${cliCompare.ratio.ofBest.toFixed(2)}× (median of rounds ${cliCompare.ratio.medianOfRounds.toFixed(2)}×); peak RSS ${cliCompare.one.rssMbMax} MB / ${cliMany.rssMbMax} MB`,
  );
  console.log("");
  console.log(`dyad analyze (${docs.length} articles, ${docSentences} sentences)`);
  console.log(
    `  bare wink-nlp, default pipeline : ${rate(docs.length, bareDocT.ms).toLocaleString()} documents/s`,
  );
  console.log(
    `  dyad analyze (no store)         : ${rate(docs.length, docT.ms).toLocaleString()} documents/s, ${rate(docSentences, docT.ms).toLocaleString()} sentences/s  (${pct(bareDocT.ms, docT.ms)} of bare)`,
  );
  console.log("");
  console.log(
    `peak memory (RSS, each in its own process): dyad code on one core ${inline.rssMb} MB; with ${workers} worker threads ${pooled.rssMb} MB. This bench process: ${mb(singlePeak)} after the one-core runs (three wink instances and the corpus)`,
  );

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
