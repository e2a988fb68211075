import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import type { JourneyService } from './journey.service.js';
import { enabledSteps } from './journey.steps.js';
import { RESPONSE_PATHS } from './response.paths.js';
import { responsePolicy } from './response.policy.js';
import type { ResponseService } from './response.service.js';
import { PastoralResponsePage } from './views/pastoral-response.page.js';
import { PastoralResponsesPage } from './views/pastoral-responses.page.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** `/pastoral/responses` (pastors): the list, one response (its contact details' reading audited), and "followed up personally". */
export const pastoralResponseRoutes: FastifyPluginAsync<{ responses: ResponseService; journeys: JourneyService }> = async (app, { responses, journeys }) => {
  const journeyLength = async () => enabledSteps(await journeys.steps()).length;

  app.get(RESPONSE_PATHS.pastoral, { schema: { hide: true }, config: { access: responsePolicy.access('list') } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const result = await responses.list(request.actor, { kind: query.kind, followedUp: query.followed });
    reply.header('cache-control', 'no-store');
    return reply.page(
      <PastoralResponsesPage ctx={request.pageContext()} items={result.items} total={result.total} filter={result.filter} journeyLength={await journeyLength()} saved={query.done === 'saved'} />,
    );
  });

  app.get(`${RESPONSE_PATHS.pastoral}/:id`, { schema: { hide: true }, config: { access: responsePolicy.access('read') } }, async (request: IdRequest, reply) => {
    const response = await responses.open(request.actor, { responseId: request.params.id });
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return reply.page(<PastoralResponsePage ctx={request.pageContext()} response={response} journeyLength={await journeyLength()} />);
  });

  app.post(`${RESPONSE_PATHS.pastoral}/:id/follow-up`, { schema: { hide: true }, config: { access: responsePolicy.access('followUp') } }, async (request: IdRequest, reply) => {
    const note = field(request.body, 'note');
    try {
      await responses.followUp(request.actor, { responseId: request.params.id, note });
    } catch (err) {
      if (!fieldProblemsOf(err)) throw err;
      const ctx = request.pageContext();
      const response = await responses.open(request.actor, { responseId: request.params.id });
      reply.header('cache-control', 'no-store');
      return reply.code(400).page(<PastoralResponsePage ctx={ctx} response={response} journeyLength={await journeyLength()} note={note} errors={{ note: ctx.t('pastoralResponses.followUp.error') }} />);
    }
    return reply.redirect(`${localePath(request.locale, RESPONSE_PATHS.pastoral)}?done=saved`, 303);
  });
};
