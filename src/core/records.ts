import { z } from "zod";

/** Status of an event or a schedule item, as the sentence presents it. */
export const EventStatus = z.enum([
  "occurred",
  "scheduled",
  "postponed",
  "cancelled",
  "hypothetical",
  "negated",
  "demanded",
  "threatened",
  "reported",
]);
export type EventStatus = z.infer<typeof EventStatus>;

/** How a document's published date was known. */
export const DateBasis = z.enum(["input", "stated", "inferred-from-text", "unknown"]);
export type DateBasis = z.infer<typeof DateBasis>;

/** Precision of a resolved date. */
export const DatePrecision = z.enum(["day", "month", "year", "range", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One input document: an article, a passage or a single sentence. */
export const DocumentRecord = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  dateBasis: DateBasis,
  ingestedAt: z.string(),
  text: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** Where a record came from in its document: character offsets into the document text. */
export const Evidence = z.object({
  docId: z.string(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

/** An actor as an event names it: a resolved code plus the words that named it. */
export const ActorRef = z.object({
  code: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  entry: z.string().nullable(),
});
export type ActorRef = z.infer<typeof ActorRef>;

/** One coded event: who did what to whom, with status, date and evidence. */
export const Event = z.object({
  id: z.string(),
  source: ActorRef,
  target: ActorRef.nullable(),
  code: z.string(),
  root: z.string(),
  label: z.string(),
  plover: z.string().nullable(),
  mode: z.string().nullable(),
  auxMode: z.enum(["future", "hypothetical", "negation"]).nullable(),
  goldstein: z.number(),
  quad: z.number().int().min(1).max(4),
  status: EventStatus,
  date: IsoDate.nullable(),
  dateEnd: IsoDate.nullable(),
  datePrecision: DatePrecision,
  claimant: z.string().nullable(),
  outlet: z.string().nullable(),
  evidence: Evidence,
  pattern: z.string(),
  dictVersion: z.string(),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

/** Units of a claim value: a closed set (ISO 4217 codes for money). */
export const ClaimUnit = z.string().regex(/^(percent_gdp|percent|count|[A-Z]{3})$/);

/** A figure attributed to an actor, with who claimed it and who reported it. */
export const Claim = z.object({
  id: z.string(),
  subject: z.string().nullable(),
  subjectText: z.string().nullable(),
  metric: z.string(),
  metricText: z.string().nullable(),
  value: z.number(),
  unit: ClaimUnit,
  qualifier: z.enum(["over", "about", "up_to", "at_least", "under", "exactly"]).nullable(),
  kind: z.enum(["actual", "demanded", "proposed", "target", "forecast"]),
  change: z
    .object({
      direction: z.enum(["up", "down"]),
      value: z.number(),
      unit: ClaimUnit,
      from: z.number().nullable(),
    })
    .nullable(),
  period: z.string().nullable(),
  claimant: z.object({ code: z.string().nullable(), text: z.string() }).nullable(),
  outlet: z.string().nullable(),
  linkedTo: z.string().nullable(),
  evidence: Evidence,
});
export type Claim = z.infer<typeof Claim>;

/** Kinds of scheduled items on the calendar. */
export const ScheduleKind = z.enum(["meeting", "summit", "election", "deadline", "visit", "vote", "talks", "expiry"]);
export type ScheduleKind = z.infer<typeof ScheduleKind>;

/** Lifecycle status of a schedule item. */
export const ScheduleStatus = z.enum(["scheduled", "postponed", "cancelled", "held"]);
export type ScheduleStatus = z.infer<typeof ScheduleStatus>;

/** One change in a schedule item's life, with the document that reported it. */
export const ScheduleChange = z.object({
  status: ScheduleStatus,
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  observedOn: IsoDate.nullable(),
  evidence: Evidence,
});
export type ScheduleChange = z.infer<typeof ScheduleChange>;

/** A meeting, summit, election, vote or deadline on the calendar, through its lifecycle. */
export const ScheduleItem = z.object({
  id: z.string(),
  title: z.string(),
  kind: ScheduleKind,
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  precision: DatePrecision,
  place: z.string().nullable(),
  actors: z.array(z.string()),
  status: ScheduleStatus,
  history: z.array(ScheduleChange),
  evidence: Evidence,
});
export type ScheduleItem = z.infer<typeof ScheduleItem>;

/** The result of analysing one document. */
export const Analysis = z.object({
  document: DocumentRecord,
  events: z.array(Event),
  claims: z.array(Claim),
  schedule: z.array(ScheduleItem),
});
export type Analysis = z.infer<typeof Analysis>;

/** One line of `dyad code` output: the stable batch contract. */
export const CodeLineEvent = z.object({
  source: z.string(),
  target: z.string().nullable(),
  code: z.string(),
  root: z.string(),
  plover: z.string().nullable(),
  mode: z.string().nullable(),
  goldstein: z.number(),
  quad: z.number().int(),
  status: EventStatus,
  date: IsoDate.nullable(),
  sourceText: z.string(),
  targetText: z.string().nullable(),
  evidence: z.object({ start: z.number().int(), end: z.number().int() }),
  pattern: z.string(),
});
export type CodeLineEvent = z.infer<typeof CodeLineEvent>;

/** Output of `dyad code` for one input line: events, or an error object. */
export const CodeLineOutput = z.union([
  z.object({ id: z.union([z.string(), z.number(), z.null()]), events: z.array(CodeLineEvent) }),
  z.object({
    id: z.union([z.string(), z.number(), z.null()]),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
export type CodeLineOutput = z.infer<typeof CodeLineOutput>;
