// STUB: the coder helper replaces this folder.
import type { CameoTable } from "../cameo/index.js";

/** Compiled verb/noun pattern dictionary. */
export interface VerbModel {
  readonly version: string;
}

/** Loads and compiles every pattern file under `dir` (data/verbs), checking codes against the CAMEO table. */
export function loadVerbModel(_dir: string, _cameo: CameoTable): VerbModel {
  return Object.freeze({ version: "stub" });
}
