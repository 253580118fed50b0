import { createHash } from "node:crypto";

/** Content hash used as document id: sha256 of the text, hex, 16 chars prefixed "d". */
export function contentId(text: string): string {
  return `d${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;
}

/**
 * Short stable hash of the given parts, for record ids: 64 bits from two independent 32-bit FNV-1a passes over the
 * UTF-16 code units, in hex. Not cryptographic: ids only need to be stable and unlikely to collide within a store,
 * and a crypto hash here cost as much as a tenth of coding a sentence.
 */
export function shortHash(...parts: readonly (string | number | null)[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let p = 0; p < parts.length; p++) {
    // Parts after the first are hashed behind a U+241F separator, as if joined with it.
    if (p > 0) {
      a = Math.imul(a ^ 0x241f, 0x01000193);
      b = Math.imul(b ^ 0x241f, 0x5bd1e995);
      b ^= b >>> 15;
    }
    const part = parts[p];
    const s = typeof part === "string" ? part : String(part);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
  }
  return hex8(a) + hex8(b);
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The low 32 bits of a number as 8 lower-case hex digits (toString(16) and padStart cost more than the hashing). */
function hex8(n: number): string {
  return HEX_BYTE[(n >>> 24) & 255]! + HEX_BYTE[(n >>> 16) & 255]! + HEX_BYTE[(n >>> 8) & 255]! + HEX_BYTE[n & 255]!;
}
