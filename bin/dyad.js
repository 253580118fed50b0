#!/usr/bin/env -S node --max-semi-space-size=64
// V8 flag: 64 MB semi-spaces (default 16) keep the coder's short-lived per-batch objects out of the old generation,
// which cuts garbage-collection time (README, Performance); worker threads get the same through resourceLimits.
// Registers the TypeScript loader so the CLI runs from source with no build step.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
