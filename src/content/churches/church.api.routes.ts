import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { announcingRetry, objectBody } from '../../prayer/requests/http-helpers.js';
import { churchProblems, type ChurchFields } from './church.input.js';
import { churchPolicy } from './church.policy.js';
import { presentChurch } from './church.presenter.js';
import { ChurchBody, ChurchSchema, ErrorSchema, SearchQuery, SearchResponse, SubmitResponse } from './church.schemas.js';
import type { ChurchQuery, ChurchService } from './church.service.js';

const NEAR = /^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$/;

/** Reads `near=lat,lng`, `limit` and `page`; a bad one is a 400 naming it. */
function searchQuery(query: Record<string, string | undefined>): ChurchQuery {
  const problems: Record<string, string> = {};
  let lat: number | undefined;
  let lng: number | undefined;
  if (query.near !== undefined && query.near !== '') {
    const match = NEAR.exec(query.near);
    if (!match) problems.near = 'invalid';
    else {
      lat = Number(match[1]);
      lng = Number(match[2]);
      if (lat < -90 || lat > 90 || lng < -180 || lng > 180) problems.near = 'outOfRange';
    }
  }
  const integer = (name: 'limit' | 'page') => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    if (!/^\d{1,6}$/.test(raw)) problems[name] = 'invalid';
    return Number(raw);
  };
  const limit = integer('limit');
  const page = integer('page');
  if (Object.keys(problems).length) throw churchProblems(problems);
  return { q: query.q, country: query.country, lat, lng, limit, page };
}

/** `POST /api/v1/churches` (anyone submits) and `GET /api/v1/churches` (published listings). */
export const churchApiRoutes: FastifyPluginAsync<{ churches: ChurchService }> = async (app, { churches }) => {
  app.post(
    '/api/v1/churches',
    {
      config: { access: churchPolicy.access('submit') },
      // The service checks every field (the same rules as the form) and names each bad one.
      attachValidation: true,
      schema: {
        tags: ['churches'],
        summary: 'Submit a church listing',
        description:
          'Stores the listing for a moderator to review (201, status `pending`); it is listed once published. A bad field is a 400 VALIDATION error naming it (`error.details.field`, every problem in `error.details.fields`). Limited to SUBMIT_RATE_LIMIT listings per address per hour (429 with Retry-After).',
        body: ChurchBody,
        response: { 201: SubmitResponse, 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await announcingRetry(reply, () => churches.submit(request.actor, objectBody<ChurchFields>(request.body), { clientAddress: request.ip, locale: request.locale }));
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/churches',
    {
      config: { access: churchPolicy.access('read') },
      schema: {
        tags: ['churches'],
        summary: 'Search published church listings',
        description: 'By text (name, city or postal code) and country, alphabetically; or with `near` nearest first. Published listings only.',
        querystring: SearchQuery,
        response: { 200: SearchResponse, 400: ErrorSchema },
      },
    },
    async (request: FastifyRequest<{ Querystring: Record<string, string | undefined> }>) => {
      const result = await churches.search(request.actor, searchQuery(request.query));
      return {
        churches: result.results.map(({ church, distanceKm }) => ({ ...presentChurch(church), ...(distanceKm === null ? {} : { distanceKm: Math.round(distanceKm * 1000) / 1000 }) })),
        page: result.page,
        limit: result.limit,
        hasMore: result.hasMore,
        total: result.total,
      };
    },
  );

  app.get(
    '/api/v1/churches/:id',
    {
      config: { access: churchPolicy.access('read') },
      schema: { tags: ['churches'], summary: 'One published church listing', response: { 200: ChurchSchema, 404: ErrorSchema } },
    },
    async (request: FastifyRequest<{ Params: { id: string } }>) => {
      const row = await churches.get(request.actor, request.params.id);
      if (row.status !== 'published') throw new AppError('NOT_FOUND', 'There is no published church listing here.');
      return presentChurch(row);
    },
  );
};
