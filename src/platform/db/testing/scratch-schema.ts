// For tests and benchmarks on PostgreSQL: each run gets a schema of its own, so that runs sharing one
// database never see each other's rows, and drops it afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';

/** A freshly created, randomly named schema in the PostgreSQL database at `url`, and how to drop it with everything in it. */
export async function createScratchSchema(url: string, prefix: string): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  await run(url, `create schema ${schema}`);
  return { schema, drop: () => run(url, `drop schema if exists ${schema} cascade`) };
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Migrates a scratch schema. Kysely's migrator first reads the catalog of the whole database, and when
 * another run drops its own schema during that read, the read fails with `schema "<theirs>" does not
 * exist` (reproduced: three loops creating, migrating and dropping schemas hit it a few times a minute).
 * That is a neighbour's race, not a fault here, so the migration is tried again; an error naming our own
 * schema, or any other error, is thrown.
 */
export async function migrateScratchSchema(database: Database): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateToLatest(database);
    } catch (err) {
      const missing = /schema "([^"]+)" does not exist/.exec(err instanceof Error ? err.message : String(err));
      if (!missing || missing[1] === database.schema || attempt >= 5) throw err;
    }
  }
}
