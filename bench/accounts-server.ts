/**
 * A server for the accounts benchmark, in its own process (autocannon runs in the parent). `intercede`:
 * the real server as `intercede serve` starts it, with one signed-in person made through the services;
 * it tells the parent its port, a session cookie, an API token, and a CSRF token/cookie pair for the
 * sign-in form. `bare`: Fastify answering GET /api/v1/me with a body of the same shape, reading nothing —
 * the limit of any Node handler. On request it reports the CPU time it has used.
 */
import Fastify from 'fastify';
import { COMMAND_LINE } from '../src/platform/auth/actor.js';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { closeOnSignal, reportCpuOnRequest } from './server-process.js';

const mode = process.argv[2];
export const BENCH_PASSWORD = 'benchmark lantern orchard 77';

const ME = { id: '5b0c6f5e-3f57-4f43-9c45-000000000000', email: 'bench@example.org', name: 'Bench', roles: ['intercessor'], locale: 'en', languages: ['en'], notifications: { requestUpdates: true, commitmentReminders: true }, status: 'active', covenantAcceptedAt: null, createdAt: new Date().toISOString() };

async function bare() {
  const app = Fastify({ logger: false });
  app.get('/api/v1/me', async () => ME);
  await app.listen({ port: 0, host: '127.0.0.1' });
  closeOnSignal(() => app.close());
  const address = app.server.address();
  return { port: typeof address === 'object' && address ? address.port : 0 };
}

async function intercede() {
  const server = await startServer(loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' }));
  closeOnSignal(() => server.stop());
  const { accounts } = server.app;
  const user = await accounts.users.create(COMMAND_LINE, { email: 'bench@example.org', roles: ['intercessor'], name: 'Bench', password: BENCH_PASSWORD });
  const session = await accounts.sessions.start(user.id);
  const { token } = await accounts.tokens.create(COMMAND_LINE, { name: 'bench', userId: user.id });
  const login = await server.app.inject('/login');
  const csrfCookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0];
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(login.body)![1];
  return { port: Number(new URL(server.url).port), sessionCookie: `intercede-session=${session.cookieValue}`, token, csrfCookie, csrfToken };
}

reportCpuOnRequest();
process.send?.(mode === 'bare' ? await bare() : await intercede());
