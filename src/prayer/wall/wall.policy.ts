import { definePolicy } from '../../platform/auth/policy.js';

/**
 * The public prayer wall: anyone may read it and say "I prayed", signed in or not. What may appear on it
 * (approved public requests, never crisis, hidden or pastoral ones) is the wall repository's one query.
 */
export const wallPolicy = definePolicy<never, 'read' | 'pray'>('prayer_wall', {
  read: { access: 'public' },
  pray: { access: 'public' },
});
