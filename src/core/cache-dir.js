// @ts-check
import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * This user's private cache folder ($TMPDIR/dyad-UID): the CLI and worker bundles (src/cli/bundle.js) and the
 * compiled actor model (src/dict/actors/_cache.ts) are kept there. A bundle found there is run as code, so the folder
 * must belong to this user and be writable by no one else; throws otherwise. Plain JavaScript so that bin/dyad.js can
 * use it before any TypeScript loader is registered.
 * @returns {string}
 */
export function cacheDir() {
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `dyad-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  if (!st.isDirectory() || (process.getuid && st.uid !== uid) || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} is not a private folder`);
  }
  return dir;
}
