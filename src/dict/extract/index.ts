// STUB: the extract helper replaces this folder.
/** Compiled vocabularies for figures, dates and schedule items. */
export interface ExtractModel {
  readonly version: string;
}

/** Loads data/extract (metric vocabulary, schedule kinds, outlet names, …). */
export function loadExtractModel(_dir: string): ExtractModel {
  return Object.freeze({ version: "stub" });
}
