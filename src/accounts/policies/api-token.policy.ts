import { definePolicy } from '../../platform/auth/policy.js';

/** API tokens: anyone signed in makes their own; the owner or an admin revokes. */
export const apiTokenPolicy = definePolicy<{ userId: string }>('apiToken', {
  create: { access: 'authenticated' },
  listOwn: { access: 'authenticated' },
  revoke: { access: 'authenticated', when: (actor, token) => actor.id === token.userId || actor.roles.includes('admin') },
});
