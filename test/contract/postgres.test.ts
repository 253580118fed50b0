import pg from "pg";
import { afterAll, beforeAll } from "vitest";
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

storeContract("postgres", {
  async newTarget() {
    const schema = `${RUN}_${schemas.length + 1}`;
    schemas.push(schema);
    const url = new URL(BASE_URL);
    url.searchParams.set("schema", schema);
    return url.toString();
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
