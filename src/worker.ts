/**
 * The background worker: the outbox worker with every handler and periodic job registered. The web
 * server runs one in-process (`intercede serve`); `intercede worker` runs one alone, and on PostgreSQL
 * any number of them can run beside any number of servers.
 */
import { createAccounts, type Accounts } from './accounts/accounts.js';
import type { Config } from './config.js';
import type { Database } from './platform/db/database.js';
import { openMigratedDatabase } from './platform/db/migrate.js';
import { OutboxWorker, type JobLog, type OutboxWorkerOptions } from './platform/jobs/outbox.worker.js';
import { createMailer } from './platform/mail/create-mailer.js';
import type { Mailer } from './platform/mail/mailer.js';
import { MemoryCounterStore } from './platform/rate-limit/counter-store.js';
import { registerLifecycle } from './prayer/lifecycle/lifecycle.js';
import { registerStoryNotifications } from './content/stories/story.notifier.js';
import { registerChurchNotifications } from './content/churches/church.notifier.js';
import { ChurchUnsubscribeTokens } from './content/churches/church-unsubscribe-token.js';
import { registerReadingPlanJobs } from './content/plans/plans.js';
import { NotificationLinks } from './prayer/notifications/notification-links.js';
import { registerNotifications } from './prayer/notifications/notifications.js';
import { UnsubscribeTokens } from './prayer/notifications/unsubscribe-token.js';
import { SettingsRepository } from './prayer/settings/settings.repository.js';
import { createScriptureServices } from './scripture/scripture.services.js';
import { registerResponseJobs } from './content/responses/journey.jobs.js';
import { JourneyService } from './content/responses/journey.service.js';
import type { ScriptureServices } from './scripture/scripture.services.types.js';

/** What the worker is built from; the web server passes the services it already has. */
export interface JobsOptions {
  readonly config: Config;
  readonly database: Database;
  readonly mailer: Mailer;
  readonly accounts: Accounts;
  readonly scripture?: ScriptureServices;
  readonly log?: JobLog;
  /** Tuning and test hooks (batch size, concurrency, polling, clock). */
  readonly worker?: Partial<Omit<OutboxWorkerOptions, 'db' | 'mailer' | 'messageIdHost' | 'log'>>;
}

/** Builds an outbox worker with every handler and job registered (not started). */
export function createJobs(options: JobsOptions): OutboxWorker {
  const { config, database } = options;
  const worker = new OutboxWorker({
    db: database.db,
    mailer: options.mailer,
    messageIdHost: new URL(config.baseUrl).hostname,
    log: options.log,
    ...options.worker,
  });
  const settings = new SettingsRepository(database.db);
  registerNotifications(worker, {
    db: database.db,
    users: options.accounts.users,
    passages: options.scripture?.passages,
    links: new NotificationLinks(config.baseUrl),
    tokens: new UnsubscribeTokens(config.sessionSecret),
    settings,
  });
  registerLifecycle(worker, { db: database.db, settings });
  registerStoryNotifications(worker, { db: database.db, baseUrl: config.baseUrl, users: options.accounts.users, tokens: new UnsubscribeTokens(config.sessionSecret) });
  registerChurchNotifications(worker, { db: database.db, baseUrl: config.baseUrl, tokens: new ChurchUnsubscribeTokens(config.sessionSecret) });
  registerResponseJobs(worker, {
    db: database.db,
    users: options.accounts.users,
    links: new NotificationLinks(config.baseUrl),
    tokens: new UnsubscribeTokens(config.sessionSecret),
    journeys: new JourneyService({ db: database.db, audit: options.accounts.audit, clock: () => new Date() }),
  });
  registerReadingPlanJobs(worker, { db: database.db, scripture: options.scripture, baseUrl: config.baseUrl, sessionSecret: config.sessionSecret });
  return worker;
}

/** A worker running alone, and how to stop it. */
export interface RunningWorker {
  readonly worker: OutboxWorker;
  readonly database: Database;
  stop(): Promise<void>;
}

/** Opens (and migrates) the configured database and starts a worker on it, for `intercede worker`. */
export async function startWorker(config: Config, options: { log?: JobLog; worker?: JobsOptions['worker']; start?: boolean } = {}): Promise<RunningWorker> {
  const database = await openMigratedDatabase(config);
  const mailer = createMailer(config);
  // Nothing the worker does is throttled per client, so its counters need not be shared.
  const accounts = createAccounts({ db: database.db, mailer, counters: new MemoryCounterStore(), baseUrl: config.baseUrl });
  const worker = createJobs({ config, database, mailer, accounts, scripture: createScriptureServices(database), log: options.log, worker: options.worker });
  if (options.start !== false) worker.start();
  let stopping: Promise<void> | undefined;
  return {
    worker,
    database,
    stop: () =>
      (stopping ??= (async () => {
        await worker.stop();
        await mailer.close();
        await database.close();
      })()),
  };
}
