// Codes the bench corpus (BENCH_SENTENCES lines, default 32,000) and every data/gold/events file as `dyad code` does
// (JSONL bytes through codeLines, runs of 1,000 lines) and prints the contract lines, so that a speed change to the
// coder can be checked byte for byte against main: `npx tsx scripts/code-dump.ts > out.jsonl`, then diff.
// With DUMP_TIME=1 it prints instead one JSON line of CPU times (ms) for coding the bench corpus once after a warm-up:
// the whole of codeLines, and each stage of codePassages apart (wink-nlp, actor matching, coder, dates), beside a
// bare wink-nlp tokenise+POS pass over the same sentences; run old and new in alternating fresh processes.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findMentions } from "../src/actors/index.js";
import { codeLines } from "../src/cli/code-batch.js";
import { codeDocument } from "../src/coder/index.js";
import { SILENT_LOGGER } from "../src/core/index.js";
import { loadModel } from "../src/dict/index.js";
import { createDateMemo, resolveEventDates } from "../src/extract/index.js";
import { analyzeText, barePosPass, createBareEngine, createNlpEngine } from "../src/nlp/index.js";
import { makeSentences } from "./bench-corpus.js";
import { readGoldDir } from "./gold-files.js";

const N = Number(process.env.BENCH_SENTENCES ?? 32_000);
const DATA = fileURLToPath(new URL("../data", import.meta.url));
const ctx = { model: loadModel(), nlp: createNlpEngine(), logger: SILENT_LOGGER, dates: createDateMemo() };
const date = "2025-06-20";
const sentences = makeSentences(N);

/** JSONL lines as bytes, in runs of 1,000 lines, as `dyad code` reads them. */
function runs(lines: readonly string[]): { bytes: Uint8Array; firstLine: number }[] {
  const out: { bytes: Uint8Array; firstLine: number }[] = [];
  for (let i = 0; i < lines.length; i += 1000)
    out.push({ bytes: new Uint8Array(Buffer.from(lines.slice(i, i + 1000).map((l) => `${l}\n`).join(""))), firstLine: i + 1 });
  return out;
}
const benchRuns = runs(sentences.map((text, id) => JSON.stringify({ id, text, date })));

if (process.env.DUMP_TIME) {
  const cpu = (f: () => void) => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return Math.round((c.user + c.system) / 1000);
  };
  for (const r of benchRuns.slice(0, 3)) codeLines(r.bytes, r.firstLine, null, ctx);
  const bare = createBareEngine("default");
  for (const s of sentences.slice(0, 2000)) barePosPass(bare, s);
  const code = cpu(() => {
    for (const r of benchRuns) codeLines(r.bytes, r.firstLine, null, ctx);
  });
  const barePass = cpu(() => {
    for (const s of sentences) barePosPass(bare, s);
  });
  const docs: ReturnType<typeof analyzeText>[] = [];
  const nlp = cpu(() => {
    for (const s of sentences) docs.push(analyzeText(ctx.nlp, s));
  });
  const mentions: ReturnType<typeof findMentions>[] = [];
  const actors = cpu(() => {
    for (const d of docs) mentions.push(findMentions(d, ctx.model.actors, date));
  });
  const coded: ReturnType<typeof codeDocument>[] = [];
  const coder = cpu(() => {
    for (let i = 0; i < docs.length; i++)
      coded.push(codeDocument({ doc: docs[i]!, mentions: mentions[i]!, docId: `d${i}`, date }, ctx.model));
  });
  const dates = cpu(() => {
    for (let i = 0; i < docs.length; i++)
      resolveEventDates({ doc: docs[i]!, events: coded[i]!, date }, ctx.model.extract, ctx.dates);
  });
  console.log(JSON.stringify({ code, bare: barePass, nlp, actors, coder, dates }));
} else {
  const out: string[] = [];
  for (const r of benchRuns) out.push(codeLines(r.bytes, r.firstLine, null, ctx).text);
  for (const [f, recs] of readGoldDir(join(DATA, "gold", "events"))) {
    out.push(`# ${f}`);
    for (const r of runs(recs.map((x) => JSON.stringify({ id: x.id, text: x.text, date: x.date ?? null }))))
      out.push(codeLines(r.bytes, r.firstLine, date, ctx).text);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
