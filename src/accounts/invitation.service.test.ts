import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts, type TestClock } from '../../test/harness/accounts-services.js';
import type { MemoryMailer } from '../../test/harness/mail.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { INVITATION_TTL_MS } from './invitation.service.js';
import { actorFor } from './user-actor.js';

const PASSWORD = 'quiet river of stones';

describeEachDialect('accounts: invitations', (get) => {
  let accounts: Accounts;
  let clock: TestClock;
  let mailer: MemoryMailer;
  let admin: UserActor;

  beforeAll(async () => {
    ({ accounts, clock, mailer } = testAccounts(get().database.db));
    admin = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'inviter@example.org', roles: ['admin'], name: 'Grace Admin' }), 'session');
  });

  const tokenIn = (address: string) => mailer.linkTo(address, '/invite/').replace(/^.*\/invite\//, '');

  it('is sent by admins only, by email with a plain-text and an HTML part that say why it arrived', async () => {
    const pastor = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'not.admin@example.org', roles: ['pastor'] }), 'session');
    await expect(accounts.invitations.send(pastor, { email: 'x@example.org', roles: ['intercessor'], locale: 'en' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await accounts.invitations.send(admin, { email: 'New.Volunteer@example.org', roles: ['intercessor'], locale: 'es' });
    const mail = mailer.to('new.volunteer@example.org')[0];
    expect(mail.subject).toBe('Te invitan a unirte al equipo de oración');
    expect(mail.text).toContain('Grace Admin te ha invitado');
    expect(mail.text).toContain('Recibes este correo porque');
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain('Recibes este correo porque');
    expect(mail.text).toMatch(/https:\/\/prayer\.example\.org\/es\/invite\/[0-9a-f]{16}[A-Za-z0-9_-]{43}/);
  });

  it('refuses an address that already has an account', async () => {
    await expect(accounts.invitations.send(admin, { email: 'inviter@example.org', roles: ['pastor'], locale: 'en' })).rejects.toMatchObject({ code: 'EMAIL_TAKEN' });
  });

  it('is accepted once: the account gets the invited roles and the chosen password, the link is spent', async () => {
    await accounts.invitations.send(admin, { email: 'accepts@example.org', roles: ['intercessor', 'moderator'], locale: 'en' });
    const token = tokenIn('accepts@example.org');
    expect(await accounts.invitations.inspect(token)).toMatchObject({ state: 'open', email: 'accepts@example.org', roles: ['intercessor', 'moderator'] });
    const user = await accounts.invitations.accept(ANONYMOUS, { token, name: 'Ruth', password: PASSWORD });
    expect(user).toMatchObject({ email: 'accepts@example.org', name: 'Ruth', roles: ['intercessor', 'moderator'], covenantAcceptedAt: null });
    expect(await accounts.invitations.inspect(token)).toEqual({ state: 'used' });
    await expect(accounts.invitations.accept(ANONYMOUS, { token, name: 'Ruth', password: PASSWORD })).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    const log = await accounts.audit.list(admin, { action: 'invitation.accepted' });
    expect(log.events[0]).toMatchObject({ actor: { id: user.id }, details: { user: user.id } });
  });

  it('checks the name and password before spending the link', async () => {
    await accounts.invitations.send(admin, { email: 'careful@example.org', roles: ['author'], locale: 'en' });
    const token = tokenIn('careful@example.org');
    await expect(accounts.invitations.accept(ANONYMOUS, { token, name: '', password: PASSWORD })).rejects.toMatchObject({ details: { fields: { name: 'missing' } } });
    await expect(accounts.invitations.accept(ANONYMOUS, { token, name: 'Careful', password: 'Careful12345!' })).rejects.toMatchObject({ details: { fields: { password: 'personal' } } });
    expect((await accounts.invitations.inspect(token)).state).toBe('open');
  });

  it('expires after a week; the holder can ask for a fresh one, sent to the invited address', async () => {
    await accounts.invitations.send(admin, { email: 'slow@example.org', roles: ['pastor'], locale: 'en' });
    const old = tokenIn('slow@example.org');
    clock.advance(INVITATION_TTL_MS + 1);
    expect(await accounts.invitations.inspect(old)).toEqual({ state: 'expired' });
    await expect(accounts.invitations.accept(ANONYMOUS, { token: old, name: 'Slow', password: PASSWORD })).rejects.toMatchObject({ code: 'LINK_EXPIRED' });
    expect(await accounts.invitations.renew(ANONYMOUS, { token: old })).toBe('sent');
    const fresh = tokenIn('slow@example.org');
    expect(fresh).not.toBe(old);
    expect(await accounts.invitations.inspect(fresh)).toMatchObject({ state: 'open', roles: ['pastor'] });
    // Renewing twice from the same old link does not keep sending mail.
    expect(await accounts.invitations.renew(ANONYMOUS, { token: fresh })).toBe('notRenewable');
  });

  it('withdraws older open invitations when a newer one is sent to the same address', async () => {
    await accounts.invitations.send(admin, { email: 'twice@example.org', roles: ['author'], locale: 'en' });
    const first = tokenIn('twice@example.org');
    await accounts.invitations.send(admin, { email: 'twice@example.org', roles: ['author'], locale: 'en' });
    expect((await accounts.invitations.inspect(first)).state).toBe('expired');
    expect((await accounts.invitations.inspect(tokenIn('twice@example.org'))).state).toBe('open');
  });

  it('treats forged or malformed tokens as invalid', async () => {
    await accounts.invitations.send(admin, { email: 'forged@example.org', roles: ['author'], locale: 'en' });
    const real = tokenIn('forged@example.org');
    const forged = real.slice(0, 16) + 'A'.repeat(43);
    expect(await accounts.invitations.inspect(forged)).toEqual({ state: 'invalid' });
    expect(await accounts.invitations.inspect('nonsense')).toEqual({ state: 'invalid' });
    expect(await accounts.invitations.renew(ANONYMOUS, { token: forged })).toBe('notRenewable');
  });
});
