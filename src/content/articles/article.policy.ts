import { definePolicy } from '../../platform/auth/policy.js';

/**
 * Who may do what with articles. Published articles are for everyone; writing, previewing, publishing
 * and reading drafts is for authors (role `author`). An admin who also writes holds both roles.
 */
export const articlePolicy = definePolicy<never>('article', {
  read: { access: 'public' },
  readDraft: { access: { roles: ['author'] } },
  list: { access: { roles: ['author'] } },
  create: { access: { roles: ['author'] } },
  edit: { access: { roles: ['author'] } },
  preview: { access: { roles: ['author'] } },
  publish: { access: { roles: ['author'] } },
});
