import type { FastifyPluginAsync } from 'fastify';
import { auditEventPolicy } from '../policies/audit-event.policy.js';
import { AdminAuditPage } from '../views/admin-audit.page.js';
import type { AccountsRouteOptions } from './route-options.js';

/** `/admin/audit`: the audit log. */
export const adminAuditRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/admin/audit', { config: { access: auditEventPolicy.access('list') } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const action = query.action || undefined;
    const page = Number(query.page) > 0 ? Number(query.page) : 1;
    const result = await accounts.audit.list(request.actor, { page, action: action && /^[a-z0-9_.]+$/.test(action) ? action : undefined });
    return reply.page(
      <AdminAuditPage ctx={request.pageContext()} events={result.events} total={result.total} page={result.page} pages={result.pages} actions={result.actions} action={action} />,
    );
  });
};
