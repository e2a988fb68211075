import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { DEFAULT_PRAYER_SETTINGS } from './prayer-settings.js';
import { SettingsRepository, forgetCachedSettings } from './settings.repository.js';

describeEachDialect('prayer settings: the cached read', (get) => {
  const db = () => get().database.db;
  let now = 0;
  const cached = () => new SettingsRepository(db(), { maxAgeMs: 5_000, now: () => now });
  /** What another process does: writes the row itself, without this process's save. */
  const writeElsewhere = (key: string, value: unknown) =>
    db()
      .insertInto('settings')
      .values({ key: `prayer.${key}`, value: JSON.stringify(value), updated_at: '2026-11-27T00:00:00.000Z', updated_by: null })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute();

  beforeEach(async () => {
    await db().deleteFrom('settings').execute();
    forgetCachedSettings();
    now = 1_000_000;
  });

  it('sees a save made in this process at once, through any repository', async () => {
    const reader = cached();
    expect((await reader.prayer()).expiryDays).toBe(DEFAULT_PRAYER_SETTINGS.expiryDays);
    await new SettingsRepository(db()).savePrayer({ expiryDays: 45, autoApprovePublic: true }, null);
    expect(await reader.prayer()).toMatchObject({ expiryDays: 45, autoApprovePublic: true });
  });

  it("sees another process's change once the cached copy is older than its limit, not before", async () => {
    const reader = cached();
    await reader.prayer();
    await writeElsewhere('flagThreshold', 7);
    now += 4_999;
    expect((await reader.prayer()).flagThreshold).toBe(DEFAULT_PRAYER_SETTINGS.flagThreshold);
    now += 1;
    expect((await reader.prayer()).flagThreshold).toBe(7);
  });

  it('hands out copies: a caller changing its settings object does not change what others read', async () => {
    const reader = cached();
    const first = await reader.prayer();
    first.expiryDays = 1;
    expect((await reader.prayer()).expiryDays).toBe(DEFAULT_PRAYER_SETTINGS.expiryDays);
  });

  it('without a cache, reads the table every time', async () => {
    const reader = new SettingsRepository(db());
    await reader.prayer();
    await writeElsewhere('leaseMinutes', 9);
    expect((await reader.prayer()).leaseMinutes).toBe(9);
  });
});
