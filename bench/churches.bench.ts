/**
 * `npm run bench:churches`: the directory's distance search against its peer in the same run.
 *  - intercede: `ChurchService.search` near a point — bounding boxes in SQL on the (status, latitude,
 *    longitude) index, exact haversine in TypeScript, the radius widening until a page is full;
 *  - full scan: the obvious correct alternative — read every published listing with a position and
 *    sort all of them by haversine distance — checked to give the same first page.
 * Also times a text search (name, city or postal code). BENCH_CHURCHES (default 50,000) listings:
 * 80% clustered around 300 real-looking city centres, 20% anywhere on land or sea. SQLite always;
 * PostgreSQL too with BENCH_DATABASE_URL or TEST_DATABASE_URL. Writes bench/results/churches.json.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { ChurchRepository } from '../src/content/churches/church.repository.js';
import { createChurches } from '../src/content/churches/churches.js';
import { haversineKm, boundingBoxes } from '../src/content/churches/geo.js';
import { ANONYMOUS } from '../src/platform/auth/actor.js';
import { openDatabase, type Database } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import type { ChurchTable } from '../src/platform/db/tables.js';
import { MemoryCounterStore } from '../src/platform/rate-limit/counter-store.js';
import { percentiles, round, timeMs } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const COUNT = Number(process.env.BENCH_CHURCHES ?? 50_000);
const QUERIES = 300;
const SCANS = 20;
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

// A seeded generator, so both databases hold the same listings and answer the same queries.
// mulberry32: 32-bit integer arithmetic throughout (a float LCG loses bits and repeats positions).
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

const centres = Array.from({ length: 300 }, () => ({ lat: random() * 120 - 55, lng: random() * 360 - 180 }));

function listing(i: number): ChurchTable {
  const clustered = random() < 0.8;
  const c = centres[Math.floor(random() * centres.length)];
  const lat = clustered ? Math.max(-89.9, Math.min(89.9, c.lat + (random() - 0.5) * 0.6)) : random() * 180 - 90;
  const lng = clustered ? ((c.lng + (random() - 0.5) * 0.6 + 540) % 360) - 180 : random() * 360 - 180;
  const now = new Date().toISOString();
  const city = `city ${Math.floor(i / 50)}`;
  return {
    id: randomUUID(),
    name: `Church ${i}`,
    street: `${i} Main Street`,
    city,
    postal_code: String(10000 + (i % 90000)),
    country: 'US',
    latitude: lat,
    longitude: lng,
    website: null,
    service_times: 'Sunday 10:00',
    languages: '["en"]',
    tradition: 'baptist',
    tradition_other: null,
    name_key: `church ${i}`,
    city_key: city,
    postal_key: String(10000 + (i % 90000)),
    status: 'published',
    rejection_reason: null,
    submitter_email: null,
    submitter_locale: 'en',
    submitted_by: null,
    created_at: now,
    updated_at: now,
    published_at: now,
    reviewed_at: now,
    reviewed_by: null,
  };
}

async function run(kind: 'sqlite' | 'postgres', database: Database, rows: ChurchTable[]) {
  await migrateToLatest(database);
  for (let i = 0; i < rows.length; i += 500) await database.db.insertInto('churches').values(rows.slice(i, i + 500)).execute();
  if (kind === 'postgres') await sql`analyze churches`.execute(database.db);
  const service = createChurches({ db: database.db, audit: { record: async () => undefined }, counters: new MemoryCounterStore(), submitRateLimit: 0, sessionSecret: 'bench-secret-that-is-long-enough-0123456789' });
  const repository = new ChurchRepository(database.db);
  // Half the queries from near a city centre (a page fills at once), half from anywhere (the radius widens).
  seed = 7;
  const points = Array.from({ length: QUERIES }, (_, i) => {
    const c = centres[Math.floor(random() * centres.length)];
    return i % 2 ? { lat: c.lat + (random() - 0.5) * 0.2, lng: c.lng + (random() - 0.5) * 0.2 } : { lat: random() * 160 - 80, lng: random() * 360 - 180 };
  });

  const near: number[] = [];
  for (const p of points) near.push(await timeMs(() => service.search(ANONYMOUS, { lat: p.lat, lng: p.lng, limit: 20 })));

  const scan: number[] = [];
  let agreed = 0;
  for (const p of points.slice(0, SCANS)) {
    let first: string[] = [];
    scan.push(
      await timeMs(async () => {
        const all = await repository.withinBoxes(boundingBoxes(p, 1e6), { text: '', postal: '', country: '' });
        first = all
          .map((c) => ({ id: c.id, key: c.name_key, d: haversineKm(p, { lat: Number(c.latitude), lng: Number(c.longitude) }) }))
          .sort((a, b) => a.d - b.d || a.key.localeCompare(b.key) || a.id.localeCompare(b.id))
          .slice(0, 20)
          .map((c) => c.id);
      }),
    );
    const ours = (await service.search(ANONYMOUS, { lat: p.lat, lng: p.lng, limit: 20 })).results.map((r) => r.church.id);
    if (ours.join() === first.join()) agreed++;
  }

  const text: number[] = [];
  for (let i = 0; i < QUERIES; i++) text.push(await timeMs(() => service.search(ANONYMOUS, { q: `city ${Math.floor(random() * (COUNT / 50))}` })));

  const nearP = percentiles(near);
  const scanP = percentiles(scan);
  return {
    kind,
    listings: rows.length,
    nearSearchMs: { p50: round(nearP.p50), p95: round(nearP.p95), mean: round(nearP.mean) },
    fullScanMs: { p50: round(scanP.p50), p95: round(scanP.p95), mean: round(scanP.mean) },
    speedupP50: round(scanP.p50 / nearP.p50, 1),
    samePageAsFullScan: `${agreed}/${SCANS}`,
    textSearchMs: (({ p50, p95 }) => ({ p50: round(p50), p95: round(p95) }))(percentiles(text)),
  };
}

const rows = Array.from({ length: COUNT }, (_, i) => listing(i));
const results = [];
const dir = mkdtempSync(join(tmpdir(), 'intercede-churches-bench-'));
try {
  const sqlite = await openDatabase({ sqliteFile: join(dir, 'bench.db') });
  try {
    results.push(await run('sqlite', sqlite, rows));
  } finally {
    await sqlite.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (postgresUrl) {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const database = await openDatabase({ url: postgresUrl, schema, poolSize: 4 });
  try {
    results.push(await run('postgres', database, rows));
  } finally {
    await database.close();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavg: loadavg().map((l) => round(l)), queries: QUERIES, scans: SCANS, results };
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'churches.json'), `${JSON.stringify(report, null, 2)}\n`);
console.table(results.map((r) => ({ db: r.kind, listings: r.listings, 'near p50 ms': r.nearSearchMs.p50, 'near p95 ms': r.nearSearchMs.p95, 'full scan p50 ms': r.fullScanMs.p50, speedup: r.speedupP50, 'same page': r.samePageAsFullScan, 'text p50 ms': r.textSearchMs.p50 })));
