import { definePolicy } from '../../platform/auth/policy.js';
import type { UserActor } from '../../platform/auth/actor.js';
import type { User } from '../user.js';

const self = (actor: UserActor, user: Pick<User, 'id'>) => actor.id === user.id;

/** Who may see and change people. Admins manage others; everyone manages themselves. */
export const userPolicy = definePolicy<Pick<User, 'id'>>('user', {
  list: { access: { roles: ['admin'] } },
  create: { access: { roles: ['admin'] } },
  read: { access: 'authenticated', when: (actor, user) => self(actor, user) || actor.roles.includes('admin') },
  updateProfile: { access: 'authenticated', when: self },
  changePassword: { access: 'authenticated', when: self },
  endSessions: { access: 'authenticated', when: self },
  acceptCovenant: { access: 'authenticated', when: self },
  changeRoles: { access: { roles: ['admin'] } },
  // Not oneself: an admin who deactivated themselves could lock the ministry out.
  deactivate: { access: { roles: ['admin'] }, when: (actor, user) => !self(actor, user) },
  reactivate: { access: { roles: ['admin'] } },
});
