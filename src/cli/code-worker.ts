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
  /** Dictionary folder to load (once per thread); the shipped data/ when absent. */
  readonly dataDir?: string;
}

// Per-thread cache (this file only runs inside a worker): each worker compiles the model once.
const ctxByDir = new Map<string, PipelineCtx>();

function workerCtx(dataDir: string | undefined): PipelineCtx {
  const key = dataDir ?? "";
  let ctx = ctxByDir.get(key);
  if (!ctx) {
    ctx = { model: loadModel(dataDir), nlp: createNlpEngine(), logger: SILENT_LOGGER, dates: createDateMemo() };
    ctxByDir.set(key, ctx);
  }
  return ctx;
}

/** Codes one run of input lines on a worker thread (see codeLines). */
export function codeLinesTask(task: LinesTask): CodedLines {
  return codeLines(task.bytes, task.firstLine, task.date, workerCtx(task.dataDir));
}
