/**
 * Responses keep personal data no longer than prayer requests do: `purgeAfterDays` (the prayer
 * settings) after a response came in, once its journey is no longer running, its name, email, message
 * and follow-up note are removed; its kind and dates stay for the counts. Receipts of forms sent
 * (response-receipt.ts) go after a day: a double click is seconds apart.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import type { SettingsRepository } from '../../prayer/settings/settings.repository.js';
import { ResponseReceiptRepository } from './response-receipt.repository.js';
import { ResponseRepository } from './response.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Responses purged per run; a backlog is worked through run by run. */
const BATCH = 500;

export class ResponseLifecycle {
  constructor(private readonly deps: { readonly db: Kysely<Tables>; readonly settings: SettingsRepository }) {}

  /** Purges what is due at `now`; returns how many responses were purged. Safe to run again or on several processes. */
  async run(now: Date): Promise<number> {
    const { purgeAfterDays } = await this.deps.settings.prayer();
    const before = new Date(now.getTime() - purgeAfterDays * DAY_MS).toISOString();
    const repository = new ResponseRepository(this.deps.db);
    await new ResponseReceiptRepository(this.deps.db).deleteBefore(new Date(now.getTime() - DAY_MS).toISOString());
    let purged = 0;
    for (const id of await repository.purgeable(before, BATCH)) if (await repository.purge(id, now.toISOString())) purged++;
    return purged;
  }
}
