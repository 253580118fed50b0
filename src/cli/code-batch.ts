import { shortHash } from "../core/index.js";
import { codePassages, contractLine, type PipelineCtx } from "../pipeline/index.js";
import { parseCodeLine } from "./code-lines.js";

/** The output of a run of input lines: their output lines joined by LF (no final LF), and how many failed. */
export interface CodedLines {
  readonly text: string;
  readonly failed: number;
}

/**
 * Codes a run of whole JSONL input lines given as bytes (LF-separated; a final LF ends the last line, it does not
 * start an empty one): each line becomes its contract line, or its per-line error object numbered from `firstLine`.
 * @example codeLines(Buffer.from('{"text":"Japan met China."}\n{bad\n'), 1, null, ctx).failed // 1
 */
export function codeLines(bytes: Uint8Array, firstLine: number, defaultDate: string | null, ctx: PipelineCtx): CodedLines {
  // Per line: its error line, or the index of its passage.
  const slots: (string | number)[] = [];
  const passages: { text: string; date: string | null; docId: string }[] = [];
  const ids: (string | number | null)[] = [];
  let failed = 0;
  let lineNo = firstLine;
  for (let from = 0; from < bytes.length; ) {
    let end = bytes.indexOf(10, from);
    if (end === -1) end = bytes.length;
    const parsed = parseCodeLine(bytes.subarray(from, end), lineNo++, defaultDate);
    if (parsed.ok) {
      slots.push(passages.length);
      passages.push({ text: parsed.text, date: parsed.date, docId: `l${shortHash(parsed.text)}` });
      ids.push(parsed.id);
    } else {
      failed++;
      slots.push(JSON.stringify(parsed.output));
    }
    from = end + 1;
  }
  const events = codePassages(passages, ctx);
  const out = slots.map((s) => (typeof s === "string" ? s : contractLine(ids[s]!, events[s]!)));
  return { text: out.join("\n"), failed };
}
