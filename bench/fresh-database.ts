/** A database of its own for one benchmark: a SQLite file in a temporary folder, or a scratch schema in the PostgreSQL at `url`; migrated, and thrown away by `dispose`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createScratchSchema, migrateScratchSchema } from '../src/platform/db/testing/scratch-schema.js';

/** Opens and migrates a fresh database named after `name` (the temporary folder's prefix). */
export async function freshBenchDatabase(url: string | undefined, name: string): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), `intercede-bench-${name}-`));
    const database = await openDatabase({ sqliteFile: join(dir, 'intercede.db') });
    await migrateToLatest(database);
    return { database, dispose: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const scratch = await createScratchSchema(url, 'bench');
  const database = await openDatabase({ url, schema: scratch.schema });
  await migrateScratchSchema(database);
  return {
    database,
    async dispose() {
      await database.close();
      await scratch.drop();
    },
  };
}
