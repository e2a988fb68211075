/**
 * A server for the intake benchmark, run in its own process so that autocannon (in the parent) and the
 * server do not share an event loop. `intercede`: the real server as `intercede serve` starts it
 * (migrations, every plugin, SQLite in a fresh DATA_DIR). `bare`: Fastify with one route that parses the
 * same JSON body and answers 201 with a body of the same shape — the limit of any Node handler.
 * Tells the parent its port over IPC, and on request the CPU time it has used (a fairer measure than
 * throughput on a machine where other work competes for the cores).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { closeOnSignal, reportCpuOnRequest } from './server-process.js';

const mode = process.argv[2];

async function bare(): Promise<number> {
  const app = Fastify({ logger: false });
  app.post('/api/v1/prayer-requests', async (request, reply) => {
    const body = request.body as { text?: unknown };
    if (typeof body?.text !== 'string') return reply.code(400).send({ error: { code: 'VALIDATION', message: 'text' } });
    const token = `pr_${randomBytes(32).toString('base64url')}`;
    return reply.code(201).send({ id: randomUUID(), manageToken: token, manageUrl: `http://127.0.0.1/r/${token}`, status: 'active', crisis: null });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  closeOnSignal(() => app.close());
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function intercede(): Promise<number> {
  const server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' }));
  closeOnSignal(() => server.stop());
  return Number(new URL(server.url).port);
}

if (mode !== 'bare' && mode !== 'intercede') throw new Error(`unknown mode "${mode}" (bare or intercede)`);
reportCpuOnRequest();
process.send?.({ port: mode === 'bare' ? await bare() : await intercede() });
