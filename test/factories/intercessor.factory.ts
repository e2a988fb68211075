/** People who pray, for service tests: created through the accounts service, returned as actors. */
import { randomBytes } from 'node:crypto';
import type { Accounts } from '../../src/accounts/accounts.js';
import { actorFor } from '../../src/accounts/user-actor.js';
import { COMMAND_LINE, type Role, type UserActor } from '../../src/platform/auth/actor.js';
import type { Locale } from '../../src/platform/i18n/locale.js';

/** Creates a person with `roles` (default: an intercessor who accepted the covenant), praying in `languages`. */
export async function createIntercessor(
  accounts: Accounts,
  options: { roles?: Role[]; covenant?: boolean; languages?: Locale[]; locale?: Locale } = {},
): Promise<UserActor> {
  const locale = options.locale ?? 'en';
  const user = await accounts.users.create(COMMAND_LINE, {
    email: `intercessor.${randomBytes(5).toString('hex')}@example.org`,
    roles: options.roles ?? ['intercessor'],
    name: 'Test Intercessor',
    locale,
    acceptCovenant: options.covenant ?? true,
  });
  const actor = actorFor(user, 'session');
  if (options.languages) {
    await accounts.users.updateProfile(actor, { userId: user.id, name: user.name || 'Test Intercessor', locale, languages: options.languages, notifications: [] });
  }
  return actor;
}
