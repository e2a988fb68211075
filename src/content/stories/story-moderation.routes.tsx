/**
 * `/moderation/stories`: moderators and pastors publish (optionally edited), refuse (with a reason) or
 * unpublish stories and answered-prayer testimonies. A decision someone else made first comes back to
 * the list with a word, not an error page; a bad field comes back beside its story with what was typed.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { EN, type AnyMessageKey } from '../../platform/i18n/catalogues.js';
import { backWithNotice } from '../../platform/http/staff-decision.js';
import { field } from '../../web/views/forms/form-body.js';
import { STORY_LIMITS } from './story.js';
import { STORY_PATHS } from './story.paths.js';
import { storyPolicy } from './story.policy.js';
import { presentForReview } from './story.presenter.js';
import type { StoryService } from './story.service.js';
import { STORY_NOTICES, StoriesModerationPage, type StoryFormProblem, type StoryNotice } from './views/stories-moderation.page.js';

const STORY_MODERATION_PATH = STORY_PATHS.moderation;

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/** The moderators' routes of the stories area. */
export const storyModerationRoutes: FastifyPluginAsync<{ stories: StoryService }> = async (app, { stories }) => {
  const review = { schema: { hide: true }, config: { access: storyPolicy.access('review') } };

  async function render(request: FastifyRequest, reply: FastifyReply, options: { notice?: StoryNotice; problem?: StoryFormProblem } = {}) {
    const queue = await stories.queue(request.actor);
    reply.header('cache-control', 'no-store');
    return reply.page(
      <StoriesModerationPage
        ctx={request.pageContext()}
        pending={{ items: queue.pending.items.map(presentForReview), total: queue.pending.total }}
        published={{ items: queue.published.items.map(presentForReview), total: queue.published.total }}
        notice={options.notice}
        problem={options.problem}
      />,
    );
  }

  /** Runs a decision: done → back to the list; conflict → the list with a notice; a bad field → the list with the error beside it. */
  async function decide(request: IdRequest, reply: FastifyReply, done: StoryNotice, fieldName: 'publicText' | 'reason', action: () => Promise<void>) {
    try {
      await action();
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') return backWithNotice(request, reply, STORY_MODERATION_PATH, 'conflict');
      const problems = fieldProblemsOf(err);
      const problem = problems?.[fieldName];
      if (!problem) throw err;
      const key = `stories.moderation.error.${fieldName}.${problem}`;
      const message = Object.prototype.hasOwnProperty.call(EN, key)
        ? request.pageContext().t(key as AnyMessageKey, { min: STORY_LIMITS.textMin, max: fieldName === 'reason' ? STORY_LIMITS.reason : STORY_LIMITS.textMax })
        : request.pageContext().t('stories.moderation.error.invalid');
      reply.code(400);
      return render(request, reply, { problem: { storyId: request.params.id, field: fieldName, message, value: field(request.body, fieldName) } });
    }
    return backWithNotice(request, reply, STORY_MODERATION_PATH, done);
  }

  app.get(STORY_MODERATION_PATH, review, async (request, reply) => {
    const done = (request.query as Record<string, string | undefined>).done;
    return render(request, reply, { notice: STORY_NOTICES.find((n) => n === done) });
  });

  app.post(`${STORY_MODERATION_PATH}/:id/approve`, review, async (request: IdRequest, reply) =>
    decide(request, reply, 'approved', 'publicText', () => stories.approve(request.actor, { id: request.params.id, publicText: field(request.body, 'publicText') })),
  );

  app.post(`${STORY_MODERATION_PATH}/:id/reject`, review, async (request: IdRequest, reply) =>
    decide(request, reply, 'rejected', 'reason', () => stories.reject(request.actor, { id: request.params.id, reason: field(request.body, 'reason') })),
  );

  app.post(`${STORY_MODERATION_PATH}/:id/unpublish`, review, async (request: IdRequest, reply) =>
    decide(request, reply, 'unpublished', 'reason', () => stories.unpublish(request.actor, { id: request.params.id, reason: field(request.body, 'reason') })),
  );
};
