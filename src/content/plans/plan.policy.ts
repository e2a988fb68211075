import { definePolicy } from '../../platform/auth/policy.js';

/**
 * Who may do what with reading plans. Reading and following a plan is for everyone (no account);
 * writing plans is for authors and admins, as articles are for authors.
 */
export const planPolicy = definePolicy<never>('reading_plan', {
  read: { access: 'public' },
  follow: { access: 'public' },
  list: { access: { roles: ['author', 'admin'] } },
  create: { access: { roles: ['author', 'admin'] } },
  edit: { access: { roles: ['author', 'admin'] } },
});
