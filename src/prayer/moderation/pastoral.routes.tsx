import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { followUpPolicy } from './follow-up.policy.js';
import { presentPastoralRequest, presentPastoralRow } from './pastoral.presenter.js';
import type { PastoralService } from './pastoral.service.js';
import { STAFF_PATHS } from './staff-pages.js';
import { PastoralRequestPage } from './views/pastoral-request.page.js';
import { PastoralPage } from './views/pastoral.page.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** `/pastoral` (pastors): the dashboard, one request (its reading audited), and the follow-up form. */
export const pastoralRoutes: FastifyPluginAsync<{ pastoral: PastoralService }> = async (app, { pastoral }) => {
  const list = { schema: { hide: true }, config: { access: followUpPolicy.access('list') } };
  const read = { schema: { hide: true }, config: { access: followUpPolicy.access('read') } };
  const update = { schema: { hide: true }, config: { access: followUpPolicy.access('update') } };

  app.get(STAFF_PATHS.pastoral, list, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const filter = query.show === 'all' ? 'all' : 'attention';
    const result = await pastoral.list(request.actor, { filter });
    reply.header('cache-control', 'no-store');
    return reply.page(<PastoralPage ctx={request.pageContext()} rows={result.items.map(presentPastoralRow)} total={result.total} filter={filter} saved={query.done === 'saved'} />);
  });

  app.get(`${STAFF_PATHS.pastoral}/requests/:id`, read, async (request: IdRequest, reply) => {
    const details = await pastoral.open(request.actor, { requestId: request.params.id });
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return reply.page(<PastoralRequestPage ctx={request.pageContext()} r={presentPastoralRequest(details)} />);
  });

  app.post(`${STAFF_PATHS.pastoral}/requests/:id/follow-up`, update, async (request: IdRequest, reply) => {
    try {
      await pastoral.setFollowUp(request.actor, { requestId: request.params.id, status: field(request.body, 'status') });
    } catch (err) {
      if (!fieldProblemsOf(err)) throw err;
      const ctx = request.pageContext();
      const details = await pastoral.open(request.actor, { requestId: request.params.id });
      reply.header('cache-control', 'no-store');
      return reply.code(400).page(<PastoralRequestPage ctx={ctx} r={presentPastoralRequest(details)} errors={{ status: ctx.t('pastoral.followUp.error') }} />);
    }
    return reply.redirect(`${localePath(request.locale, STAFF_PATHS.pastoral)}?done=saved`, 303);
  });
};
