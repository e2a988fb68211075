import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { requireUser } from '../../platform/auth/require-user.js';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field, fieldList } from '../../web/views/forms/form-body.js';
import { formErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import { userPolicy } from '../policies/user.policy.js';
import { presentUser } from '../user.presenter.js';
import { AdminPeoplePage } from '../views/admin-people.page.js';
import { AdminPersonPage, type PersonNotice } from '../views/admin-person.page.js';
import type { AccountsRouteOptions } from './route-options.js';

const NOTICES: readonly PersonNotice[] = ['roles', 'deactivated', 'reactivated'];
const ID = /^[0-9a-f-]{36}$/;

/** `/admin` (everyone) and `/admin/people/:id` (one person: roles, deactivation, history). */
export const adminPeopleRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/admin', { config: { access: userPolicy.access('list') } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const page = Number(query.page) > 0 ? Number(query.page) : 1;
    const result = await accounts.users.list(request.actor, { role: query.role, status: query.status, page });
    const invited = query.invited && /^[0-9a-f]{16}$/.test(query.invited) ? await accounts.invitations.describe(request.actor, { id: query.invited }) : undefined;
    return reply.page(
      <AdminPeoplePage
        ctx={request.pageContext()}
        people={result.users.map(presentUser)}
        total={result.total}
        page={result.page}
        pages={result.pages}
        role={query.role || undefined}
        status={query.status || undefined}
        invitedEmail={invited?.email}
      />,
    );
  });

  async function renderPerson(request: FastifyRequest, id: string, extra: { errors?: FormErrors; roles?: string[]; notice?: PersonNotice } = {}) {
    const actor = requireUser(request.actor);
    const person = presentUser(await accounts.users.get(actor, id));
    const history = await accounts.audit.list(actor, { subject: { type: 'user', id } });
    return (
      <AdminPersonPage
        ctx={request.pageContext()}
        person={person}
        isSelf={person.id === actor.id}
        roles={extra.roles ?? person.roles}
        history={history.events}
        errors={extra.errors}
        notice={extra.notice}
      />
    );
  }

  app.get('/admin/people/:id', { config: { access: userPolicy.access('list') } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!ID.test(id)) throw new AppError('NOT_FOUND');
    const notice = NOTICES.find((n) => n === (request.query as Record<string, string | undefined>).done);
    return reply.page(await renderPerson(request, id, { notice }));
  });

  app.post('/admin/people/:id', { config: { access: userPolicy.access('changeRoles') } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!ID.test(id)) throw new AppError('NOT_FOUND');
    const ctx = request.pageContext();
    const action = field(request.body, 'action');
    const done = (notice: PersonNotice) => reply.redirect(`${localePath(request.locale, `/admin/people/${id}`)}?done=${notice}`, 303);
    try {
      if (action === 'roles') {
        await accounts.users.changeRoles(request.actor, { userId: id, roles: fieldList(request.body, 'roles') });
        return done('roles');
      }
      if (action === 'deactivate') {
        await accounts.users.deactivate(request.actor, { userId: id });
        return done('deactivated');
      }
      if (action === 'reactivate') {
        await accounts.users.reactivate(request.actor, { userId: id });
        return done('reactivated');
      }
    } catch (err) {
      const problems = fieldProblemsOf(err);
      const roles = fieldList(request.body, 'roles');
      if (problems) return reply.code(400).page(await renderPerson(request, id, { errors: formErrors(ctx.t, problems), roles }));
      if (err instanceof AppError && err.code === 'LAST_ADMIN') {
        const message = err.details?.reason === 'self' ? ctx.t('form.roles.ownAdmin') : ctx.t('form.roles.lastAdmin');
        return reply.code(409).page(await renderPerson(request, id, { errors: { roles: message }, roles }));
      }
      throw err;
    }
    throw new AppError('VALIDATION', 'action must be roles, deactivate or reactivate');
  });
};
