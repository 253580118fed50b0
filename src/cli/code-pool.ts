import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Piscina } from "piscina";
import { PACKAGE_ROOT } from "../core/package-root.js";
import { bundleFile } from "./bundle.js";

// The worker threads of `dyad code --workers`. Kept light (node built-ins; piscina and esbuild loaded when used) so
// that bin/dyad.js can start the threads before it loads the rest of the CLI.

/**
 * Young-generation size of each worker thread (three semi-spaces' worth: 64 MB semi-spaces, as bin/dyad.js gives the
 * main thread). Coding allocates many short-lived objects; V8's default 16 MB semi-spaces promote many of them and
 * spend a third of a core on collection, which two busy threads on two cores cannot spare (see README, Performance).
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };
/** Runs queued on each worker thread, so it never waits for the main thread (busy coding) to hand it the next one. */
export const DEPTH = 2;

/** Worker entry run through the TypeScript loader: used when the bundle cannot be built. */
const TSX_ENTRY = join(PACKAGE_ROOT, "src", "cli", "code-worker.mjs");

/** Worker threads being started: the pool once its entry is ready, and how to stop them. */
export interface CodePool {
  readonly threads: number;
  readonly pool: Promise<Piscina>;
  /** Stops the threads (once; later calls wait for the same). */
  destroy(): Promise<void>;
}

/**
 * Starts `threads` worker threads for `dyad code`. They import the worker code, create their wink-nlp engine and,
 * given `dataDir`, load that folder's model and warm up, before any run reaches them.
 */
export function startCodePool(threads: number, dataDir?: string): CodePool {
  const pool = workerEntry().then(async (entry) => {
    const { Piscina } = await import("piscina");
    return new Piscina({
      filename: entry.file,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: DEPTH,
      resourceLimits: WORKER_LIMITS,
      // A bundled thread needs no module loader (`--import tsx` when run so); it inherits this thread's flags
      // otherwise. Node accepts no V8 flag here, so none are given (V8's are process-wide anyway).
      ...(entry.bundled ? { execArgv: [] } : {}),
      workerData: { dataDir },
    });
  });
  // Threads started early may fail before the command asks for them: it handles that then (see runCodeParallel).
  pool.catch(() => {});
  let destroyed: Promise<void> | undefined;
  const destroy = () => {
    destroyed ??= pool.then(
      (p) => p.destroy(),
      () => {},
    );
    return destroyed;
  };
  return { threads, pool, destroy };
}

/**
 * Reads `dyad [--data DIR] code … --workers N` from raw CLI arguments, for bin/dyad.js to start the N − 1 worker
 * threads before the CLI is loaded; null for any other command. Only a hint: the CLI parses the arguments itself and
 * starts its own threads when these do not fit.
 * @example codeWorkersHint(["code", "in.jsonl", "--workers", "2"]) // { threads: 1, dataDir: "<repository>/data" }
 */
export function codeWorkersHint(argv: readonly string[]): { threads: number; dataDir: string } | null {
  // Lenient: unknown flags are taken as booleans, so a value after one is a positional; the command comes first.
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { data: { type: "string" }, workers: { type: "string" } },
    strict: false,
    allowPositionals: true,
  });
  const workers = Number.parseInt(String(values.workers ?? ""), 10);
  if (positionals[0] !== "code" || !Number.isInteger(workers) || workers < 2) return null;
  const dataDir = typeof values.data === "string" ? values.data : join(PACKAGE_ROOT, "data");
  return { threads: workers - 1, dataDir };
}

/**
 * The worker thread's code: the bundle of src/cli/code-worker.ts and its dependencies (src/cli/bundle.js), so a thread
 * loads one file with no TypeScript loader (a third of its start-up); the loader-based entry when the bundle cannot be
 * built (or DYAD_WORKER_BUNDLE=0).
 */
async function workerEntry(): Promise<{ file: string; bundled: boolean }> {
  if (process.env.DYAD_WORKER_BUNDLE === "0") return { file: TSX_ENTRY, bundled: false };
  try {
    return { file: await bundleFile("code-worker", join("cli", "code-worker.ts")), bundled: true };
  } catch {
    // No esbuild, no writable temporary folder, or a build error: the loader-based entry runs the same sources.
    return { file: TSX_ENTRY, bundled: false };
  }
}
