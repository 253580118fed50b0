// @ts-check
import { fileURLToPath } from "node:url";

/**
 * The package's root folder (where package.json, data/ and src/ are). From source it is found from this file's place;
 * in an esbuild bundle of the CLI (src/cli/bundle.js), whose `import.meta.url` is the bundle's own file in a cache
 * folder, the build defines `DYAD_PACKAGE_ROOT` as the root it was built from (part of the bundle's cache key).
 * Plain JavaScript so that bin/dyad.js can use it before any TypeScript loader is registered.
 */
export const PACKAGE_ROOT =
  typeof DYAD_PACKAGE_ROOT === "string"
    ? DYAD_PACKAGE_ROOT
    : fileURLToPath(new URL("../..", import.meta.url));
