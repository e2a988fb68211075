import { definePolicy } from '../../platform/auth/policy.js';

/**
 * Who may do what with church listings. Anyone reads published listings and submits a new one (no
 * account needed); moderators review: publish, refuse with a reason, edit, unpublish. Listings are
 * public information, so — unlike prayer requests — reviewing them needs no confidentiality covenant.
 */
export const churchPolicy = definePolicy<never, 'read' | 'submit' | 'review'>('church', {
  read: { access: 'public' },
  submit: { access: 'public' },
  review: { access: { roles: ['moderator'] } },
});
