import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { requestPolicy } from '../requests/request.policy.js';
import type { Intercession } from './intercession.js';
import { presentAssignment } from './intercession.presenter.js';
import { ErrorSchema, IdParams, security, SessionSchema } from './intercession.schemas.js';

/** The dispatcher's API: the next request to pray for, or one request opened directly. */
export const dispatchApiRoutes: FastifyPluginAsync<{ intercession: Intercession }> = async (app, { intercession }) => {
  app.post(
    '/api/v1/intercession/next',
    {
      config: { access: requestPolicy.access('pray') },
      schema: {
        tags: ['intercession'],
        summary: 'The next request to pray for',
        description:
          'Leases the request that most needs prayer (urgent first, then the fewest prayers for its age) for a few minutes, with 3–5 Scriptures to pray. The same request comes back while the lease lives. 204 when nothing is waiting.',
        security,
        response: { 200: SessionSchema, 204: Type.Null(), 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      const assignment = await intercession.dispatch.next(request.actor);
      reply.header('cache-control', 'no-store');
      if (!assignment) return reply.code(204).send();
      return presentAssignment(request.actor, assignment);
    },
  );

  app.get(
    '/api/v1/intercession/requests/:id',
    {
      config: { access: requestPolicy.access('pray') },
      schema: {
        tags: ['intercession'],
        summary: 'One request to pray for (e.g. one you committed to), with its Scriptures',
        security,
        params: IdParams,
        response: { 200: SessionSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      reply.header('cache-control', 'no-store');
      return presentAssignment(request.actor, await intercession.dispatch.open(request.actor, id));
    },
  );
};
