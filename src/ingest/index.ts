import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { contentId, type DocumentRecord, fail, InputError, ok, type Result } from "../core/index.js";

/** Largest document accepted, in bytes; bigger inputs are reported, not read. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Options for turning bytes into a document. */
export interface IngestOptions {
  /** Published date given by the user (YYYY-MM-DD); recorded with basis "input". */
  readonly date?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  /** Clock for ingestedAt (tests pass a fixed one). */
  readonly now?: () => Date;
}

/** Error codes an input can fail with. */
export type IngestErrorCode =
  | "not_found"
  | "is_directory"
  | "unreadable"
  | "too_large"
  | "binary"
  | "invalid_utf8"
  | "empty";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as strict UTF-8 (BOM dropped), refusing binary content. */
export function decodeText(bytes: Uint8Array): Result<string, "binary" | "invalid_utf8" | "empty"> {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return fail("binary", "binary content (NUL bytes), not a text file");
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // TextDecoder's only failure mode in fatal mode is malformed input.
    return fail("invalid_utf8", "invalid UTF-8: the file is not UTF-8 text");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") return fail("empty", "empty document: nothing to analyse");
  return ok(text);
}

/** Turns Markdown into plain text: headings, emphasis, links, images, code fences and list markers removed. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```.*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}

/** Takes the first line as the title when it reads like a headline (short, no final full stop). */
function guessTitle(text: string): string | null {
  const first = text.trimStart().split("\n", 1)[0]?.trim() ?? "";
  if (first.length === 0 || first.length > 160 || /[.!?]["”’]?$/.test(first)) return null;
  return first;
}

/** Builds a document record from decoded text; the published date is null unless the user gave one. */
export function makeDocument(text: string, source: string, opts: IngestOptions = {}): DocumentRecord {
  const isMarkdown = /\.(md|markdown)$/i.test(extname(source));
  const body = isMarkdown ? markdownToText(text) : text;
  const date = opts.date ?? null;
  return {
    id: contentId(body),
    source,
    url: opts.url ?? null,
    outlet: opts.outlet ?? null,
    title: guessTitle(body),
    published: date,
    dateBasis: date ? "input" : "unknown",
    ingestedAt: (opts.now ?? (() => new Date()))().toISOString(),
    text: body,
  };
}

/** Reads one file into a document, or an InputError naming the file and the reason. */
export function readDocumentFile(path: string, opts: IngestOptions = {}): Result<DocumentRecord, IngestErrorCode> {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fail("is_directory", "is a directory, not a file");
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("not_found", "no such file");
    return fail("unreadable", `cannot read (${code ?? "unknown error"})`);
  }
  if (size > MAX_DOCUMENT_BYTES)
    return fail("too_large", `too large (${size} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail("unreadable", `cannot read (${(e as NodeJS.ErrnoException).code ?? "unknown error"})`);
  }
  return fromBytes(bytes, path, opts);
}

/** Builds a document from raw bytes (stdin or a file already read). */
export function fromBytes(bytes: Uint8Array, source: string, opts: IngestOptions = {}): Result<DocumentRecord, IngestErrorCode> {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return fail("too_large", `too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes)`);
  const text = decodeText(bytes);
  if (!text.ok) return text;
  return ok(makeDocument(text.value, source, opts));
}

/** Converts a failed read into the error the CLI prints. */
export function toInputError(source: string, r: { code: string; message: string }): InputError {
  return new InputError(r.code, source, r.message);
}
