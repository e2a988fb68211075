/**
 * The one place where SQLite and PostgreSQL differ at the connection level: how to connect,
 * how each is tuned, and how to check that it answers. Everything above this speaks Kysely.
 */
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Dialect, type SelectQueryBuilder } from 'kysely';
import { PostgresAdapter } from 'kysely';
import type { Pool } from 'pg';

export type DbKind = 'sqlite' | 'postgres';

export interface ConnectionTarget {
  /** `postgres://…`; absent means SQLite at `sqliteFile`. */
  url?: string;
  sqliteFile?: string;
  /** PostgreSQL schema to work in (tests use one fresh schema per file). */
  schema?: string;
  /** Largest PostgreSQL pool; SQLite has one connection. */
  poolSize?: number;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/** Opens a better-sqlite3 handle tuned for a web server: WAL with rarer checkpoints, foreign keys, a busy timeout. */
function openSqlite(file: string): SQLite.Database {
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  // Copy the WAL back into the database every ~40 MB rather than every 4 MB: a checkpoint writes each
  // changed page once however often it changed, so the pages every write touches (a table's and its
  // indexes' last leaves) are copied ten times less often. Measured on intake under load: a fifth more
  // requests a second. The file is cut back to 64 MiB after a checkpoint if a long reader let it grow.
  handle.pragma('wal_autocheckpoint = 10000');
  handle.pragma('journal_size_limit = 67108864');
  return handle;
}

/** Statements kept prepared per connection; the app issues a few hundred distinct queries at most. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The handle Kysely drives, with prepared statements reused: Kysely prepares every query afresh, and on
 * SQLite preparing costs more than running most of our queries (a tenth of intake's time in a profile).
 * Safe because better-sqlite3 is synchronous and nothing here streams rows (a statement mid-iteration
 * cannot be run again).
 */
function withStatementCache(handle: SQLite.Database): { close(): void; prepare(sql: string): SQLite.Statement } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit) {
        // Move to the back: the map's order is the eviction order.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const statement = handle.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

/** A pg pool whose counts come back as numbers (our counts fit well inside 2^53). */
async function openPostgresPool(target: ConnectionTarget): Promise<Pool> {
  // Imported on first connection: a SQLite install (and every CLI start) need not load the pg driver.
  const { default: pg } = await import('pg');
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === PG_INT8 || oid === PG_NUMERIC) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  return new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    types,
    connectionTimeoutMillis: 5000,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
}

/** The Kysely dialect for a target, plus which kind it is. */
export function createDialect(target: ConnectionTarget): { kind: DbKind; dialect: Dialect } {
  if (target.url) {
    return { kind: 'postgres', dialect: new PostgresDialect({ pool: () => openPostgresPool(target) }) };
  }
  if (!target.sqliteFile) throw new Error('a SQLite file or a PostgreSQL URL is required');
  const handle = openSqlite(target.sqliteFile);
  return { kind: 'sqlite', dialect: new SqliteDialect({ database: withStatementCache(handle) }) };
}

/** Runs a trivial query so that an unreachable database fails at start-up, not on the first request. */
export async function ping<T>(db: Kysely<T>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Is this error a unique-constraint violation, in either dialect? */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Which dialect a Kysely instance speaks; migrations branch on it only where SQL has no common form (full-text search). */
export function kindOf(db: Kysely<unknown>): DbKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Locks the rows a queue claim selects so that concurrent claimers each get different rows. PostgreSQL:
 * `FOR UPDATE SKIP LOCKED` (several worker processes share the queue without waiting on each other).
 * SQLite has one writer at a time, so the claim's single UPDATE statement is already exclusive.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function skipLockedRows<QB extends SelectQueryBuilder<any, any, any>>(query: QB, kind: DbKind): QB {
  return kind === 'postgres' ? (query.forUpdate().skipLocked() as QB) : query;
}
