/** Defined by esbuild as the package root when the CLI runs from a bundle (src/core/package-root.js); else undeclared. */
declare const DYAD_PACKAGE_ROOT: string | undefined;
