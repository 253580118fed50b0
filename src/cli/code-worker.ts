import { workerData } from "node:worker_threads";
import { SILENT_LOGGER } from "../core/index.js";
import { loadModel } from "../dict/index.js";
import { createDateMemo } from "../extract/index.js";
import { createNlpEngine } from "../nlp/index.js";
import type { PipelineCtx } from "../pipeline/index.js";
import { type CodedLines, codeLines } from "./code-batch.js";

/** A run of whole input lines for a worker thread: raw bytes (transferred, not copied), numbered from firstLine. */
export interface LinesTask {
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly date: string | null;
  /**
   * Dictionary folder to load (once per thread), as the main thread names it: a bundled worker's own location is
   * not in the repository, so it has no data/ folder of its own to default to.
   */
  readonly dataDir: string;
}

// Our own sentences, each coding an event with a date (dates are read for events only): coding them a few times
// compiles chrono's regular expressions (V8 compiles one to machine code on its second use; about half a second of
// a thread's start) before the thread takes real runs.
const WARM_UP = [
  "France signed a trade accord with Germany in Lisbon on Tuesday, 4 March 2025, a week after talks stalled.",
  "Mali accused Niger on 2024-11-05 of shelling a border town two weeks ago, and said Algeria would mediate within 10 days.",
  "Police in Kenya detained 40 protesters last night; Japan will meet China by the end of the month, in May 2026, or 3 months from now.",
]
  .map((text) => `${JSON.stringify({ text, date: "2025-03-07" })}\n`)
  .join("");

// Per-thread state (this file only runs inside a worker): one engine, and each dictionary folder compiled once.
const nlp = createNlpEngine();
const ctxByDir = new Map<string, PipelineCtx>();

function workerCtx(dataDir: string): PipelineCtx {
  let ctx = ctxByDir.get(dataDir);
  if (!ctx) {
    ctx = { model: loadModel(dataDir), nlp, logger: SILENT_LOGGER, dates: createDateMemo() };
    // A memo of its own, so that the warm-up leaves nothing in the one real runs share.
    for (let i = 0; i < 3; i++) codeLines(new TextEncoder().encode(WARM_UP), 1, null, { ...ctx, dates: createDateMemo() });
    ctxByDir.set(dataDir, ctx);
  }
  return ctx;
}

// Started early by bin/dyad.js with the folder the command names: load it now, while the main thread loads the CLI.
// A folder that fails to load fails the first run sent here instead (workerCtx tries again), as it would have.
const preload = (workerData as { dataDir?: unknown } | null)?.dataDir;
if (typeof preload === "string") {
  try {
    workerCtx(preload);
  } catch {
    // Reported by the first run, which loads the folder again (nothing was cached for it).
  }
}

/** A worker thread's coded run, with when it began and ended (ms since the epoch), for the run accounting. */
export interface TimedLines extends CodedLines {
  readonly from: number;
  readonly to: number;
}

/** Codes one run of input lines on a worker thread (see codeLines). */
export function codeLinesTask(task: LinesTask): TimedLines {
  const from = performance.timeOrigin + performance.now();
  const coded = codeLines(task.bytes, task.firstLine, task.date, workerCtx(task.dataDir));
  return { text: coded.text, failed: coded.failed, from, to: performance.timeOrigin + performance.now() };
}

export default codeLinesTask;
