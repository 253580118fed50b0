import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import {
  Analysis,
  type Claim,
  type DocumentRecord,
  type Event,
  type ScheduleItem,
  StoreError,
} from "../core/index.js";
import { relinkSchedule } from "./_schedule.js";
import type { Database, DialectName } from "./_schema.js";
import type { ClaimQuery, EventQuery, SaveResult, ScheduleQuery, Store } from "./_types.js";

/** Rows per multi-row INSERT; measured fastest on SQLite (a bigger statement costs more to prepare than it saves). */
const CHUNK_ROWS = 200;

/** Advisory lock key held by every PostgreSQL save transaction ("dyad" in ASCII). */
const SAVE_LOCK = 0x64796164;

/** Splits rows into INSERT-sized chunks. */
export function chunks<T>(rows: readonly T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Matches a text column by prefix so that an index can serve it: GLOB on SQLite, LIKE on PostgreSQL. */
export function prefixMatch(dialect: DialectName, column: string, prefix: string): Expression<SqlBool> {
  const p = prefix.trim().toUpperCase();
  if (dialect === "sqlite") {
    const glob = p.replace(/[*?[\]]/g, (ch) => `[${ch}]`);
    return sql<SqlBool>`${sql.ref(column)} glob ${`${glob}*`}`;
  }
  const like = p.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sql<SqlBool>`${sql.ref(column)} like ${`${like}%`}`;
}

const nullsLast = (column: string) => sql`case when ${sql.ref(column)} is null then 1 else 0 end`;

function eventRow(docId: string, ord: number, e: Event): Database["events"] {
  return {
    doc_id: docId,
    ord,
    id: e.id,
    source_code: e.source.code,
    target_code: e.target?.code ?? null,
    code: e.code,
    root: e.root,
    status: e.status,
    date: e.date,
    date_end: e.dateEnd,
    quad: e.quad,
    goldstein: e.goldstein,
    record: JSON.stringify(e),
  };
}

function claimRow(docId: string, ord: number, c: Claim): Database["claims"] {
  return {
    doc_id: docId,
    ord,
    id: c.id,
    subject: c.subject,
    metric: c.metric,
    period: c.period,
    unit: c.unit,
    value: c.value,
    kind: c.kind,
    record: JSON.stringify(c),
  };
}

function documentRow(d: DocumentRecord, savedAt: string): Database["documents"] {
  return {
    id: d.id,
    source: d.source,
    url: d.url,
    outlet: d.outlet,
    title: d.title,
    published: d.published,
    date_basis: d.dateBasis,
    ingested_at: d.ingestedAt,
    text: d.text,
    saved_at: savedAt,
  };
}

function documentFromRow(r: Database["documents"]): DocumentRecord {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    dateBasis: r.date_basis as DocumentRecord["dateBasis"],
    ingestedAt: r.ingested_at,
    text: r.text,
  };
}

const parseRecord = <T>(row: { record: string }): T => JSON.parse(row.record) as T;

/** Replaces one document's rows inside an open transaction. */
async function saveOne(trx: Kysely<Database>, a: Analysis): Promise<SaveResult> {
  const docId = a.document.id;
  // A write first: SQLite then takes the write lock at once (waiting on busy_timeout) instead of failing to upgrade.
  const removed = await trx.deleteFrom("documents").where("id", "=", docId).executeTakeFirst();
  await trx.deleteFrom("events").where("doc_id", "=", docId).execute();
  await trx.deleteFrom("claims").where("doc_id", "=", docId).execute();
  await trx.insertInto("documents").values(documentRow(a.document, new Date().toISOString())).execute();
  for (const part of chunks(a.events.map((e, i) => eventRow(docId, i, e)))) {
    await trx.insertInto("events").values(part).execute();
  }
  for (const part of chunks(a.claims.map((c, i) => claimRow(docId, i, c)))) {
    await trx.insertInto("claims").values(part).execute();
  }
  const scheduleItems = await relinkSchedule(trx, docId, a.schedule);
  return {
    docId,
    replaced: Number(removed.numDeletedRows) > 0,
    events: a.events.length,
    claims: a.claims.length,
    observations: a.schedule.length,
    scheduleItems,
  };
}

