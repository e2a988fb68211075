import { definePolicy } from '../../platform/auth/policy.js';

/** The audit log is read by admins only; recording is done by services, never asked for by a caller. */
export const auditEventPolicy = definePolicy<never>('auditEvent', {
  list: { access: { roles: ['admin'] } },
});
