import { createEvents, type EventAttributes } from "ics";
import { AppError, type ScheduleItem, type ScheduleStatus } from "../core/index.js";
import { clip, table } from "./_text.js";

/** Dates of an item for people: "2025-06-15..2025-06-17", "2025-07-01", or "-" when unknown. */
function dates(item: ScheduleItem): string {
  if (item.start === null) return "-";
  return item.end !== null && item.end !== item.start ? `${item.start}..${item.end}` : item.start;
}

/** The status path, e.g. "scheduled 2025-07-01 > postponed 2025-09-10 > cancelled". */
export function lifecycle(item: ScheduleItem): string {
  const steps: string[] = [];
  for (const h of item.history) {
    const step = h.start !== null && h.status !== "cancelled" ? `${h.status} ${h.start}` : h.status;
    if (steps[steps.length - 1] !== step) steps.push(step);
  }
  return steps.length > 0 ? steps.join(" > ") : item.status;
}

/** Renders linked schedule items as a table: dates, kind, title, status, place, actors, lifecycle. */
export function renderCalendar(items: readonly ScheduleItem[]): string {
  if (items.length === 0) return "No schedule items.";
  const rows = items.map((i) => [
    dates(i),
    i.kind,
    clip(i.title, 40),
    i.status,
    i.place ?? "-",
    clip(i.actors.join(",") || "-", 24),
    clip(lifecycle(i), 60),
  ]);
  const body = table(["DATE", "KIND", "TITLE", "STATUS", "PLACE", "ACTORS", "HISTORY"], rows);
  return `${body}\n${items.length} item${items.length === 1 ? "" : "s"}`;
}

const ICS_STATUS: Readonly<Record<ScheduleStatus, "CANCELLED" | "TENTATIVE" | "CONFIRMED">> = {
  cancelled: "CANCELLED",
  postponed: "TENTATIVE",
  scheduled: "CONFIRMED",
  held: "CONFIRMED",
};

function dateArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
}

/** The day after an ISO date (iCalendar all-day events end exclusively). */
function nextDay(iso: string): [number, number, number] {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** History lines in a VEVENT description; a much-reported meeting would otherwise carry dozens. */
const MAX_DESCRIBED_CHANGES = 8;

function description(item: ScheduleItem): string {
  const lines = [`Evidence: ${item.evidence.text}`, `Status: ${lifecycle(item)}`];
  for (const h of item.history.slice(0, MAX_DESCRIBED_CHANGES)) {
    lines.push(
      `${h.observedOn ?? "undated"} ${h.status}${h.start ? ` ${h.start}` : ""}: ${h.evidence.text} [${h.evidence.docId}]`,
    );
  }
  const more = item.history.length - MAX_DESCRIBED_CHANGES;
  if (more > 0) lines.push(`… ${more} more report${more === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/** Options for the .ics export. */
export interface IcsOptions {
  /** DTSTAMP of every VEVENT (default: now); fixed in tests for stable output. */
  readonly stamp?: Date;
}

/**
 * Exports dated schedule items as an iCalendar file, one all-day VEVENT per item (undated items are left out and
 * counted); the status maps to STATUS:CANCELLED, TENTATIVE (postponed, or not known to the day) or CONFIRMED.
 */
export function scheduleToIcs(
  items: readonly ScheduleItem[],
  options: IcsOptions = {},
): { ics: string; skipped: number } {
  const dated = items.filter((i): i is ScheduleItem & { start: string } => i.start !== null);
  const stamp = (options.stamp ?? new Date()).getTime();
  const events = dated.map(
    (item) =>
      ({
        uid: `${item.id}@dyad`,
        title: item.title,
        start: dateArray(item.start),
        end: nextDay(item.end ?? item.start),
        status:
          item.status === "scheduled" && item.precision !== "day" ? "TENTATIVE" : ICS_STATUS[item.status],
        description: description(item),
        categories: [item.kind],
        timestamp: stamp,
        ...(item.place !== null ? { location: item.place } : {}),
      }) as EventAttributes,
  );
  const { error, value } = createEvents(events, { productId: "dyad", calName: "Dyad calendar" });
  if (error || value === null)
    throw new AppError("ics_failed", `cannot build .ics: ${error?.message ?? "no output"}`, error);
  return { ics: value, skipped: items.length - dated.length };
}
