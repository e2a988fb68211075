import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts, type TestClock } from '../../test/harness/accounts-services.js';
import type { MemoryMailer } from '../../test/harness/mail.js';
import { ANONYMOUS, COMMAND_LINE } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { RESET_TTL_MS, RESETS_PER_ADDRESS_PER_HOUR } from './password-link.service.js';
import { verifyPassword } from './password-hasher.js';
import type { User } from './user.js';

describeEachDialect('accounts: password links', (get) => {
  let accounts: Accounts;
  let clock: TestClock;
  let mailer: MemoryMailer;
  let person: User;

  beforeAll(async () => {
    ({ accounts, clock, mailer } = testAccounts(get().database.db));
    person = await accounts.users.create(COMMAND_LINE, { email: 'forgetful@example.org', roles: ['intercessor'], name: 'Forgetful', password: 'first password of mine' });
  });

  const tokenIn = (address: string) => mailer.linkTo(address, '/reset/').replace(/^.*\/reset\//, '');
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('emails a reset link to a known address, and nothing to an unknown one', async () => {
    await accounts.passwordLinks.requestReset(ANONYMOUS, { email: 'FORGETFUL@example.org', locale: 'en' });
    await accounts.passwordLinks.requestReset(ANONYMOUS, { email: 'nobody@example.org', locale: 'en' });
    await settle();
    expect(mailer.to('forgetful@example.org')).toHaveLength(1);
    expect(mailer.to('nobody@example.org')).toHaveLength(0);
    const mail = mailer.to('forgetful@example.org')[0];
    expect(mail.text).toContain('You receive this email because a password reset was asked for');
    expect(mail.html).toContain('You receive this email because a password reset was asked for');
  });

  it('sends at most a few per hour to one address, however often asked', async () => {
    const before = mailer.to('forgetful@example.org').length;
    for (let i = 0; i < 6; i++) await accounts.passwordLinks.requestReset(ANONYMOUS, { email: 'forgetful@example.org', locale: 'en' });
    await settle();
    expect(mailer.to('forgetful@example.org').length - before).toBe(RESETS_PER_ADDRESS_PER_HOUR - 1);
  });

  it('sets the new password once, ends every session, and spends the link', async () => {
    const session = await accounts.sessions.start(person.id);
    const token = tokenIn('forgetful@example.org');
    expect(await accounts.passwordLinks.inspect(token)).toEqual({ state: 'open', purpose: 'reset', email: 'forgetful@example.org' });
    await accounts.passwordLinks.complete(ANONYMOUS, { token, password: 'second password of mine' });
    const user = await accounts.users.getByEmail(COMMAND_LINE, 'forgetful@example.org');
    expect(await verifyPassword(user.passwordHash, 'second password of mine')).toBe(true);
    expect(await accounts.sessions.resolve(session.cookieValue)).toBeNull();
    expect(await accounts.passwordLinks.inspect(token)).toEqual({ state: 'used', purpose: 'reset' });
    await expect(accounts.passwordLinks.complete(ANONYMOUS, { token, password: 'third password of mine' })).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    const log = await accounts.audit.list(COMMAND_LINE, { action: 'user.password_reset' });
    expect(log.events[0]).toMatchObject({ actor: { id: person.id, label: 'forgetful@example.org' }, subject: { type: 'user', id: person.id } });
  });

  it('expires after an hour', async () => {
    clock.advance(2 * 60 * 60 * 1000);
    await accounts.passwordLinks.requestReset(ANONYMOUS, { email: 'forgetful@example.org', locale: 'en' });
    await settle();
    const token = tokenIn('forgetful@example.org');
    clock.advance(RESET_TTL_MS + 1);
    expect(await accounts.passwordLinks.inspect(token)).toEqual({ state: 'expired', purpose: 'reset' });
  });

  it('issues set-password links for the command line, refused to anyone else', async () => {
    const fresh = await accounts.users.create(COMMAND_LINE, { email: 'fresh@example.org', roles: ['pastor'] });
    const { url } = await accounts.passwordLinks.issueSetLink(COMMAND_LINE, { userId: fresh.id });
    const token = url.replace(/^.*\/reset\//, '');
    expect(await accounts.passwordLinks.inspect(token)).toMatchObject({ state: 'open', purpose: 'set' });
    await expect(accounts.passwordLinks.issueSetLink(ANONYMOUS, { userId: fresh.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sends nothing to a deactivated account', async () => {
    const gone = await accounts.users.create(COMMAND_LINE, { email: 'gone@example.org', roles: ['author'], password: 'a password that works' });
    await accounts.users.deactivate(COMMAND_LINE, { userId: gone.id });
    await accounts.passwordLinks.requestReset(ANONYMOUS, { email: 'gone@example.org', locale: 'en' });
    await settle();
    expect(mailer.to('gone@example.org')).toHaveLength(0);
  });
});
