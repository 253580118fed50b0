import type { Store } from "./_types.js";
import { openPostgresStore } from "./postgres/index.js";
import { type OpenOptions, openSqliteStore } from "./sqlite/index.js";

export type { ClaimQuery, EventQuery, SaveResult, ScheduleQuery, Store } from "./_types.js";
export type { OpenOptions } from "./sqlite/index.js";
export { openPostgresStore, openSqliteStore };

/** The database file used when no --db is given. */
export const DEFAULT_DB = "dyad.db";

/** True when the target names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens a store: a `postgres://` URL opens PostgreSQL, anything else is a SQLite file path (created on first open
 * unless `mustExist`).
 *
 * @example const store = await openStore("dyad.db"); await store.saveAnalysis(analysis); await store.close();
 */
export async function openStore(target: string, options: OpenOptions = {}): Promise<Store> {
  return isPostgresUrl(target) ? openPostgresStore(target) : openSqliteStore(target, options);
}

/** Opens a store, runs `fn` with it and closes it, also when `fn` throws. */
export async function withStore<T>(
  target: string,
  options: OpenOptions,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(target, options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
