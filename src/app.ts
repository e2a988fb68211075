import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config, LogLevel } from './config.js';
import type { Database } from './platform/db/database.js';
import { errorsPlugin } from './platform/http/errors.plugin.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { localePlugin, rewriteLocaleUrl } from './platform/http/locale.plugin.js';
import { securityPlugin } from './platform/http/security.plugin.js';
import { loggerOptions } from './platform/log.js';
import { scriptureApiRoutes } from './scripture/http/scripture.api.routes.js';
import { scripturePageRoutes } from './scripture/http/scripture.pages.routes.js';
import { createScriptureServices } from './scripture/scripture.services.js';
import type { ScriptureServices } from './scripture/scripture.services.types.js';
import { TranslationRepository } from './scripture/translation.repository.js';
import { buildAssets, type Assets } from './web/assets.js';
import { homeRoutes } from './web/home.routes.js';
import { pagesPlugin, renderErrorPage } from './web/pages.plugin.js';

/** Bodies larger than this are refused with 413 unless a route sets its own limit. */
export const BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  config: Config;
  database: Database;
  /** Logs go to stdout at the configured level; tests pass `false`, or a stream to read them. */
  logger?: false | { stream: NodeJS.WritableStream; level?: LogLevel };
  /** Built once per process and shared, since building runs esbuild. */
  assets?: Assets;
  /** Scripture services (they hold the in-memory verse cache); built from the database when absent. */
  scripture?: ScriptureServices;
}

let sharedAssets: Promise<Assets> | undefined;

/** Builds the whole Fastify application without listening, so tests can `inject` into it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const assets = options.assets ?? (await (sharedAssets ??= buildAssets()));
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { ...loggerOptions(options.logger?.level ?? config.logLevel), ...(options.logger ? { stream: options.logger.stream } : {}) },
    bodyLimit: BODY_LIMIT,
    rewriteUrl: rewriteLocaleUrl,
    trustProxy: false,
    routerOptions: { ignoreTrailingSlash: true },
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Intercede API', version: '1', description: 'Prayer requests, intercession and Scripture.' },
      servers: [{ url: config.baseUrl }],
    },
  });
  await app.register(securityPlugin, { https: config.baseUrl.startsWith('https:') });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(localePlugin);
  await app.register(pagesPlugin, { assets });
  await app.register(errorsPlugin, { renderPage: renderErrorPage(assets) });

  const translations = new TranslationRepository(database.db);
  await app.register(healthRoutes, { kind: database.kind, translations });
  await app.register(homeRoutes);
  const scripture = options.scripture ?? createScriptureServices(database);
  await app.register(scriptureApiRoutes, { scripture });
  await app.register(scripturePageRoutes, { scripture });

  app.get('/api/docs/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
