import type { FastifyPluginAsync } from 'fastify';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { csrfCookieName } from '../../platform/http/csrf.plugin.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { PageContext } from '../../web/page-context.js';
import { field } from '../../web/views/forms/form-body.js';
import { formErrors } from '../../web/views/forms/form-errors.js';
import type { InvitationState } from '../invitation.service.js';
import { InvitationPage } from '../views/invitation.page.js';
import { LinkProblemPage, type LinkProblem } from '../views/link-problem.page.js';
import { MessagePage } from '../views/message.page.js';
import type { AccountsRouteOptions } from './route-options.js';
import { presentedSession, setSessionCookie } from './session-cookie.js';

/** Accepting or renewing invitations, per client address. */
const INVITATION_LIMIT = { max: 10, timeWindow: 15 * 60 * 1000 };

/** The page for an invitation link that leads nowhere; when it only expired, a way to ask for a fresh one. */
function InvitationProblem({ ctx, token, state }: { ctx: PageContext; token: string; state: Exclude<InvitationState, { state: 'open' }> }) {
  const problem: LinkProblem = state.state === 'expired' ? { kind: 'invitation', state: 'expired', renewAction: ctx.href(`/invite/${token}/renew`) } : { kind: 'invitation', state: state.state };
  return <LinkProblemPage ctx={ctx} problem={problem} />;
}

/** `/invite/:token`: accept an invitation (name and password), or ask for a fresh one when it expired. */
export const invitationRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts, https }) => {
  app.get('/invite/:token', { config: { access: 'public' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const ctx = request.pageContext();
    const state = await accounts.invitations.inspect(token);
    reply.header('cache-control', 'no-store');
    if (state.state !== 'open') return reply.code(410).page(<InvitationProblem ctx={ctx} token={token} state={state} />);
    return reply.page(<InvitationPage ctx={ctx} email={state.email} roles={state.roles} action={ctx.href(`/invite/${token}`)} />);
  });

  app.post('/invite/:token', { config: { access: 'public', rateLimit: INVITATION_LIMIT } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const ctx = request.pageContext();
    const state = await accounts.invitations.inspect(token);
    if (state.state !== 'open') return reply.code(410).page(<InvitationProblem ctx={ctx} token={token} state={state} />);
    const name = field(request.body, 'name');
    let user;
    try {
      user = await accounts.invitations.accept(ANONYMOUS, { token, name, password: field(request.body, 'password') });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) {
        const errors = formErrors(ctx.t, problems, ['name', 'password']);
        return reply.code(400).page(<InvitationPage ctx={ctx} email={state.email} roles={state.roles} action={ctx.href(`/invite/${token}`)} name={name} errors={errors} />);
      }
      if (err instanceof AppError && (err.code === 'LINK_EXPIRED' || err.code === 'EMAIL_TAKEN')) {
        return reply.code(410).page(<LinkProblemPage ctx={ctx} problem={{ kind: 'invitation', state: 'used' }} />);
      }
      throw err;
    }
    const session = await accounts.sessions.start(user.id, presentedSession(request, https));
    setSessionCookie(reply, https, session.cookieValue, session.expiresAt);
    reply.clearCookie(csrfCookieName(https), { path: '/' });
    const next = user.roles.includes('intercessor') ? '/covenant?next=%2Faccount%3Fdone%3Dwelcome' : '/account?done=welcome';
    return reply.redirect(localePath(request.locale, next), 303);
  });

  app.post('/invite/:token/renew', { config: { access: 'public', rateLimit: INVITATION_LIMIT } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const ctx = request.pageContext();
    const outcome = await accounts.invitations.renew(ANONYMOUS, { token });
    if (outcome === 'sent') {
      return reply.page(<MessagePage ctx={ctx} title={ctx.t('invite.renewed.title')} paragraphs={[ctx.t('invite.renewed.body'), ctx.t('invite.renewed.spam')]} />);
    }
    const state = await accounts.invitations.inspect(token);
    const problem = state.state === 'used' ? 'used' : 'invalid';
    return reply.code(410).page(<LinkProblemPage ctx={ctx} problem={{ kind: 'invitation', state: problem }} />);
  });
};
