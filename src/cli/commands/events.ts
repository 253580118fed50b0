import { Option } from "commander";
import { UsageError } from "../../core/index.js";
import { renderEventsTable } from "../../query/index.js";
import { DEFAULT_DB, type EventQuery, withStore } from "../../store/index.js";
import { isIsoDate } from "../code-lines.js";
import type { RegisterCommands } from "../env.js";

interface EventsOptions {
  db: string;
  actor?: string;
  between?: string[];
  from?: string;
  to?: string;
  root?: string;
  status?: string;
  limit?: number;
  json?: boolean;
}

const ACTOR_CODE = /^[A-Za-z0-9-]{1,30}$/;

/** Checks an actor code prefix given on the command line. */
export function checkActor(flag: string, code: string): string {
  if (!ACTOR_CODE.test(code))
    throw new UsageError(`${flag} takes an actor code or prefix like JPN or JPNGOV, got "${code}"`);
  return code.toUpperCase();
}

/** Checks a YYYY-MM-DD date given on the command line. */
export function checkDate(flag: string, date: string): string {
  if (!isIsoDate(date)) throw new UsageError(`${flag} must be YYYY-MM-DD, got "${date}"`);
  return date;
}

/** Turns the command-line flags into a store query, or throws UsageError. */
export function eventQuery(opts: EventsOptions): EventQuery {
  const q: { -readonly [K in keyof EventQuery]: EventQuery[K] } = {};
  if (opts.actor !== undefined) q.actor = checkActor("--actor", opts.actor);
  if (opts.between !== undefined) {
    const [a, b, ...rest] = opts.between;
    if (a === undefined || b === undefined || rest.length > 0)
      throw new UsageError("--between takes two actor codes");
    q.between = [checkActor("--between", a), checkActor("--between", b)];
  }
  if (opts.from !== undefined) q.from = checkDate("--from", opts.from);
  if (opts.to !== undefined) q.to = checkDate("--to", opts.to);
  if (opts.root !== undefined) {
    if (!/^\d{2}$/.test(opts.root))
      throw new UsageError(`--root takes a two-digit CAMEO root like 12, got "${opts.root}"`);
    q.root = opts.root;
  }
  if (opts.status !== undefined) q.status = opts.status;
  if (opts.limit !== undefined) {
    if (!Number.isInteger(opts.limit) || opts.limit < 1)
      throw new UsageError("--limit must be a whole number ≥ 1");
    q.limit = opts.limit;
  }
  return q;
}

/** `dyad events`: stored events, filtered, as a table or JSON lines (one Event object per line). */
export const registerEventsCommand: RegisterCommands = (program, env) => {
  program
    .command("events")
    .description("list stored events (table, or --json: one Event object per line)")
    .option("--db <path>", "SQLite file or postgres:// URL to read", DEFAULT_DB)
    .option("--actor <code>", "source or target code starts with this (JPN matches JPNGOV)")
    .option("--between <codes...>", "two codes: events between them in either direction")
    .option("--from <YYYY-MM-DD>", "event date on or after")
    .option("--to <YYYY-MM-DD>", "event date on or before")
    .option("--root <NN>", "CAMEO root code, e.g. 12 (reject)")
    .option("--status <status>", "occurred, scheduled, cancelled, threatened, …")
    .addOption(new Option("--limit <n>", "at most n events").argParser((v) => Number.parseInt(v, 10)))
    .option("--json", "print JSON lines, one Event per line")
    .action(async (opts: EventsOptions) => {
      const query = eventQuery(opts);
      const events = await withStore(opts.db, { mustExist: true }, (s) => s.listEvents(query));
      if (opts.json) for (const e of events) env.out(JSON.stringify(e));
      else env.out(renderEventsTable(events));
    });
};
