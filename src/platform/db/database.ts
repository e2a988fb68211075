import { join } from 'node:path';
import { Kysely } from 'kysely';
import type { Config } from '../../config.js';
import { StartupError } from '../errors.js';
import { createDialect, ping, type ConnectionTarget, type DbKind } from './dialect.js';
import type { Tables } from './tables.js';

/** An open database: the typed query builder, which dialect it speaks, and how to close it. */
export interface Database {
  readonly db: Kysely<Tables>;
  readonly kind: DbKind;
  /** The PostgreSQL schema in use when not the default (tests). */
  readonly schema?: string;
  close(): Promise<void>;
}

/** Opens and checks a connection; fails with a StartupError that names what to fix. */
export async function openDatabase(target: ConnectionTarget): Promise<Database> {
  let db: Kysely<Tables>;
  let kind: DbKind;
  try {
    const made = createDialect(target);
    kind = made.kind;
    db = new Kysely<Tables>({ dialect: made.dialect });
  } catch (err) {
    throw new StartupError(`DATA_DIR: cannot open the SQLite database ${target.sqliteFile} (${reason(err)})`);
  }
  try {
    await ping(db);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw kind === 'postgres'
      ? new StartupError(`DATABASE_URL: cannot reach PostgreSQL at ${redactUrl(target.url!)} (${reason(err)})`)
      : new StartupError(`DATA_DIR: cannot open the SQLite database ${target.sqliteFile} (${reason(err)})`);
  }
  return { db, kind, schema: target.schema, close: () => db.destroy() };
}

/** The connection target the configuration describes. */
export function targetFromConfig(config: Config): ConnectionTarget {
  return config.databaseUrl ? { url: config.databaseUrl } : { sqliteFile: join(config.dataDir, 'intercede.db') };
}

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e?.code ?? e?.message ?? String(err);
}

/** Never print a database password. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
