import { join } from "node:path";
import { PACKAGE_ROOT } from "../core/package-root.js";
import { type ActorModel, defaultModelCache, loadActorModel } from "./actors/index.js";
import { type CameoTable, loadCameo } from "./cameo/index.js";
import { type ExtractModel, loadExtractModel } from "./extract/index.js";
import { loadVerbModel, type VerbModel } from "./verbs/index.js";

export type { ActorModel } from "./actors/index.js";
export type { CameoEntry, CameoTable } from "./cameo/index.js";
export { loadCameo, parseCameo } from "./cameo/index.js";
export type { ExtractModel } from "./extract/index.js";
export type { VerbModel } from "./verbs/index.js";
export { loadActorModel, loadExtractModel, loadVerbModel };

/** Every compiled dictionary the pipeline needs, frozen; built once per process or worker. */
export interface Model {
  readonly cameo: CameoTable;
  readonly actors: ActorModel;
  readonly verbs: VerbModel;
  readonly extract: ExtractModel;
  /** Combined version string recorded on every event. */
  readonly version: string;
}

/** The repository's data/ folder. */
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, "data");

/** Loads and compiles all dictionaries under a data folder (default: the repository's data/). */
export function loadModel(dataDir: string = DEFAULT_DATA_DIR): Model {
  const cameo = loadCameo(join(dataDir, "cameo", "cameo.tsv"));
  const actors = loadActorModel(join(dataDir, "actors"), { cache: defaultModelCache() });
  const verbs = loadVerbModel(join(dataDir, "verbs"), cameo);
  const extract = loadExtractModel(join(dataDir, "extract"));
  const version = `cameo@${cameo.version}+actors@${actors.version}+verbs@${verbs.version}+extract@${extract.version}`;
  return Object.freeze({ cameo, actors, verbs, extract, version });
}
