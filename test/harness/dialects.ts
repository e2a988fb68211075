/**
 * The one suite, looped over dialects (Kysely's way): every repository and service test runs on a
 * fresh SQLite file and, when TEST_DATABASE_URL is set, on a fresh PostgreSQL schema per test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/database.js';
import type { DbKind } from '../../src/platform/db/dialect.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createScratchSchema, migrateScratchSchema } from '../../src/platform/db/testing/scratch-schema.js';

/** The dialects this run covers. */
export const DIALECTS: DbKind[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A database made for one test file, and how to throw it away. */
export interface TestDatabase {
  database: Database;
  /** The DATA_DIR the test's config should use (holds the SQLite file). */
  dataDir: string;
  /** The DATABASE_URL/schema pair a test app should use, or undefined for SQLite. */
  postgres?: { url: string; schema: string };
  dispose(): Promise<void>;
}

/** Creates a migrated, empty database of the given kind. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'intercede-test-'));
  if (kind === 'sqlite') {
    const database = await openDatabase({ sqliteFile: join(dataDir, 'intercede.db') });
    await migrateToLatest(database);
    return {
      database,
      dataDir,
      async dispose() {
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const scratch = await createScratchSchema(url, 't');
  const database = await openDatabase({ url, schema: scratch.schema, poolSize: 4 });
  await migrateScratchSchema(database);
  return {
    database,
    dataDir,
    postgres: { url, schema: scratch.schema },
    async dispose() {
      await database.close();
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Declares `body` once per dialect inside `describe("<title> [<dialect>]")`. The callback receives a
 * getter, valid inside tests, for that dialect's database.
 */
export function describeEachDialect(title: string, body: (get: () => TestDatabase, kind: DbKind) => void): void {
  for (const kind of DIALECTS) {
    describe(`${title} [${kind}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      body(() => {
        if (!current) throw new Error('the test database is not ready yet');
        return current;
      }, kind);
    });
  }
}
