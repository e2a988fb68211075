import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts } from '../../test/harness/accounts-services.js';
import { ANONYMOUS, COMMAND_LINE } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { ACCOUNT_BACKOFF, ADDRESS_BACKOFF } from './login.service.js';

const PASSWORD = 'amber willow 19 tides';

describeEachDialect('accounts: signing in', (get) => {
  let accounts: Accounts;

  beforeAll(async () => {
    ({ accounts } = testAccounts(get().database.db));
    await accounts.users.create(COMMAND_LINE, { email: 'signer@example.org', roles: ['intercessor'], password: PASSWORD });
    const gone = await accounts.users.create(COMMAND_LINE, { email: 'deactivated@example.org', roles: ['intercessor'], password: PASSWORD });
    await accounts.users.deactivate(COMMAND_LINE, { userId: gone.id });
    await accounts.users.create(COMMAND_LINE, { email: 'nopassword@example.org', roles: ['intercessor'] });
  });

  it('accepts the right password, whatever the case of the email', async () => {
    const result = await accounts.logins.login(ANONYMOUS, { email: ' Signer@Example.org', password: PASSWORD, ip: '10.0.0.1' });
    expect(result).toMatchObject({ outcome: 'ok', user: { email: 'signer@example.org' } });
  });

  it('gives one answer for a wrong password, an unknown email, no password yet and a deactivated account', async () => {
    for (const email of ['signer@example.org', 'unknown@example.org', 'nopassword@example.org', 'deactivated@example.org']) {
      const password = email === 'deactivated@example.org' ? PASSWORD : 'not the right one';
      expect(await accounts.logins.login(ANONYMOUS, { email, password, ip: `10.0.1.${email.length}` })).toEqual({ outcome: 'invalid' });
    }
  });

  it('throttles one account with a growing delay, even for the right password, whatever the address', async () => {
    const email = 'throttled@example.org';
    await accounts.users.create(COMMAND_LINE, { email, roles: ['pastor'], password: PASSWORD });
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts; i++) {
      expect((await accounts.logins.login(ANONYMOUS, { email, password: 'wrong guess', ip: `10.1.0.${i}` })).outcome).toBe('invalid');
    }
    const blocked = await accounts.logins.login(ANONYMOUS, { email, password: PASSWORD, ip: '10.1.1.1' });
    expect(blocked).toMatchObject({ outcome: 'throttled' });
    expect((blocked as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(ACCOUNT_BACKOFF.firstBlockMs - 1000);
  });

  it('throttles unknown emails the same way, so throttling says nothing about who has an account', async () => {
    const email = 'ghost@example.org';
    for (let i = 0; i < ACCOUNT_BACKOFF.freeAttempts; i++) await accounts.logins.login(ANONYMOUS, { email, password: 'guess', ip: `10.2.0.${i}` });
    expect((await accounts.logins.login(ANONYMOUS, { email, password: 'guess', ip: '10.2.1.1' })).outcome).toBe('throttled');
  });

  it('throttles one client address trying many accounts', async () => {
    for (let i = 0; i < ADDRESS_BACKOFF.freeAttempts; i++) {
      await accounts.logins.login(ANONYMOUS, { email: `spray${i}@example.org`, password: 'guess', ip: '10.3.0.1' });
    }
    expect((await accounts.logins.login(ANONYMOUS, { email: 'fresh.target@example.org', password: 'guess', ip: '10.3.0.1' })).outcome).toBe('throttled');
    expect((await accounts.logins.login(ANONYMOUS, { email: 'fresh.target@example.org', password: 'guess', ip: '10.3.0.2' })).outcome).toBe('invalid');
  });
});
