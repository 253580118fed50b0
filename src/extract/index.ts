import type { ActorMention, Claim, Event, NlpDoc, ScheduleItem } from "../core/index.js";
import { type ExtractModel, findPhrases } from "../dict/extract/index.js";
import { type LocalMention, type SentenceView, viewSentence } from "./_sentence.js";
import type { DateMemo } from "./_chrono-read.js";
import { type DateReader, dateReader } from "./01-dates.js";
import { claimsForSentence, type LazyCarry } from "./03-claims.js";
import { scheduleForSentence, scheduleFromEvents } from "./04-schedule.js";
import { dateEvent, tenseOfStatus } from "./05-event-dates.js";

export type { DateMemo } from "./_chrono-read.js";
export { createDateMemo } from "./_chrono-read.js";
export type { DateExpr, DateReader, DateRelation, Tense } from "./01-dates.js";
export { dateReader, findDateExpressions, periodLabel } from "./01-dates.js";
export type { DocumentDate } from "./06-document-date.js";
export { inferDocumentDate } from "./06-document-date.js";

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

/**
 * Resolves each event's date from its sentence, read in the tense its status implies (the only extraction
 * `dyad code` needs). Pass one date memo for a whole run (see createDateMemo) to reuse what chrono read.
 */
export function resolveEventDates(
  input: Pick<ExtractInput, "doc" | "events" | "date">,
  model: ExtractModel,
  memo?: DateMemo,
): Event[] {
  return datedEvents(input, sentenceReaders(input.doc, input.date, model, memo));
}

function datedEvents(
  input: Pick<ExtractInput, "events" | "date">,
  readers: (sentence: number) => DateReader | null,
): Event[] {
  return input.events.map((ev) => {
    const read = readers(ev.evidence.sentence);
    const d = dateEvent(ev, read ? read(tenseOfStatus(ev.status)) : [], input.date);
    return { ...ev, date: d.date, dateEnd: d.dateEnd, datePrecision: d.datePrecision };
  });
}

/** A date reader per sentence, made on first use (chrono runs at most once per sentence). */
function sentenceReaders(doc: NlpDoc, date: string | null, model: ExtractModel, memo?: DateMemo) {
  const made = new Map<number, DateReader>();
  return (sentence: number): DateReader | null => {
    const s = doc.sentences[sentence];
    if (!s) return null;
    const got = made.get(sentence) ?? dateReader(s.text, date, model, memo);
    made.set(sentence, got);
    return got;
  };
}

// "- Reuters: Japan scraps …": a bullet, a name, a colon and a headline.
const BULLET_SOURCE = /^\s*[-–—•*]\s+([^:]{2,60}):\s+\S/;

/**
 * Paragraphs that are lines of a reference list ("- The New York Times: <headline>", the outlet listed in
 * data/extract/outlets.txt): they cite other reports and give no claims or schedule items of their own.
 */
function referenceParagraphs(doc: NlpDoc, model: ExtractModel): Set<number> {
  const out = new Set<number>();
  const seen = new Set<number>();
  for (const s of doc.sentences) {
    if (seen.has(s.paragraph)) continue;
    seen.add(s.paragraph);
    const name =
      BULLET_SOURCE.exec(s.text)?.[1]
        ?.replace(/^the\s+/i, "")
        .trim() ?? "";
    const hit = name === "" ? undefined : findPhrases(model.outlets, name)[0];
    if (hit && hit.start === 0 && hit.end === name.length) out.add(s.paragraph);
  }
  return out;
}

/**
 * Resolves event dates and extracts claims and schedule items from one document.
 * @example extractDocument({ doc, mentions, events, docId, date: "2025-06-20" }, model.extract).claims
 */
export function extractDocument(input: ExtractInput, model: ExtractModel, memo?: DateMemo): ExtractOutput {
  const readers = sentenceReaders(input.doc, input.date, model, memo);
  const events = datedEvents(input, readers);
  const claims: Claim[] = [];
  const textItems: ScheduleItem[] = [];
  const views = new Map<number, SentenceView>();
  let carry: LazyCarry | null = null;
  let prevMentions: { paragraph: number; mentions: readonly LocalMention[] } | null = null;
  const references = referenceParagraphs(input.doc, model);
  for (const s of input.doc.sentences) {
    if (references.has(s.paragraph)) continue;
    const view = viewSentence(
      s,
      input.mentions[s.index] ?? [],
      readers(s.index) ?? dateReader(s.text, input.date, model, memo),
    );
    views.set(s.index, view);
    const got = claimsForSentence(view, input.docId, model, carry);
    claims.push(...got.claims);
    carry = got.carry;
    const before = prevMentions?.paragraph === s.paragraph ? prevMentions.mentions : [];
    textItems.push(
      ...scheduleForSentence(view, input.docId, input.date, model, before.slice(0, 1), textItems),
    );
    const states = view.mentions.filter((m) => m.country !== null);
    if (states.length > 0) prevMentions = { paragraph: s.paragraph, mentions: states };
  }
  const schedule = scheduleFromEvents(events, views, textItems, input.docId, input.date, model);
  return { events, claims, schedule };
}
