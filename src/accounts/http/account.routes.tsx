import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../../platform/auth/require-user.js';
import { csrfCookieName } from '../../platform/http/csrf.plugin.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field, fieldList } from '../../web/views/forms/form-body.js';
import { formErrors } from '../../web/views/forms/form-errors.js';
import { presentUser, type UserView } from '../user.presenter.js';
import { AccountPage, type AccountNotice, type ProfileValues } from '../views/account.page.js';
import { PasswordChangePage } from '../views/password-change.page.js';
import type { AccountsRouteOptions } from './route-options.js';
import { clearSessionCookie } from './session-cookie.js';

const NOTICES: readonly AccountNotice[] = ['saved', 'passwordChanged', 'welcome', 'covenantAccepted'];

function valuesOf(user: UserView): ProfileValues {
  return {
    name: user.name,
    locale: user.locale,
    languages: user.languages,
    notifications: Object.entries(user.notifications)
      .filter(([, on]) => on)
      .map(([kind]) => kind),
  };
}

/** `/account`: one's profile, password and sessions. */
export const accountRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts, https }) => {
  app.get('/account', { config: { access: 'authenticated' } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const user = presentUser(await accounts.users.get(actor, actor.id));
    const notice = NOTICES.find((n) => n === (request.query as Record<string, string | undefined>).done);
    return reply.page(<AccountPage ctx={request.pageContext()} user={user} values={valuesOf(user)} notice={notice} />);
  });

  app.post('/account', { config: { access: 'authenticated' } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const values: ProfileValues = {
      name: field(request.body, 'name'),
      locale: field(request.body, 'locale'),
      languages: fieldList(request.body, 'languages'),
      notifications: fieldList(request.body, 'notifications'),
    };
    try {
      await accounts.users.updateProfile(actor, { userId: actor.id, ...values });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      const ctx = request.pageContext();
      const user = presentUser(await accounts.users.get(actor, actor.id));
      return reply.code(400).page(<AccountPage ctx={ctx} user={user} values={values} errors={formErrors(ctx.t, problems, ['name', 'languages', 'locale', 'notifications'])} />);
    }
    return reply.redirect(`${localePath(request.locale, '/account')}?done=saved`, 303);
  });

  app.get('/account/password', { config: { access: 'authenticated' } }, async (request, reply) => reply.page(<PasswordChangePage ctx={request.pageContext()} />));

  app.post('/account/password', { config: { access: 'authenticated' } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    try {
      await accounts.users.changePassword(actor, {
        userId: actor.id,
        current: field(request.body, 'current'),
        password: field(request.body, 'password'),
        keepSessionId: actor.sessionId,
      });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      const ctx = request.pageContext();
      return reply.code(400).page(<PasswordChangePage ctx={ctx} errors={formErrors(ctx.t, problems, ['current', 'password'])} />);
    }
    return reply.redirect(`${localePath(request.locale, '/account')}?done=passwordChanged`, 303);
  });

  app.post('/account/sessions', { config: { access: 'authenticated' } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    await accounts.sessions.endAll(actor, { userId: actor.id });
    clearSessionCookie(reply, https);
    reply.clearCookie(csrfCookieName(https), { path: '/' });
    return reply.redirect(`${localePath(request.locale, '/login')}?done=signedOutEverywhere`, 303);
  });
};
