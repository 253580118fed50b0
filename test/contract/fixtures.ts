import {
  Analysis,
  Claim,
  DocumentRecord,
  Event,
  type Evidence,
  ScheduleItem,
  type ScheduleStatus,
  shortHash,
} from "../../src/core/index.js";

/** Hand-made records, valid per the core schemas; fictional actors of our own (RUR, OST, BOR). */

export function evidence(docId: string, sentence: number, text: string): Evidence {
  return { docId, sentence, start: sentence * 100, end: sentence * 100 + text.length, text };
}

export function doc(
  id: string,
  published: string | null,
  outlet: string | null = "The Daily Ledger",
): DocumentRecord {
  return DocumentRecord.parse({
    id,
    source: `file:${id}.txt`,
    url: outlet ? `https://news.example/${id}` : null,
    outlet,
    title: `Report ${id}`,
    published,
    dateBasis: published ? "input" : "unknown",
    ingestedAt: "2025-06-21T08:00:00.000Z",
    text: `Body of ${id}. Ruritania's cabinet met on Tuesday.\nA second paragraph with "quotes" and ünïcödé.`,
  });
}

export interface EventSpec {
  source: string;
  target?: string | null;
  code?: string;
  status?: Event["status"];
  date?: string | null;
  sentence?: number;
}

export function event(docId: string, s: EventSpec): Event {
  const code = s.code ?? "036";
  const sentence = s.sentence ?? 0;
  return Event.parse({
    id: `e${shortHash(docId, sentence, s.source, s.target ?? null, code)}`,
    source: { code: s.source, text: `the ${s.source} side`, start: 0, end: 10, entry: `actors:${s.source}` },
    target: s.target
      ? { code: s.target, text: `the ${s.target} side`, start: 20, end: 30, entry: null }
      : null,
    code,
    root: code.slice(0, 2),
    label: `label ${code}`,
    plover: code.startsWith("12") ? "REJECT" : "CONSULT",
    mode: null,
    auxMode: null,
    goldstein: code.startsWith("12") ? -4.5 : 4,
    quad: code.startsWith("12") ? 3 : 1,
    status: s.status ?? "occurred",
    date: s.date === undefined ? "2025-06-20" : s.date,
    dateEnd: null,
    datePrecision: s.date === null ? "unknown" : "day",
    claimant: null,
    outlet: "The Daily Ledger",
    evidence: evidence(docId, sentence, `${s.source} did ${code} to ${s.target ?? "nobody"}.`),
    pattern: "verbs:test-001",
    dictVersion: "cameo@1+verbs@1",
    confidence: 0.75,
  });
}

export interface ClaimSpec {
  subject: string | null;
  metric: string;
  value: number;
  unit?: string;
  period?: string | null;
  kind?: Claim["kind"];
  claimant?: string | null;
  outlet?: string | null;
  sentence?: number;
  text?: string;
}

export function claim(docId: string, s: ClaimSpec): Claim {
  const sentence = s.sentence ?? 0;
  return Claim.parse({
    id: `c${shortHash(docId, sentence, s.metric, s.value)}`,
    subject: s.subject,
    subjectText: s.subject ? `the ${s.subject} side` : null,
    metric: s.metric,
    metricText: s.metric.replace(/_/g, " "),
    value: s.value,
    unit: s.unit ?? "percent_gdp",
    qualifier: null,
    kind: s.kind ?? "actual",
    change: null,
    period: s.period === undefined ? "2025" : s.period,
    claimant:
      s.claimant === null
        ? null
        : { code: s.claimant ?? "OSTGOV", text: `officials of ${s.claimant ?? "OSTGOV"}` },
    outlet: s.outlet === undefined ? "The Daily Ledger" : s.outlet,
    linkedTo: null,
    evidence: evidence(docId, sentence, s.text ?? `${s.subject} ${s.metric} stands at ${s.value}.`),
  });
}

export interface ScheduleSpec {
  title?: string;
  kind?: ScheduleItem["kind"];
  status: ScheduleStatus;
  start: string | null;
  end?: string | null;
  observedOn: string | null;
  actors?: string[];
  place?: string | null;
  sentence?: number;
  text?: string;
}

/** One schedule observation as the extract stage emits it: a single history entry. */
export function scheduled(docId: string, s: ScheduleSpec): ScheduleItem {
  const sentence = s.sentence ?? 0;
  const ev = evidence(docId, sentence, s.text ?? `The ${s.title ?? "2+2 meeting"} is ${s.status}.`);
  const end = s.end === undefined ? s.start : s.end;
  return ScheduleItem.parse({
    id: `s${shortHash(docId, sentence, s.title ?? "2+2 meeting")}`,
    title: s.title ?? "Ruritania-Osterlich 2+2 meeting",
    kind: s.kind ?? "meeting",
    start: s.start,
    end,
    precision: s.start ? "day" : "unknown",
    place: s.place === undefined ? "Strelsau" : s.place,
    actors: s.actors ?? ["RURGOV", "OSTGOV"],
    status: s.status,
    history: [{ status: s.status, start: s.start, end, observedOn: s.observedOn, evidence: ev }],
    evidence: ev,
  });
}

export function analysis(
  document: DocumentRecord,
  parts: { events?: Event[]; claims?: Claim[]; schedule?: ScheduleItem[] } = {},
): Analysis {
  return Analysis.parse({
    document,
    events: parts.events ?? [],
    claims: parts.claims ?? [],
    schedule: parts.schedule ?? [],
  });
}
