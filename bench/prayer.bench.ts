/**
 * `npm run bench:prayer`: the intercession loop against its peers, in one run on one machine.
 *  (a) request intake: the real server (SQLite) vs a bare Fastify handler, autocannon, same JSON body;
 *  (b) claim-and-pray cycles per second with 50 intercessors at once, through the services (SQLite, and
 *      PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set), vs the bare write of a prayer;
 *  (c) claim latency with 1,000, 10,000 and 100,000 live requests waiting (bench/dispatch-pool.ts), SQLite and
 *      PostgreSQL as in (b), against the smallest pool, and a Spanish-only intercessor's among 100,000 English;
 *  (d) a simulation of 100,000 requests and 1,000 intercessors with the real scoring function, vs a random
 *      and a newest-first dispatcher.
 * Writes bench/results/prayer.json and prints a table. BENCH_SECONDS (default 10) sets each timed round.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dispatchPoolBenchmark } from './dispatch-pool.js';
import { claimAndPrayBenchmark } from './prayer-cycles.js';
import { intakeBenchmark } from './prayer-intake.js';
import { simulationBenchmark } from './prayer-simulation.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  // Other work on the machine changes the absolute numbers; the ratios compare like with like.
  loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
};

console.log(`intake: ${seconds}s rounds…`);
const intake = await intakeBenchmark({ seconds, rounds: 3, connections: 20 });
console.log('claim and pray (SQLite)…');
const cycles = {
  sqlite: await claimAndPrayBenchmark({ intercessors: 50, requests: 3000, seconds }),
  postgres: postgresUrl
    ? await claimAndPrayBenchmark({ url: postgresUrl, intercessors: 50, requests: 3000, seconds })
    : { skipped: 'set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL database to measure it' },
};
console.log('claim latency against pool size…');
const dispatchPool = {
  secondsPerSize: Math.min(seconds, 3),
  sqlite: await dispatchPoolBenchmark({ seconds: Math.min(seconds, 3) }),
  postgres: postgresUrl ? await dispatchPoolBenchmark({ url: postgresUrl, seconds: Math.min(seconds, 3) }) : { skipped: 'set BENCH_DATABASE_URL (or TEST_DATABASE_URL)' },
};
console.log('simulation…');
const simulation = simulationBenchmark();

mkdirSync(`${here}results`, { recursive: true });
// The pool figures from before the dispatcher read its index (measured once, on the old code) stay for comparison.
const previous = existsSync(`${here}results/prayer.json`) ? JSON.parse(readFileSync(`${here}results/prayer.json`, 'utf8')) : {};
const results = {
  machine: { ...machine, loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100) },
  measuredAt: new Date().toISOString(),
  intake,
  claimAndPray: cycles,
  dispatchPool,
  ...(previous.dispatchPoolBefore ? { dispatchPoolBefore: previous.dispatchPoolBefore } : {}),
  simulation,
};
writeFileSync(`${here}results/prayer.json`, JSON.stringify(results, null, 2) + '\n');

const pg = 'cyclesPerSecond' in cycles.postgres ? cycles.postgres : undefined;
console.table({
  'intake req/s (SQLite)': { intercede: intake.intercedeRequestsPerSecond, peer: intake.bareRequestsPerSecond, ratio: intake.ratio, goal: intake.goal },
  'intake server CPU ms/req': { intercede: intake.intercedeServerCpuMsPerRequest, peer: intake.bareServerCpuMsPerRequest, ratio: intake.cpuRatio, goal: intake.goal },
  [`control: ${intake.stackPath} req/s`]: { intercede: intake.stackRequestsPerSecond, peer: intake.bareRequestsPerSecond, ratio: intake.stackRatio, goal: '' },
  [`intake ceiling on ${intake.cores} shared cores`]: { intercede: '', peer: '', ratio: intake.allCoresCeilingRatio, goal: intake.goal },
  'claim+pray cycles/s (SQLite)': { intercede: cycles.sqlite.cyclesPerSecond, peer: cycles.sqlite.bareWritesPerSecond, ratio: cycles.sqlite.ratio, goal: '' },
  ...(pg ? { 'claim+pray cycles/s (PostgreSQL)': { intercede: pg.cyclesPerSecond, peer: pg.bareWritesPerSecond, ratio: pg.ratio, goal: '' } } : {}),
});
const round2 = (v: number) => Math.round(v * 100) / 100;
const row = (name: string, r: typeof simulation.need) => ({
  dispatcher: name,
  'first prayer p50 h': r.timeToFirstPrayerHours.p50,
  'p95 h': r.timeToFirstPrayerHours.p95,
  'max h': r.timeToFirstPrayerHours.max,
  'never prayed': r.timeToFirstPrayerHours.neverPrayed,
  'prayers/request min': r.prayersPerRequest.min,
  p50: r.prayersPerRequest.p50,
  p95: r.prayersPerRequest.p95,
  max: r.prayersPerRequest.max,
  gini: r.prayersPerRequest.gini,
});
console.table(
  Object.fromEntries(
    [dispatchPool.sqlite, dispatchPool.postgres].flatMap((r) =>
      'sizes' in r
        ? [
            ...r.sizes.map((s) => [`claim ms p50, ${s.liveRequests} live (${r.database})`, { p50: s.claimMs.p50, p95: s.claimMs.p95, 'vs smallest pool': s.p50VsSmallestPool }]),
            [`claim ms p50, Spanish-only among ${r.otherLanguage.englishRequests} English (${r.database})`, { p50: r.otherLanguage.claimMs.p50, p95: r.otherLanguage.claimMs.p95, 'vs smallest pool': round2(r.otherLanguage.claimMs.p50 / r.sizes[0].claimMs.p50) }],
          ]
        : [],
    ),
  ),
);
console.table([row('need (dispatch.score.ts)', simulation.need), row('random', simulation.peers.random), row('newest first', simulation.peers.newest)]);
console.log(`simulation: ${simulation.model.requests} requests, ${simulation.model.intercessors} intercessors, ${simulation.model.days} days; ${simulation.runSeconds.need}s for the need dispatcher`);
