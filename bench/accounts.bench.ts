/**
 * `npm run bench:accounts`: what the security baseline costs, in one run on one machine.
 *  (a) the price of knowing who asks: the same route (GET /healthz) on the real server with no credentials,
 *      with a session cookie (cookie → SHA-256 → session row → person and roles → access check) and with
 *      an API token (selector lookup, constant-time verifier check) — server CPU per request, the
 *      difference being what authentication costs; and GET /api/v1/me signed in against a bare Fastify
 *      handler answering the same JSON (the whole stack against the limit of any Node handler);
 *  (b) argon2id with the production parameters: hash and verify latency;
 *  (c) sign-in through the real form (CSRF, throttle check, argon2id verify, new session) per second,
 *      against the bare limit of argon2id verifications alone on this machine's cores.
 * Writes bench/results/accounts.json and prints a table. BENCH_SECONDS (default 5) sets each timed round.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify } from '@node-rs/argon2';
import type autocannon from 'autocannon';
import { hashPassword } from '../src/accounts/password-hasher.js';
import { autocannonRound, forkServer, median, stopServer } from './autocannon-round.js';
import { percentiles, round, timeMs } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = 3;
const CONNECTIONS = 20;

type ServerInfo = { port: number; sessionCookie?: string; token?: string; csrfCookie?: string; csrfToken?: string };

async function start(mode: 'bare' | 'intercede', env: Record<string, string>): Promise<{ child: ChildProcess; info: ServerInfo }> {
  const { child, ready } = await forkServer<ServerInfo>(join(here, 'accounts-server.ts'), mode, env);
  return { child, info: ready };
}

/** One autocannon round; fails on any answer but `expect`. */
async function load(child: ChildProcess, options: Parameters<typeof autocannon>[0], expect: number) {
  const { result, cpuMsPerRequest } = await autocannonRound(child, { connections: CONNECTIONS, duration: seconds, ...options });
  const wrong = Object.entries(result.statusCodeStats).filter(([code]) => Number(code) !== expect);
  if (wrong.length > 0 || result.errors > 0) throw new Error(`${options.url}: unexpected answers ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, cpuMsPerRequest, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg().map((v) => round(v)) };

// (b) argon2id alone.
const stored = await hashPassword('benchmark lantern orchard 77');
const hashSamples: number[] = [];
const verifySamples: number[] = [];
for (let i = 0; i < 30; i++) {
  hashSamples.push(await timeMs(() => hashPassword(`benchmark lantern orchard ${i}`)));
  verifySamples.push(await timeMs(() => verify(stored, 'benchmark lantern orchard 77')));
}
const argon2 = { hashMs: percentiles(hashSamples), verifyMs: percentiles(verifySamples) };
// The bare limit of sign-ins: verifications back to back on every core (libuv's pool runs them in parallel).
const parallel = Math.min(machine.cores, 4);
const verifyStart = process.hrtime.bigint();
let verified = 0;
await Promise.all(
  Array.from({ length: parallel }, async () => {
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      await verify(stored, 'benchmark lantern orchard 77');
      verified++;
    }
  }),
);
const verifyPerSecond = verified / (Number(process.hrtime.bigint() - verifyStart) / 1e9);

const dataDir = mkdtempSync(join(tmpdir(), 'intercede-bench-accounts-'));
const env = { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0', SESSION_SECRET: 'bench-session-secret-long-enough-0123456789', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
const bare = await start('bare', {});
const ours = await start('intercede', env);
try {
  const me = (port: number) => `http://127.0.0.1:${port}/api/v1/me`;
  const health = `http://127.0.0.1:${ours.info.port}/healthz`;
  type Round = Awaited<ReturnType<typeof load>>;
  const rounds = { bare: [] as Round[], me: [] as Round[], anonymous: [] as Round[], session: [] as Round[], token: [] as Round[] };
  await load(bare.child, { url: me(bare.info.port), duration: 1 }, 200);
  await load(ours.child, { url: me(ours.info.port), headers: { cookie: ours.info.sessionCookie! }, duration: 1 }, 200);
  for (let i = 0; i < ROUNDS; i++) {
    rounds.bare.push(await load(bare.child, { url: me(bare.info.port) }, 200));
    rounds.me.push(await load(ours.child, { url: me(ours.info.port), headers: { cookie: ours.info.sessionCookie! } }, 200));
    rounds.anonymous.push(await load(ours.child, { url: health }, 200));
    rounds.session.push(await load(ours.child, { url: health, headers: { cookie: ours.info.sessionCookie! } }, 200));
    rounds.token.push(await load(ours.child, { url: health, headers: { authorization: `Bearer ${ours.info.token}` } }, 200));
  }
  const signIn = await load(
    ours.child,
    {
      url: `http://127.0.0.1:${ours.info.port}/login`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: ours.info.csrfCookie! },
      body: new URLSearchParams({ _csrf: ours.info.csrfToken!, email: 'bench@example.org', password: 'benchmark lantern orchard 77' }).toString(),
    },
    303,
  );
  const summary = (list: Awaited<ReturnType<typeof load>>[]) => ({
    requestsPerSecond: Math.round(median(list.map((r) => r.requestsPerSecond))),
    cpuMsPerRequest: round(median(list.map((r) => r.cpuMsPerRequest)), 3),
    p50Ms: median(list.map((r) => r.p50Ms)),
    p99Ms: median(list.map((r) => r.p99Ms)),
  });
  const b = summary(rounds.bare);
  const m = summary(rounds.me);
  const a = summary(rounds.anonymous);
  const s = summary(rounds.session);
  const t = summary(rounds.token);
  const results = {
    machine: { ...machine, loadAverageAtEnd: loadavg().map((v) => round(v)) },
    measuredAt: new Date().toISOString(),
    secondsPerRound: seconds,
    rounds: ROUNDS,
    connections: CONNECTIONS,
    authentication: {
      route: 'GET /healthz',
      anonymous: a,
      session: { ...s, addedCpuMsPerRequest: round(s.cpuMsPerRequest - a.cpuMsPerRequest, 3), ratio: round(s.requestsPerSecond / a.requestsPerSecond, 3) },
      token: { ...t, addedCpuMsPerRequest: round(t.cpuMsPerRequest - a.cpuMsPerRequest, 3), ratio: round(t.requestsPerSecond / a.requestsPerSecond, 3) },
    },
    me: { bare: b, intercede: { ...m, ratio: round(m.requestsPerSecond / b.requestsPerSecond, 3), cpuRatio: round(b.cpuMsPerRequest / m.cpuMsPerRequest, 3) } },
    argon2id: { parameters: 'm=19456 KiB, t=2, p=1', hashMs: mapRound(argon2.hashMs), verifyMs: mapRound(argon2.verifyMs), verificationsPerSecondOnAllCores: Math.round(verifyPerSecond) },
    signIn: { requestsPerSecond: Math.round(signIn.requestsPerSecond), p50Ms: signIn.p50Ms, p99Ms: signIn.p99Ms, ratioToBareVerify: round(signIn.requestsPerSecond / verifyPerSecond, 3) },
  };
  mkdirSync(`${here}results`, { recursive: true });
  writeFileSync(`${here}results/accounts.json`, JSON.stringify(results, null, 2) + '\n');
  console.table({
    'GET /healthz, session cookie': { 'req/s': s.requestsPerSecond, 'peer req/s': a.requestsPerSecond, peer: 'same, anonymous', ratio: results.authentication.session.ratio, 'CPU ms/req': s.cpuMsPerRequest, 'peer CPU ms/req': a.cpuMsPerRequest },
    'GET /healthz, API token': { 'req/s': t.requestsPerSecond, 'peer req/s': a.requestsPerSecond, peer: 'same, anonymous', ratio: results.authentication.token.ratio, 'CPU ms/req': t.cpuMsPerRequest, 'peer CPU ms/req': a.cpuMsPerRequest },
    'GET /api/v1/me, session cookie': { 'req/s': m.requestsPerSecond, 'peer req/s': b.requestsPerSecond, peer: 'bare Fastify', ratio: results.me.intercede.ratio, 'CPU ms/req': m.cpuMsPerRequest, 'peer CPU ms/req': b.cpuMsPerRequest },
    'POST /login (argon2id)': { 'req/s': results.signIn.requestsPerSecond, 'peer req/s': Math.round(verifyPerSecond), peer: 'argon2id verify alone', ratio: results.signIn.ratioToBareVerify, 'CPU ms/req': '', 'peer CPU ms/req': '' },
  });
  console.log(`argon2id: hash p50 ${results.argon2id.hashMs.p50} ms, verify p50 ${results.argon2id.verifyMs.p50} ms`);
} finally {
  await stopServer(bare.child);
  await stopServer(ours.child);
  rmSync(dataDir, { recursive: true, force: true });
}

function mapRound(p: { p50: number; p95: number; p99: number; mean: number }) {
  return { p50: round(p.p50), p95: round(p.p95), p99: round(p.p99), mean: round(p.mean) };
}
