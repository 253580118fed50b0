import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
const db = join(dir, "t.db");
const good = join(dir, "good.txt");
writeFileSync(good, "Japan condemned North Korea on Tuesday.\n");
writeFileSync(join(dir, "empty.txt"), "");
writeFileSync(join(dir, "bin.dat"), new Uint8Array([1, 2, 0, 0, 5]));
writeFileSync(join(dir, "latin1.txt"), new Uint8Array([0x53, 0xe9, 0x6f, 0x75, 0x6c]));
mkdirSync(join(dir, "folder"));

describe("dyad analyze: bad input", () => {
  it.each([
    ["missing.txt", /missing\.txt: no such file/],
    ["folder", /folder: is a directory/],
    ["bin.dat", /bin\.dat: binary content/],
    ["latin1.txt", /latin1\.txt: invalid UTF-8/],
    ["empty.txt", /empty\.txt: empty document/],
  ])("%s gives a one-line error, the good file is still processed, exit 1", async (name, re) => {
    const r = await run(["analyze", join(dir, name), good, "--db", db, "--date", "2025-06-20", "--json"]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(re);
    expect(JSON.parse(r.out.trim().split("\n")[0] ?? "").document.source).toBe(good);
  });

  it.each([
    [["analyze", good, "--date", "20-06-2025"], /--date must be YYYY-MM-DD/],
    [["analyze", good, "--date", "2025-02-30"], /--date must be YYYY-MM-DD/],
    [["analyze"], /missing required argument/],
    [["frobnicate"], /unknown command/],
  ])("usage error %j exits 2", async (argv, re) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(re);
  });
});

describe("dyad code: the batch contract", () => {
  it("keeps one output line per input line, in order, with per-line errors", async () => {
    const input = [
      JSON.stringify({ id: "s1", text: "Japan condemned North Korea.", date: "2025-06-20" }),
      "{not json",
      JSON.stringify({ id: "s3", text: "" }),
      JSON.stringify({ id: "s4", text: "Heavy rain fell on Tuesday.", date: "2025-06-20" }),
      JSON.stringify({ id: 5, text: "Seoul protested.", date: "June 20" }),
      JSON.stringify(["array"]),
    ].join("\n");
    const r = await run(["code", "-"], `${input}\n`);
    expect(r.code).toBe(1);
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(6);
    expect(out.map((o) => o.id)).toEqual(["s1", null, "s3", "s4", 5, null]);
    expect(out.map((o) => o.error?.code ?? "ok")).toEqual([
      "ok",
      "invalid_json",
      "missing_text",
      "ok",
      "invalid_date",
      "invalid_record",
    ]);
    expect(out[3].events).toEqual([]);
  });

  it("gives the same lines in the same order on worker threads", async () => {
    const texts = ["Japan condemned North Korea.", "Seoul protested to Tokyo.", "Rain fell.", "China met Russia."];
    const lines = Array.from({ length: 900 }, (_, i) =>
      i % 97 === 5 ? "{broken" : JSON.stringify({ id: i, text: texts[i % texts.length], date: "2025-06-20" }),
    );
    const p = join(dir, "many.jsonl");
    writeFileSync(p, `${lines.join("\n")}\n`);
    const serial = await run(["code", p]);
    const parallel = await run(["code", p, "--workers", "2"]);
    expect(parallel.out.trim().split("\n")).toHaveLength(900);
    expect(parallel.out).toBe(serial.out);
    expect(parallel.code).toBe(1);
  });

  it("reports a missing input file as an error, exit 1", async () => {
    const r = await run(["code", join(dir, "nope.jsonl")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.jsonl: no such file/);
  });

  it("flags invalid UTF-8 on its own line only", async () => {
    const bad = Buffer.concat([
      Buffer.from('{"id":"a","text":"Japan met China."}\n{"id":"b","text":"S'),
      Buffer.from([0xe9]),
      Buffer.from('oul"}\n'),
    ]);
    const p = join(dir, "mixed.jsonl");
    writeFileSync(p, bad);
    const r = await run(["code", p]);
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.error?.code ?? "ok")).toEqual(["ok", "invalid_utf8"]);
  });
});

describe("the dyad bin", () => {
  it("runs from a clone with no build step", () => {
    const help = execFileSync(process.execPath, [join(import.meta.dirname, "../../bin/dyad.js"), "--help"], {
      encoding: "utf8",
    });
    expect(help).toMatch(/analyze/);
    expect(help).toMatch(/code/);
  });
});
