import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { hasRole } from '../../platform/auth/actor.js';
import { decideAndReturn } from '../../platform/http/staff-decision.js';
import { field } from '../../web/views/forms/form-body.js';
import { requestPolicy } from '../requests/request.policy.js';
import { moderationPolicy } from './moderation.policy.js';
import { presentFlagged, presentNote, presentQueueRequest, presentTestimony } from './moderation.presenter.js';
import type { ModerationService } from './moderation.service.js';
import { STAFF_PATHS } from './staff-pages.js';
import { MODERATION_NOTICES, ModerationPage, type ModerationNotice } from './views/moderation.page.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/**
 * `/moderation`: the review queue and the forms behind each decision. A decision someone else made
 * first comes back to the queue with a word, not an error page.
 */
export const moderationRoutes: FastifyPluginAsync<{ moderation: ModerationService }> = async (app, { moderation }) => {
  const view = { schema: { hide: true }, config: { access: moderationPolicy.access('view') } };
  const review = { schema: { hide: true }, config: { access: moderationPolicy.access('review') } };
  const approve = { schema: { hide: true }, config: { access: requestPolicy.access('moderate') } };

  /** Runs a decision; a conflict (decided meanwhile) returns to the queue with a notice. */
  const decide = (request: FastifyRequest, reply: FastifyReply, done: ModerationNotice, action: () => Promise<unknown>) => decideAndReturn(request, reply, STAFF_PATHS.moderation, done, action);

  app.get(STAFF_PATHS.moderation, view, async (request, reply) => {
    const done = (request.query as Record<string, string | undefined>).done;
    const queue = await moderation.queue(request.actor);
    reply.header('cache-control', 'no-store');
    return reply.page(
      <ModerationPage
        ctx={request.pageContext()}
        isPastor={hasRole(request.actor, 'pastor')}
        notice={MODERATION_NOTICES.find((n) => n === done)}
        queue={{
          pending: queue.pending ? { items: queue.pending.items.map(presentQueueRequest), total: queue.pending.total } : null,
          flagged: { items: queue.flagged.items.map(presentFlagged), total: queue.flagged.total },
          notes: { items: queue.notes.items.map((n) => presentNote(n, request.locale)), total: queue.notes.total },
          testimonies: { items: queue.testimonies.items.map(presentTestimony), total: queue.testimonies.total },
        }}
      />,
    );
  });

  app.post(`${STAFF_PATHS.moderation}/requests/:id/approve`, approve, async (request: IdRequest, reply) =>
    decide(request, reply, 'approved', () => moderation.approve(request.actor, { requestId: request.params.id })),
  );

  app.post(`${STAFF_PATHS.moderation}/requests/:id/reject`, approve, async (request: IdRequest, reply) =>
    decide(request, reply, 'rejected', () => moderation.reject(request.actor, { requestId: request.params.id })),
  );

  app.post(`${STAFF_PATHS.moderation}/requests/:id/flags`, review, async (request: IdRequest, reply) => {
    const decision = field(request.body, 'decision');
    return decide(request, reply, decision === 'keep' ? 'kept' : 'removed', () => moderation.resolveRequest(request.actor, { requestId: request.params.id, decision }));
  });

  app.post(`${STAFF_PATHS.moderation}/notes/:id`, review, async (request: IdRequest, reply) => {
    const decision = field(request.body, 'decision');
    return decide(request, reply, decision === 'keep' ? 'kept' : 'removed', () => moderation.resolveNote(request.actor, { prayerId: request.params.id, decision }));
  });

  app.post(`${STAFF_PATHS.moderation}/testimonies/:id`, review, async (request: IdRequest, reply) => {
    const decision = field(request.body, 'decision');
    return decide(request, reply, decision === 'approve' ? 'testimonyApproved' : 'testimonyRejected', () =>
      moderation.decideTestimony(request.actor, { testimonyId: request.params.id, decision }),
    );
  });
};
