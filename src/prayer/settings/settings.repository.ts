import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { DEFAULT_PRAYER_SETTINGS, type PrayerSettings } from './prayer-settings.js';

/** Reads and writes the prayer settings; unknown or malformed stored values fall back to defaults. */
export class SettingsRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** The current settings, defaults filled in. */
  async prayer(): Promise<PrayerSettings> {
    const rows = await this.db.selectFrom('settings').select(['key', 'value']).where('key', 'like', 'prayer.%').execute();
    const settings: PrayerSettings = { ...DEFAULT_PRAYER_SETTINGS };
    for (const row of rows) {
      const key = row.key.slice('prayer.'.length) as keyof PrayerSettings;
      if (!(key in DEFAULT_PRAYER_SETTINGS)) continue;
      try {
        const value = JSON.parse(row.value) as unknown;
        if (typeof value === typeof DEFAULT_PRAYER_SETTINGS[key]) (settings as unknown as Record<string, unknown>)[key] = value;
      } catch {
        // A hand-edited bad value must not stop prayer: keep the default.
      }
    }
    return settings;
  }

  /** Stores some settings (validated by the caller's service). */
  async savePrayer(changes: Partial<PrayerSettings>, userId: string | null, now = new Date()): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const row = { key: `prayer.${key}`, value: JSON.stringify(value), updated_at: now.toISOString(), updated_by: userId };
      await this.db
        .insertInto('settings')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by }))
        .execute();
    }
  }
}
