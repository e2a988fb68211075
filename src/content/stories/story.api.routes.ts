import type { FastifyPluginAsync } from 'fastify';
import { announcingRetry, objectBody } from '../../prayer/requests/http-helpers.js';
import { ErrorSchema } from '../../prayer/requests/request.schemas.js';
import type { StoryFields } from './story.input.js';
import { storyPolicy } from './story.policy.js';
import { presentStory } from './story.presenter.js';
import { StoryBody, StoryItem, StoryListResponse, StoryParams, StoryQuery, StorySubmitResponse } from './story.schemas.js';
import { parseKindFilter, parseLanguageFilter, type StoryService } from './story.service.js';

const tags = ['stories'];

/** `POST /api/v1/stories` (share one), `GET /api/v1/stories` (the published list) and `GET /api/v1/stories/:id`. */
export const storyApiRoutes: FastifyPluginAsync<{ stories: StoryService }> = async (app, { stories }) => {
  app.post(
    '/api/v1/stories',
    {
      config: { access: storyPolicy.access('submit') },
      // The service checks every field (the same rules as the form) and names each bad one; the schema documents the shape.
      attachValidation: true,
      schema: {
        tags,
        summary: 'Share a story',
        description:
          'Stores the story for moderation (201 means it is stored; nothing is published until a moderator approves it). Crisis language gets crisis resources in `crisis`, and the story waits for a pastor. Limited to SUBMIT_RATE_LIMIT stories per address per hour (429 with Retry-After).',
        body: StoryBody,
        response: { 201: StorySubmitResponse, 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await announcingRetry(reply, () => stories.submit(request.actor, objectBody<StoryFields>(request.body), { clientAddress: request.ip, locale: request.locale }));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ id: result.id, status: result.status, crisis: result.crisis ? { kind: result.crisis.kind, resources: result.crisis.resources } : null });
    },
  );

  app.get<{ Querystring: { language?: string; kind?: string; limit?: string; before?: string } }>(
    '/api/v1/stories',
    {
      config: { access: storyPolicy.access('read') },
      attachValidation: true,
      schema: {
        tags,
        summary: 'Published stories',
        description:
          'Approved stories and answered-prayer testimonies shared with consent, newest first, in the request\'s language unless `language` says otherwise (`all` for every language). The next (older) page, when there is one, is in the `Link` header with `rel="next"`.',
        querystring: StoryQuery,
        response: { 200: StoryListResponse, 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const language = parseLanguageFilter(q.language, request.locale);
      const kind = parseKindFilter(q.kind);
      const listing = await stories.list(request.actor, { language, kind, limit: q.limit, before: q.before });
      if (listing.next) {
        const params = new URLSearchParams({ language: language ?? 'all', ...(kind ? { kind } : {}), ...(q.limit ? { limit: q.limit } : {}), before: listing.next });
        reply.header('link', `</api/v1/stories?${params}>; rel="next"`);
      }
      return { stories: listing.entries.map((entry) => presentStory(entry, request.locale)) };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/stories/:id',
    {
      config: { access: storyPolicy.access('read') },
      schema: { tags, summary: 'One published story', description: 'A story or answered prayer while it is published; 404 otherwise.', params: StoryParams, response: { 200: StoryItem, 404: ErrorSchema } },
    },
    async (request) => presentStory(await stories.get(request.actor, request.params.id), request.locale),
  );
};
