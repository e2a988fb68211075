import type { FastifyPluginAsync } from 'fastify';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { csrfCookieName } from '../../platform/http/csrf.plugin.js';
import { safeNext } from '../../platform/http/safe-next.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import type { FormErrors } from '../../web/views/forms/form-errors.js';
import { LoginPage, type LoginNotice } from '../views/login.page.js';
import { LogoutPage } from '../views/logout.page.js';
import type { AccountsRouteOptions } from './route-options.js';
import { clearSessionCookie, presentedSession, setSessionCookie } from './session-cookie.js';

const NOTICES: readonly LoginNotice[] = ['signedOut', 'signedOutEverywhere', 'passwordSet'];

/** `/login` and `/logout`. */
export const loginRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts, https }) => {
  app.get('/login', { config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const next = safeNext(query.next);
    if (request.actor.kind === 'user') return reply.redirect(localePath(request.locale, next ?? '/account'), 303);
    const notice = NOTICES.find((n) => n === query.done);
    return reply.page(<LoginPage ctx={request.pageContext()} next={next} notice={notice} />);
  });

  app.post('/login', { config: { access: 'public' } }, async (request, reply) => {
    const ctx = request.pageContext();
    const { t } = ctx;
    const email = field(request.body, 'email').trim();
    const password = field(request.body, 'password');
    const next = safeNext(field(request.body, 'next'));
    const missing: Record<string, string> = {};
    if (!email) missing.email = t('form.email.missing');
    if (!password) missing.password = t('form.password.missingCurrent');
    if (Object.keys(missing).length > 0) return reply.code(400).page(<LoginPage ctx={ctx} email={email} next={next} errors={missing} />);

    const result = await accounts.logins.login(ANONYMOUS, { email, password, ip: request.ip });
    if (result.outcome === 'throttled') {
      const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60_000));
      const errors: FormErrors = { email: t('login.throttled', { minutes }) };
      return reply.code(429).header('retry-after', String(Math.ceil(result.retryAfterMs / 1000))).page(<LoginPage ctx={ctx} email={email} next={next} errors={errors} />);
    }
    if (result.outcome === 'invalid') {
      return reply.code(401).page(<LoginPage ctx={ctx} email={email} next={next} errors={{ email: t('login.invalid') }} />);
    }
    const session = await accounts.sessions.start(result.user.id, presentedSession(request, https));
    setSessionCookie(reply, https, session.cookieValue, session.expiresAt);
    // A new CSRF secret with the new session: nothing issued before sign-in is accepted after it.
    reply.clearCookie(csrfCookieName(https), { path: '/' });
    return reply.redirect(localePath(request.locale, next ?? '/account'), 303);
  });

  app.get('/logout', { config: { access: 'public' } }, async (request, reply) => reply.page(<LogoutPage ctx={request.pageContext()} />));

  app.post('/logout', { config: { access: 'public' } }, async (request, reply) => {
    const cookie = presentedSession(request, https);
    if (cookie) await accounts.sessions.end(cookie);
    clearSessionCookie(reply, https);
    reply.clearCookie(csrfCookieName(https), { path: '/' });
    return reply.redirect(`${localePath(request.locale, '/login')}?done=signedOut`, 303);
  });
};
