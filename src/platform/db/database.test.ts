import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { StartupError } from '../errors.js';
import { openDatabase } from './database.js';
import { isUniqueViolation } from './dialect.js';
import { migrateToLatest } from './migrate.js';

describeEachDialect('database layer', (get, kind) => {
  it('reports which dialect it speaks', () => {
    expect(get().database.kind).toBe(kind);
  });

  it('migrations are idempotent: a second run applies nothing', async () => {
    expect(await migrateToLatest(get().database)).toEqual([]);
  });

  it('stores and reads rows, and recognises a unique violation in either dialect', async () => {
    const { db } = get().database;
    const row = { code: 'TST', name: 'Test', language: 'en', versification: 'KJV', licence: 'Public domain', module: 'tst', installed_at: new Date().toISOString() };
    await db.insertInto('translations').values(row).execute();
    expect(await db.selectFrom('translations').selectAll().where('code', '=', 'TST').executeTakeFirst()).toEqual(row);
    const error = await db.insertInto('translations').values(row).execute().then(() => undefined, (err: unknown) => err);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('returns counts as numbers', async () => {
    const { db } = get().database;
    const { n } = await db.selectFrom('translations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(typeof n).toBe('number');
  });
});

describe('SQLite connection', () => {
  it('runs in WAL mode with foreign keys enforced and checkpoints every 10,000 pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'intercede-db-'));
    const database = await openDatabase({ sqliteFile: join(dir, 'x.db') });
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    const fks = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.db);
    expect(journal.rows[0].journal_mode).toBe('wal');
    expect(fks.rows[0].foreign_keys).toBe(1);
    const checkpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(database.db);
    expect(checkpoint.rows[0].wal_autocheckpoint).toBe(10000);
    await database.close();
  });

  it('fails at start-up with one line naming DATA_DIR when the file cannot be opened', async () => {
    const error = await openDatabase({ sqliteFile: '/dev/null/nowhere/intercede.db' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^DATA_DIR: /);
  });
});

describe('PostgreSQL connection', () => {
  it('fails at start-up with one line naming DATABASE_URL, without the password', async () => {
    const error = await openDatabase({ url: 'postgres://someone:hunter2@127.0.0.1:1/none' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^DATABASE_URL: cannot reach PostgreSQL/);
    expect((error as Error).message).not.toContain('hunter2');
  });
});
