export { type IcsOptions, lifecycle, renderCalendar, scheduleToIcs } from "./_calendar.js";
export { renderEventsTable } from "./_events.js";
export { buildLedger, formatValue, type LedgerGroup, renderLedger } from "./_ledger.js";
