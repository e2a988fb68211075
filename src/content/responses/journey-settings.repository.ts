/** Reads and stores the journey's configuration in the shared `settings` table (key `responses.journey`). */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { readJourneyConfig, type JourneyStep } from './journey.steps.js';

const KEY = 'responses.journey';

export class JourneySettingsRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** The configured steps, defaults filled in (a hand-edited bad value never stops the journeys). */
  async steps(): Promise<JourneyStep[]> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    if (!row) return readJourneyConfig(null);
    try {
      return readJourneyConfig(JSON.parse(row.value));
    } catch {
      return readJourneyConfig(null);
    }
  }

  /** Stores the steps (validated by the service). */
  async save(steps: readonly JourneyStep[], userId: string | null, at: string): Promise<void> {
    const row = { key: KEY, value: JSON.stringify(steps), updated_at: at, updated_by: userId };
    await this.db
      .insertInto('settings')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by }))
      .execute();
  }
}
