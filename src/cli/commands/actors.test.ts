import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../core/index.js";
import { loadActorModel } from "../../dict/actors/index.js";
import { DEFAULT_DATA_DIR, type Model } from "../../dict/index.js";
import type { CliEnv } from "../env.js";
import { registerActorsCommands } from "./actors.js";

const actors = loadActorModel(join(DEFAULT_DATA_DIR, "actors"));

/** Runs `dyad ARGS` in-process and returns what it printed and the exit code. */
async function dyad(...args: string[]): Promise<{ out: string[]; err: string[]; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const env: CliEnv = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    model: () => ({ actors }) as unknown as Model,
    nlp: () => {
      throw new Error("not needed");
    },
    dates: () => {
      throw new Error("not needed");
    },
    setExitCode: (c) => {
      code = Math.max(code, c);
    },
    readStdin: async () => Buffer.from(""),
    stdin: async function* () {},
  };
  const program = new Command().exitOverride().option("--data <dir>");
  registerActorsCommands(program, env);
  await program.parseAsync(["node", "dyad", ...args]);
  return { out, err, code };
}

describe("dyad actors", () => {
  it.each([
    [["actors", "lookup", "Shigeru Ishiba", "--date", "2025-06-20"], /^JPNGOV\tperson\tishiba-shigeru\t/],
    [["actors", "lookup", "Shigeru Ishiba", "--date", "2019-01-01"], /^JPNELI\tperson\t/],
    [["actors", "lookup", "the Kremlin"], /^RUSGOV\tmetonym\t/],
  ])("%j prints the code", async (args, line) => {
    const r = await dyad(...args);
    expect(r.out[0]).toMatch(line);
    expect(r.code).toBe(0);
  });

  it("prints JSON with --json, and exits 1 for an unknown name", async () => {
    const r = await dyad("actors", "lookup", "NATO", "--json");
    expect(JSON.parse(r.out[0]!)).toEqual([{ code: "IGOWSTNAT", entry: "igo-nato", kind: "igo" }]);
    expect((await dyad("actors", "lookup", "Qwzx Plonk")).code).toBe(1);
  });

  it("throws a UsageError for a bad date", async () => {
    await expect(dyad("actors", "lookup", "Japan", "--date", "20 June")).rejects.toThrow(UsageError);
  });

  it("lints a folder and exits 1 on errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-lint-"));
    writeFileSync(join(dir, "a.txt"), "# version: 1\n== x\nkind: state\ncode: JAPAN\nname: X\nsource: s\n");
    const r = await dyad("actors", "lint", "--dir", dir);
    expect(r.out.some((l) => /^error: .*a\.txt:4: bad ISO alpha-3 code "JAPAN"/.test(l))).toBe(true);
    expect(r.code).toBe(1);
    expect((await dyad("actors", "lint")).code).toBe(0);
  });

  it("imports a PETRARCH dictionary into a file that lints clean", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-import-"));
    const src = join(dir, "petrarch.txt");
    writeFileSync(src, "JAN_DOE_ [RURGOV 20100101-20150101] [RURELI >20150101]\n+PRESIDENT_DOE_\n");
    const out = join(dir, "imported.txt");
    const r = await dyad("actors", "import", src, "--out", out);
    expect(r.err.at(-1)).toBe("1 entries, 0 lines skipped");
    const text = readFileSync(out, "utf8");
    expect(text).toContain("role: RURGOV 2010-01-01 2015-01-01 | imported");
  });
});
