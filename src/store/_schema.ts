import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

/** Which SQL engine a store runs on; migrations and prefix matching differ slightly. */
export type DialectName = "sqlite" | "postgres";

/** Documents as columns: every field of DocumentRecord, plus when it was saved. */
export interface DocumentsTable {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  date_basis: string;
  ingested_at: string;
  text: string;
  saved_at: string;
}

/** Events: query columns plus the full record as JSON text. */
export interface EventsTable {
  doc_id: string;
  ord: number;
  id: string;
  source_code: string;
  target_code: string | null;
  code: string;
  root: string;
  status: string;
  date: string | null;
  date_end: string | null;
  quad: number;
  goldstein: number;
  record: string;
}

/** Claims: query columns plus the full record as JSON text. */
export interface ClaimsTable {
  doc_id: string;
  ord: number;
  id: string;
  subject: string | null;
  metric: string;
  period: string | null;
  unit: string;
  value: number;
  kind: string;
  record: string;
}

/** Schedule items exactly as one document's analysis gave them, and the linked item each went into. */
export interface ScheduleObservationsTable {
  doc_id: string;
  ord: number;
  item_id: string;
  observed_on: string | null;
  record: string;
}

/** Linked schedule items (one per real-world thing, across documents). */
export interface ScheduleItemsTable {
  id: string;
  kind: string;
  family: string;
  title: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  record: string;
}

/** Actor codes of linked schedule items; `head` is the first 3-letter part, used to find link candidates. */
export interface ScheduleActorsTable {
  item_id: string;
  actor: string;
  head: string;
}

/** The whole database as Kysely sees it. */
export interface Database {
  documents: DocumentsTable;
  events: EventsTable;
  claims: ClaimsTable;
  schedule_observations: ScheduleObservationsTable;
  schedule_items: ScheduleItemsTable;
  schedule_actors: ScheduleActorsTable;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
type AnyDb = Kysely<any>;

/** Creates an index; on PostgreSQL, text columns matched by prefix (LIKE 'JPN%') get a pattern opclass. */
async function index(
  db: AnyDb,
  dialect: DialectName,
  table: string,
  column: string,
  prefix = false,
): Promise<void> {
  const name = `${table}_${column}_idx`;
  if (prefix && dialect === "postgres") {
    await sql`create index if not exists ${sql.id(name)} on ${sql.table(table)} (${sql.id(column)} text_pattern_ops)`.execute(
      db,
    );
    return;
  }
  await db.schema.createIndex(name).ifNotExists().on(table).column(column).execute();
}

function initial(dialect: DialectName): Migration {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable("documents")
        .ifNotExists()
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("url", "text")
        .addColumn("outlet", "text")
        .addColumn("title", "text")
        .addColumn("published", "text")
        .addColumn("date_basis", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("saved_at", "text", (c) => c.notNull())
        .execute();
      await index(db, dialect, "documents", "published");

      await db.schema
        .createTable("events")
        .ifNotExists()
        .addColumn("doc_id", "text", (c) => c.notNull())
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("source_code", "text", (c) => c.notNull())
        .addColumn("target_code", "text")
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("root", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("date_end", "text")
        .addColumn("quad", "integer", (c) => c.notNull())
        .addColumn("goldstein", "double precision", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("events_pk", ["doc_id", "ord"])
        .execute();
      await index(db, dialect, "events", "source_code", true);
      await index(db, dialect, "events", "target_code", true);
      await index(db, dialect, "events", "date");
      await index(db, dialect, "events", "root");
      await index(db, dialect, "events", "code");
      await index(db, dialect, "events", "status");

      await db.schema
        .createTable("claims")
        .ifNotExists()
        .addColumn("doc_id", "text", (c) => c.notNull())
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("subject", "text")
        .addColumn("metric", "text", (c) => c.notNull())
        .addColumn("period", "text")
        .addColumn("unit", "text", (c) => c.notNull())
        .addColumn("value", "double precision", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("claims_pk", ["doc_id", "ord"])
        .execute();
      await index(db, dialect, "claims", "subject", true);
      await index(db, dialect, "claims", "metric");

      await db.schema
        .createTable("schedule_observations")
        .ifNotExists()
        .addColumn("doc_id", "text", (c) => c.notNull())
        .addColumn("ord", "integer", (c) => c.notNull())
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("observed_on", "text")
        .addColumn("record", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("schedule_observations_pk", ["doc_id", "ord"])
        .execute();
      await index(db, dialect, "schedule_observations", "item_id");

      await db.schema
        .createTable("schedule_items")
        .ifNotExists()
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("family", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("start_date", "text")
        .addColumn("end_date", "text")
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await index(db, dialect, "schedule_items", "start_date");
      await index(db, dialect, "schedule_items", "family");

      await db.schema
        .createTable("schedule_actors")
        .ifNotExists()
        .addColumn("item_id", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("head", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("schedule_actors_pk", ["item_id", "actor"])
        .execute();
      await index(db, dialect, "schedule_actors", "actor", true);
      await index(db, dialect, "schedule_actors", "head");
    },
    async down(db: AnyDb): Promise<void> {
      for (const t of [
        "schedule_actors",
        "schedule_items",
        "schedule_observations",
        "claims",
        "events",
        "documents",
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}

/** Migrations in code, in order; the Migrator records which ran. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return { "0001_initial": initial(dialect) };
    },
  };
}
