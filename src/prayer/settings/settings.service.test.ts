import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Accounts } from '../../accounts/accounts.js';
import { ANONYMOUS, type UserActor } from '../../platform/auth/actor.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { testAccounts } from '../../../test/harness/accounts-services.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { DEFAULT_PRAYER_SETTINGS } from './prayer-settings.js';
import { SettingsRepository } from './settings.repository.js';
import { SettingsService } from './settings.service.js';

describeEachDialect('prayer settings service', (get) => {
  const db = () => get().database.db;
  let accounts: Accounts;
  let settings: SettingsService;
  let admin: UserActor;

  beforeAll(async () => {
    ({ accounts } = testAccounts(db()));
    settings = new SettingsService({ db: db(), audit: accounts.audit, clock: () => new Date('2026-03-01T09:00:00.000Z') });
    admin = await createIntercessor(accounts, { roles: ['admin'], covenant: false });
  });

  beforeEach(async () => {
    await db().deleteFrom('settings').execute();
    await db().deleteFrom('audit_events').where('action', '=', 'settings.changed').execute();
  });

  it('is for admins only', async () => {
    for (const roles of [['moderator'], ['pastor'], ['intercessor']] as const) {
      const person = await createIntercessor(accounts, { roles: [...roles] });
      await expect(settings.current(person)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(settings.update(person, { flagThreshold: '5' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(settings.current(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await settings.current(admin)).toEqual(DEFAULT_PRAYER_SETTINGS);
  });

  it('stores form strings and JSON values, audits what changed with what it was, and ignores what did not change', async () => {
    const result = await settings.update(admin, { autoApprovePublic: 'yes', flagThreshold: '5', coverageTargetHours: 12, expiryDays: ' 45 ', purgeAfterDays: '90', leaseMinutes: 15 });
    expect(result.changed).toEqual(['autoApprovePublic', 'flagThreshold', 'expiryDays', 'leaseMinutes']);
    expect(await new SettingsRepository(db()).prayer()).toEqual({ ...DEFAULT_PRAYER_SETTINGS, autoApprovePublic: true, flagThreshold: 5, expiryDays: 45, leaseMinutes: 15 });
    const events = await db().selectFrom('audit_events').select(['action', 'actor_id', 'subject_type', 'details']).where('action', '=', 'settings.changed').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_id: admin.id, subject_type: 'settings' });
    expect(JSON.parse(events[0].details)).toEqual({
      changed: ['autoApprovePublic', 'flagThreshold', 'expiryDays', 'leaseMinutes'],
      autoApprovePublic: true,
      autoApprovePublicBefore: false,
      flagThreshold: 5,
      flagThresholdBefore: 3,
      expiryDays: 45,
      expiryDaysBefore: 30,
      leaseMinutes: 15,
      leaseMinutesBefore: 10,
    });
    // The same values again change nothing and record nothing.
    expect((await settings.update(admin, { flagThreshold: '5', autoApprovePublic: true })).changed).toEqual([]);
    expect(await db().selectFrom('audit_events').select('id').where('action', '=', 'settings.changed').execute()).toHaveLength(1);
  });

  it('names every bad field and stores nothing when any is bad', async () => {
    const attempt = settings.update(admin, { autoApprovePublic: 'perhaps', flagThreshold: '0', coverageTargetHours: '1.5', expiryDays: '', purgeAfterDays: '99999', leaseMinutes: 'ten' });
    await expect(attempt).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { autoApprovePublic: 'invalid', flagThreshold: 'outOfRange', coverageTargetHours: 'notNumber', expiryDays: 'missing', purgeAfterDays: 'outOfRange', leaseMinutes: 'notNumber' } },
    });
    await expect(settings.update(admin, { flagThreshold: '4', leaseMinutes: '121' })).rejects.toMatchObject({ details: { fields: { leaseMinutes: 'outOfRange' } } });
    expect(await new SettingsRepository(db()).prayer()).toEqual(DEFAULT_PRAYER_SETTINGS);
  });
});
