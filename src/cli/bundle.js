// @ts-check
// Cached esbuild bundles of our TypeScript: the CLI's (bin/dyad.js) and the worker thread's (code-pool.ts). A bundle
// is one JavaScript file that Node loads with no TypeScript loader: tsx compiling the sources cost about 2 s of CPU on
// every start (README, Performance). Plain JavaScript so that bin/dyad.js can use it before any loader is registered.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cacheDir } from "../core/cache-dir.js";
import { PACKAGE_ROOT } from "../core/package-root.js";

const SRC = join(PACKAGE_ROOT, "src");
/** Cached bundles older than this are removed when a new one of the same name is built. */
const STALE_MS = 24 * 3600 * 1000;
/**
 * Packages left out of bundles (native code, worker files or binaries found beside their own code, or the loader):
 * a bundle imports them by absolute path from this package's node_modules, so it can live in any folder.
 */
const UNBUNDLED = ["better-sqlite3", "pg", "piscina", "esbuild", "tsx"];

/**
 * The bundle of `entry` (a path under src/) and everything it imports, built with esbuild on first use into this
 * user's private cache folder and keyed by a hash of the sources (`NAME-HASH.mjs`). Throws when it cannot be built
 * (no esbuild, no private temporary folder, a build error): callers fall back to the TypeScript loader.
 * @param {string} name bundle name, the start of its file name
 * @param {string} entry entry module, relative to src/
 * @returns {Promise<string>} the bundle's path
 */
export async function bundleFile(name, entry) {
  const dir = cacheDir();
  const file = join(dir, `${name}-${sourceHash()}.mjs`);
  if (!existsSync(file)) await buildBundle(join(SRC, entry), file, dir, name);
  return file;
}

/** @type {string | undefined} */
let hash;

/**
 * Hash of everything a bundle is built from: every source file under src/, the dependency lock (esbuild's version
 * included), the package root the bundle refers to and Node's major version (the build target). Once per process.
 * @returns {string}
 */
export function sourceHash() {
  if (hash) return hash;
  const h = createHash("sha256").update(`${PACKAGE_ROOT}\0${process.versions.node.split(".")[0]}\0`);
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".test.ts"))
    .sort();
  for (const f of files)
    h.update(`${f}\0`)
      .update(readFileSync(join(SRC, f)))
      .update("\0");
  for (const f of ["package.json", "package-lock.json"]) {
    if (existsSync(join(PACKAGE_ROOT, f))) h.update(readFileSync(join(PACKAGE_ROOT, f)));
  }
  hash = h.digest("hex").slice(0, 20);
  return hash;
}

/**
 * Builds the bundle into `file` (written aside, then renamed: concurrent runs never see half a file) and removes
 * stale bundles of the same name.
 * @param {string} entry @param {string} file @param {string} dir @param {string} name
 */
async function buildBundle(entry, file, dir, name) {
  const esbuild = await import("esbuild");
  const temp = `${file}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [entry],
    outfile: temp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    // CommonJS dependencies (wink-nlp) may require Node built-ins, which an ES module has no `require` for.
    banner: {
      js: 'import { createRequire as __dyadRequire } from "node:module"; const require = __dyadRequire(import.meta.url);',
    },
    define: { DYAD_PACKAGE_ROOT: JSON.stringify(PACKAGE_ROOT) },
    plugins: [unbundled],
    logLevel: "silent",
    legalComments: "none",
  });
  renameSync(temp, file);
  for (const f of readdirSync(dir)) {
    const old = join(dir, f);
    if (f.startsWith(`${name}-`) && old !== file && Date.now() - statSync(old).mtimeMs > STALE_MS)
      unlinkSync(old);
  }
}

/**
 * Makes the UNBUNDLED packages external, imported by the absolute URL esbuild resolves them to from the importing
 * source file (so from this package's node_modules, wherever the bundle is).
 * @type {import("esbuild").Plugin}
 */
const unbundled = {
  name: "dyad-unbundled",
  setup(build) {
    const filter = new RegExp(`^(${UNBUNDLED.join("|")})(/|$)`);
    build.onResolve({ filter }, async (args) => {
      if (args.pluginData === unbundled) return undefined;
      const { kind, resolveDir, importer } = args;
      const found = await build.resolve(args.path, { kind, resolveDir, importer, pluginData: unbundled });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};
