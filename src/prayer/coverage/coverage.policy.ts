import { definePolicy } from '../../platform/auth/policy.js';

/**
 * The coverage dashboard: figures about how quickly requests are prayed for, and which wait. It shows
 * no request text, so moderators, pastors and admins read it (admins without the covenant too).
 */
export const coveragePolicy = definePolicy<never, 'view'>('coverage', {
  view: { access: { roles: ['moderator', 'pastor', 'admin'] } },
});
