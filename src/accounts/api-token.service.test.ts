import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { testAccounts } from '../../test/harness/accounts-services.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../platform/auth/actor.js';
import type { Accounts } from './accounts.js';
import { actorFor } from './user-actor.js';

describeEachDialect('accounts: API tokens', (get) => {
  let accounts: Accounts;
  let owner: UserActor;
  let stranger: UserActor;
  let admin: UserActor;

  beforeAll(async () => {
    ({ accounts } = testAccounts(get().database.db));
    owner = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'owner@example.org', roles: ['intercessor'] }), 'session');
    stranger = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'stranger@example.org', roles: ['intercessor'] }), 'session');
    admin = actorFor(await accounts.users.create(COMMAND_LINE, { email: 'tokens.admin@example.org', roles: ['admin'] }), 'session');
  });

  it('shows a new token once (≥128 random bits) and stores only its hash', async () => {
    const { token, view } = await accounts.tokens.create(owner, { name: 'phone app' });
    expect(token).toMatch(/^ict_[0-9a-f]{16}[A-Za-z0-9_-]{43}$/);
    const rows = await get().database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token.slice(20));
    expect(view).toEqual({ id: expect.any(String), name: 'phone app', createdAt: expect.any(String), lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(await accounts.tokens.listOwn(owner))).not.toContain(token.slice(20));
  });

  it('authenticates as its owner and notes when it was last used', async () => {
    const { token, view } = await accounts.tokens.create(owner, { name: 'script' });
    expect(await accounts.tokens.authenticate(token)).toMatchObject({ kind: 'user', id: owner.id, via: 'token', tokenId: view.id });
    expect((await accounts.tokens.listOwn(owner)).find((t) => t.id === view.id)?.lastUsedAt).not.toBeNull();
  });

  it('refuses a token whose verifier is wrong, even with a real selector', async () => {
    const { token } = await accounts.tokens.create(owner, { name: 'x' });
    const forged = token.slice(0, 20) + (token[20] === 'A' ? 'B' : 'A') + token.slice(21);
    expect(await accounts.tokens.authenticate(forged)).toBeNull();
    expect(await accounts.tokens.authenticate('ict_short')).toBeNull();
    expect(await accounts.tokens.authenticate('')).toBeNull();
  });

  it('is revoked by its owner or an admin, and then no longer authenticates', async () => {
    const first = await accounts.tokens.create(owner, { name: 'one' });
    const second = await accounts.tokens.create(owner, { name: 'two' });
    await expect(accounts.tokens.revoke(stranger, { tokenId: first.view.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(accounts.tokens.revoke(ANONYMOUS, { tokenId: first.view.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await accounts.tokens.revoke(owner, { tokenId: first.view.id });
    await accounts.tokens.revoke(admin, { tokenId: second.view.id });
    expect(await accounts.tokens.authenticate(first.token)).toBeNull();
    expect(await accounts.tokens.authenticate(second.token)).toBeNull();
    const log = await accounts.audit.list(admin, { action: 'api_token.revoked' });
    expect(log.events.map((e) => e.actor.id)).toEqual(expect.arrayContaining([owner.id, admin.id]));
  });

  it('needs a name of at most 80 characters', async () => {
    await expect(accounts.tokens.create(owner, { name: '   ' })).rejects.toMatchObject({ details: { fields: { name: 'missing' } } });
    await expect(accounts.tokens.create(owner, { name: 'x'.repeat(81) })).rejects.toMatchObject({ details: { fields: { name: 'tooLong' } } });
  });
});
