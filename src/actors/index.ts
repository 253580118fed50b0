// STUB: the actors helper replaces this folder.
import type { ActorMention, NlpDoc } from "../core/index.js";
import type { ActorModel } from "../dict/index.js";

/**
 * Finds actor mentions in every sentence, resolved against the document date (YYYY-MM-DD or null).
 * Returns one array per sentence, in sentence order, mentions sorted by position and non-overlapping.
 */
export function findMentions(doc: NlpDoc, _model: ActorModel, _date: string | null): ActorMention[][] {
  return doc.sentences.map(() => []);
}
