// For tests and benchmarks on PostgreSQL: each run gets a schema of its own, so that runs sharing one
// database never see each other's rows, and drops it afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

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
