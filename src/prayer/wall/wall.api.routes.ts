import type { FastifyPluginAsync } from 'fastify';
import { announceRetry } from '../requests/http-helpers.js';
import { ErrorSchema } from '../requests/request.schemas.js';
import { wallPolicy } from './wall.policy.js';
import { presentWallEntry } from './wall.presenter.js';
import { WallPrayerParams, WallPrayerResponse, WallQuery, WallResponse } from './wall.schemas.js';
import type { WallService } from './wall.service.js';

const tags = ['prayer wall'];

/** `GET /api/v1/prayer-wall` and `POST /api/v1/prayer-wall/:id/prayers` (public). */
export const wallApiRoutes: FastifyPluginAsync<{ wall: WallService }> = async (app, { wall }) => {
  app.get<{ Querystring: { limit?: string; before?: string } }>(
    '/api/v1/prayer-wall',
    {
      config: { access: wallPolicy.access('read') },
      schema: {
        tags,
        summary: 'The public prayer wall',
        description:
          'Approved public requests, newest first by the time they reached the wall. The next (older) page, when there is one, is in the `Link` header with `rel="next"`.',
        querystring: WallQuery,
        response: { 200: WallResponse, 400: ErrorSchema },
      },
    },
    async (request, reply) => {
      const listing = await wall.page(request.actor, { limit: request.query.limit, before: request.query.before });
      if (listing.next) {
        const params = new URLSearchParams({ ...(request.query.limit ? { limit: request.query.limit } : {}), before: listing.next });
        reply.header('link', `</api/v1/prayer-wall?${params}>; rel="next"`);
      }
      return { requests: listing.entries.map((entry) => presentWallEntry(entry, request.locale)) };
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/prayer-wall/:id/prayers',
    {
      config: { access: wallPolicy.access('pray') },
      schema: {
        tags,
        summary: 'Say "I prayed" as a visitor',
        description:
          'Counted apart from the team\'s prayers. Once per request per address per day (a repeat answers 200 with `counted: false`); a flood from one address is answered 429 with Retry-After.',
        params: WallPrayerParams,
        response: { 200: WallPrayerResponse, 201: WallPrayerResponse, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      try {
        const result = await wall.pray(request.actor, { requestId: request.params.id, clientAddress: request.ip });
        return reply.code(result.counted ? 201 : 200).send(result);
      } catch (err) {
        announceRetry(reply, err);
        throw err;
      }
    },
  );
};
