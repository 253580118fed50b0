import { type Kysely, Migrator } from "kysely";
import { StoreError } from "../core/index.js";
import { type Database, type DialectName, migrationProvider } from "./_schema.js";

/**
 * Brings the schema up to date (creates it on first open); throws StoreError naming the failed migration.
 * `tableSchema` names the PostgreSQL schema of Kysely's bookkeeping tables (it otherwise finds them in any schema).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
  tableSchema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(tableSchema !== undefined ? { migrationTableSchema: tableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new StoreError(`migration ${failed} failed: ${(error as Error).message}`, error);
  }
}
