// STUB: the actors helper replaces this folder.
/** Compiled actor dictionary: frozen, shared by all stages and workers. */
export interface ActorModel {
  readonly version: string;
}

/** Loads and compiles every actor file under `dir` (data/actors). */
export function loadActorModel(_dir: string): ActorModel {
  return Object.freeze({ version: "stub" });
}
