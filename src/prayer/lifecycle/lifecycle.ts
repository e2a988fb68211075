/** Schedules the lifecycle job (expiry, purge, outbox pruning) on an outbox worker. */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import type { OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { LifecycleService } from './lifecycle.service.js';

/** The job's name (its outbox topic) and how often it runs. */
export const LIFECYCLE_JOB = 'job.lifecycle';
export const LIFECYCLE_EVERY_MS = 60 * 60 * 1000;

/** Runs the lifecycle every hour, once across all worker processes. */
export function registerLifecycle(worker: OutboxWorker, deps: { db: Kysely<Tables>; settings: SettingsRepository }): void {
  const service = new LifecycleService(deps);
  worker.schedule(LIFECYCLE_JOB, LIFECYCLE_EVERY_MS, async (ctx) => {
    const report = await service.run(ctx.now);
    if (report.expired + report.purged + report.pruned > 0) ctx.log.info({ ...report }, 'request lifecycle: expired, purged and pruned');
  });
}
