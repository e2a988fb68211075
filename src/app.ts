import { join } from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { createAccounts, type Accounts } from './accounts/accounts.js';
import { accountsRoutes } from './accounts/http/accounts.routes.js';
import { authenticator } from './accounts/http/authenticate.js';
import type { Config, LogLevel } from './config.js';
import type { Database } from './platform/db/database.js';
import { errorsPlugin } from './platform/http/errors.plugin.js';
import { jsonBodyPlugin } from './platform/http/json-body.plugin.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { localePlugin, rewriteLocaleUrl } from './platform/http/locale.plugin.js';
import { securityPlugin } from './platform/http/security.plugin.js';
import { accessPlugin } from './platform/http/access.plugin.js';
import { csrfPlugin } from './platform/http/csrf.plugin.js';
import { rateLimitPlugin } from './platform/http/rate-limit.plugin.js';
import { createMailer } from './platform/mail/create-mailer.js';
import type { Mailer } from './platform/mail/mailer.js';
import { MemoryCounterStore, type CounterStore } from './platform/rate-limit/counter-store.js';
import { RedisCounterStore } from './platform/rate-limit/redis-counter-store.js';
import { OneLinePerRequest, loggerOptions } from './platform/log.js';
import { EmlOutboxReader } from './platform/jobs/eml-outbox.reader.js';
import { takeEnqueued } from './platform/jobs/outbox-signal.js';
import { outboxRoutes } from './platform/jobs/outbox.routes.js';
import { OutboxService } from './platform/jobs/outbox.service.js';
import type { OutboxWorker } from './platform/jobs/outbox.worker.js';
import { unsubscribeRoutes } from './prayer/notifications/unsubscribe.routes.js';
import { UnsubscribeService } from './prayer/notifications/unsubscribe.service.js';
import { UnsubscribeTokens } from './prayer/notifications/unsubscribe-token.js';
import { createJobs } from './worker.js';
import { createPrayerRequests, type PrayerRequests } from './prayer/requests/requests.js';
import { prayerRequestRoutes } from './prayer/requests/requests.routes.js';
import { createIntercession, type Intercession } from './prayer/dispatch/intercession.js';
import { intercessionRoutes } from './prayer/dispatch/intercession.routes.js';
import { createCoverage } from './prayer/coverage/coverage.js';
import { coverageRoutes } from './prayer/coverage/coverage.routes.js';
import { createModeration } from './prayer/moderation/moderation.js';
import { moderationAreaRoutes } from './prayer/moderation/moderation-area.routes.js';
import { createSettings } from './prayer/settings/settings.js';
import { settingsRoutes } from './prayer/settings/settings.routes.js';
import { createWall } from './prayer/wall/wall.js';
import { wallRoutes } from './prayer/wall/wall.routes.js';
import { scriptureApiRoutes } from './scripture/http/scripture.api.routes.js';
import { scripturePageRoutes } from './scripture/http/scripture.pages.routes.js';
import { createScriptureServices } from './scripture/scripture.services.js';
import type { ScriptureServices } from './scripture/scripture.services.types.js';
import { TranslationRepository } from './scripture/translation.repository.js';
import { buildAssets, type Assets } from './web/assets.js';
import { articleAdminRoutes } from './content/articles/article-admin.routes.js';
import { articleRoutes } from './content/articles/article.routes.js';
import { createArticles, type Articles } from './content/articles/articles.js';
import { homeRoutes } from './web/home.routes.js';
import { createStories } from './content/stories/stories.js';
import { storiesRoutes } from './content/stories/stories.routes.js';
import { createChurches } from './content/churches/churches.js';
import { churchesRoutes } from './content/churches/churches.routes.js';
import { createResponses } from './content/responses/responses.js';
import { responsesAreaRoutes } from './content/responses/responses.routes.js';
import { createPlans, type Plans } from './content/plans/plans.js';
import { PlanLinkTokens } from './content/plans/plan-link-token.js';
import { planRoutes } from './content/plans/plan.routes.js';
import { subscriptionRoutes } from './content/plans/subscription.routes.js';
import { planWriteRoutes } from './content/plans/plan-write.routes.js';
import { planApiRoutes } from './content/plans/plan.api.routes.js';
import { pagesPlugin, renderErrorPage } from './web/pages.plugin.js';
import { sitemapRoutes } from './web/sitemap.routes.js';

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
  /** Mail transport; by default SMTP_URL, else .eml files in DATA_DIR/outbox. Tests pass one to read. */
  mailer?: Mailer;
  /** Prefix of every Redis key (tests use a fresh one so that runs do not share counts). */
  redisPrefix?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The accounts services (users, sessions, tokens, invitations, covenant, audit) for other domains. */
    accounts: Accounts;
    /** Sends mail (`composeMail` builds the message). */
    mailer: Mailer;
    /** The articles service (publishing, reading, the Scripture check) for other content areas. */
    articles: Articles['articles'];
    /** The outbox worker (notifications, digests, lifecycle); `startServer` starts it, tests drive it with `tick()`. */
    jobs: OutboxWorker;
    /** Prayer-request services (intake, the requester's side, moderation) and their repository, for other areas. */
    prayerRequests: PrayerRequests;
    /** Intercession services (dispatcher, prayers, commitments incl. `dueForDigest` for the daily reminder). */
    intercession: Intercession;
    /** Reading plans (built-in and authored) and their subscriptions. */
    readingPlans: Plans;
  }
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
    // A hop count means: believe that many proxies in front of us (proxy-addr's own reading of a number).
    trustProxy: typeof config.trustProxy === 'number' ? ((_address: string, hop: number) => hop < (config.trustProxy as number)) : config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    logController: new OneLinePerRequest(),
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Intercede API', version: '1', description: 'Prayer requests, intercession and Scripture.' },
      servers: [{ url: config.baseUrl }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token (ict_…) from /account/tokens or `intercede user token`.' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'intercede-session', description: 'A signed-in browser; writes also need an x-csrf-token header.' },
          manageToken: { type: 'http', scheme: 'bearer', description: "A prayer request's manage token (pr_…), returned once by POST /api/v1/prayer-requests." },
        },
      },
    },
  });
  await app.register(securityPlugin, { https: config.baseUrl.startsWith('https:') });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody);
  await app.register(jsonBodyPlugin);
  await app.register(localePlugin);

  const https = config.baseUrl.startsWith('https:');
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1 }) : undefined;
  redis?.on('error', (err) => app.log.warn({ err: { message: err.message } }, 'redis unavailable'));
  const counters: CounterStore = redis
    ? new RedisCounterStore(redis, options.redisPrefix ?? 'intercede:', (err) => app.log.error({ err }, 'redis counters failed; counting in memory'))
    : new MemoryCounterStore();
  const mailer = options.mailer ?? createMailer(config);
  const accounts = createAccounts({
    db: database.db,
    mailer,
    counters,
    baseUrl: config.baseUrl,
    onMailError: (err) => app.log.error({ err }, 'mail could not be sent'),
  });
  app.decorate('accounts', accounts);
  app.decorate('mailer', mailer);
  const sweep = setInterval(() => void accounts.sessions.sweep().catch((err: unknown) => app.log.error({ err }, 'session sweep failed')), 60 * 60 * 1000);
  sweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    await mailer.close();
    redis?.disconnect();
  });
  // Order matters: limits and access hooks must exist before any route is registered.
  await app.register(rateLimitPlugin, { perMinute: config.rateLimitPerMinute, redis, prefix: options.redisPrefix ?? 'intercede:' });
  await app.register(csrfPlugin, { https, secret: config.sessionSecret });
  await app.register(accessPlugin, { authenticate: authenticator(accounts, https) });
  await app.register(pagesPlugin, { assets });
  await app.register(errorsPlugin, { renderPage: renderErrorPage(assets) });

  const translations = new TranslationRepository(database.db);
  await app.register(healthRoutes, { kind: database.kind, translations });
  await app.register(homeRoutes);
  const scripture = options.scripture ?? createScriptureServices(database);
  await app.register(scriptureApiRoutes, { scripture });
  await app.register(scripturePageRoutes, { scripture });
  await app.register(accountsRoutes, { accounts, https });
  const { articles } = createArticles({ db: database.db, audit: accounts.audit, scripture });
  app.decorate('articles', articles);
  await app.register(articleRoutes, { articles, scripture, baseUrl: config.baseUrl });
  await app.register(articleAdminRoutes, { articles, scripture });
  // The church directory: search, submissions (limited like prayer intake), and the moderators' review.
  const churches = createChurches({ db: database.db, audit: accounts.audit, counters, submitRateLimit: config.submitRateLimit, sessionSecret: config.sessionSecret });
  await app.register(churchesRoutes, { churches });
  const readingPlans = createPlans({ db: database.db, translations: scripture.translations, baseUrl: config.baseUrl, defaultTimeZone: config.defaultTimeZone });
  app.decorate('readingPlans', readingPlans);
  await app.register(planRoutes, { ...readingPlans, scripture, baseUrl: config.baseUrl, counters });
  await app.register(subscriptionRoutes, { subscriptions: readingPlans.subscriptions, scripture, links: new PlanLinkTokens(config.sessionSecret), baseUrl: config.baseUrl });
  await app.register(planWriteRoutes, { plans: readingPlans.plans });
  await app.register(planApiRoutes, { plans: readingPlans.plans, baseUrl: config.baseUrl });
  const prayerRequests = createPrayerRequests({
    db: database.db,
    counters,
    submitRateLimit: config.submitRateLimit,
    baseUrl: config.baseUrl,
    audit: accounts.audit,
    passages: scripture.passages,
  });
  app.decorate('prayerRequests', prayerRequests);
  await app.register(prayerRequestRoutes, { requests: prayerRequests, baseUrl: config.baseUrl });
  const intercession = createIntercession({ db: database.db, kind: database.kind, scripture, accounts });
  app.decorate('intercession', intercession);
  await app.register(intercessionRoutes, { intercession });
  // The public wall, the review queue and pastoral care, coverage, and the prayer settings.
  await app.register(wallRoutes, { wall: createWall({ db: database.db, counters }) });
  await app.register(moderationAreaRoutes, { moderation: createModeration({ db: database.db, audit: accounts.audit, requests: prayerRequests.moderation }) });
  await app.register(coverageRoutes, { coverage: createCoverage({ db: database.db, kind: database.kind }) });
  await app.register(settingsRoutes, { settings: createSettings({ db: database.db, audit: accounts.audit }) });
  // Stories: shared through a form, published after moderation beside answered-prayer testimonies.
  const stories = createStories({ db: database.db, audit: accounts.audit, counters, submitRateLimit: config.submitRateLimit });
  await app.register(storiesRoutes, { stories, baseUrl: config.baseUrl });
  // Responses at the end of articles and their follow-up journeys ("please pray for me" goes through intake).
  const responses = createResponses({ db: database.db, audit: accounts.audit, intake: prayerRequests.intake, articles });
  await app.register(responsesAreaRoutes, { responses, articles });
  await app.register(sitemapRoutes, { baseUrl: config.baseUrl, sources: [articles, readingPlans.plans, churches, stories] });

  // Notifications and scheduled jobs: the outbox worker, one-click unsubscribe, and the admin's outbox page.
  const jobs = createJobs({ config, database, mailer, accounts, scripture, log: app.log });
  app.decorate('jobs', jobs);
  // A request that wrote outbox events has committed by the time its response is sent: look now, not at the next poll.
  app.addHook('onResponse', async () => {
    if (takeEnqueued()) jobs.nudge();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
  });
  await app.register(unsubscribeRoutes, {
    service: new UnsubscribeService({ db: database.db, users: accounts.users, tokens: new UnsubscribeTokens(config.sessionSecret), journeys: responses.journeys }),
  });
  const mailDirectory = config.smtpUrl ? null : join(config.dataDir, 'outbox');
  await app.register(outboxRoutes, {
    service: new OutboxService({ db: database.db, mailbox: mailDirectory ? new EmlOutboxReader(mailDirectory) : undefined, audit: accounts.audit }),
    mailDirectory,
  });

  app.get('/api/docs/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  return app;
}
