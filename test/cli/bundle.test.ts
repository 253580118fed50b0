import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceHash } from "../../src/cli/bundle.js";
import { cacheDir } from "../../src/core/cache-dir.js";

const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/dyad.js");
const input = `${JSON.stringify({
  id: "b1",
  text: "The finance minister of Kenya condemned the government of Uganda on Monday.",
  date: "2025-03-10",
})}\n`;
/** Runs the bin on one input line with the given environment additions. */
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, "code", "-"], {
    input,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
// A temporary folder whose bundle cache others may write to: not private, so no bundle may be built or run from it.
const openTmp = mkdtempSync(join(tmpdir(), "dyad-open-"));
const openCache = join(openTmp, `dyad-${process.getuid?.() ?? 0}`);
mkdirSync(openCache);
chmodSync(openCache, 0o777);
afterAll(() => rmSync(openTmp, { recursive: true, force: true }));

describe("bin/dyad.js start-up", () => {
  it("runs the CLI from its cached bundle, with the output of the tsx path (DYAD_BUNDLE=0)", () => {
    const bundled = run({ DYAD_BUNDLE: "1" });
    expect(bundled.status).toBe(0);
    expect(bundled.stderr).toBe("");
    expect(existsSync(join(cacheDir(), `cli-${sourceHash()}.mjs`))).toBe(true);
    const tsx = run({ DYAD_BUNDLE: "0" });
    expect(tsx.status).toBe(0);
    expect(JSON.parse(bundled.stdout).events.length).toBeGreaterThan(0);
    expect(bundled.stdout).toBe(tsx.stdout);
  }, 60_000);

  it("reads the version from the package's package.json, not from beside the bundle", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const version = execFileSync(process.execPath, [BIN, "--version"], {
      encoding: "utf8",
      env: { ...process.env, DYAD_BUNDLE: "1" },
    });
    expect(version.trim()).toBe(pkg.version);
  }, 60_000);

  it("falls back to the tsx path when the bundle cannot be cached; DYAD_BUNDLE=1 reports it instead", () => {
    const required = run({ DYAD_BUNDLE: "1", TMPDIR: openTmp });
    expect(required.status).not.toBe(0);
    expect(required.stderr).toContain("is not a private folder");
    const fallback = run({ TMPDIR: openTmp });
    expect(fallback.status).toBe(0);
    expect(fallback.stdout).toBe(run({ DYAD_BUNDLE: "1" }).stdout);
  }, 60_000);
});
