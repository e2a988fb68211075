import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { backWithNotice, decideAndReturn } from '../../platform/http/staff-decision.js';
import { field } from '../../web/views/forms/form-body.js';
import { churchPolicy } from './church.policy.js';
import { presentChurchReview } from './church.presenter.js';
import { readChurchForm } from './church.routes.js';
import type { ChurchService } from './church.service.js';
import { churchMessages } from './churches.messages.js';
import { ChurchEditPage } from './views/church-edit.page.js';
import { formValuesOf } from './views/church-fields.js';
import { ChurchReviewPage, REVIEW_NOTICES, type ReviewNotice } from './views/church-review.page.js';
import { problemMessages } from './views/format.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** Where moderators review listings (outside /admin, which is for admins only). */
export const CHURCH_REVIEW_PATH = '/moderation/churches';

/**
 * `/moderation/churches`: the review queue, and the forms behind each decision. A decision someone else
 * made first comes back to the queue with a word, not an error page.
 */
export const churchReviewRoutes: FastifyPluginAsync<{ churches: ChurchService }> = async (app, { churches }) => {
  const review = { schema: { hide: true }, config: { access: churchPolicy.access('review') } };

  const back = (request: FastifyRequest, reply: FastifyReply, done: ReviewNotice) => backWithNotice(request, reply, CHURCH_REVIEW_PATH, done);
  const decide = (request: FastifyRequest, reply: FastifyReply, done: ReviewNotice, action: () => Promise<unknown>) => decideAndReturn(request, reply, CHURCH_REVIEW_PATH, done, action);

  async function queuePage(request: FastifyRequest, reply: FastifyReply, extra: { notice?: ReviewNotice; rejectError?: { id: string; message: string; reason: string } } = {}) {
    const query = request.query as Record<string, string | undefined>;
    const q = (query.q ?? '').trim().slice(0, 100);
    const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? '1', 10) || 1));
    const [pending, published, unpublished] = await Promise.all([
      churches.pending(request.actor),
      churches.listForReview(request.actor, 'published', q, page),
      churches.listForReview(request.actor, 'unpublished', '', 1),
    ]);
    reply.header('cache-control', 'no-store');
    return reply.page(
      <ChurchReviewPage
        ctx={request.pageContext()}
        pending={pending.map(presentChurchReview)}
        published={{ items: published.rows.map(presentChurchReview), total: published.total, page, q }}
        unpublished={unpublished.rows.map(presentChurchReview)}
        {...extra}
      />,
    );
  }

  app.get(CHURCH_REVIEW_PATH, review, async (request, reply) => {
    const done = (request.query as Record<string, string | undefined>).done;
    return queuePage(request, reply, { notice: REVIEW_NOTICES.find((n) => n === done) });
  });

  app.post(`${CHURCH_REVIEW_PATH}/:id/approve`, review, async (request: IdRequest, reply) => decide(request, reply, 'published', () => churches.approve(request.actor, request.params.id)));

  app.post(`${CHURCH_REVIEW_PATH}/:id/unpublish`, review, async (request: IdRequest, reply) => decide(request, reply, 'unpublished', () => churches.unpublish(request.actor, request.params.id)));

  app.post(`${CHURCH_REVIEW_PATH}/:id/reject`, review, async (request: IdRequest, reply) => {
    const reason = field(request.body, 'reason');
    try {
      await churches.reject(request.actor, request.params.id, reason);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems?.reason) {
        const message = problemMessages(churchMessages(request.locale), problems).reason;
        reply.code(400);
        return queuePage(request, reply, { rejectError: { id: request.params.id, message, reason } });
      }
      if (err instanceof AppError && err.code === 'CONFLICT') return back(request, reply, 'conflict');
      throw err;
    }
    return back(request, reply, 'rejected');
  });

  app.get(`${CHURCH_REVIEW_PATH}/:id/edit`, review, async (request: IdRequest, reply) => {
    const church = presentChurchReview(await churches.get(request.actor, request.params.id));
    reply.header('cache-control', 'no-store');
    return reply.page(<ChurchEditPage ctx={request.pageContext()} church={church} values={formValuesOf(church)} />);
  });

  app.post(`${CHURCH_REVIEW_PATH}/:id/edit`, review, async (request: IdRequest, reply) => {
    const values = readChurchForm(request.body);
    const publish = field(request.body, 'publish') === '1';
    try {
      await churches.edit(request.actor, request.params.id, values, { publish });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) {
        const ctx = request.pageContext();
        const church = presentChurchReview(await churches.get(request.actor, request.params.id));
        return reply.code(400).page(<ChurchEditPage ctx={ctx} church={church} values={values} errors={problemMessages(churchMessages(ctx.locale), problems, values.country)} />);
      }
      if (err instanceof AppError && err.code === 'CONFLICT') return back(request, reply, 'conflict');
      throw err;
    }
    return back(request, reply, publish ? 'published' : 'edited');
  });
};
