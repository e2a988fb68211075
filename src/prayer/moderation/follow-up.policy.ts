import { definePolicy } from '../../platform/auth/policy.js';
import type { RequestSubject } from '../requests/request.policy.js';
import { requestPolicy } from '../requests/request.policy.js';

/**
 * Pastoral follow-up of urgent and pastoral requests: pastors only (covenant accepted), and only on
 * requests whose private text and contact details they may read (the request policy's `readPrivate`).
 */
export const followUpPolicy = definePolicy<RequestSubject, 'list' | 'read' | 'update'>('pastoral_follow_up', {
  list: { access: { roles: ['pastor'], covenant: true } },
  read: { access: { roles: ['pastor'], covenant: true }, when: (actor, r) => requestPolicy.can(actor, 'readPrivate', r) },
  update: { access: { roles: ['pastor'], covenant: true }, when: (actor, r) => requestPolicy.can(actor, 'readPrivate', r) && r.status !== 'deleted' },
});
