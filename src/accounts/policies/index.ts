/** Every accounts policy, for routes and other domains. */
export { apiTokenPolicy } from './api-token.policy.js';
export { auditEventPolicy } from './audit-event.policy.js';
export { invitationPolicy } from './invitation.policy.js';
export { userPolicy } from './user.policy.js';
