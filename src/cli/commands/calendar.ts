import { writeFileSync } from "node:fs";
import { AppError } from "../../core/index.js";
import { renderCalendar, scheduleToIcs } from "../../query/index.js";
import { DEFAULT_DB, type ScheduleQuery, withStore } from "../../store/index.js";
import type { RegisterCommands } from "../env.js";
import { checkActor, checkDate } from "./events.js";

interface CalendarOptions {
  db: string;
  from?: string;
  to?: string;
  actor?: string;
  ics?: string;
  json?: boolean;
}

/** `dyad calendar`: linked schedule items (meetings, summits, elections…) with their lifecycle; `.ics` export. */
export const registerCalendarCommand: RegisterCommands = (program, env) => {
  program
    .command("calendar")
    .description(
      "scheduled items across documents with their lifecycle (scheduled > postponed > cancelled/held)",
    )
    .option("--db <path>", "SQLite file or postgres:// URL to read", DEFAULT_DB)
    .option("--from <YYYY-MM-DD>", "items ending on or after")
    .option("--to <YYYY-MM-DD>", "items starting on or before")
    .option("--actor <code>", "an actor code starts with this (JPN matches JPNGOV)")
    .option("--ics <file>", "also write an iCalendar file (- for stdout instead of the table)")
    .option("--json", "print JSON lines, one ScheduleItem per line")
    .action(async (opts: CalendarOptions) => {
      const query: { -readonly [K in keyof ScheduleQuery]: ScheduleQuery[K] } = {};
      if (opts.from !== undefined) query.from = checkDate("--from", opts.from);
      if (opts.to !== undefined) query.to = checkDate("--to", opts.to);
      if (opts.actor !== undefined) query.actor = checkActor("--actor", opts.actor);
      const items = await withStore(opts.db, { mustExist: true }, (s) => s.listSchedule(query));
      if (opts.ics !== undefined) {
        const { ics, skipped } = scheduleToIcs(items);
        if (opts.ics === "-") {
          env.out(ics);
          return;
        }
        try {
          writeFileSync(opts.ics, ics);
        } catch (cause) {
          throw new AppError("write_failed", `cannot write ${opts.ics}: ${(cause as Error).message}`, cause);
        }
        env.err(
          `wrote ${items.length - skipped} item(s) to ${opts.ics}${skipped ? `; ${skipped} undated left out` : ""}`,
        );
      }
      if (opts.json) for (const i of items) env.out(JSON.stringify(i));
      else env.out(renderCalendar(items));
    });
};
