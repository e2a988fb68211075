/**
 * Request intake throughput: autocannon against the real Intercede server (SQLite) and against a bare
 * Fastify handler, alternating rounds in the same run on the same machine, the same JSON body each time.
 * The per-address limits are off for the run (SUBMIT_RATE_LIMIT=0, RATE_LIMIT_PER_MINUTE=0), as a
 * trusted setup would have them; everything else is the server as `intercede serve` runs it.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { autocannonRound, forkServer, median, stopServer } from './autocannon-round.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The request every round sends: a realistic public request, about 330 bytes of JSON. */
export const INTAKE_BODY = JSON.stringify({
  text: 'Please pray for my mother, who has been in hospital since Tuesday. The doctors are worried about her heart and we are afraid. Pray that she would have peace, and for our family as we wait.',
  category: 'health',
  visibility: 'public',
  language: 'en',
  firstName: 'Ana',
});

/** One round's figures. */
export interface IntakeRound {
  requestsPerSecond: number;
  /** CPU time the server process spent per request (user + system), in milliseconds. */
  serverCpuMsPerRequest: number;
  /** CPU time autocannon (this process) spent per request: it shares the machine's cores with the server. */
  loadCpuMsPerRequest: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  responses2xx: number;
  non2xx: number;
  errors: number;
}

async function startServer(mode: 'bare' | 'intercede', env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const { child, ready } = await forkServer<{ port: number }>(join(here, 'prayer-intake-server.ts'), mode, env);
  return { child, port: ready.port };
}

/**
 * The control: the same server and body on `POST /api/v1/references`, which runs every plugin and hook
 * (security headers, cookies, CSRF, sessions, locale, logging) but stores nothing — the ceiling any
 * route of the app can reach, to read intake's ratio against.
 */
const STACK_PATH = '/api/v1/references';
const INTAKE_PATH = '/api/v1/prayer-requests';

async function round(server: { child: ChildProcess; port: number }, seconds: number, connections: number, path = INTAKE_PATH): Promise<IntakeRound> {
  const { result, cpuMsPerRequest, loadCpuMsPerRequest } = await autocannonRound(server.child, {
    url: `http://127.0.0.1:${server.port}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: INTAKE_BODY,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    serverCpuMsPerRequest: Math.round(cpuMsPerRequest * 1000) / 1000,
    loadCpuMsPerRequest: Math.round(loadCpuMsPerRequest * 1000) / 1000,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    responses2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Alternates bare and Intercede rounds (after a warm-up of each) and compares the medians. A round in
 * which Intercede answered anything but 201 fails the benchmark: throughput of errors means nothing.
 */
export async function intakeBenchmark(options: { seconds: number; rounds: number; connections: number }) {
  const cores = cpus().length;
  const dataDir = mkdtempSync(join(tmpdir(), 'intercede-bench-intake-'));
  const env = { DATA_DIR: dataDir, SUBMIT_RATE_LIMIT: '0', RATE_LIMIT_PER_MINUTE: '0', SESSION_SECRET: 'bench-session-secret-long-enough-0123456789', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
  const bare = await startServer('bare', {});
  const ours = await startServer('intercede', env);
  try {
    await round(bare, 2, options.connections);
    await round(ours, 2, options.connections);
    const bareRounds: IntakeRound[] = [];
    const ourRounds: IntakeRound[] = [];
    const stackRounds: IntakeRound[] = [];
    for (let i = 0; i < options.rounds; i++) {
      bareRounds.push(await round(bare, options.seconds, options.connections));
      ourRounds.push(await round(ours, options.seconds, options.connections));
      stackRounds.push(await round(ours, options.seconds, options.connections, STACK_PATH));
    }
    const failed = [...ourRounds, ...stackRounds].find((r) => r.non2xx > 0 || r.errors > 0);
    if (failed) throw new Error(`intake answered ${failed.non2xx} non-2xx responses and ${failed.errors} errors`);
    const bareRps = median(bareRounds.map((r) => r.requestsPerSecond));
    const ourRps = median(ourRounds.map((r) => r.requestsPerSecond));
    const stackRps = median(stackRounds.map((r) => r.requestsPerSecond));
    const bareCpu = median(bareRounds.map((r) => r.serverCpuMsPerRequest));
    const ourCpu = median(ourRounds.map((r) => r.serverCpuMsPerRequest));
    const stackCpu = median(stackRounds.map((r) => r.serverCpuMsPerRequest));
    const loadCpu = median(ourRounds.map((r) => r.loadCpuMsPerRequest));
    // On this machine the server and autocannon share the cores: even a server that spread each request's
    // work over every core at no cost could answer at most cores ÷ (its CPU + autocannon's) per request.
    const allCoresCeiling = (cores * 1000) / (ourCpu + loadCpu);
    return {
      body: { bytes: Buffer.byteLength(INTAKE_BODY) },
      connections: options.connections,
      secondsPerRound: options.seconds,
      rounds: options.rounds,
      logLevel: env.LOG_LEVEL,
      bareRequestsPerSecond: Math.round(bareRps),
      intercedeRequestsPerSecond: Math.round(ourRps),
      ratio: Math.round((ourRps / bareRps) * 1000) / 1000,
      goal: 0.4,
      bareServerCpuMsPerRequest: bareCpu,
      intercedeServerCpuMsPerRequest: ourCpu,
      /** Bare CPU per request ÷ ours: the throughput ratio each would reach with a core to itself. */
      cpuRatio: Math.round((bareCpu / ourCpu) * 1000) / 1000,
      cores,
      loadGeneratorCpuMsPerRequest: loadCpu,
      /** The most intake could reach here, as a ratio to bare, if its work were spread perfectly over every core (see allCoresCeiling). */
      allCoresCeilingRatio: Math.round((allCoresCeiling / bareRps) * 1000) / 1000,
      /** The control route (STACK_PATH) on the same server: the app's own ceiling against bare Fastify. */
      stackPath: STACK_PATH,
      stackRequestsPerSecond: Math.round(stackRps),
      stackRatio: Math.round((stackRps / bareRps) * 1000) / 1000,
      stackServerCpuMsPerRequest: stackCpu,
      /** Intake against the control: what storing a request costs beyond what every route costs. */
      intakeVsStackRatio: Math.round((ourRps / stackRps) * 1000) / 1000,
      bareRounds,
      intercedeRounds: ourRounds,
      stackRounds,
    };
  } finally {
    await stopServer(bare.child);
    await stopServer(ours.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
