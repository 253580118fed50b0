import {
  type Event,
  type Evidence,
  type ScheduleItem,
  type ScheduleStatus,
  shortHash,
} from "../core/index.js";
import type { ExtractModel, ScheduleNoun } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";
import { attribute } from "./_attribution.js";
import { clauseSubject } from "./_claim-parts.js";
import {
  phraseStart,
  pickItemDate,
  placeAfter,
  statusCue,
  titlePrefix,
  titleWords,
} from "./_schedule-parts.js";
import type { LocalMention, SentenceView } from "./_sentence.js";
import { cueHits } from "./_text.js";
import { type DateExpr, findDateExpressions } from "./01-dates.js";

const NAMING_KINDS = new Set(["election", "vote", "deadline", "expiry"]);

interface NounHit {
  /** Start of the noun phrase ("the U.S.-Japan 2+2 talks" starts at "U.S."). */
  readonly npStart: number;
  readonly start: number;
  readonly end: number;
  readonly noun: ScheduleNoun;
  readonly text: string;
}

function nounHits(view: SentenceView, model: ExtractModel): NounHit[] {
  const base = view.sentence.start;
  return findPhrases(model.scheduleNouns, view.text)
    .filter((h) => {
      const tok = view.sentence.tokens.find((t) => t.start - base === h.start);
      return tok?.pos !== "VERB";
    })
    .map((h) => ({
      npStart: phraseStart(view, model, h.start),
      start: h.start,
      end: h.end,
      noun: h.value,
      text: view.sentence.text.slice(h.start, h.end),
    }))
    .filter((h, k) => k === 0 || !asideOf(view, model, h.npStart));
}

/** "… on the sidelines of the APEC forum": the noun phrase at `npStart` only places an earlier item. */
function asideOf(view: SentenceView, model: ExtractModel, npStart: number): boolean {
  const before = view.text.slice(Math.max(0, npStart - 40), npStart).replace(/\s+(the|a|an)\s*$/i, "");
  return cueHits(model, "aside", before).some((h) => before.slice(h.end).trim() === "");
}

/** Builds one observation record; `end` of a single day is its start. */
function item(
  docId: string,
  view: SentenceView,
  docDate: string | null,
  f: {
    key: number;
    title: string;
    kind: ScheduleItem["kind"];
    date: DateExpr | null;
    place: string | null;
    actors: string[];
    status: ScheduleStatus;
  },
): ScheduleItem {
  const s = view.sentence;
  const evidence: Evidence = { docId, sentence: s.index, start: s.start, end: s.end, text: s.text };
  const start = f.date?.date ?? null;
  const end = f.date ? (f.date.dateEnd ?? f.date.date) : null;
  return {
    id: shortHash(docId, s.index, f.key, f.kind),
    title: f.title,
    kind: f.kind,
    start,
    end,
    precision: f.date?.precision ?? "unknown",
    place: f.place,
    actors: f.actors,
    status: f.status,
    history: [{ status: f.status, start, end, observedOn: docDate, evidence }],
    evidence,
  };
}

const codes = (ms: readonly LocalMention[]) => [...new Set(ms.map((m) => m.code))];

/**
 * Schedule observations named by nouns in one sentence ("summit", "election", "a pause until July 9").
 * `prevMentions` stand in for the actors when the sentence names none ("The country faces an election").
 */
export function scheduleForSentence(
  view: SentenceView,
  docId: string,
  docDate: string | null,
  model: ExtractModel,
  prevMentions: readonly LocalMention[],
): ScheduleItem[] {
  const hits = nounHits(view, model);
  if (hits.length === 0) return [];
  const attr = attribute(view, model);
  const byTense = new Map<string, DateExpr[]>([["past", [...view.dates]]]);
  const datesIn = (tense: "past" | "future") => {
    const got = byTense.get(tense) ?? findDateExpressions(view.sentence.text, docDate, tense, model);
    byTense.set(tense, got);
    return got;
  };
  const out: ScheduleItem[] = [];
  hits.forEach((h, k) => {
    const w = { start: hits[k - 1]?.end ?? 0, end: hits[k + 1]?.npStart ?? view.text.length };
    const cue = statusCue(view, model, w);
    const tense = cue ? (cue.status === "held" ? "past" : "future") : sentenceTense(view, model);
    const exprs = datesIn(tense);
    const until = exprs.find(
      (e) => e.relation === "until" && e.start >= h.end && e.end <= w.end && e.date !== null,
    );
    if (h.noun.needsUntil && !until) return;
    const date = h.noun.needsUntil
      ? (until ?? null)
      : pickItemDate(exprs, w, cue?.status === "postponed" ? cue.end : null);
    const words = titleWords(view, model, h.start, h.end);
    const base = view.sentence.start;
    // A name in the noun phrase ("G7 summit", "NATO summit", "U.S.-Japan talks") needs no country prefix.
    const inNp =
      view.mentions.some((m) => m.start >= h.npStart && m.end <= h.start) ||
      view.sentence.tokens.some(
        (t) => t.pos === "PROPN" && t.start - base >= h.npStart && t.end - base <= h.start,
      );
    const named = inNp || words.slice(0, -1).some((x) => /[A-Z0-9]/.test(x));
    // Undated, unnamed talk of "the summit" needs a cancellation or postponement to be a calendar observation.
    const spoken = exprs.some((e) => e.start >= w.start && e.end <= w.end && e.relation !== "since");
    if (!spoken && !named && (!cue || cue.status === "held" || cue.status === "scheduled")) return;
    const place = placeAfter(view, h.end, w.end);
    // "in Washington" names where, not who.
    const isPlace = (m: LocalMention) => place !== null && m.start >= place.start && m.end <= place.end;
    const inWin = view.mentions.filter(
      (m) => m.start >= w.start && m.end <= w.end && !attr.excluded.has(m) && !isPlace(m),
    );
    const subject = clauseSubject(view, h.start, attr.excluded);
    const naming = NAMING_KINDS.has(h.noun.kind);
    const actorsFrom = inWin.length > 0 || !naming ? inWin : prevMentions;
    const titleFrom = naming ? (subject ? [subject] : actorsFrom.slice(0, 1)) : actorsFrom;
    let core = words.join(" ");
    if (h.noun.kind === "expiry") {
      const topic = findPhrases(model.titleTopics, view.text.slice(0, h.start)).pop();
      core = `${topic && words.length === 1 ? `${topic.value} ` : ""}${core} expiry`;
    }
    const prefix = inNp ? "" : titlePrefix(model, titleFrom);
    const status: ScheduleStatus = cue?.status ?? defaultStatus(date, docDate, tense);
    out.push(
      item(docId, view, docDate, {
        key: h.start,
        title: `${prefix} ${core}`.trim(),
        kind: h.noun.kind,
        date,
        place: place?.name ?? null,
        actors: codes(actorsFrom),
        status,
      }),
    );
  });
  return mergeSameKind(out);
}

