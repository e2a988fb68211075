import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts } from '../../test/harness/accounts-services.js';
import { ANONYMOUS, COMMAND_LINE } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { requireCovenant } from './covenant.js';
import { actorFor } from './user-actor.js';

describeEachDialect('accounts: the confidentiality covenant', (get) => {
  let accounts: Accounts;

  beforeAll(() => {
    ({ accounts } = testAccounts(get().database.db));
  });

  it('is required before prayer, accepted once with its date, and recorded in the audit log', async () => {
    const user = await accounts.users.create(COMMAND_LINE, { email: 'covenant@example.org', roles: ['intercessor'] });
    const actor = actorFor(user, 'session');
    expect(() => requireCovenant(actor)).toThrow(expect.objectContaining({ code: 'COVENANT_REQUIRED' }));
    expect(() => requireCovenant(ANONYMOUS)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const at = await accounts.covenant.accept(actor);
    expect(at).toBe('2026-03-01T09:00:00.000Z');
    const after = actorFor(await accounts.users.get(actor, user.id), 'session');
    expect(() => requireCovenant(after)).not.toThrow();
    expect(await accounts.covenant.accept(after)).toBe(at);
    const log = await accounts.audit.list(COMMAND_LINE, { action: 'covenant.accepted' });
    expect(log.events).toHaveLength(1);
  });

  it('can be recorded at creation for volunteers covenanted before Intercede', async () => {
    const user = await accounts.users.create(COMMAND_LINE, { email: 'veteran@example.org', roles: ['intercessor'], acceptCovenant: true });
    expect(() => requireCovenant(actorFor(user, 'session'))).not.toThrow();
  });

  it('does not count an acceptance of an older version of the covenant', async () => {
    const user = await accounts.users.create(COMMAND_LINE, { email: 'old.version@example.org', roles: ['intercessor'], acceptCovenant: true });
    await get().database.db.updateTable('users').set({ covenant_version: '0' }).where('id', '=', user.id).execute();
    const actor = actorFor(await accounts.users.getByEmail(COMMAND_LINE, 'old.version@example.org'), 'session');
    expect(actor.covenantAcceptedAt).toBeNull();
  });
});
