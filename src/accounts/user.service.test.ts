import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts } from '../../test/harness/accounts-services.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../platform/auth/actor.js';
import { AppError } from '../platform/errors.js';
import type { Accounts } from './accounts.js';
import { actorFor } from './user-actor.js';
import { presentUser } from './user.presenter.js';

const PASSWORD = 'harbour candle meadow 7';

describeEachDialect('accounts: people', (get) => {
  let accounts: Accounts;
  let admin: UserActor;

  beforeAll(async () => {
    ({ accounts } = testAccounts(get().database.db));
    admin = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'Admin@Example.org ', roles: ['admin'], name: 'Ada', password: PASSWORD }), 'service');
  });

  it('stores emails lower-cased and refuses a second account for the same address', async () => {
    expect(admin.email).toBe('admin@example.org');
    await expect(accounts.users.create(COMMAND_LINE, { email: 'ADMIN@example.org', roles: ['pastor'] })).rejects.toMatchObject({ code: 'EMAIL_TAKEN' });
  });

  it('never presents the password hash, and reports who has not set a password yet', async () => {
    const user = await accounts.users.create(COMMAND_LINE, { email: 'nopass@example.org', roles: ['intercessor'] });
    expect(user.passwordHash).toBeNull();
    const view = presentUser(user);
    expect(view.status).toBe('invited');
    expect(JSON.stringify(presentUser(await accounts.users.get(admin, admin.id)))).not.toMatch(/argon2/);
  });

  it('refuses unknown roles and weak passwords with field problems', async () => {
    await expect(accounts.users.create(COMMAND_LINE, { email: 'x@example.org', roles: ['bishop'] })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { roles: 'unknown' } } });
    await expect(accounts.users.create(COMMAND_LINE, { email: 'x@example.org', roles: ['pastor'], password: 'short' })).rejects.toMatchObject({ details: { fields: { password: 'tooShort' } } });
    await expect(accounts.users.create(COMMAND_LINE, { email: 'x@example.org', roles: ['pastor'], password: 'Password2024!' })).rejects.toMatchObject({ details: { fields: { password: 'common' } } });
  });

  it('lets only admins list people and change roles, and records role changes in the audit log', async () => {
    const pastor = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'pastor@example.org', roles: ['pastor'] }), 'service');
    await expect(accounts.users.list(pastor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(accounts.users.list(ANONYMOUS)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(accounts.users.changeRoles(pastor, { userId: pastor.id, roles: ['pastor', 'admin'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const changed = await accounts.users.changeRoles(admin, { userId: pastor.id, roles: ['pastor', 'moderator'] });
    expect(changed.roles).toEqual(['moderator', 'pastor']);
    const log = await accounts.audit.list(admin, { action: 'user.roles_changed' });
    expect(log.events[0]).toMatchObject({ actor: { id: admin.id, label: 'admin@example.org' }, subject: { type: 'user', id: pastor.id }, details: { from: ['pastor'], to: ['moderator', 'pastor'] } });
  });

  it('keeps at least one active admin, and no admin removes their own admin role', async () => {
    await expect(accounts.users.changeRoles(admin, { userId: admin.id, roles: ['pastor'] })).rejects.toMatchObject({ code: 'LAST_ADMIN', details: { reason: 'self' } });
    await expect(accounts.users.deactivate(admin, { userId: admin.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(accounts.users.changeRoles(COMMAND_LINE, { userId: admin.id, roles: ['pastor'] })).rejects.toMatchObject({ code: 'LAST_ADMIN', details: { reason: 'last' } });
  });

  it('deactivation signs the person out everywhere and revokes their tokens; reactivation lets them back', async () => {
    const person = await accounts.users.create(COMMAND_LINE, { email: 'leaving@example.org', roles: ['intercessor'], password: PASSWORD });
    const session = await accounts.sessions.start(person.id);
    const { token } = await accounts.tokens.create(COMMAND_LINE, { name: 'script', userId: person.id });
    expect(await accounts.sessions.resolve(session.cookieValue)).not.toBeNull();
    expect(await accounts.tokens.authenticate(token)).not.toBeNull();

    const deactivated = await accounts.users.deactivate(admin, { userId: person.id });
    expect(presentUser(deactivated).status).toBe('deactivated');
    expect(await accounts.sessions.resolve(session.cookieValue)).toBeNull();
    expect(await accounts.tokens.authenticate(token)).toBeNull();
    expect((await accounts.audit.list(admin, { action: 'user.deactivated' })).events[0]).toMatchObject({ subject: { id: person.id }, details: { sessions: 1, tokens: 1 } });

    await accounts.users.reactivate(admin, { userId: person.id });
    expect(presentUser(await accounts.users.get(admin, person.id)).status).toBe('active');
    // Old credentials stay dead: reactivation is not a way to revive a stolen token.
    expect(await accounts.tokens.authenticate(token)).toBeNull();
  });

  it('lets people change only their own profile, checking every field', async () => {
    const person = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'profile@example.org', roles: ['intercessor', 'pastor'] }), 'service');
    const updated = await accounts.users.updateProfile(person, { userId: person.id, name: '  María   José ', locale: 'es', languages: ['es', 'en'], notifications: ['crisisAlerts'] });
    expect(presentUser(updated)).toMatchObject({ name: 'María José', locale: 'es', languages: ['es', 'en'], notifications: { requestUpdates: false, commitmentReminders: false, crisisAlerts: true } });
    await expect(accounts.users.updateProfile(admin, { userId: person.id, name: 'X', locale: 'en', languages: ['en'], notifications: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(accounts.users.updateProfile(person, { userId: person.id, name: '', locale: 'en', languages: ['en'], notifications: [] })).rejects.toMatchObject({ details: { fields: { name: 'missing' } } });
    await expect(accounts.users.updateProfile(person, { userId: person.id, name: 'M', locale: 'fr', languages: ['en'], notifications: [] })).rejects.toMatchObject({ details: { fields: { locale: 'unknown' } } });
    await expect(accounts.users.updateProfile(person, { userId: person.id, name: 'M', locale: 'en', languages: [], notifications: [] })).rejects.toMatchObject({ details: { fields: { languages: 'missing' } } });
  });

  it('changes a password only with the current one, ending the other sessions but not this one', async () => {
    const person = await accounts.users.create(COMMAND_LINE, { email: 'changer@example.org', roles: ['author'], password: PASSWORD });
    const here = await accounts.sessions.start(person.id);
    const elsewhere = await accounts.sessions.start(person.id);
    const actor = actorFor(person, 'session', { sessionId: here.id });
    await expect(accounts.users.changePassword(actor, { userId: person.id, current: 'wrong password here', password: 'a completely new phrase' })).rejects.toMatchObject({ details: { fields: { current: 'wrong' } } });
    await accounts.users.changePassword(actor, { userId: person.id, current: PASSWORD, password: 'a completely new phrase', keepSessionId: here.id });
    expect(await accounts.sessions.resolve(here.cookieValue)).not.toBeNull();
    expect(await accounts.sessions.resolve(elsewhere.cookieValue)).toBeNull();
  });

  it('finds active people by role for other domains (e.g. pastors to alert)', async () => {
    const pastors = await accounts.users.activeWithRole(COMMAND_LINE, 'pastor');
    expect(pastors.every((p) => p.roles.includes('pastor') && !p.deactivatedAt)).toBe(true);
    expect(pastors.map((p) => p.email)).toContain('profile@example.org');
    await expect(accounts.users.get(admin, '00000000-0000-0000-0000-000000000000')).rejects.toBeInstanceOf(AppError);
  });
});
