import type { FastifyPluginAsync } from 'fastify';
import { accountsApiRoutes } from './accounts.api.routes.js';
import { accountRoutes } from './account.routes.js';
import { adminAuditRoutes } from './admin-audit.routes.js';
import { adminInviteRoutes } from './admin-invite.routes.js';
import { adminPeopleRoutes } from './admin-people.routes.js';
import { apiTokenRoutes } from './api-token.routes.js';
import { covenantRoutes } from './covenant.routes.js';
import { invitationRoutes } from './invitation.routes.js';
import { loginRoutes } from './login.routes.js';
import { passwordResetRoutes } from './password-reset.routes.js';
import type { AccountsRouteOptions } from './route-options.js';

/** Every accounts page and API route. */
export const accountsRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, opts) => {
  for (const routes of [loginRoutes, passwordResetRoutes, invitationRoutes, covenantRoutes, accountRoutes, apiTokenRoutes, adminPeopleRoutes, adminInviteRoutes, adminAuditRoutes, accountsApiRoutes]) {
    await app.register(routes, opts);
  }
};
