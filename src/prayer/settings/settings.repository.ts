import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { DEFAULT_PRAYER_SETTINGS, type PrayerSettings } from './prayer-settings.js';

/** Bumped by every save in this process: a cached copy read before it is stale at once. */
let savedGeneration = 0;

/** Forgets every cached copy in this process (for whoever writes the settings table without `savePrayer`). */
export function forgetCachedSettings(): void {
  savedGeneration++;
}

/** How long the services built once per process reuse a read of the settings (see SettingsCacheOptions). */
export const SETTINGS_CACHE_MS = 5_000;

/** Caching for a repository that lives as long as the process. */
export interface SettingsCacheOptions {
  /**
   * How long a read may be reused. A save in this process is seen at once; one in another process (a
   * second web server on PostgreSQL, the worker) within this time.
   */
  readonly maxAgeMs: number;
  readonly now?: () => number;
}

/** Reads and writes the prayer settings; unknown or malformed stored values fall back to defaults. */
export class SettingsRepository {
  #cached: { settings: PrayerSettings; generation: number; readAt: number } | undefined;

  /** Pass `cache` only for a repository over the whole database, never over a transaction. */
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly cache?: SettingsCacheOptions,
  ) {}

  /** The current settings, defaults filled in. */
  async prayer(): Promise<PrayerSettings> {
    if (!this.cache) return this.read();
    const now = (this.cache.now ?? Date.now)();
    const hit = this.#cached;
    if (hit && hit.generation === savedGeneration && now - hit.readAt < this.cache.maxAgeMs) return { ...hit.settings };
    const generation = savedGeneration;
    const settings = await this.read();
    this.#cached = { settings, generation, readAt: now };
    return { ...settings };
  }

  private async read(): Promise<PrayerSettings> {
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
    // Before and after: a read that overlaps the save must not be cached as current.
    savedGeneration++;
    for (const [key, value] of Object.entries(changes)) {
      const row = { key: `prayer.${key}`, value: JSON.stringify(value), updated_at: now.toISOString(), updated_by: userId };
      await this.db
        .insertInto('settings')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by }))
        .execute();
    }
    savedGeneration++;
  }
}
