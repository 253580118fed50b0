#!/usr/bin/env -S node --max-semi-space-size=64 --heap-growing-percent=50
// V8 flags: 64 MB semi-spaces (default 16) keep the coder's short-lived per-batch objects out of the old generation,
// which cuts garbage-collection time (README, Performance); worker threads get the same through resourceLimits.
// The old generation grows by half its live size before the next full collection (V8 picks up to four times when
// the heap is small): coding keeps about 70 MB live, so peak memory falls by about 80 MB for about 1% more time.
// Runs the CLI from an esbuild bundle of its sources (src/cli/bundle.js: built on first use, cached by a hash of
// src/), which saves compiling the TypeScript on every start; through the tsx loader when the bundle cannot be built
// or with DYAD_BUNDLE=0. DYAD_BUNDLE=1 requires the bundle: a build failure is reported instead of falling back.
import { pathToFileURL } from "node:url";
import { bundleFile } from "../src/cli/bundle.js";

const argv = process.argv.slice(2);
const mode = process.env.DYAD_BUNDLE;
let cli;
if (mode !== "0") {
  try {
    cli = await import(pathToFileURL(await bundleFile("cli", "cli/bin-entry.ts")).href);
  } catch (e) {
    if (mode === "1") {
      process.stderr.write(
        `dyad: DYAD_BUNDLE=1 but the CLI bundle cannot be used: ${e instanceof Error ? e.message : e}\n`,
      );
      process.exit(1);
    }
  }
}
if (!cli) (await import("tsx/esm/api")).register();
// `dyad code --workers N`: start the worker threads first, so that they load while this thread loads the CLI (from
// the bundle, the CLI is already loaded: importing it takes a fraction of a worker thread's start-up).
const pool =
  cli ?? (argv.some((a) => a.startsWith("--workers")) ? await import("../src/cli/code-pool.ts") : undefined);
const hint = pool?.codeWorkersHint(argv);
const codePool = hint ? pool?.startCodePool(hint.threads, hint.dataDir) : undefined;
try {
  const { runCli } = cli ?? (await import("../src/cli/main.ts"));
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  process.exitCode = await runCli(argv, io, { codePool });
} finally {
  // Threads the command did not take (help, a usage error); destroying taken ones again is a no-op.
  await codePool?.destroy();
}
