import {
  type Event,
  type Evidence,
  type ScheduleItem,
  type ScheduleStatus,
  shortHash,
} from "../core/index.js";
import type { ExtractModel, ScheduleNoun } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";
import { kindFamily } from "../link/index.js";
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
import type { DateExpr } from "./01-dates.js";

const NAMING_KINDS = new Set(["election", "vote", "deadline", "expiry"]);

interface NounHit {
  /** Start of the noun phrase ("the U.S.-Japan 2+2 talks" starts at "U.S."). */
  readonly npStart: number;
  readonly start: number;
  readonly end: number;
  readonly noun: ScheduleNoun;
  readonly text: string;
}

/**
 * "Americans vote in an election": a kind noun right after a plural name or noun (no determiner before it) and before
 * a preposition, with no verb earlier in the sentence, is the clause's verb, not a schedule noun.
 */
function readsAsVerb(view: SentenceView, k: number): boolean {
  const toks = view.sentence.tokens;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (!prev || next?.pos !== "ADP") return false;
  if (!(prev.pos === "PROPN" || prev.pos === "NOUN") || !/[^'’s]s$/i.test(prev.text)) return false;
  if (toks[k - 2]?.pos === "DET") return false;
  return !toks.slice(0, k).some((t) => t.pos === "VERB" || t.pos === "AUX");
}

function nounHits(view: SentenceView, model: ExtractModel): NounHit[] {
  const base = view.sentence.start;
  return findPhrases(model.scheduleNouns, view.text)
    .filter((h) => {
      const k = view.sentence.tokens.findIndex((t) => t.start - base === h.start);
      const tok = view.sentence.tokens[k];
      return tok?.pos !== "VERB" && !(k >= 0 && readsAsVerb(view, k));
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
  earlier: readonly ScheduleItem[] = [],
): ScheduleItem[] {
  const hits = nounHits(view, model);
  const expiring = expiryVerbItems(view, docId, docDate, model);
  if (hits.length === 0) return expiring;
  const attr = attribute(view, model);
  const out: ScheduleItem[] = [];
  hits.forEach((h, k) => {
    const w = { start: hits[k - 1]?.end ?? 0, end: hits[k + 1]?.npStart ?? view.text.length };
    const cue = statusCue(view, model, w);
    const tense = cue ? (cue.status === "held" ? "past" : "future") : sentenceTense(view, model);
    const exprs = view.datesIn(tense);
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
    // "Americans vote in a presidential election": a name earlier in the sentence beats the previous sentence's.
    const inSentence = view.mentions.filter(
      (m) => m.end <= h.npStart && m.country !== null && !attr.excluded.has(m) && !isPlace(m),
    );
    const actorsFrom =
      inWin.length > 0 || !naming ? inWin : inSentence.length > 0 ? inSentence.slice(-1) : prevMentions;
    const titleFrom = naming ? (subject ? [subject] : actorsFrom.slice(0, 1)) : actorsFrom;
    let core = words.join(" ");
    if (h.noun.kind === "expiry") {
      const topic = findPhrases(model.titleTopics, view.text.slice(0, h.start)).pop();
      core = `${topic && words.length === 1 ? `${topic.value} ` : ""}${core} expiry`;
    }
    const prefix = inNp ? "" : titlePrefix(model, titleFrom);
    // An expiry after the document date is still ahead, whatever the verb's tense says. With no document date, a
    // pause or truce "until" a date that the sentence says holds now ("has imposed … with a pause until July 9") is
    // still ahead too.
    const expiryTense = until && !docDate && cue === null && holdsNow(view) ? "future" : tense;
    const status: ScheduleStatus =
      h.noun.kind === "expiry" && (cue === null || cue.status === "held")
        ? defaultStatus(date, docDate, expiryTense)
        : (cue?.status ?? defaultStatus(date, docDate, tense));
    // "the meeting" with no name of its own is the meeting of that kind spoken of last in the document.
    const definite = /\bthe\s+$/i.test(view.text.slice(Math.max(0, h.npStart - 5), h.npStart));
    const antecedent =
      definite && !named && words.length === 1
        ? [...earlier]
            .reverse()
            .find(
              (e) =>
                sameFamily(e.kind, h.noun.kind) &&
                e.title !== words[0] &&
                actorsFit(e.actors, codes(actorsFrom)),
            )
        : undefined;
    out.push(
      item(docId, view, docDate, {
        key: h.start,
        title: antecedent?.title ?? `${prefix} ${core}`.trim(),
        kind: antecedent?.kind ?? h.noun.kind,
        date,
        place: place?.name ?? antecedent?.place ?? null,
        actors: [...new Set([...(antecedent?.actors ?? []), ...codes(actorsFrom)])],
        status,
      }),
    );
  });
  // A noun item of the same date ("the deadline … expires on September 1") already says it.
  const dated = new Set(out.map((o) => o.start));
  return mergeSameKind([...out, ...expiring.filter((e) => !dated.has(e.start))]);
}

/** Kinds of one family (a meeting and talks) can be the same gathering. */
function sameFamily(a: ScheduleItem["kind"], b: ScheduleItem["kind"]): boolean {
  return kindFamily(a) === kindFamily(b);
}

/** Actor lists that can name the same parties: either is empty, or they share a country. */
function actorsFit(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.slice(0, 3) === y.slice(0, 3)));
}

/**
 * "a quota deal that expires on December 31": an expiry item named by the noun phrase before the verb and dated by
 * the date right after it (cue group `expiry`).
 */
function expiryVerbItems(
  view: SentenceView,
  docId: string,
  docDate: string | null,
  model: ExtractModel,
): ScheduleItem[] {
  const out: ScheduleItem[] = [];
  if (view.dates.length === 0) return out;
  for (const v of cueHits(model, "expiry", view.text)) {
    const date = view.dates.find(
      (e) =>
        e.date !== null &&
        e.end > v.end &&
        e.start <= v.end + 4 &&
        /^\s*(?:on\s+|in\s+|at\s+)?$/i.test(view.text.slice(v.end, Math.max(v.end, e.start))) &&
        e.relation !== "since",
    );
    if (!date) continue;
    const head = view.text
      .slice(0, v.start)
      .replace(/\s*(?:,\s*)?(?:that|which|will|would|is set to|is due to|is to)?\s*$/i, "");
    const from = phraseStart(view, model, head.length);
    const words = head
      .slice(from)
      .split(/\s+/)
      .filter((w) => w !== "" && !model.titleDrop.has(w.toLowerCase()));
    const topic = words.length === 0 ? findPhrases(model.titleTopics, head).pop()?.value : undefined;
    const core = [...words, ...(topic ? [topic] : []), "expiry"].join(" ");
    const actors = view.mentions.filter((m) => m.country !== null && m.kind !== "person");
    const dated: DateExpr = { ...date, relation: "at" };
    out.push(
      item(docId, view, docDate, {
        key: v.start,
        title: `${titlePrefix(model, actors)} ${core}`.trim(),
        kind: "expiry",
        date: dated,
        place: null,
        actors: codes(actors),
        status: defaultStatus(dated, docDate, "future"),
      }),
    );
  }
  return out;
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
/** The sentence's verb states what holds at the time of writing: a present or present-perfect auxiliary. */
function holdsNow(view: SentenceView): boolean {
  return view.sentence.tokens.some((t) => t.pos === "AUX" && /^(?:has|have|is|are|remains?)$/.test(t.lower));
}

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
    // The event's date is the document date when its sentence names none: no date for a planned or called-off item.
    const spoken = view.dates.some((e) => e.date !== null && e.relation !== "since");
    const date: DateExpr | null =
      ev.date && (spoken || status === "held")
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
