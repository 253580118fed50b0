import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formSlots, Lattice } from "../src/actors/01-scan.js";
import { findMentions } from "../src/actors/index.js";
import { loadActorModel } from "../src/dict/actors/index.js";
import { analyzeText, barePosPass, createBareEngine, createNlpEngine } from "../src/nlp/index.js";
import { rng } from "./bench-corpus.js";

const DATA = fileURLToPath(new URL("../data", import.meta.url));
const PEOPLE = 34_000;
const SENTENCES = 4_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SYLLABLES = [
  "ka",
  "ro",
  "vel",
  "an",
  "mi",
  "tor",
  "sa",
  "lin",
  "bre",
  "do",
  "fu",
  "zen",
  "qui",
  "ras",
  "mo",
  "tel",
];

/** A capitalised pseudo-word of 2-3 syllables, unique by index. */
function word(i: number, salt: number): string {
  const a = SYLLABLES[i % 16]!;
  const b = SYLLABLES[Math.floor(i / 16) % 16]!;
  const c = SYLLABLES[Math.floor(i / 256) % 16]!;
  const d = SYLLABLES[(Math.floor(i / 4096) + salt) % 16]!;
  const w = `${a}${b}${c}${d}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * Person i's family name: its syllables come from a scrambled index (an odd multiplier is a bijection mod 2^16), so a
 * family name is not a one-syllable variant of the given name, which the loader would take for a second spelling.
 */
function familyName(i: number): string {
  return word((i * 40503) % 65536, 7);
}

/** Writes the repository's actor files plus a synthetic office-holder file; returns alias count. */
export function buildDictionary(dir: string): number {
  const src = join(DATA, "actors");
  for (const f of readdirSync(src)) if (f.endsWith(".txt")) copyFileSync(join(src, f), join(dir, f));
  mkdirSync(join(dir, "people"));
  const lines = ["# version: bench.1"];
  for (let i = 0; i < PEOPLE; i++) {
    const given = word(i, 3);
    const family = familyName(i);
    lines.push(
      `== bench-${i}`,
      `name: ${given} ${family} | ${family} ${given}`,
      `role: RUSGOV 2020-01-01 2024-12-31 | Minister`,
      `source: synthetic`,
    );
  }
  writeFileSync(join(dir, "people", "bench.txt"), `${lines.join("\n")}\n`);
  return PEOPLE * 3;
}

/** News-style sentences naming synthetic people, states, seats and sector nouns. */
export function corpus(): string[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const states = [
    "Japan",
    "the United States",
    "China",
    "South Korea",
    "Germany",
    "Brazil",
    "India",
    "Russia",
  ];
  const adjs = ["Japanese", "Chinese", "American", "Russian", "Indian", "German"];
  const sectors = ["officials", "lawmakers", "troops", "warships", "diplomats", "police"];
  const seats = ["Tokyo", "Washington", "Beijing", "the Kremlin", "the Pentagon"];
  const verbs = ["met", "criticised", "praised", "called on", "warned"];
  const out: string[] = [];
  for (let k = 0; k < SENTENCES; k++) {
    const i = Math.floor(r() * PEOPLE);
    const who = `${pick(["Minister", "President", "Mr."])} ${word(i, 3)} ${familyName(i)}`;
    out.push(
      `${who} ${pick(verbs)} ${pick(adjs)} ${pick(sectors)} on ${pick(["Monday", "Tuesday"])} as ${pick(seats)} ` +
        `pressed ${pick(states)} over a trade dispute in ${pick(["Geneva", "Osaka", "Lima"])}.`,
    );
  }
  return out;
}

/** Runs f once and returns [wall ms, CPU ms]. */
function timed(f: () => void): [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  return [performance.now() - t0, process.cpuUsage(c0).user / 1000];
}

/** Fastest wall and CPU time of each pass, over ROUNDS rounds that run the passes in turn. */
function fastest(passes: Record<string, () => void>): Record<string, [number, number]> {
  const best: Record<string, [number, number]> = {};
  for (const f of Object.values(passes)) f();
  for (let r = 0; r < ROUNDS; r++)
    for (const [name, f] of Object.entries(passes)) {
      const [wall, cpu] = timed(f);
      const [w, c] = best[name] ?? [Infinity, Infinity];
      best[name] = [Math.min(w, wall), Math.min(c, cpu)];
    }
  return best;
}

/**
 * Runs the actor benchmark and returns its measurements (ms, MB, ratios). Matching is findMentions over sentences
 * already analysed; its cost is set against a bare wink-nlp tokenise+POS pass over the same text, as wink runs it
 * out of the box (`matchToBareRatio`, the baseline) and as Dyad's own leaner pipeline does
 * (`matchToPipeRatio`).
 */
export async function benchActors(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-bench-actors-"));
  try {
    const aliases = buildDictionary(dir);
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const rss0 = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const model = loadActorModel(dir);
    const loadMs = performance.now() - t0;
    const loadCpuMs = process.cpuUsage(cpu0).user / 1000;
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
    const rssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
    // The same files through the compiled-model cache (src/dict/actors/_cache.ts): the first load compiles and writes
    // the model, every later one (each process, each worker thread) reads it.
    const cache = join(dir, "cache");
    mkdirSync(cache);
    const [writeMs, writeCpuMs] = timed(() => loadActorModel(dir, { cache }));
    const [cachedMs, cachedCpuMs] = timed(() => loadActorModel(dir, { cache }));
    const nlp = createNlpEngine();
    const bareEngine = createBareEngine("default");
    const texts = corpus();
    const docs = texts.map((t) => analyzeText(nlp, t));
    let mentions = 0;
    // Every pass runs once to warm up the JIT, then all are timed (wall clock and CPU) in turn, ROUNDS times;
    // the fastest round of each counts, as the machine may be shared with other jobs.
    const t = fastest({
      bare: () => {
        for (const x of texts) barePosPass(bareEngine, x);
      },
      pipe: () => {
        for (const x of texts) barePosPass(nlp, x);
      },
      match: () => {
        mentions = 0;
        for (const d of docs) for (const s of findMentions(d, model, "2022-06-01")) mentions += s.length;
      },
      // Each document matched three times in a row: the two repeats find the dictionary's lines for that sentence in
      // the CPU cache and its branches trained, so (match3 - match) / 2 is what matching costs with nothing cold.
      match3: () => {
        for (const d of docs) for (let k = 0; k < 3; k++) findMentions(d, model, "2022-06-01");
      },
      // The first stage of matching alone: every alias match of every sentence (see Lattice), no parsing.
      scan: () => {
        for (const d of docs) {
          const slots = d.forms === undefined ? undefined : formSlots(model, d.forms);
          for (const s of d.sentences) new Lattice(s.tokens, model, s.forms, slots);
        }
      },
    });
    const [matchMs, matchCpuMs] = t.match!;
    const [bareMs, bareCpuMs] = t.bare!;
    const [pipeMs, pipeCpuMs] = t.pipe!;
    const [scanMs, scanCpuMs] = t.scan!;
    const match3CpuMs = t.match3![1];
    const perSentence = (ms: number) => Number(((ms * 1000) / texts.length).toFixed(2));
    const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
    return {
      aliases: model.counts.aliases ?? aliases,
      loadMs: Math.round(loadMs),
      loadCpuMs: Math.round(loadCpuMs),
      compileAndKeepMs: Math.round(writeMs),
      compileAndKeepCpuMs: Math.round(writeCpuMs),
      cachedLoadMs: Math.round(cachedMs),
      cachedLoadCpuMs: Math.round(cachedCpuMs),
      heapMb: Math.round(heapMb),
      rssMb: Math.round(rssMb),
      sentences: texts.length,
      mentions,
      mentionsPerSec: Math.round(mentions / (matchMs / 1000)),
      matchMs: Math.round(matchMs),
      bareWinkMs: Math.round(bareMs),
      pipeWinkMs: Math.round(pipeMs),
      matchToBareRatio: ratio(matchMs, bareMs),
      matchToPipeRatio: ratio(matchMs, pipeMs),
      matchCpuMs: Math.round(matchCpuMs),
      bareWinkCpuMs: Math.round(bareCpuMs),
      matchToBareCpuRatio: ratio(matchCpuMs, bareCpuMs),
      matchToPipeCpuRatio: ratio(matchCpuMs, pipeCpuMs),
      // Where matching time goes, in CPU µs per sentence: the alias scan, then parsing phrases and building mentions.
      scanCpuMs: Math.round(scanCpuMs),
      scanUsPerSentence: perSentence(scanCpuMs),
      parseUsPerSentence: perSentence(matchCpuMs - scanCpuMs),
      bareUsPerSentence: perSentence(bareCpuMs),
      // Matching a sentence again right after matching it: the cost left when nothing is cold (see match3).
      hotUsPerSentence: perSentence(Math.max(0, match3CpuMs - matchCpuMs) / 2),
      scanMs: Math.round(scanMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await benchActors();
  for (const [k, v] of Object.entries(r)) process.stdout.write(`${k.padEnd(20)} ${v}\n`);
  process.stdout.write(
    `targets (CPU): load < 1000 ms: ${r.loadCpuMs! < 1000 ? "ok" : "MISSED"} compiling, ` +
      `${r.cachedLoadCpuMs! < 1000 ? "ok" : "MISSED"} from the cache; ` +
      `matching <= 10% of bare wink-nlp: ${r.matchToBareCpuRatio! <= 0.1 ? "ok" : "MISSED"} ` +
      `(${r.matchToPipeCpuRatio! <= 0.1 ? "ok" : "MISSED"} against Dyad's own sbd+pos pipeline)\n`,
  );
}
