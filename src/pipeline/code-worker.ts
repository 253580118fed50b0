import { shortHash } from "../core/index.js";
import { contractLine } from "./contract.js";
import { codePassages, type PipelineCtx } from "./index.js";

/** One line to code: its id, text and date. */
export interface CodeTask {
  readonly id: string | number | null;
  readonly text: string;
  readonly date: string | null;
}

/**
 * Codes lines with a given context: one contract JSON string per line, in order (the one-core path of the bench;
 * `dyad code` itself reads JSONL bytes, see src/cli/code-batch.ts).
 */
export function codeItems(items: readonly CodeTask[], ctx: PipelineCtx): string[] {
  const events = codePassages(
    items.map((t) => ({ text: t.text, date: t.date, docId: `l${shortHash(t.text)}` })),
    ctx,
  );
  return items.map((t, i) => contractLine(t.id, events[i]!));
}