/** Without a status word: a date before the document date was held, one after it is scheduled, else the tense decides. */
function defaultStatus(
  date: DateExpr | null,
  docDate: string | null,
  tense: "past" | "future",
): ScheduleStatus {
  if (date?.date && docDate && (date.dateEnd ?? date.date) < docDate) return "held";
  if (date?.date && docDate && date.date > docDate) return "scheduled";
  return tense === "past" ? "held" : "scheduled";
}

/** One sentence rarely names two different elections: "the polls … for the presidential election" is one item. */
function mergeSameKind(items: ScheduleItem[]): ScheduleItem[] {
  const out: ScheduleItem[] = [];
  for (const it of items) {
    const k = out.findIndex((o) => o.kind === it.kind);
    const prev = out[k];
    if (!prev) {
      out.push(it);
      continue;
    }
    const keep = prev.start === null && it.start !== null ? it : prev;
    out[k] = {
      ...keep,
      actors: [...new Set([...prev.actors, ...it.actors])],
      status: prev.status === "scheduled" ? it.status : prev.status,
    };
  }
  return out;
}

/** Past when the sentence has a past-tense verb and no future cue; otherwise future. */
function sentenceTense(view: SentenceView, model: ExtractModel): "past" | "future" {
  if (cueHits(model, "future", view.text).length > 0) return "future";
  const base = view.sentence.start;
  const past = view.sentence.tokens.some(
    (t) =>
      (t.pos === "VERB" || t.pos === "AUX") &&
      (/ed$/.test(t.lower) || cueHits(model, "past", t.text).some((h) => h.start === 0)),
  );
  return past || cueHits(model, "past", view.text.slice(0, view.sentence.end - base)).length > 0
    ? "past"
    : "future";
}

const EVENT_STATUS: Partial<Record<Event["status"], ScheduleStatus>> = {
  occurred: "held",
  reported: "held",
  scheduled: "scheduled",
  cancelled: "cancelled",
  postponed: "postponed",
};

/**
 * Schedule observations from coded events whose CAMEO code is a meeting or visit (data/extract/schedule-events.txt).
 * An event whose sentence already gave a noun-based item only adds its actors to that item.
 */
export function scheduleFromEvents(
  events: readonly Event[],
  views: ReadonlyMap<number, SentenceView>,
  items: ScheduleItem[],
  docId: string,
  docDate: string | null,
  model: ExtractModel,
): ScheduleItem[] {
  const out = [...items];
  for (const ev of events) {
    const rule = model.scheduleEvents
      .filter((r) => ev.code.startsWith(r.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const status = rule ? (rule.status ?? EVENT_STATUS[ev.status]) : undefined;
    const view = views.get(ev.evidence.sentence);
    if (!rule || !status || !view) continue;
    const actors = [ev.source.code, ...(ev.target ? [ev.target.code] : [])];
    const same = out.findIndex(
      (it) =>
        it.evidence.sentence === ev.evidence.sentence &&
        !["election", "vote", "deadline", "expiry"].includes(it.kind),
    );
    const prev = out[same];
    if (prev) {
      out[same] = { ...prev, actors: [...new Set([...prev.actors, ...actors])] };
      continue;
    }
    const fake: LocalMention[] = actors.map((code) => ({
      start: 0,
      end: 0,
      code,
      text: code,
      country: /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : null,
      kind: "state",
    }));
    const date: DateExpr | null = ev.date
      ? {
          start: 0,
          end: 0,
          text: "",
          date: ev.date,
          dateEnd: ev.dateEnd,
          precision: ev.datePrecision,
          relation: "at",
          fiscal: false,
          label: null,
        }
      : null;
    out.push(
      item(docId, view, docDate, {
        key: ev.evidence.start,
        title: `${titlePrefix(model, fake)} ${rule.noun}`.trim(),
        kind: rule.kind,
        date,
        place: placeAfter(view, 0, view.text.length)?.name ?? null,
        actors: [...new Set(actors)],
        status,
      }),
    );
  }
  return out;
}
