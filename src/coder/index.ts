// STUB: the coder helper replaces this folder.
import type { ActorMention, Event, NlpDoc } from "../core/index.js";
import type { CameoTable, VerbModel } from "../dict/index.js";

/** What the coder needs besides the sentences. */
export interface CoderInput {
  readonly doc: NlpDoc;
  readonly mentions: readonly (readonly ActorMention[])[];
  readonly docId: string;
  /** Document date, YYYY-MM-DD, or null; events get it as a provisional date. */
  readonly date: string | null;
}

/** Codes every sentence of a document into events (date left provisional for the extract stage). */
export function codeDocument(_input: CoderInput, _model: { verbs: VerbModel; cameo: CameoTable; version: string }): Event[] {
  return [];
}
