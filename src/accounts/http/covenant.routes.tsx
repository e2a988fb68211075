import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../../platform/auth/require-user.js';
import { safeNext } from '../../platform/http/safe-next.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { CovenantPage } from '../views/covenant.page.js';
import type { AccountsRouteOptions } from './route-options.js';

/** `/covenant`: read the confidentiality covenant and accept it (recorded with its date). */
export const covenantRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get('/covenant', { config: { access: 'authenticated' } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const next = safeNext((request.query as Record<string, string | undefined>).next);
    return reply.page(<CovenantPage ctx={request.pageContext()} acceptedAt={actor.covenantAcceptedAt} next={next} />);
  });

  app.post('/covenant', { config: { access: 'authenticated' } }, async (request, reply) => {
    const ctx = request.pageContext();
    const next = safeNext(field(request.body, 'next'));
    if (field(request.body, 'accept') !== 'yes') {
      return reply.code(400).page(<CovenantPage ctx={ctx} acceptedAt={null} next={next} errors={{ accept: ctx.t('form.accept.missing') }} />);
    }
    await accounts.covenant.accept(request.actor);
    return reply.redirect(localePath(request.locale, next ?? '/account?done=covenantAccepted'), 303);
  });
};
