import { SILENT_LOGGER } from "../core/index.js";
import { shortHash } from "../core/index.js";
import { loadModel } from "../dict/index.js";
import { createDateMemo } from "../extract/index.js";
import { createNlpEngine } from "../nlp/index.js";
import { contractLine } from "./contract.js";
import { codePassages, type PipelineCtx } from "./index.js";

/** One line to code inside a worker. */
export interface CodeTask {
  readonly id: string | number | null;
  readonly text: string;
  readonly date: string | null;
}

/** A batch sent to a worker: the data folder to load once, and the lines. */
export interface CodeBatch {
  readonly dataDir?: string;
  readonly items: readonly CodeTask[];
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

/** Codes a batch of lines; returns one JSON string per line, in order. */
export function codeBatch(batch: CodeBatch): string[] {
  return codeItems(batch.items, workerCtx(batch.dataDir));
}

/** Codes lines with a given context: one contract JSON string per line, in order (also the one-core path of the bench). */
export function codeItems(items: readonly CodeTask[], ctx: PipelineCtx): string[] {
  const events = codePassages(
    items.map((t) => ({ text: t.text, date: t.date, docId: `l${shortHash(t.text)}` })),
    ctx,
  );
  return items.map((t, i) => contractLine(t.id, events[i]!));
}
