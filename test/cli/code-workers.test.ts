import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { startCodePool } from "../../src/cli/code-pool.js";
import { runCodeParallel } from "../../src/cli/code-workers.js";
import { runCli } from "../../src/cli/main.js";
import { loadModel } from "../../src/dict/index.js";
import { createDateMemo } from "../../src/extract/index.js";
import { createNlpEngine } from "../../src/nlp/index.js";

/** Runs `dyad code` in-process with stdin fed as the given chunks; collects stdout and stderr as bytes/text. */
async function runChunks(argv: string[], chunks: Buffer[], start: Parameters<typeof runCli>[2] = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  let err = "";
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c) => {
    err += String(c);
  });
  const code = await runCli(argv, { stdout, stderr, stdin: Readable.from(chunks) }, start);
  return { code, out: Buffer.concat(out).toString("latin1"), err };
}

// More lines than one run sent to a thread, with every kind of bad line, CRLF, non-ASCII text and no final LF.
const texts = ["Japan condemned North Korea.", "Seoul protested to Tokyo on Monday.", "Rain fell.", "Kyiv said Russia shelled Kharkiv."];
const parts: Buffer[] = [];
for (let i = 0; i < 1300; i++) {
  const k = i % 101;
  const line =
    k === 3 ? Buffer.from("{broken") :
    k === 10 ? Buffer.from("") :
    k === 17 ? Buffer.from("   \t") :
    k === 24 ? Buffer.concat([Buffer.from('{"id":"u","text":"S'), Buffer.from([0xe9]), Buffer.from('oul met Tokyo."}')]) :
    k === 31 ? Buffer.from(`${JSON.stringify({ id: i, text: "Zürich hosted talks between Iran and the EU — again." })}\r`) :
    k === 38 ? Buffer.from(JSON.stringify({ id: i, text: "Japan met China.", date: "2025-02-30" })) :
    k === 45 ? Buffer.from(JSON.stringify({ id: i, text: " " })) :
    k === 52 ? Buffer.from("[1,2]") :
    Buffer.from(JSON.stringify({ id: i % 2 ? i : `s${i}`, text: texts[i % texts.length], date: i % 3 ? "2025-06-20" : undefined }));
  parts.push(line, Buffer.from("\n"));
}
parts.push(Buffer.from(JSON.stringify({ id: "last", text: "China met Russia." })));
const input = Buffer.concat(parts);

/** The input cut into read chunks of `size` bytes, so lines (and UTF-8 sequences) straddle chunks. */
const chunked = (size: number) => Array.from({ length: Math.ceil(input.length / size) }, (_, i) => input.subarray(i * size, (i + 1) * size));

describe("dyad code --workers", () => {
  it("writes byte-identical output to one core, bad lines included", async () => {
    const one = await runChunks(["code", "--date", "2025-06-01"], [input]);
    expect(one.out.split("\n")).toHaveLength(1302);
    for (const [workers, size] of [[2, 65536], [2, 777], [3, 5000]] as const) {
      const par = await runChunks(["code", "--date", "2025-06-01", "--workers", String(workers)], chunked(size));
      expect(par.out).toBe(one.out);
      expect(par.err).toBe(one.err);
      expect(par.code).toBe(one.code);
    }
    // Threads take runs only once loaded, so a short input may be coded on this thread alone: wait for them here,
    // so that worker threads do code a share of the lines compared.
    for (const workers of [2, 3]) {
      const stats = { threadRuns: 0, mainRuns: 0 };
      const out: string[] = [];
      const env = {
        out: (s: string) => void out.push(`${s}\n`),
        err() {},
        model: () => loadModel(),
        nlp: () => createNlpEngine(),
        dates: () => createDateMemo(),
        setExitCode() {},
        readStdin: async () => Buffer.alloc(0),
        stdin: () => Readable.from([]),
      };
      const failed = await runCodeParallel(Readable.from(chunked(4000)), "2025-06-01", workers, env, { awaitThreads: true, stats });
      expect(stats.threadRuns).toBeGreaterThan(0);
      expect(failed).toBeGreaterThan(0);
      expect(Buffer.from(out.join(""), "utf8").toString("latin1")).toBe(one.out);
    }
    expect(one.code).toBe(1);
    expect(one.out).toMatch(/"message":"line 1237: not valid UTF-8"/);
  }, 120_000);

  it("codes on threads started before the CLI loaded (bin/dyad.js), as on its own", async () => {
    const one = await runChunks(["code"], [input]);
    for (const [workers, threads] of [[2, 1], [3, 1]] as const) {
      // Started for --workers 2: taken by `--workers 2`; `--workers 3` starts its own and leaves these to bin.
      const early = startCodePool(threads, join(process.cwd(), "data"));
      const par = await runChunks(["code", "--workers", String(workers)], chunked(3000), { codePool: early });
      await early.destroy();
      expect(par.out).toBe(one.out);
      expect(par.code).toBe(one.code);
    }
  }, 120_000);

  it("runs through the bin, with its node flags (threads started before the CLI)", () => {
    // Run as an executable: its #! line gives node V8 flags, which worker threads must not be handed again.
    const bin = join(import.meta.dirname, "../../bin/dyad.js");
    const run = (args: string[]) => execFileSync(bin, ["code", ...args], { input, encoding: "latin1", stdio: "pipe" });
    const failing = (args: string[]) => {
      try {
        return run(args);
      } catch (e) {
        return String((e as { stdout: string }).stdout);
      }
    };
    expect(failing(["--workers", "2"])).toBe(failing([]));
  }, 120_000);

  it("gives worker threads the --data folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-data-"));
    for (const d of ["cameo", "actors", "verbs", "extract"]) cpSync(join("data", d), join(dir, d), { recursive: true });
    writeFileSync(join(dir, "cameo", "cameo.tsv"), "not a cameo table\n", { flag: "a" });
    const lines = Array.from({ length: 2000 }, () => `${JSON.stringify({ text: "Japan met China." })}\n`);
    // This thread codes with the shipped data; only a worker thread loading the broken folder can fail (waited for:
    // a short input may otherwise be coded here before the thread has started).
    const env = {
      out() {},
      err() {},
      model: () => loadModel(),
      nlp: () => createNlpEngine(),
      dates: () => createDateMemo(),
      dataDir: () => dir,
      setExitCode() {},
      readStdin: async () => Buffer.alloc(0),
      stdin: () => Readable.from([]),
    };
    const input = Readable.from([Buffer.from(lines.join(""))]);
    await expect(runCodeParallel(input, null, 2, env, { awaitThreads: true })).rejects.toThrow(/cameo\.tsv.*expected 7 tab-separated fields/);
  }, 60_000);
});
