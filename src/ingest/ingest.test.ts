import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, fromBytes, makeDocument, markdownToText, readDocumentFile } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe("readDocumentFile", () => {
  mkdirSync(join(dir, "a-folder"));
  it.each([
    ["missing file", join(dir, "nope.txt"), "not_found"],
    ["directory", join(dir, "a-folder"), "is_directory"],
    ["binary file", file("img.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), "binary"],
    ["invalid UTF-8", file("latin1.txt", new Uint8Array([0x54, 0x6f, 0x6b, 0x79, 0xf6, 0x20, 0x6f])), "invalid_utf8"],
    ["empty file", file("empty.txt", ""), "empty"],
    ["whitespace only", file("blank.txt", "  \n\n\t"), "empty"],
  ])("reports a %s with code %s", (_name, path, code) => {
    const r = readDocumentFile(path);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(5);
    }
  });

  it("reads a text file, hashes its content and keeps the date unknown unless given", () => {
    const p = file("story.txt", "Japan met China.\n");
    const r = readDocumentFile(p);
    expect(r.ok && r.value.published).toBeNull();
    expect(r.ok && r.value.dateBasis).toBe("unknown");
    const dated = readDocumentFile(p, { date: "2025-06-20" });
    expect(dated.ok && dated.value.published).toBe("2025-06-20");
    expect(dated.ok && dated.value.dateBasis).toBe("input");
    expect(r.ok && dated.ok && r.value.id === dated.value.id).toBe(true);
  });
});

describe("decodeText", () => {
  it.each([
    ["BOM is dropped", new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), "A"],
    ["CRLF becomes LF", new TextEncoder().encode("a\r\nb"), "a\nb"],
    ["NFC normalisation", new TextEncoder().encode("Elyse\u0301e"), "Elysée"],
  ])("%s", (_n, bytes, expected) => {
    const r = decodeText(bytes);
    expect(r.ok && r.value).toBe(expected);
  });
});

describe("markdown", () => {
  it.each([
    ["# Tokyo cancels talks", "Tokyo cancels talks"],
    ["The **Kremlin** said [it](http://x) would *respond*.", "The Kremlin said it would respond."],
    ["- Seoul protested", "Seoul protested"],
  ])("%s", (md, text) => expect(markdownToText(md)).toBe(text));

  it("strips markup only for .md sources and takes a headline as title", () => {
    const d = makeDocument("# Seoul protests\n\nSeoul **protested**.", "a.md");
    expect(d.text).toBe("Seoul protests\n\nSeoul protested.");
    expect(d.title).toBe("Seoul protests");
    expect(makeDocument("# x", "a.txt").text).toBe("# x");
  });

  it("refuses bytes over the size limit", () => {
    const r = fromBytes(new Uint8Array(21 * 1024 * 1024).fill(65), "big.txt");
    expect(!r.ok && r.code).toBe("too_large");
  });
});
