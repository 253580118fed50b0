import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Piscina } from "piscina";

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

const SRC = fileURLToPath(new URL("..", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Worker entry run through the TypeScript loader: used when the bundle cannot be built. */
const TSX_ENTRY = fileURLToPath(new URL("./code-worker.mjs", import.meta.url));
/** Cached bundles older than this are removed when a new one is built. */
const STALE_MS = 24 * 3600 * 1000;

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
  const dataDir = typeof values.data === "string" ? values.data : join(ROOT, "data");
  return { threads: workers - 1, dataDir };
}

/**
 * The worker thread's code: one JavaScript bundle of src/cli/code-worker.ts and its dependencies, built with esbuild
 * on first use and cached by a hash of the sources, so a thread loads one file with no TypeScript loader (a third of
 * its start-up); the loader-based entry when the bundle cannot be built (or DYAD_WORKER_BUNDLE=0).
 */
async function workerEntry(): Promise<{ file: string; bundled: boolean }> {
  if (process.env.DYAD_WORKER_BUNDLE === "0") return { file: TSX_ENTRY, bundled: false };
  try {
    const dir = cacheDir();
    const file = join(dir, `code-worker-${sourceHash()}.mjs`);
    if (!existsSync(file)) await buildBundle(file, dir);
    return { file, bundled: true };
  } catch {
    // No esbuild, no writable temporary folder, or a build error: the loader-based entry runs the same sources.
    return { file: TSX_ENTRY, bundled: false };
  }
}

/** This user's cache folder for worker bundles, private to them (a bundle found there is run as code). */
function cacheDir(): string {
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `dyad-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || (process.getuid && st.uid !== uid) || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} is not a private folder`);
  }
  return dir;
}

/** Hash of everything a bundle is built from: every source file under src/, the dependency lock and esbuild. */
function sourceHash(): string {
  const h = createHash("sha256");
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  for (const f of files) h.update(`${f}\0`).update(readFileSync(join(SRC, f))).update("\0");
  for (const f of ["package.json", "package-lock.json"]) {
    if (existsSync(join(ROOT, f))) h.update(readFileSync(join(ROOT, f)));
  }
  return h.digest("hex").slice(0, 20);
}

/** Builds the worker bundle into `file` (written aside, then renamed: concurrent runs never see half a file). */
async function buildBundle(file: string, dir: string): Promise<void> {
  const esbuild = await import("esbuild");
  const temp = `${file}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [join(SRC, "cli", "code-worker.ts")],
    outfile: temp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    // CommonJS dependencies (wink-nlp) may require Node built-ins, which an ES module has no `require` for.
    banner: { js: 'import { createRequire as __dyadRequire } from "node:module"; const require = __dyadRequire(import.meta.url);' },
    logLevel: "silent",
    legalComments: "none",
  });
  renameSync(temp, file);
  for (const f of readdirSync(dir)) {
    const old = join(dir, f);
    if (f.startsWith("code-worker-") && old !== file && Date.now() - statSync(old).mtimeMs > STALE_MS) unlinkSync(old);
  }
}
