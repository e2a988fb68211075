import { definePolicy } from '../../platform/auth/policy.js';

/**
 * The ministry's prayer settings (auto-approval, flag threshold, coverage target, expiry, purge, leases)
 * change how every request is treated, so only admins read and change them here. Other areas read the
 * values they need through the settings repository, without asking anyone.
 */
export const settingsPolicy = definePolicy<never, 'read' | 'update'>('prayer_settings', {
  read: { access: { roles: ['admin'] } },
  update: { access: { roles: ['admin'] } },
});
