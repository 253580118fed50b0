import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { analysis, doc, event } from "./fixtures.js";
import { storeContract } from "./store.contract.js";

/** Server under test; CI starts it. Override with DYAD_TEST_PG_URL. */
const BASE_URL = process.env.DYAD_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RUN = `dyad_t${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (cause) {
    throw new Error(
      `PostgreSQL is not reachable at ${BASE_URL} (${(cause as Error).message}). Start it, e.g. ` +
        "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or set DYAD_TEST_PG_URL.",
    );
  }
});

afterAll(async () => {
  for (const s of schemas) await admin.query(`drop schema if exists "${s}" cascade`);
  await admin.end();
});

/** A URL naming a fresh schema of this run (dropped in afterAll). */
function freshTarget(): string {
  const schema = `${RUN}_${schemas.length + 1}`;
  schemas.push(schema);
  const url = new URL(BASE_URL);
  url.searchParams.set("schema", schema);
  return url.toString();
}

storeContract("postgres", {
  async newTarget() {
    return freshTarget();
  },
  async injectClaimFailure(target) {
    const schema = new URL(target).searchParams.get("schema")!;
    await admin.query(`create or replace function "${schema}".boom() returns trigger language plpgsql as $$
      begin if new.metric = 'boom' then raise exception 'injected failure'; end if; return new; end $$`);
    await admin.query(
      `create trigger boom before insert on "${schema}".claims for each row execute function "${schema}".boom()`,
    );
  },
});

/** Opens every target at once and closes what opened; returns the messages of the opens that failed. */
async function openAllAtOnce(targets: string[]): Promise<string[]> {
  const settled = await Promise.allSettled(targets.map((t) => openStore(t)));
  const opened = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  await Promise.all(opened.map((s: Store) => s.close()));
  return settled.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message)] : []));
}

/** Migrations recorded in a schema, with how often each was recorded. */
async function migrationsOf(target: string): Promise<{ name: string; n: number }[]> {
  const schema = new URL(target).searchParams.get("schema")!;
  const { rows } = await admin.query(
    `select name, count(*)::int as n from "${schema}".kysely_migration group by name`,
  );
  return rows;
}

describe("PostgreSQL specifics", () => {
  it("opening fresh schemas never fails while other sessions create and drop schemas", async () => {
    // Kysely's own introspector lists every schema and failed when one was dropped mid-query.
    const churners = await Promise.all(
      [1, 2].map(async () => {
        const c = new pg.Client({ connectionString: BASE_URL });
        await c.connect();
        return c;
      }),
    );
    let stop = false;
    const churn = churners.map(async (c, k) => {
      for (let i = 0; !stop; i++) {
        const s = `${RUN}_churn${k}_${i}`;
        await c.query(`create schema "${s}"; create table "${s}".t (a int primary key, b text)`);
        await c.query(`drop schema "${s}" cascade`);
      }
    });
    try {
      expect(await openAllAtOnce(Array.from({ length: 6 }, freshTarget))).toEqual([]);
    } finally {
      stop = true;
      await Promise.all(churn);
      await Promise.all(churners.map((c) => c.end()));
    }
  });

  it("stores opening one fresh schema at once all succeed, and it is migrated once", async () => {
    const targets = [freshTarget(), freshTarget()];
    expect(await openAllAtOnce(targets.flatMap((t) => [t, t, t, t]))).toEqual([]);
    for (const t of targets) {
      const migrations = await migrationsOf(t);
      expect(migrations.length).toBeGreaterThan(0);
      expect(migrations.filter((m) => m.n !== 1)).toEqual([]);
    }
    const target = targets[0]!;
    const [a, b] = [await openStore(target), await openStore(target)];
    const d = doc("dP", "2025-06-02");
    await a.saveAnalysis(analysis(d, { events: [event("dP", { source: "RURGOV", target: "OSTGOV" })] }));
    expect(await b.listEvents()).toHaveLength(1);
    await Promise.all([a.close(), b.close()]);
  });
});
