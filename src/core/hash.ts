import { createHash } from "node:crypto";

/** Content hash used as document id: sha256 of the text, hex, 16 chars prefixed "d". */
export function contentId(text: string): string {
  return `d${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;
}

/** Short stable hash of the given parts, for record ids. */
export function shortHash(...parts: readonly (string | number | null)[]): string {
  return createHash("sha1").update(parts.map((p) => String(p)).join("\u241f")).digest("hex").slice(0, 16);
}
