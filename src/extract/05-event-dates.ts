import type { Event, EventStatus } from "../core/index.js";
import type { DateExpr, Tense } from "./01-dates.js";

/** The tense in which an event's date expressions are read: plans, demands and threats look forward. */
export function tenseOfStatus(status: EventStatus): Tense {
  return status === "scheduled" ||
    status === "demanded" ||
    status === "threatened" ||
    status === "hypothetical"
    ? "future"
    : "past";
}

const rank = (e: DateExpr) =>
  e.relation === "at"
    ? e.precision === "day" || e.precision === "range"
      ? 0
      : e.precision === "month"
        ? 1
        : 3
    : 2;

/** The expression that dates the event: day or range first, then month, a relation, a year; the first on ties. */
function bestExpression(ev: Event, exprs: readonly DateExpr[]): DateExpr | undefined {
  const usable = exprs.filter(
    (e) => e.relation !== "object" || ev.status === "scheduled" || ev.status === "postponed",
  );
  return usable.sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0];
}

/**
 * Dates an event from its sentence's date expressions (resolved in the event's tense) and the document date.
 * "since X" gives X..document date, "until X"/"by X" give document date..X (precision range); with no expression an
 * event that happened takes the document date and a scheduled one stays undated.
 */
export function dateEvent(
  ev: Event,
  exprs: readonly DateExpr[],
  docDate: string | null,
): Pick<Event, "date" | "dateEnd" | "datePrecision"> {
  const best = exprs.length === 0 ? undefined : bestExpression(ev, exprs);
  if (!best) {
    if (ev.status === "scheduled" || docDate === null)
      return { date: null, dateEnd: null, datePrecision: "unknown" };
    return { date: docDate, dateEnd: null, datePrecision: "day" };
  }
  if (best.date === null) return { date: null, dateEnd: null, datePrecision: "unknown" };
  if (best.relation === "since" || best.relation === "from")
    return { date: best.date, dateEnd: docDate, datePrecision: "range" };
  if (best.relation === "until" || best.relation === "by")
    return { date: docDate, dateEnd: best.dateEnd ?? best.date, datePrecision: "range" };
  return { date: best.date, dateEnd: best.dateEnd, datePrecision: best.precision };
}
