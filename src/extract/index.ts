import type { ActorMention, Claim, Event, NlpDoc, ScheduleItem } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import { type LocalMention, type SentenceView, viewSentence } from "./_sentence.js";
import { type DateExpr, findDateExpressions, type Tense } from "./01-dates.js";
import { type ClaimCarry, claimsForSentence } from "./03-claims.js";
import { scheduleForSentence, scheduleFromEvents } from "./04-schedule.js";
import { dateEvent, tenseOfStatus } from "./05-event-dates.js";

export type { DateExpr, DateRelation, Tense } from "./01-dates.js";
export { findDateExpressions, periodLabel } from "./01-dates.js";
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

/** Resolves each event's date from its sentence, read in the tense its status implies. */
function dateEvents(input: ExtractInput, model: ExtractModel): Event[] {
  const cache = new Map<string, DateExpr[]>();
  const exprs = (sentence: number, tense: Tense) => {
    const key = `${sentence}:${tense}`;
    const s = input.doc.sentences[sentence];
    if (!s) return [];
    const hit = cache.get(key) ?? findDateExpressions(s.text, input.date, tense, model);
    cache.set(key, hit);
    return hit;
  };
  return input.events.map((ev) => ({
    ...ev,
    ...dateEvent(ev, exprs(ev.evidence.sentence, tenseOfStatus(ev.status)), input.date),
  }));
}

/**
 * Resolves event dates and extracts claims and schedule items from one document.
 * @example extractDocument({ doc, mentions, events, docId, date: "2025-06-20" }, model.extract).claims
 */
export function extractDocument(input: ExtractInput, model: ExtractModel): ExtractOutput {
  const events = dateEvents(input, model);
  const claims: Claim[] = [];
  let textItems: ScheduleItem[] = [];
  const views = new Map<number, SentenceView>();
  let carry: ClaimCarry | null = null;
  let prevMentions: { paragraph: number; mentions: readonly LocalMention[] } | null = null;
  for (const s of input.doc.sentences) {
    const dates = findDateExpressions(s.text, input.date, "past", model);
    const view = viewSentence(s, input.mentions[s.index] ?? [], dates);
    views.set(s.index, view);
    const got = claimsForSentence(view, input.docId, model, carry);
    claims.push(...got.claims);
    carry = got.carry;
    const before = prevMentions?.paragraph === s.paragraph ? prevMentions.mentions : [];
    textItems = [
      ...textItems,
      ...scheduleForSentence(view, input.docId, input.date, model, before.slice(0, 1)),
    ];
    const states = view.mentions.filter((m) => m.country !== null);
    if (states.length > 0) prevMentions = { paragraph: s.paragraph, mentions: states };
  }
  const schedule = scheduleFromEvents(events, views, textItems, input.docId, input.date, model);
  return { events, claims, schedule };
}
