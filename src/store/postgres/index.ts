import { Kysely, sql } from "kysely";
import pg from "pg";
import { StoreError } from "../../core/index.js";
import { KyselyStore } from "../_kysely-store.js";
import { migrateToLatest } from "../_migrate.js";
import type { Database } from "../_schema.js";
import type { Store } from "../_types.js";
import { CurrentSchemaPostgresDialect } from "./_introspector.js";

/** First key of the advisory lock that serialises preparing one schema (the second is a hash of its name). */
const PREPARE_LOCK_KEY = 0x44594144;

/** Splits our `schema` parameter off a postgres:// URL; the rest goes to pg unchanged. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  // Lower case only: the schema is created quoted but `-c search_path=` folds the name, so "Foo" would miss "Foo".
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new StoreError(`invalid schema name in ${url}: use lower-case letters, digits and _`);
  }
  return { connectionString: u.toString(), schema };
}

/** Hides the password when a URL goes into a message. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/**
 * Creates and migrates the store's schema while holding an advisory lock keyed by its name, so processes opening the
 * same schema at once take turns (the second finds it ready) and those opening different schemas do not wait.
 */
async function prepareSchema(db: Kysely<Database>, schema: string | null): Promise<void> {
  await db.connection().execute(async (conn) => {
    const current = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(conn);
    const name = schema ?? current.rows[0]?.schema ?? "public";
    await sql`select pg_advisory_lock(${PREPARE_LOCK_KEY}, hashtext(${name}))`.execute(conn);
    try {
      if (schema !== null) await sql`create schema if not exists ${sql.id(schema)}`.execute(conn);
      // The Migrator takes its own connections from the pool; this one only holds the lock.
      await migrateToLatest(db, "postgres", name);
    } finally {
      await sql`select pg_advisory_unlock(${PREPARE_LOCK_KEY}, hashtext(${name}))`.execute(conn);
    }
  });
}

/**
 * Opens a PostgreSQL store (creating and migrating the schema on first use). `?schema=NAME` keeps all tables in
 * that schema (created if missing), e.g. `postgres://postgres@127.0.0.1:5432/test?schema=dyad`. Safe to call
 * from many processes at once, for the same or different schemas, while other schemas are created or dropped.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 5000,
    ...(schema !== null ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (cause) {
    await db.destroy();
    throw new StoreError(
      `cannot connect to PostgreSQL at ${redact(url)}: ${(cause as Error).message}`,
      cause,
    );
  }
  try {
    await prepareSchema(db, schema);
  } catch (cause) {
    await db.destroy();
    throw cause instanceof StoreError
      ? cause
      : new StoreError(`cannot prepare PostgreSQL schema: ${(cause as Error).message}`, cause);
  }
  return new KyselyStore(db, "postgres");
}
