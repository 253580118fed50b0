import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCalendarCommand } from "../../src/cli/commands/calendar.js";
import { registerClaimsCommand } from "../../src/cli/commands/claims.js";
import { registerEventsCommand } from "../../src/cli/commands/events.js";
import type { CliEnv } from "../../src/cli/env.js";
import { Claim, Event, ScheduleItem } from "../../src/core/index.js";
import { openStore } from "../../src/store/index.js";
import { analysis, claim, doc, event, scheduled } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
const DB = join(dir, "cli.db");

/** Runs our three commands in-process against the real store; returns stdout and stderr lines. */
async function run(...args: string[]): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const env: CliEnv = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    model: () => {
      throw new Error("query commands need no model");
    },
    nlp: () => {
      throw new Error("query commands need no NLP");
    },
    dates: () => {
      throw new Error("query commands need no date memo");
    },
    setExitCode: () => {},
    readStdin: async () => Buffer.alloc(0),
    stdin: async function* () {},
  };
  const program = new Command("dyad").exitOverride();
  for (const register of [registerEventsCommand, registerClaimsCommand, registerCalendarCommand])
    register(program, env);
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  await program.parseAsync(args, { from: "user" });
  return { out, err };
}

beforeAll(async () => {
  const store = await openStore(DB);
  await store.saveAnalysis(
    analysis(doc("dA", "2025-06-02"), {
      events: [
        event("dA", { source: "RURGOV", target: "OSTGOV", code: "036", date: "2025-06-01" }),
        event("dA", { source: "OSTMIL", target: "BORGOV", code: "125", date: "2025-06-03", sentence: 1 }),
      ],
      claims: [
        claim("dA", { subject: "RUR", metric: "defense_spending", value: 3, kind: "demanded" }),
        claim("dA", {
          subject: "RUR",
          metric: "defense_spending",
          value: 3.5,
          kind: "demanded",
          sentence: 1,
        }),
      ],
      schedule: [scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" })],
    }),
  );
  await store.saveAnalysis(
    analysis(doc("dB", "2025-06-20"), {
      schedule: [scheduled("dB", { status: "cancelled", start: "2025-07-01", observedOn: "2025-06-20" })],
    }),
  );
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("query commands", () => {
  it.each<[string, string[], number]>([
    ["all", [], 2],
    ["actor prefix", ["--actor", "rur"], 1],
    ["between", ["--between", "BOR", "OST"], 1],
    ["root", ["--root", "12"], 1],
    ["date range", ["--from", "2025-06-02", "--to", "2025-06-30"], 1],
  ])("events --json prints one valid Event per line: %s", async (_name, flags, count) => {
    const { out } = await run("events", "--db", DB, "--json", ...flags);
    expect(out).toHaveLength(count);
    for (const line of out) expect(() => Event.parse(JSON.parse(line))).not.toThrow();
  });

  it("events prints a table by default", async () => {
    const { out } = await run("events", "--db", DB);
    expect(out.join("\n")).toMatch(/^DATE\s+SOURCE\s+TARGET\s+CODE\s+STATUS\s+EVIDENCE/);
    expect(out.join("\n")).toContain("2 events");
  });

  it("claims shows the ledger with the disagreement, and --json gives the groups", async () => {
    const text = (await run("claims", "--db", DB, "--subject", "RUR")).out.join("\n");
    expect(text).toContain("DISAGREE: demanded values differ");
    const groups = (await run("claims", "--db", DB, "--json")).out.map((l) => JSON.parse(l));
    expect(groups).toHaveLength(1);
    expect(groups[0].disagreements).toEqual(["demanded"]);
    for (const c of groups[0].claims) expect(() => Claim.parse(c)).not.toThrow();
  });

  it("calendar lists the linked item and writes an .ics file", async () => {
    const ics = join(dir, "out.ics");
    const { out, err } = await run("calendar", "--db", DB, "--ics", ics);
    expect(out.join("\n")).toContain("scheduled 2025-07-01 > cancelled");
    expect(err).toEqual([`wrote 1 item(s) to ${ics}`]);
    expect(readFileSync(ics, "utf8")).toContain("STATUS:CANCELLED");
    const json = (await run("calendar", "--db", DB, "--json", "--actor", "OST")).out;
    expect(json.map((l) => ScheduleItem.parse(JSON.parse(l)).status)).toEqual(["cancelled"]);
  });

  it.each<[string, string[], string]>([
    ["missing database", ["events", "--db", join(dir, "none.db")], "store_not_found"],
    ["missing database for claims", ["claims", "--db", join(dir, "none.db")], "store_not_found"],
    ["missing database for calendar", ["calendar", "--db", join(dir, "none.db")], "store_not_found"],
    ["bad date", ["events", "--db", DB, "--from", "2025-13-01"], "usage"],
    ["bad actor", ["events", "--db", DB, "--actor", "J%"], "usage"],
    ["between needs two codes", ["events", "--db", DB, "--between", "JPN"], "usage"],
    ["bad root", ["events", "--db", DB, "--root", "1"], "usage"],
    ["bad limit", ["events", "--db", DB, "--limit", "0"], "usage"],
  ])("fails clearly: %s", async (_name, args, code) => {
    await expect(run(...args)).rejects.toMatchObject({ code });
    expect(existsSync(join(dir, "none.db"))).toBe(false);
  });
});
