import { describe, expect, it } from "vitest";
import { isIsoDate, lineRuns, splitRun } from "./code-lines.js";

async function collect(chunks: string[], maxLines: number) {
  async function* stream() {
    for (const c of chunks) yield Buffer.from(c);
  }
  const out: [number, number, string][] = [];
  for await (const r of lineRuns(stream(), maxLines)) {
    expect(r.bytes.byteOffset).toBe(0);
    expect(r.bytes.byteLength).toBe(r.bytes.buffer.byteLength);
    out.push([r.firstLine, r.lines, Buffer.from(r.bytes).toString()]);
  }
  return out;
}

describe("lineRuns", () => {
  it.each([
    ["one chunk, one run", ["a\nb\n"], 10, [[1, 2, "a\nb\n"]]],
    [
      "cut at maxLines",
      ["a\nb\nc\n"],
      2,
      [
        [1, 2, "a\nb\n"],
        [3, 1, "c\n"],
      ],
    ],
    [
      "a run ends with its read chunk",
      ["a\n", "b\n"],
      10,
      [
        [1, 1, "a\n"],
        [2, 1, "b\n"],
      ],
    ],
    [
      "a line split across chunks",
      ["a\nb", "c\nd\n"],
      10,
      [
        [1, 1, "a\n"],
        [2, 2, "bc\nd\n"],
      ],
    ],
    ["a chunk with no LF waits", ["ab", "c", "d\n"], 10, [[1, 1, "abcd\n"]]],
    [
      "last line without LF",
      ["a\nb"],
      10,
      [
        [1, 1, "a\n"],
        [2, 1, "b"],
      ],
    ],
    [
      "blank lines are lines",
      ["\n\na\n"],
      2,
      [
        [1, 2, "\n\n"],
        [3, 1, "a\n"],
      ],
    ],
    ["empty input", [], 10, []],
  ])("%s", async (_name, chunks, maxLines, expected) => {
    expect(await collect(chunks, maxLines)).toEqual(expected);
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2025-06-01", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["0000-02-29", true],
    ["9999-12-31", true],
    ["2025-02-29", false],
    ["1900-02-29", false],
    ["2025-04-31", false],
    ["2025-00-10", false],
    ["2025-13-01", false],
    ["2025-01-00", false],
    ["2025-1-01", false],
    ["2025-01-01 ", false],
    ["+02025-01-01", false],
  ])("%s: %s", (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe("splitRun", () => {
  const run = (s: string, firstLine: number, lines: number) => ({ bytes: new Uint8Array(Buffer.from(s)), firstLine, lines });
  const show = (r: { bytes: Uint8Array; firstLine: number; lines: number }) => [r.firstLine, r.lines, Buffer.from(r.bytes).toString()];
  it.each([
    ["cut after n lines", run("a\nb\nc\n", 5, 3), 2, [5, 2, "a\nb\n"], [7, 1, "c\n"]],
    ["the rest lacks its final LF", run("a\nb\nc", 1, 3), 1, [1, 1, "a\n"], [2, 2, "b\nc"]],
    ["empty lines count", run("\n\nx\n", 3, 3), 2, [3, 2, "\n\n"], [5, 1, "x\n"]],
    ["a run of n lines is all head", run("a\nb\n", 1, 2), 2, [1, 2, "a\nb\n"], [3, 0, ""]],
    ["fewer lines than n", run("a", 9, 1), 100, [9, 1, "a"], [10, 0, ""]],
  ])("%s", (_name, r, n, head, rest) => {
    const [h, t] = splitRun(r, n);
    expect(show(h)).toEqual(head);
    expect(show(t)).toEqual(rest);
    // Both are views of the run's own buffer, so the rest can be transferred whole to a worker thread.
    expect(t.bytes.buffer).toBe(r.bytes.buffer);
  });
});
