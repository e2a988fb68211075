import { definePolicy } from '../auth/policy.js';

/**
 * The outbox (queued notifications and, in development, the mail written to disk) is for admins: it
 * shows who was emailed and when, which is personal data, and lets them send a failed message again.
 */
export const outboxPolicy = definePolicy<never>('outbox', {
  list: { access: { roles: ['admin'] } },
  readMail: { access: { roles: ['admin'] } },
  retry: { access: { roles: ['admin'] } },
});
