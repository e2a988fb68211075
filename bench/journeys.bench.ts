/**
 * `node --import tsx bench/journeys.bench.ts`: how fast the journey job takes due steps, against the bare
 * limit, in one run.
 *  - intercede: N active journeys whose next step is due; `JourneyService.runDue` until nothing is left —
 *    per journey it reads the journey and its steps, takes the step (a guarded insert and an update) and
 *    enqueues the email, in one transaction per journey;
 *  - bare: the least the job must write per journey — one outbox INSERT in its own transaction.
 * Also checks what users would notice: every journey got exactly one new email event, none two.
 * Writes bench/results/journeys.json. BENCH_JOURNEYS (default 5000) sets N; BENCH_DATABASE_URL or
 * TEST_DATABASE_URL adds PostgreSQL.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { JourneyService } from '../src/content/responses/journey.service.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const journeys = Number(process.env.BENCH_JOURNEYS ?? 5000);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const DAY = 24 * 60 * 60 * 1000;

async function open(kind: 'sqlite' | 'postgres'): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'intercede-journeys-bench-'));
    const database = await openDatabase({ sqliteFile: join(dir, 'bench.db') });
    return { database, dispose: async () => void (await database.close(), rmSync(dir, { recursive: true, force: true })) };
  }
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = await openDatabase({ url: postgresUrl!, schema, poolSize: 4 });
  return {
    database,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

/** N responses with journeys that took day 0 two days ago, so the day-1 step is due now. */
async function seed(database: Database, now: Date): Promise<void> {
  const started = new Date(now.getTime() - 2 * DAY).toISOString();
  for (let start = 0; start < journeys; start += 250) {
    const n = Math.min(250, journeys - start);
    const responses = Array.from({ length: n }, () => ({
      id: randomUUID(), article_id: null, kind: 'returning', language: 'en', first_name: null, email: 'x@example.org', message: null,
      consent_version: 'bench', consented_at: started, prayer_request_id: null, crisis_kinds: '[]', followed_up_at: null, followed_up_by: null, follow_up_note: null, created_at: started, purged_at: null,
    }));
    await database.db.insertInto('responses').values(responses).execute();
    const rows = responses.map((r) => ({ id: randomUUID(), response_id: r.id, language: 'en', started_at: started, status: 'active', last_step_day: 0, last_sent_at: started, next_due_at: started, ended_at: null, stop_reason: null }));
    await database.db.insertInto('response_journeys').values(rows).execute();
    await database.db.insertInto('response_journey_steps').values(rows.map((j) => ({ journey_id: j.id, step: 'welcome', day: 0, scheduled_at: started }))).execute();
  }
}

async function measure(kind: 'sqlite' | 'postgres') {
  const { database, dispose } = await open(kind);
  try {
    await migrateToLatest(database);
    const now = new Date();
    await seed(database, now);
    const service = new JourneyService({ db: database.db, audit: { record: async () => undefined }, clock: () => now });
    let t = process.hrtime.bigint();
    let sent = 0;
    for (;;) {
      const report = await service.runDue(now);
      if (report.sent === 0) break;
      sent += report.sent;
    }
    const intercedeSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    // Running again takes nothing: each step is taken once.
    const again = await service.runDue(now);
    const events = await database.db.selectFrom('outbox').select((e) => e.fn.countAll<number | string>().as('n')).where('topic', '=', 'journey.step').executeTakeFirstOrThrow();
    const distinct = await database.db.selectFrom('response_journey_steps').select((e) => e.fn.countAll<number | string>().as('n')).where('step', '=', 'john').executeTakeFirstOrThrow();

    t = process.hrtime.bigint();
    for (let i = 0; i < journeys; i++) {
      await database.db.transaction().execute(async (trx) => {
        await trx.insertInto('outbox').values({ id: randomUUID(), topic: 'bench.bare', payload: '{}', dedupe_key: `bare:${i}`, created_at: now.toISOString(), available_at: now.toISOString(), attempts: 0 }).execute();
      });
    }
    const bareSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const perSecond = Math.round(sent / intercedeSeconds);
    const barePerSecond = Math.round(journeys / bareSeconds);
    return {
      kind,
      journeys,
      stepsTaken: sent,
      stepsTakenOnSecondRun: again.sent,
      emailEvents: Number(events.n),
      distinctSteps: Number(distinct.n),
      intercede: { stepsPerSecond: perSecond, seconds: Math.round(intercedeSeconds * 100) / 100 },
      bare: { insertsPerSecond: barePerSecond, seconds: Math.round(bareSeconds * 100) / 100 },
      ratio: Math.round((perSecond / barePerSecond) * 100) / 100,
    };
  } finally {
    await dispose();
  }
}

const runs = [await measure('sqlite'), ...(postgresUrl ? [await measure('postgres')] : [])];
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: loadavg().map((v) => Math.round(v * 100) / 100) },
  runs,
};
mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/journeys.json`, JSON.stringify(results, null, 2) + '\n');
for (const r of runs) {
  console.log(`${r.kind}: ${r.stepsTaken} steps taken at ${r.intercede.stepsPerSecond}/s; bare insert+commit ${r.bare.insertsPerSecond}/s; ratio ${r.ratio}; second run took ${r.stepsTakenOnSecondRun}; ${r.emailEvents} email events for ${r.journeys} journeys`);
}
