import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts } from '../../test/harness/accounts-services.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { actorFor } from './user-actor.js';

describeEachDialect('accounts: audit log', (get) => {
  let accounts: Accounts;
  let admin: UserActor;
  let pastor: UserActor;

  beforeAll(async () => {
    ({ accounts } = testAccounts(get().database.db));
    admin = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'audit.admin@example.org', roles: ['admin'] }), 'session');
    pastor = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'audit.pastor@example.org', roles: ['pastor'] }), 'session');
  });

  it('records what other domains report (e.g. a pastoral request viewed), and admins read it newest first', async () => {
    await accounts.audit.record(pastor, { action: 'prayer_request.viewed', subject: { type: 'prayer_request', id: 'r1' }, details: { visibility: 'pastoral' } });
    await accounts.audit.record(pastor, { action: 'prayer_request.viewed', subject: { type: 'prayer_request', id: 'r2' } });
    const log = await accounts.audit.list(admin, { action: 'prayer_request.viewed' });
    expect(log.total).toBe(2);
    expect(log.events.map((e) => e.subject?.id)).toEqual(['r2', 'r1']);
    expect(log.events[1]).toMatchObject({ actor: { id: pastor.id, label: 'audit.pastor@example.org' }, details: { visibility: 'pastoral' } });
    expect(log.actions).toContain('prayer_request.viewed');
    expect((await accounts.audit.list(admin, { subject: { type: 'prayer_request', id: 'r1' } })).total).toBe(1);
  });

  it('is readable by admins only', async () => {
    await expect(accounts.audit.list(pastor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(accounts.audit.list(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps free text out of action names', async () => {
    await expect(accounts.audit.record(pastor, { action: 'viewed request about my divorce' })).rejects.toThrow(/domain\.verb/);
  });

  it('rolls back with the action it records', async () => {
    const db = get().database.db;
    await expect(
      db.transaction().execute(async (trx) => {
        await accounts.audit.record(admin, { action: 'test.rolled_back' }, trx);
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect((await accounts.audit.list(admin, { action: 'test.rolled_back' })).total).toBe(0);
  });
});
