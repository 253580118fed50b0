import { buildLedger, renderLedger } from "../../query/index.js";
import { type ClaimQuery, DEFAULT_DB, withStore } from "../../store/index.js";
import type { RegisterCommands } from "../env.js";
import { checkActor } from "./events.js";

interface ClaimsOptions {
  db: string;
  subject?: string;
  metric?: string;
  json?: boolean;
}

/** `dyad claims`: the claims ledger, figures grouped by subject, metric and period, disagreements flagged. */
export const registerClaimsCommand: RegisterCommands = (program, env) => {
  program
    .command("claims")
    .description("the claims ledger: figures by subject, metric and period, disagreeing values side by side")
    .option("--db <path>", "SQLite file or postgres:// URL to read", DEFAULT_DB)
    .option("--subject <code>", "subject code starts with this (JPN matches JPNGOV)")
    .option("--metric <name>", "metric name, e.g. defense_spending")
    .option(
      "--json",
      "print JSON lines, one ledger group per line: {subject, metric, period, disagreements, claims}",
    )
    .action(async (opts: ClaimsOptions) => {
      const query: { -readonly [K in keyof ClaimQuery]: ClaimQuery[K] } = {};
      if (opts.subject !== undefined) query.subject = checkActor("--subject", opts.subject);
      if (opts.metric !== undefined) query.metric = opts.metric;
      const claims = await withStore(opts.db, { mustExist: true }, (s) => s.listClaims(query));
      const ledger = buildLedger(claims);
      if (opts.json) for (const g of ledger) env.out(JSON.stringify(g));
      else env.out(renderLedger(ledger));
    });
};
