import type { FastifyPluginAsync } from 'fastify';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { formErrors } from '../../web/views/forms/form-errors.js';
import { looksLikeEmail } from '../user.js';
import { ChoosePasswordPage } from '../views/choose-password.page.js';
import { LinkProblemPage } from '../views/link-problem.page.js';
import { ResetRequestPage } from '../views/reset-request.page.js';
import { ResetSentPage } from '../views/reset-sent.page.js';
import type { AccountsRouteOptions } from './route-options.js';

/** Asking for reset links: a few an hour per address, on top of the silent per-email cap. */
const RESET_REQUEST_LIMIT = { max: 5, timeWindow: 60 * 60 * 1000 };
/** Submitting a new password through a link. */
const RESET_SUBMIT_LIMIT = { max: 10, timeWindow: 15 * 60 * 1000 };

/** `/reset` (ask for a link) and `/reset/:token` (choose a password through it). */
export const passwordResetRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/reset', { config: { access: 'public' } }, async (request, reply) => reply.page(<ResetRequestPage ctx={request.pageContext()} />));

  app.post('/reset', { config: { access: 'public', rateLimit: RESET_REQUEST_LIMIT } }, async (request, reply) => {
    const ctx = request.pageContext();
    const email = field(request.body, 'email').trim();
    if (!email || !looksLikeEmail(email.toLowerCase())) {
      const errors = formErrors(ctx.t, { email: email ? 'invalid' : 'missing' });
      return reply.code(400).page(<ResetRequestPage ctx={ctx} email={email} errors={errors} />);
    }
    await accounts.passwordLinks.requestReset(ANONYMOUS, { email, locale: request.locale });
    return reply.page(<ResetSentPage ctx={ctx} email={email} />);
  });

  app.get('/reset/:token', { config: { access: 'public' } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const ctx = request.pageContext();
    const state = await accounts.passwordLinks.inspect(token);
    if (state.state !== 'open') return reply.code(410).page(<LinkProblemPage ctx={ctx} problem={{ kind: 'reset', state: state.state }} />);
    return reply.page(<ChoosePasswordPage ctx={ctx} purpose={state.purpose} email={state.email} action={ctx.href(`/reset/${token}`)} />);
  });

  app.post('/reset/:token', { config: { access: 'public', rateLimit: RESET_SUBMIT_LIMIT } }, async (request, reply) => {
    const { token } = request.params as { token: string };
    const ctx = request.pageContext();
    const state = await accounts.passwordLinks.inspect(token);
    if (state.state !== 'open') return reply.code(410).page(<LinkProblemPage ctx={ctx} problem={{ kind: 'reset', state: state.state }} />);
    try {
      await accounts.passwordLinks.complete(ANONYMOUS, { token, password: field(request.body, 'password') });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) {
        const errors = formErrors(ctx.t, problems);
        return reply.code(400).page(<ChoosePasswordPage ctx={ctx} purpose={state.purpose} email={state.email} action={ctx.href(`/reset/${token}`)} errors={errors} />);
      }
      if (err instanceof AppError && err.code === 'LINK_EXPIRED') {
        return reply.code(410).page(<LinkProblemPage ctx={ctx} problem={{ kind: 'reset', state: 'used' }} />);
      }
      throw err;
    }
    // Signing in is a separate step: the link proved control of the mailbox, the password proves the person.
    return reply.redirect(`${localePath(request.locale, '/login')}?done=passwordSet`, 303);
  });
};
