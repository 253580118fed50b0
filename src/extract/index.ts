// STUB: the extract helper replaces this folder.
import type { ActorMention, Claim, Event, NlpDoc, ScheduleItem } from "../core/index.js";
import type { ExtractModel } from "../dict/index.js";

/** What the extract stage reads. */
export interface ExtractInput {
  readonly doc: NlpDoc;
  readonly mentions: readonly (readonly ActorMention[])[];
  readonly events: readonly Event[];
  readonly docId: string;
  readonly date: string | null;
}

/** What it returns: the events with resolved dates, plus claims and schedule items. */
export interface ExtractOutput {
  readonly events: Event[];
  readonly claims: Claim[];
  readonly schedule: ScheduleItem[];
}

/** Resolves event dates and extracts claims and schedule items from one document. */
export function extractDocument(input: ExtractInput, _model: ExtractModel): ExtractOutput {
  return { events: [...input.events], claims: [], schedule: [] };
}
