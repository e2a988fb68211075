/**
 * `npm run bench:outbox`: how fast the outbox worker delivers, against the bare limit, in one run.
 *  - intercede: N events, each handled by a handler that sends one message through the mail ledger
 *    (reserve, send to a mailer that does nothing, mark sent) and is then marked delivered — the whole
 *    path of a real notification except SMTP itself; 1 worker on SQLite; 1, 2 and 4 worker instances
 *    with their own pools on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL);
 *  - bare: the least an outbox must write per event — one UPDATE marking it delivered — at the same
 *    concurrency, no claim, no lock, no ledger.
 * Writes bench/results/outbox.json and prints a table. BENCH_EVENTS (default 5000) sets N.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createScratchSchema } from '../src/platform/db/testing/scratch-schema.js';
import { OutboxWorker } from '../src/platform/jobs/outbox.worker.js';
import type { Mailer } from '../src/platform/mail/mailer.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const events = Number(process.env.BENCH_EVENTS ?? 5000);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const CONCURRENCY = 4;
const BATCH = 50;

interface Target {
  readonly kind: 'sqlite' | 'postgres';
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'intercede-outbox-bench-'));
  return { kind: 'sqlite', open: () => openDatabase({ sqliteFile: join(dir, 'bench.db') }), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTarget(url: string): Promise<Target> {
  const scratch = await createScratchSchema(url, 'bench');
  return { kind: 'postgres', open: () => openDatabase({ url, schema: scratch.schema, poolSize: 6 }), dispose: scratch.drop };
}

async function fill(database: Database, topic: string): Promise<string[]> {
  const now = new Date(Date.now() - 1000).toISOString();
  const ids: string[] = [];
  await database.db.deleteFrom('outbox_sends').execute();
  await database.db.deleteFrom('outbox').execute();
  for (let start = 0; start < events; start += 500) {
    const rows = Array.from({ length: Math.min(500, events - start) }, (_, i) => {
      const id = randomUUID();
      ids.push(id);
      return { id, topic, payload: JSON.stringify({ to: `p${start + i}@example.org` }), dedupe_key: null, created_at: now, available_at: now, attempts: 0 };
    });
    await database.db.insertInto('outbox').values(rows).execute();
  }
  return ids;
}

/** Events per second delivered by `workers` worker instances, each with its own connection pool. */
async function intercede(target: Target, workers: number): Promise<{ eventsPerSecond: number; delivered: number; mails: number }> {
  const databases = await Promise.all(Array.from({ length: workers }, () => target.open()));
  let mails = 0;
  const counting: Mailer = { send: async () => void mails++, close: async () => undefined };
  try {
    await fill(databases[0], 'bench.mail');
    const instances = databases.map((database, i) =>
      new OutboxWorker({ db: database.db, mailer: counting, messageIdHost: 'bench.example.org', workerId: `w${i}`, batchSize: BATCH, concurrency: CONCURRENCY }).register('bench.mail', async (ctx) => {
        await ctx.mail('to', { to: String(ctx.payload.to), subject: 'Bench', text: 'x', html: '<p>x</p>' });
      }),
    );
    const started = performance.now();
    await Promise.all(instances.map((w) => w.drain()));
    const seconds = (performance.now() - started) / 1000;
    const { n } = await databases[0].db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('delivered_at', 'is not', null).executeTakeFirstOrThrow();
    return { eventsPerSecond: Math.round(events / seconds), delivered: Number(n), mails };
  } finally {
    await Promise.all(databases.map((d) => d.close()));
  }
}

/** The bare limit: one UPDATE per event marking it delivered, CONCURRENCY at a time, nothing else. */
async function bare(target: Target): Promise<{ eventsPerSecond: number }> {
  const database = await target.open();
  try {
    const ids = await fill(database, 'bench.bare');
    let next = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        await database.db.updateTable('outbox').set({ delivered_at: new Date().toISOString() }).where('id', '=', id).execute();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    return { eventsPerSecond: Math.round(events / ((performance.now() - started) / 1000)) };
  } finally {
    await database.close();
  }
}

async function measure(target: Target, workerCounts: number[]) {
  const setup = await target.open();
  await migrateToLatest(setup);
  await setup.close();
  const baseline = await bare(target);
  const runs: Record<string, { eventsPerSecond: number; delivered: number; mails: number; ratioToBare: number }> = {};
  for (const workers of workerCounts) {
    const run = await intercede(target, workers);
    if (run.delivered !== events || run.mails !== events) throw new Error(`${target.kind}, ${workers} workers: ${run.delivered} delivered and ${run.mails} mails for ${events} events`);
    runs[`${workers} worker${workers > 1 ? 's' : ''}`] = { ...run, ratioToBare: Math.round((run.eventsPerSecond / baseline.eventsPerSecond) * 100) / 100 };
  }
  await target.dispose();
  return { bareUpdatesPerSecond: baseline.eventsPerSecond, runs };
}

console.log(`outbox: ${events} events…`);
const sqlite = await measure(sqliteTarget(), [1]);
const postgres = postgresUrl ? await measure(await postgresTarget(postgresUrl), [1, 2, 4]) : { skipped: 'set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL database to measure it' };

const results = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: loadavg().map((v) => Math.round(v * 100) / 100) },
  measuredAt: new Date().toISOString(),
  events,
  concurrencyPerWorker: CONCURRENCY,
  batchSize: BATCH,
  sqlite,
  postgres,
};
mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/outbox.json`, JSON.stringify(results, null, 2) + '\n');
const table: Record<string, { 'events/s': number; 'bare updates/s': number; ratio: number }> = {};
for (const [kind, result] of [['SQLite', sqlite], ['PostgreSQL', postgres]] as const) {
  if (!('runs' in result)) continue;
  for (const [name, run] of Object.entries(result.runs)) table[`${kind}, ${name}`] = { 'events/s': run.eventsPerSecond, 'bare updates/s': result.bareUpdatesPerSecond, ratio: run.ratioToBare };
}
console.table(table);
