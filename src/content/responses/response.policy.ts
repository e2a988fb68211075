import { definePolicy } from '../../platform/auth/policy.js';

/**
 * Responses: anyone may respond to an article; pastors who accepted the confidentiality covenant read
 * them (with the person's contact details) and record that they followed someone up. Admins shape the
 * follow-up journey.
 */
export const responsePolicy = definePolicy<unknown, 'submit' | 'list' | 'read' | 'followUp' | 'configureJourney'>('response', {
  submit: { access: 'public' },
  list: { access: { roles: ['pastor'], covenant: true } },
  read: { access: { roles: ['pastor'], covenant: true } },
  followUp: { access: { roles: ['pastor'], covenant: true } },
  configureJourney: { access: { roles: ['admin'] } },
});
