#!/usr/bin/env -S node --max-semi-space-size=64
// V8 flag: 64 MB semi-spaces (default 16) keep the coder's short-lived per-batch objects out of the old generation,
// which cuts garbage-collection time (README, Performance); worker threads get the same through resourceLimits.
// Registers the TypeScript loader so the CLI runs from source with no build step.
import { register } from "tsx/esm/api";

register();
// `dyad code --workers N`: start the worker threads first, so that they load while this thread loads the CLI.
const argv = process.argv.slice(2);
const pool = argv.some((a) => a.startsWith("--workers")) ? await import("../src/cli/code-pool.ts") : undefined;
const hint = pool?.codeWorkersHint(argv);
const codePool = hint ? pool?.startCodePool(hint.threads, hint.dataDir) : undefined;
try {
  const { runCli } = await import("../src/cli/main.ts");
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  process.exitCode = await runCli(argv, io, { codePool });
} finally {
  // Threads the command did not take (help, a usage error); destroying taken ones again is a no-op.
  await codePool?.destroy();
}
