import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field, fieldList } from '../../web/views/forms/form-body.js';
import { formErrors } from '../../web/views/forms/form-errors.js';
import { invitationPolicy } from '../policies/invitation.policy.js';
import { AdminInvitePage, type InviteValues } from '../views/admin-invite.page.js';
import type { AccountsRouteOptions } from './route-options.js';

/** `/admin/invite`: invite someone by email with the roles they will hold. */
export const adminInviteRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/admin/invite', { config: { access: invitationPolicy.access('send') } }, async (request, reply) =>
    reply.page(<AdminInvitePage ctx={request.pageContext()} values={{ email: '', roles: ['intercessor'], locale: request.locale }} />),
  );

  app.post('/admin/invite', { config: { access: invitationPolicy.access('send') } }, async (request, reply) => {
    const ctx = request.pageContext();
    const values: InviteValues = { email: field(request.body, 'email').trim(), roles: fieldList(request.body, 'roles'), locale: field(request.body, 'locale') || request.locale };
    let sent;
    try {
      sent = await accounts.invitations.send(request.actor, values);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) return reply.code(400).page(<AdminInvitePage ctx={ctx} values={values} errors={formErrors(ctx.t, problems, ['email', 'roles', 'locale'])} />);
      if (err instanceof AppError && err.code === 'EMAIL_TAKEN') {
        return reply.code(409).page(<AdminInvitePage ctx={ctx} values={values} errors={{ email: ctx.t('form.email.taken') }} />);
      }
      throw err;
    }
    // The confirmation names the invitation, not an address: a crafted link cannot make the page say anything.
    return reply.redirect(`${localePath(request.locale, '/admin')}?invited=${sent.id}`, 303);
  });
};
