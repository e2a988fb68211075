/**
 * Claim-and-pray cycles per second with 50 intercessors praying at once, through the services the
 * /intercede page and the API use: the dispatcher leases the most-needed request (urgent first, then
 * fewest prayers for its age, never one the person prayed for in the last day), then "I prayed" records
 * the prayer, moves the count, gives the lease back and writes the outbox events, in one transaction.
 * The peer is the bare limit of the same database: a transaction that only moves a count and inserts a
 * prayer row, at the same concurrency. Afterwards every count is checked against the rows.
 */
import { randomBytes } from 'node:crypto';
import { createAccounts } from '../src/accounts/accounts.js';
import { actorFor } from '../src/accounts/user-actor.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../src/platform/auth/actor.js';
import { MemoryCounterStore } from '../src/platform/rate-limit/counter-store.js';
import { createIntercession } from '../src/prayer/dispatch/intercession.js';
import { CATEGORIES } from '../src/prayer/prayer.types.js';
import { PrayerRepository } from '../src/prayer/prayers/prayer.repository.js';
import { createPrayerRequests } from '../src/prayer/requests/requests.js';
import { createScriptureServices } from '../src/scripture/scripture.services.js';
import { freshBenchDatabase } from './fresh-database.js';
import { percentiles } from './measure.js';

const TEXTS = [
  'Please pray for my mother, who has been in hospital since Tuesday.',
  'I have been out of work for four months and we are behind on rent.',
  'Pray for my son, who has stopped talking to us.',
  'I feel far from God and do not know how to come back.',
  'My husband drinks every night and I am tired.',
];


/** Runs `work` in `concurrency` loops until `seconds` pass; returns how many calls finished and their times. */
async function loops(concurrency: number, seconds: number, work: (loop: number) => Promise<boolean>): Promise<{ done: number; ms: number[]; elapsed: number }> {
  const ms: number[] = [];
  const start = performance.now();
  const deadline = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      while (performance.now() < deadline) {
        const t = performance.now();
        if (!(await work(loop))) return;
        ms.push(performance.now() - t);
      }
    }),
  );
  return { done: ms.length, ms, elapsed: (performance.now() - start) / 1000 };
}

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The benchmark on one database (SQLite when `url` is undefined). */
export async function claimAndPrayBenchmark(options: { url?: string; intercessors: number; requests: number; seconds: number }) {
  const { database, dispose } = await freshBenchDatabase(options.url, 'cycles');
  try {
    const db = database.db;
    const mailer = { send: async () => undefined, close: async () => undefined };
    const accounts = createAccounts({ db, mailer, counters: new MemoryCounterStore(), baseUrl: 'http://127.0.0.1' });
    const requests = createPrayerRequests({ db, counters: new MemoryCounterStore(), submitRateLimit: 0, baseUrl: 'http://127.0.0.1', audit: accounts.audit });
    const intercession = createIntercession({ db, kind: database.kind, scripture: createScriptureServices(database), accounts });

    const people: UserActor[] = [];
    for (let i = 0; i < options.intercessors; i++) {
      const user = await accounts.users.create(COMMAND_LINE, { email: `bench.${i}.${randomBytes(3).toString('hex')}@example.org`, roles: ['intercessor'], name: `Intercessor ${i}`, acceptCovenant: true });
      people.push(actorFor(user, 'session'));
    }
    const ids: string[] = [];
    for (let i = 0; i < options.requests; i++) {
      const fields = { text: `${TEXTS[i % TEXTS.length]} (${i})`, category: CATEGORIES[i % CATEGORIES.length], visibility: 'team', language: 'en' };
      ids.push((await requests.intake.submit(ANONYMOUS, fields, { clientAddress: '127.0.0.1', locale: 'en' })).request.id);
    }

    let empty = 0;
    const cycles = await loops(options.intercessors, options.seconds, async (loop) => {
      const assignment = await intercession.dispatch.next(people[loop]);
      if (!assignment) {
        empty++;
        return false;
      }
      await intercession.prayers.pray(people[loop], { requestId: assignment.request.id });
      return true;
    });

    // Integrity: every prayer counted once, none lost to a concurrent one.
    const counted = await db.selectFrom('prayer_requests').select((eb) => eb.fn.sum<number>('prayer_count').as('n')).executeTakeFirstOrThrow();
    const rows = await db.selectFrom('prayers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(counted.n) !== cycles.done || Number(rows.n) !== cycles.done) {
      throw new Error(`counts do not add up: ${cycles.done} cycles, ${Number(rows.n)} prayer rows, ${Number(counted.n)} counted`);
    }

    // The bare limit: the same write a prayer must make (count + row) in a transaction, nothing else.
    let next = 0;
    const bare = await loops(options.intercessors, options.seconds, async () => {
      const requestId = ids[next++ % ids.length];
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        const repository = new PrayerRepository(trx);
        await repository.countPrayer(requestId, now);
        await repository.insert({ id: crypto.randomUUID(), requestId, userId: people[0].id, note: null, verseOsis: null, noteStatus: 'none', now });
      });
      return true;
    });

    const latency = percentiles(cycles.ms);
    return {
      database: database.kind,
      intercessors: options.intercessors,
      requestsInPool: options.requests,
      seconds: round(cycles.elapsed),
      cycles: cycles.done,
      cyclesPerSecond: round(cycles.done / cycles.elapsed, 1),
      cycleLatencyMs: { p50: round(latency.p50), p95: round(latency.p95), p99: round(latency.p99) },
      emptyClaims: empty,
      bareWritesPerSecond: round(bare.done / bare.elapsed, 1),
      ratio: round(cycles.done / cycles.elapsed / (bare.done / bare.elapsed), 3),
      countsCheck: 'every prayer row counted once',
    };
  } finally {
    await dispose();
  }
}
