import { createHash } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { deserialize, serialize } from "node:v8";
import { threadId } from "node:worker_threads";
import { cacheDir } from "../../core/cache-dir.js";
import { PACKAGE_ROOT } from "../../core/package-root.js";
import type { ActorModel } from "./_compile.js";

// A compiled actor model kept on disk (v8 serialisation, in the user's private cache folder), so that a process or
// worker thread reads it instead of compiling the files again: with 100,000 aliases, compiling takes 0.5–0.9 s and
// reading the file about 0.2 s (README, Performance). The key is a hash of every actor file's bytes, of the compiler's
// own sources and of the V8 version, so any change to either compiles afresh.

/** Bumped when the file layout changes in a way the sources' hash would not show. */
const FORMAT = "dyad-actors-2";
/** Cache files older than this are removed when a new one is written. */
const STALE_MS = 24 * 3600 * 1000;
/** The sources the compiled model depends on: the actor compiler and the core it imports. */
const COMPILER_DIRS = [join("src", "dict", "actors"), join("src", "core")];

/** One actor file as read from disk. */
export interface ActorFileText {
  readonly path: string;
  readonly personFile: boolean;
  readonly text: string;
}

let compilerHash: string | null | undefined;

/** Hash of the compiler's sources (null when they cannot be read: no caching then). Once per process. */
function compilerSources(): string | null {
  if (compilerHash !== undefined) return compilerHash;
  try {
    const h = createHash("sha256");
    for (const d of COMPILER_DIRS) {
      const dir = join(PACKAGE_ROOT, d);
      for (const f of readdirSync(dir).sort())
        if (/\.(ts|js)$/.test(f) && !f.endsWith(".test.ts"))
          h.update(`${d}/${f}\0`).update(readFileSync(join(dir, f)));
    }
    compilerHash = h.digest("hex");
  } catch {
    compilerHash = null;
  }
  return compilerHash;
}

/** The private cache folder, or null when there is none (then nothing is cached). */
export function defaultModelCache(): string | null {
  if (process.env.DYAD_MODEL_CACHE === "0") return null;
  try {
    return cacheDir();
  } catch {
    return null;
  }
}

/** The cache file for these actor files (read from `dir`), or null when the compiler's sources cannot be hashed. */
export function modelCacheFile(cache: string, dir: string, files: readonly ActorFileText[]): string | null {
  const compiler = compilerSources();
  if (compiler === null) return null;
  const h = createHash("sha256").update(`${FORMAT}\0${process.versions.v8}\0${compiler}\0`);
  for (const f of files)
    h.update(`${relative(dir, f.path)}\0${f.personFile ? 1 : 0}\0`)
      .update(f.text)
      .update("\0");
  return join(cache, `actors-${h.digest("hex").slice(0, 24)}.bin`);
}

/** The model kept in `file`, or null when there is none or it cannot be read (then the caller compiles). */
export function readModelCache(file: string): ActorModel | null {
  if (!existsSync(file)) return null;
  try {
    const m = deserialize(readFileSync(file)) as ActorModel;
    return typeof m?.version === "string" && m.trie?.data instanceof Int32Array && Array.isArray(m.entries)
      ? m
      : null;
  } catch {
    return null;
  }
}

/**
 * Writes the model to `file` (aside, under a name of this process and thread, then renamed: a concurrent reader never
 * sees half a file) and removes stale models. A failure to write only costs the next run a compile, so it is not an
 * error.
 */
export function writeModelCache(file: string, model: ActorModel): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(temp, serialize(model), { mode: 0o600 });
    renameSync(temp, file);
    const dir = join(file, "..");
    for (const f of readdirSync(dir)) {
      const old = join(dir, f);
      if (f.startsWith("actors-") && old !== file && Date.now() - statSync(old).mtimeMs > STALE_MS)
        unlinkSync(old);
    }
  } catch {
    if (existsSync(temp)) unlinkSync(temp);
  }
}
