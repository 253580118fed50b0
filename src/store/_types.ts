import type { Analysis, Claim, DocumentRecord, Event, ScheduleItem } from "../core/index.js";

/** Filters for events; every field narrows the result, all optional. */
export interface EventQuery {
  /** Actor code prefix matched against source or target: "JPN" matches JPNGOV. */
  readonly actor?: string;
  /** Two code prefixes; events between them in either direction. */
  readonly between?: readonly [string, string];
  /** Inclusive ISO date bounds on the event date (undated events are left out when a bound is given). */
  readonly from?: string;
  readonly to?: string;
  /** CAMEO root code, e.g. "12". */
  readonly root?: string;
  readonly status?: string;
  readonly limit?: number;
}

/** Filters for claims. */
export interface ClaimQuery {
  /** Subject code prefix: "JPN" matches JPN and JPNGOV. */
  readonly subject?: string;
  /** Exact metric name, e.g. "defense_spending". */
  readonly metric?: string;
  readonly limit?: number;
}

/** Filters for linked schedule items. */
export interface ScheduleQuery {
  /** Items overlapping [from, to] (inclusive ISO dates); undated items are left out when a bound is given. */
  readonly from?: string;
  readonly to?: string;
  /** Actor code prefix matched against any of the item's actors. */
  readonly actor?: string;
  readonly status?: string;
  readonly limit?: number;
}

/** What one save wrote. */
export interface SaveResult {
  readonly docId: string;
  /** True when the document was stored before and its rows were replaced. */
  readonly replaced: boolean;
  readonly events: number;
  readonly claims: number;
  /** Schedule observations written for this document. */
  readonly observations: number;
  /** Linked schedule items rewritten (created, merged into or re-linked) by this save. */
  readonly scheduleItems: number;
}

/** Persistent home of analyses; SQLite and PostgreSQL implement it and pass one contract suite. */
export interface Store {
  /** Which backend this is. */
  readonly kind: "sqlite" | "postgres";
  /** Saves one analysis in one transaction; saving the same document again replaces its rows. */
  saveAnalysis(analysis: Analysis): Promise<SaveResult>;
  /** Saves many analyses in one transaction (all or none), each as saveAnalysis would; much faster for bulk loads. */
  saveAnalyses(analyses: readonly Analysis[]): Promise<SaveResult[]>;
  /** The document as saved, or null. */
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** The analysis as saved (schedule items as that document observed them, before linking), or null. */
  getAnalysis(id: string): Promise<Analysis | null>;
  /** Events by date (undated last), then document and position. */
  listEvents(query?: EventQuery): Promise<Event[]>;
  /** Claims by subject, metric and period, then document and position. */
  listClaims(query?: ClaimQuery): Promise<Claim[]>;
  /** Linked schedule items by start date (undated last). */
  listSchedule(query?: ScheduleQuery): Promise<ScheduleItem[]>;
  /** Releases the connection or pool. */
  close(): Promise<void>;
}
