import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { TestDatabase } from './dialects.js';

/** An app on a test database, with logging off unless a test captures it. */
export async function createTestApp(
  testDb: TestDatabase,
  env: Record<string, string> = {},
  logger: Parameters<typeof buildApp>[0]['logger'] = false,
  extra: Pick<Parameters<typeof buildApp>[0], 'mailer' | 'redisPrefix'> = {},
): Promise<{ app: FastifyInstance; config: Config }> {
  const config = loadConfig({
    DATA_DIR: testDb.dataDir,
    SESSION_SECRET: 'test-session-secret-that-is-long-enough-123',
    ...(testDb.postgres ? { DATABASE_URL: testDb.postgres.url } : {}),
    ...env,
  });
  const app = await buildApp({ config, database: testDb.database, logger, ...extra });
  await app.ready();
  return { app, config };
}
