import { definePolicy } from '../../platform/auth/policy.js';

/** Invitations: admins send them; whoever holds the link may accept it (the link is the credential). */
export const invitationPolicy = definePolicy<never>('invitation', {
  send: { access: { roles: ['admin'] } },
  accept: { access: 'public' },
});
