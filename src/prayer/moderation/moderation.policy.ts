import { definePolicy } from '../../platform/auth/policy.js';

/**
 * The review queue: public requests waiting for approval, flagged requests, held or flagged notes, and
 * testimonies people asked to share. Moderators work it; pastors open it too, and see the items on
 * pastoral and crisis requests that only they may read. Each item is further checked against the request
 * policy (`read`) in the service; approving requests for the wall is the request policy's `moderate`.
 */
export const moderationPolicy = definePolicy<never, 'view' | 'review'>('moderation_queue', {
  view: { access: { roles: ['moderator', 'pastor'], covenant: true } },
  review: { access: { roles: ['moderator', 'pastor'], covenant: true } },
});
