import type { Analysis, DocumentRecord, Event, Logger } from "../core/index.js";
import { findMentions } from "../actors/index.js";
import { codeDocument } from "../coder/index.js";
import type { Model } from "../dict/index.js";
import { type DateMemo, extractDocument, inferDocumentDate, resolveEventDates } from "../extract/index.js";
import { mergeScheduleItems } from "../link/index.js";
import { analyzeText, type NlpEngine } from "../nlp/index.js";

export { contractLine, toContractEvent } from "./contract.js";

/** Everything a pipeline run needs: compiled dictionaries, the NLP engine and a logger. */
export interface PipelineCtx {
  readonly model: Model;
  readonly nlp: NlpEngine;
  readonly logger: Logger;
  /** What chrono-node read, remembered across the documents of a run (see createDateMemo); optional. */
  readonly dates?: DateMemo;
}

/** Fills in a document's published date from its text when the input did not give one. */
export function withDocumentDate(doc: DocumentRecord): DocumentRecord {
  if (doc.published) return doc;
  const inferred = inferDocumentDate(doc.text);
  return { ...doc, published: inferred.date, dateBasis: inferred.date ? inferred.basis : "unknown" };
}

/**
 * Runs every stage on one document: sentences, actors, events, dates, claims and schedule items.
 * @example analyzeDocument(makeDocument(text, "a.txt", { date: "2025-06-20" }), ctx).events
 */
export function analyzeDocument(input: DocumentRecord, ctx: PipelineCtx): Analysis {
  const document = withDocumentDate(input);
  const date = document.published;
  const doc = analyzeText(ctx.nlp, document.text);
  const mentions = findMentions(doc, ctx.model.actors, date);
  const coded = codeDocument({ doc, mentions, docId: document.id, date }, ctx.model);
  // Place mentions ("talks in Washington") are event targets only, never claim subjects or meeting parties.
  const actorsOnly = mentions.map((ms) => ms.filter((m) => m.kind !== "place"));
  const extracted = extractDocument(
    { doc, mentions: actorsOnly, events: coded, docId: document.id, date },
    ctx.model.extract,
    ctx.dates,
  );
  const schedule = mergeScheduleItems([], extracted.schedule);
  ctx.logger.debug("analyzed", { doc: document.id, sentences: doc.sentences.length, events: extracted.events.length });
  return { document, events: extracted.events, claims: extracted.claims, schedule };
}

/** A passage to code: its text, the date its events are dated by, and the document id they carry. */
export interface Passage {
  readonly text: string;
  readonly date: string | null;
  readonly docId: string;
}

/** Passages run through one stage before the next (see codePassages): 100 measured faster than 1,000 or 1. */
const STAGE_CHUNK = 100;

/**
 * Codes many passages, each exactly as codePassage would, but runs each stage over a chunk of passages before the
 * next stage starts: a stage's dictionaries and code then stay in the CPU caches from one passage to the next. On the
 * bench corpus this cut a sentence from about 81 to 63 us of CPU time, with byte-identical output.
 */
export function codePassages(passages: readonly Passage[], ctx: PipelineCtx): Event[][] {
  const out: Event[][] = [];
  for (let from = 0; from < passages.length; from += STAGE_CHUNK) {
    const chunk = passages.slice(from, from + STAGE_CHUNK);
    const docs = chunk.map((p) => analyzeText(ctx.nlp, p.text));
    const mentions = docs.map((doc, i) => findMentions(doc, ctx.model.actors, chunk[i]!.date));
    const coded = docs.map((doc, i) =>
      codeDocument({ doc, mentions: mentions[i]!, docId: chunk[i]!.docId, date: chunk[i]!.date }, ctx.model),
    );
    for (let i = 0; i < chunk.length; i++)
      out.push(resolveEventDates({ doc: docs[i]!, events: coded[i]!, date: chunk[i]!.date }, ctx.model.extract, ctx.dates));
  }
  return out;
}

/** Codes one passage for the batch contract: events only, dated by the given date. */
export function codePassage(text: string, date: string | null, docId: string, ctx: PipelineCtx): Event[] {
  const doc = analyzeText(ctx.nlp, text);
  const mentions = findMentions(doc, ctx.model.actors, date);
  const coded = codeDocument({ doc, mentions, docId, date }, ctx.model);
  return resolveEventDates({ doc, events: coded, date }, ctx.model.extract, ctx.dates);
}
