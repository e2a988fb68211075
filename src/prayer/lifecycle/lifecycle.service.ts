/**
 * The end of a request's life, run by a periodic job: requests expire when their time runs out (their
 * commitments end with them), and personal data is purged `purgeAfterDays` after a request closed, was
 * answered, expired or was deleted. Old outbox rows go too, so that the queue holds weeks, not years.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { OutboxRepository } from '../../platform/jobs/outbox.repository.js';
import { OutboxSendRepository } from '../../platform/jobs/outbox-send.repository.js';
import { endCommitmentsForRequest } from '../commitments/commitment.service.js';
import type { SettingsRepository } from '../settings/settings.repository.js';
import { LifecycleRepository } from './lifecycle.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Requests handled per run and step; a backlog is worked through run by run. */
const BATCH = 500;
/** Delivered outbox rows are kept this long (the admin page shows recent history), failed ones longer. */
export const KEEP_DELIVERED_MS = 30 * DAY_MS;
export const KEEP_FAILED_MS = 90 * DAY_MS;

/** What one run did. */
export interface LifecycleReport {
  readonly expired: number;
  readonly purged: number;
  readonly pruned: number;
}

export class LifecycleService {
  constructor(private readonly deps: { readonly db: Kysely<Tables>; readonly settings: SettingsRepository }) {}

  /** Expires, purges and prunes what is due at `now`. Safe to run again or on several processes at once. */
  async run(now: Date): Promise<LifecycleReport> {
    const at = now.toISOString();
    const { purgeAfterDays } = await this.deps.settings.prayer();
    let expired = 0;
    for (const id of await new LifecycleRepository(this.deps.db).expired(at, BATCH)) {
      await this.deps.db.transaction().execute(async (trx) => {
        if (!(await new LifecycleRepository(trx).expire(id, at))) return;
        await endCommitmentsForRequest(trx, id, 'expired', now);
        expired++;
      });
    }
    let purged = 0;
    const before = new Date(now.getTime() - purgeAfterDays * DAY_MS).toISOString();
    for (const id of await new LifecycleRepository(this.deps.db).purgeable(before, BATCH)) {
      const done = await this.deps.db.transaction().execute((trx) => new LifecycleRepository(trx).purge(id, at));
      if (done) purged++;
    }
    const pruned = await new OutboxRepository(this.deps.db).prune(new Date(now.getTime() - KEEP_DELIVERED_MS).toISOString(), new Date(now.getTime() - KEEP_FAILED_MS).toISOString());
    await new OutboxSendRepository(this.deps.db).prune(new Date(now.getTime() - KEEP_DELIVERED_MS).toISOString());
    return { expired, purged, pruned };
  }
}
