import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeWorkersHint } from "./code-pool.js";

const DATA = join(process.cwd(), "data");

describe("codeWorkersHint", () => {
  it.each([
    ["code with --workers", ["code", "in.jsonl", "--workers", "2"], { threads: 1, dataDir: DATA }],
    ["--workers=N", ["code", "--workers=3", "-"], { threads: 2, dataDir: DATA }],
    ["--data before the command", ["--data", "my-data", "code", "--workers", "2"], { threads: 1, dataDir: "my-data" }],
    ["--data=DIR", ["--data=d", "code", "--date", "2025-01-01", "--workers", "4"], { threads: 3, dataDir: "d" }],
    ["one worker", ["code", "--workers", "1"], null],
    ["no --workers", ["code", "in.jsonl"], null],
    ["not a number", ["code", "--workers", "x"], null],
    ["another command", ["analyze", "--workers", "2"], null],
    ["--data value named code", ["--data", "code", "analyze", "--workers", "2"], null],
    ["after --", ["code", "--", "--workers", "2"], null],
  ])("%s", (_name, argv, expected) => {
    expect(codeWorkersHint(argv)).toEqual(expected);
  });
});
