/**
 * Claim latency against the size of the pool: one intercessor at a time asks the dispatcher for the next
 * request (through DispatchService.next, the claim transaction the API and /intercede use) while 1,000,
 * 10,000 and 100,000 live requests wait. The requests are inserted as rows in bulk (not through intake)
 * with a spread of ages, prayer counts, urgency, visibilities and languages like a ministry's open pool.
 * Each claim is given back untimed, so the pool stays the same size. The peer is the smallest pool: a
 * claim whose cost does not grow with the pool keeps a ratio near 1. Then the same database becomes
 * 100,000 English requests and 100 Spanish ones, and an intercessor who speaks only Spanish claims: the
 * requests the dispatcher must pass over are nearly all of them, and the peer is the English claim at 100,000.
 *
 * Run alone with `node --import tsx bench/dispatch-pool.ts` (SQLite, and PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set): it merges its figures into bench/results/prayer.json
 * under `dispatchPool`. `npm run bench:prayer` runs it too.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createAccounts } from '../src/accounts/accounts.js';
import { actorFor } from '../src/accounts/user-actor.js';
import { COMMAND_LINE, type UserActor } from '../src/platform/auth/actor.js';
import type { Tables } from '../src/platform/db/tables.js';
import { MemoryCounterStore } from '../src/platform/rate-limit/counter-store.js';
import { mulberry32 } from '../src/platform/seeded-random.js';
import { createIntercession } from '../src/prayer/dispatch/intercession.js';
import { CATEGORIES } from '../src/prayer/prayer.types.js';
import { createScriptureServices } from '../src/scripture/scripture.services.js';
import { freshBenchDatabase } from './fresh-database.js';
import { percentiles, round } from './measure.js';

const DAY = 24 * 60 * 60 * 1000;
/** Pool sizes measured, smallest first (the pool grows from one to the next). */
const POOL_SIZES = [1_000, 10_000, 100_000];
/** Spanish requests among the 100,000 English ones in the other-language case. */
const SPANISH_AMONG_ENGLISH = 100;

/**
 * `count` live request rows: up to 30 days old, prayed for about once a day, 3% urgent, a tenth pastoral,
 * a fifth Spanish (all in `language` when given).
 */
function requestRows(count: number, offset: number, now: Date, random: () => number, language?: 'en' | 'es'): Insertable<Tables['prayer_requests']>[] {
  return Array.from({ length: count }, (_, i) => {
    const ageDays = random() * 30;
    const created = new Date(now.getTime() - ageDays * DAY).toISOString();
    const v = random();
    const visibility = v < 0.1 ? 'pastoral' : v < 0.55 ? 'team' : 'public';
    return {
      id: `${String(offset + i).padStart(7, '0')}-${randomBytes(6).toString('hex')}`,
      manage_token_hash: randomBytes(32).toString('hex'),
      text: `Please pray for my family (${offset + i}).`,
      public_text: `Please pray for my family (${offset + i}).`,
      first_name: 'Maria',
      category: CATEGORIES[(offset + i) % CATEGORIES.length],
      visibility,
      language: language ?? (random() < 0.2 ? 'es' : 'en'),
      status: 'active',
      moderation: visibility === 'public' ? 'approved' : 'not_required',
      urgent: random() < 0.03 ? 1 : 0,
      hidden: 0,
      flag_count: 0,
      prayer_count: Math.floor(random() * ageDays * 1.5),
      visitor_prayer_count: 0,
      created_at: created,
      updated_at: created,
      expires_at: new Date(now.getTime() + 30 * DAY).toISOString(),
    };
  });
}


