import { Migrator, type MigrationResultSet } from 'kysely';
import type { Config } from '../../config.js';
import { openDatabase, targetFromConfig, type Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Brings the schema up to date; returns the names of migrations applied now. Throws on failure. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks its bookkeeping tables up across all schemas; name ours so another schema's don't count.
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Opens the configured database and brings its schema up to date; a failed migration closes it again and throws. */
export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = await openDatabase(targetFromConfig(config));
  try {
    await migrateToLatest(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