/** The Store over any Kysely database with our schema; the backends differ only in how they connect. */
export class KyselyStore implements Store {
  readonly kind: DialectName;
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>, kind: DialectName) {
    this.#db = db;
    this.kind = kind;
  }

  async saveAnalysis(input: Analysis): Promise<SaveResult> {
    const [result] = await this.saveAnalyses([input]);
    return result!;
  }

  async saveAnalyses(inputs: readonly Analysis[]): Promise<SaveResult[]> {
    const analyses = inputs.map((input) => {
      const parsed = Analysis.safeParse(input);
      if (parsed.success) return parsed.data;
      const id = (input as { document?: { id?: unknown } })?.document?.id;
      throw new StoreError(
        `saveAnalysis ${String(id)}: invalid analysis: ${parsed.error.message}`,
        parsed.error,
      );
    });
    try {
      return await this.#db.transaction().execute(async (trx) => {
        // PostgreSQL writers run in parallel: serialise saves so that re-saves and schedule linking never race.
        if (this.kind === "postgres") await sql`select pg_advisory_xact_lock(${SAVE_LOCK})`.execute(trx);
        const results: SaveResult[] = [];
        for (const a of analyses) results.push(await saveOne(trx, a));
        return results;
      });
    } catch (cause) {
      if (cause instanceof StoreError) throw cause;
      const ids = analyses.map((a) => a.document.id).join(", ");
      throw new StoreError(`saveAnalysis ${ids}: ${(cause as Error).message}`, cause);
    }
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = await this.#db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? documentFromRow(row) : null;
  }

  async getAnalysis(id: string): Promise<Analysis | null> {
    const document = await this.getDocument(id);
    if (document === null) return null;
    const byDoc = <T extends "events" | "claims" | "schedule_observations">(table: T) =>
      this.#db
        .selectFrom(table as "events")
        .select("record")
        .where("doc_id", "=", id)
        .orderBy("ord")
        .execute();
    const [events, claims, schedule] = await Promise.all([
      byDoc("events"),
      byDoc("claims"),
      byDoc("schedule_observations"),
    ]);
    return {
      document,
      events: events.map(parseRecord<Event>),
      claims: claims.map(parseRecord<Claim>),
      schedule: schedule.map(parseRecord<ScheduleItem>),
    };
  }

  async listEvents(q: EventQuery = {}): Promise<Event[]> {
    const d = this.kind;
    let query = this.#db.selectFrom("events").select("record");
    if (q.actor !== undefined) {
      const actor = q.actor;
      query = query.where((eb) =>
        eb.or([prefixMatch(d, "source_code", actor), prefixMatch(d, "target_code", actor)]),
      );
    }
    if (q.between !== undefined) {
      const [a, b] = q.between;
      query = query.where((eb) =>
        eb.or([
          eb.and([prefixMatch(d, "source_code", a), prefixMatch(d, "target_code", b)]),
          eb.and([prefixMatch(d, "source_code", b), prefixMatch(d, "target_code", a)]),
        ]),
      );
    }
    if (q.from !== undefined) query = query.where("date", ">=", q.from);
    if (q.to !== undefined) query = query.where("date", "<=", q.to);
    if (q.root !== undefined) query = query.where("root", "=", q.root);
    if (q.status !== undefined) query = query.where("status", "=", q.status);
    query = query.orderBy(nullsLast("date")).orderBy("date").orderBy("doc_id").orderBy("ord");
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await query.execute()).map(parseRecord<Event>);
  }

  async listClaims(q: ClaimQuery = {}): Promise<Claim[]> {
    let query = this.#db.selectFrom("claims").select("record");
    if (q.subject !== undefined) query = query.where(prefixMatch(this.kind, "subject", q.subject));
    if (q.metric !== undefined) query = query.where("metric", "=", q.metric);
    query = query
      .orderBy(nullsLast("subject"))
      .orderBy("subject")
      .orderBy("metric")
      .orderBy(nullsLast("period"))
      .orderBy("period")
      .orderBy("doc_id")
      .orderBy("ord");
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await query.execute()).map(parseRecord<Claim>);
  }

  async listSchedule(q: ScheduleQuery = {}): Promise<ScheduleItem[]> {
    let query = this.#db.selectFrom("schedule_items").select("record");
    if (q.from !== undefined) {
      const from = q.from;
      query = query.where((eb) => eb(eb.fn.coalesce("end_date", "start_date"), ">=", from));
    }
    if (q.to !== undefined) query = query.where("start_date", "<=", q.to);
    if (q.status !== undefined) query = query.where("status", "=", q.status);
    if (q.actor !== undefined) {
      const actors = this.#db
        .selectFrom("schedule_actors")
        .select("item_id")
        .where(prefixMatch(this.kind, "actor", q.actor));
      query = query.where("id", "in", actors);
    }
    query = query.orderBy(nullsLast("start_date")).orderBy("start_date").orderBy("id");
    if (q.limit !== undefined) query = query.limit(q.limit);
    return (await query.execute()).map(parseRecord<ScheduleItem>);
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }
}