/** Claim latency at each pool size on one database (SQLite when `url` is undefined). */
export async function dispatchPoolBenchmark(options: { url?: string; seconds: number }) {
  const { database, dispose } = await freshBenchDatabase(options.url, 'pool');
  try {
    const db = database.db;
    const now = new Date();
    const accounts = createAccounts({ db, mailer: { send: async () => undefined, close: async () => undefined }, counters: new MemoryCounterStore(), baseUrl: 'http://127.0.0.1' });
    const intercession = createIntercession({ db, kind: database.kind, scripture: createScriptureServices(database), accounts, clock: () => now });
    const people: UserActor[] = [];
    for (let i = 0; i < 8; i++) {
      const user = await accounts.users.create(COMMAND_LINE, { email: `pool.${i}.${randomBytes(3).toString('hex')}@example.org`, roles: ['intercessor'], name: `Intercessor ${i}`, acceptCovenant: true });
      people.push(actorFor(user, 'session'));
    }
    const random = mulberry32(20261127);
    const sizes = [];
    let seeded = 0;
    for (const size of POOL_SIZES) {
      const rows = requestRows(size - seeded, seeded, now, random);
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 500) await trx.insertInto('prayer_requests').values(rows.slice(i, i + 500)).execute();
      });
      seeded = size;
      // PostgreSQL's autovacuum would gather the planner's statistics soon after such a load; do it now.
      if (database.kind === 'postgres') await sql`analyze prayer_requests`.execute(db);
      // Warm-up, then claims until `seconds` pass (at least 20).
      for (let i = 0; i < 5; i++) await claimOnce(intercession, people[i % people.length]);
      const ms: number[] = [];
      const deadline = performance.now() + options.seconds * 1000;
      while (ms.length < 20 || (performance.now() < deadline && ms.length < 2000)) {
        ms.push(await claimOnce(intercession, people[ms.length % people.length]));
      }
      const p = percentiles(ms);
      sizes.push({ liveRequests: size, claims: ms.length, claimMs: { p50: round(p.p50, 3), p95: round(p.p95, 3), mean: round(p.mean, 3) } });
    }
    const base = sizes[0].claimMs.p50;

    // The same pool made English, with a few Spanish requests of the same spread among it.
    await db.updateTable('prayer_requests').set({ language: 'en' }).where('language', '!=', 'en').execute();
    await db.insertInto('prayer_requests').values(requestRows(SPANISH_AMONG_ENGLISH, seeded, now, random, 'es')).execute();
    if (database.kind === 'postgres') await sql`analyze prayer_requests`.execute(db);
    const speaker = await accounts.users.create(COMMAND_LINE, { email: `pool.es.${randomBytes(3).toString('hex')}@example.org`, roles: ['intercessor'], name: 'Intercesora', locale: 'es', acceptCovenant: true });
    const spanishOnly = actorFor(speaker, 'session');
    for (let i = 0; i < 5; i++) await claimOnce(intercession, spanishOnly);
    const ms: number[] = [];
    const deadline = performance.now() + options.seconds * 1000;
    while (ms.length < 20 || (performance.now() < deadline && ms.length < 2000)) ms.push(await claimOnce(intercession, spanishOnly));
    const p = percentiles(ms);
    const otherLanguage = {
      englishRequests: seeded,
      spanishRequests: SPANISH_AMONG_ENGLISH,
      claims: ms.length,
      claimMs: { p50: round(p.p50, 3), p95: round(p.p95, 3), mean: round(p.mean, 3) },
      p50VsEnglishClaimAtSameSize: round(p.p50 / sizes[sizes.length - 1].claimMs.p50, 2),
    };
    return { database: database.kind, sizes: sizes.map((s) => ({ ...s, p50VsSmallestPool: round(s.claimMs.p50 / base, 2) })), otherLanguage };
  } finally {
    await dispose();
  }
}

/** One timed claim, given back untimed. */
async function claimOnce(intercession: ReturnType<typeof createIntercession>, person: UserActor): Promise<number> {
  const start = performance.now();
  const got = await intercession.dispatch.next(person);
  const ms = performance.now() - start;
  if (!got) throw new Error('the pool ran dry');
  await intercession.dispatch.release(person, got.request.id);
  return ms;
}

// Run alone: measure and merge the figures into bench/results/prayer.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seconds = Number(process.env.BENCH_SECONDS ?? 3);
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const loadAverageAtStart = loadavg().map((v) => round(v));
  const sqlite = await dispatchPoolBenchmark({ seconds });
  console.log(JSON.stringify(sqlite));
  const postgres = url ? await dispatchPoolBenchmark({ url, seconds }) : { skipped: 'set BENCH_DATABASE_URL (or TEST_DATABASE_URL)' };
  console.log(JSON.stringify(postgres));
  const file = fileURLToPath(new URL('results/prayer.json', import.meta.url));
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const key = process.env.BENCH_POOL_KEY ?? 'dispatchPool';
  results[key] = { measuredAt: new Date().toISOString(), loadAverageAtStart, loadAverageAtEnd: loadavg().map((v) => round(v)), secondsPerSize: seconds, sqlite, postgres };
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
