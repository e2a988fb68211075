import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts, type TestClock } from '../../test/harness/accounts-services.js';
import { COMMAND_LINE } from '../platform/auth/actor.js';
import { sha256Hex } from '../platform/security/secret-token.js';
import type { Accounts } from './accounts.js';
import { SessionRepository } from './session.repository.js';
import { DEFAULT_SESSION_SETTINGS } from './session.service.js';
import { actorFor } from './user-actor.js';
import type { User } from './user.js';

describeEachDialect('accounts: sessions', (get) => {
  let accounts: Accounts;
  let clock: TestClock;
  let person: User;

  beforeAll(async () => {
    ({ accounts, clock } = testAccounts(get().database.db));
    person = await accounts.users.create(COMMAND_LINE, { email: 'sessions@example.org', roles: ['intercessor'] });
  });

  it('stores only a hash of the session id, never the cookie value', async () => {
    const session = await accounts.sessions.start(person.id);
    expect(session.cookieValue.length).toBeGreaterThanOrEqual(43);
    const repository = new SessionRepository(get().database.db);
    expect(await repository.findById(session.cookieValue)).toBeUndefined();
    expect(await repository.findById(sha256Hex(session.cookieValue))).toMatchObject({ user_id: person.id });
  });

  it('resolves a live session to its person', async () => {
    const session = await accounts.sessions.start(person.id);
    const resolved = await accounts.sessions.resolve(session.cookieValue);
    expect(resolved?.actor).toMatchObject({ kind: 'user', id: person.id, via: 'session', sessionId: session.id, roles: ['intercessor'] });
  });

  it('rotates the id at sign-in: the session the browser presented stops working', async () => {
    const before = await accounts.sessions.start(person.id);
    const after = await accounts.sessions.start(person.id, before.cookieValue);
    expect(after.cookieValue).not.toBe(before.cookieValue);
    expect(await accounts.sessions.resolve(before.cookieValue)).toBeNull();
    expect(await accounts.sessions.resolve(after.cookieValue)).not.toBeNull();
  });

  it('ends a session left idle too long, while use keeps it alive', async () => {
    const idle = await accounts.sessions.start(person.id);
    const busy = await accounts.sessions.start(person.id);
    for (let i = 0; i < 4; i++) {
      clock.advance(DEFAULT_SESSION_SETTINGS.idleMs / 2);
      expect(await accounts.sessions.resolve(busy.cookieValue)).not.toBeNull();
    }
    expect(await accounts.sessions.resolve(idle.cookieValue)).toBeNull();
  });

  it('ends every session at its absolute expiry, however busy', async () => {
    const session = await accounts.sessions.start(person.id);
    const step = DEFAULT_SESSION_SETTINGS.idleMs / 2;
    let alive = 0;
    for (let elapsed = step; elapsed < DEFAULT_SESSION_SETTINGS.absoluteMs + step; elapsed += step) {
      clock.advance(step);
      if (await accounts.sessions.resolve(session.cookieValue)) alive += step;
    }
    expect(alive).toBe(DEFAULT_SESSION_SETTINGS.absoluteMs - step);
    expect(await accounts.sessions.resolve(session.cookieValue)).toBeNull();
  });

  it('refuses garbage and unknown cookies', async () => {
    expect(await accounts.sessions.resolve('')).toBeNull();
    expect(await accounts.sessions.resolve('x'.repeat(500))).toBeNull();
    expect(await accounts.sessions.resolve('not-a-session-at-all-but-long-enough-0123456789')).toBeNull();
  });

  it('signs out everywhere, only for oneself, and records it', async () => {
    const a = await accounts.sessions.start(person.id);
    const b = await accounts.sessions.start(person.id);
    const other = await accounts.users.create(COMMAND_LINE, { email: 'other.sessions@example.org', roles: ['pastor'] });
    await expect(accounts.sessions.endAll(actorFor(other, 'service'), { userId: person.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ended = await accounts.sessions.endAll(actorFor(person, 'session', { sessionId: a.id }), { userId: person.id });
    expect(ended).toBeGreaterThanOrEqual(2);
    expect(await accounts.sessions.resolve(a.cookieValue)).toBeNull();
    expect(await accounts.sessions.resolve(b.cookieValue)).toBeNull();
  });

  it('sweeps expired sessions out of the table', async () => {
    await accounts.sessions.start(person.id);
    clock.advance(DEFAULT_SESSION_SETTINGS.absoluteMs + 1);
    expect(await accounts.sessions.sweep()).toBeGreaterThanOrEqual(1);
    expect(await new SessionRepository(get().database.db).countForUser(person.id)).toBe(0);
  });
});
