import type { Event } from "../core/index.js";
import { clip, table } from "./_text.js";

/** Width of the evidence snippet in the events table. */
const SNIPPET = 60;

/** One event as a table row: date, source, target, code and label, status, evidence snippet. */
function eventRow(e: Event): string[] {
  const date =
    e.date === null ? "-" : e.dateEnd !== null && e.dateEnd !== e.date ? `${e.date}..${e.dateEnd}` : e.date;
  return [
    date,
    e.source.code,
    e.target?.code ?? "-",
    clip(`${e.code} ${e.label}`, 36),
    e.status,
    clip(e.evidence.text, SNIPPET),
  ];
}

/**
 * Renders events as a human-readable table, one line per event, with a count line.
 *
 * @example renderEventsTable(await store.listEvents({ actor: "JPN" }))
 */
export function renderEventsTable(events: readonly Event[]): string {
  if (events.length === 0) return "No events.";
  const body = table(["DATE", "SOURCE", "TARGET", "CODE", "STATUS", "EVIDENCE"], events.map(eventRow));
  return `${body}\n${events.length} event${events.length === 1 ? "" : "s"}`;
}
