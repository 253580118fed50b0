import { existsSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { AppError, StoreError } from "../../core/index.js";
import { KyselyStore } from "../_kysely-store.js";
import { migrateToLatest } from "../_migrate.js";
import type { Database } from "../_schema.js";
import type { Store } from "../_types.js";

/** Options shared by the store factories. */
export interface OpenOptions {
  /** Fail with code `store_not_found` instead of creating a new database (for read-only commands). */
  readonly mustExist?: boolean;
}

/** Opens (creating and migrating on first use) a SQLite store in one file, WAL mode; ":memory:" for tests. */
export async function openSqliteStore(path: string, options: OpenOptions = {}): Promise<Store> {
  if (options.mustExist && path !== ":memory:" && !existsSync(path)) {
    throw new AppError("store_not_found", `no database at ${path} (run analyze with --db ${path} first)`);
  }
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path, { fileMustExist: options.mustExist ?? false });
    database.pragma("journal_mode = WAL");
    // FULL: a committed save survives power loss too, not only a crashed process.
    database.pragma("synchronous = FULL");
    database.pragma("busy_timeout = 5000");
  } catch (cause) {
    throw new StoreError(`cannot open SQLite database ${path}: ${(cause as Error).message}`, cause);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db, "sqlite");
  } catch (cause) {
    await db.destroy();
    throw cause;
  }
  return new KyselyStore(db, "sqlite");
}
