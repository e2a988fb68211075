import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { Intercession } from '../dispatch/intercession.js';
import { CommitBody, CommitmentSchema, ErrorSchema, IdParams, MyCommitmentSchema, security } from '../dispatch/intercession.schemas.js';
import { requestPolicy } from '../requests/request.policy.js';
import { presentCommitment, presentMyCommitment } from './commitment.presenter.js';

/** Commitments over the API: commit, list mine, withdraw. */
export const commitmentApiRoutes: FastifyPluginAsync<{ intercession: Intercession }> = async (app, { intercession }) => {
  const access = requestPolicy.access('pray');

  app.post(
    '/api/v1/prayer-requests/:id/commitments',
    {
      config: { access },
      schema: {
        tags: ['intercession'],
        summary: 'Commit to pray for this request daily for N days (1–90)',
        description: '201 for a new commitment; 200 when a running one to the same request starts over with the new number of days.',
        security,
        params: IdParams,
        body: CommitBody,
        response: { 200: CommitmentSchema, 201: CommitmentSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { days } = request.body as { days: number };
      const result = await intercession.commitments.commit(request.actor, { requestId: id, days });
      return reply.code(result.renewed ? 200 : 201).send(presentCommitment(result.commitment));
    },
  );

  app.get(
    '/api/v1/me/commitments',
    {
      config: { access },
      schema: { tags: ['intercession'], summary: 'My running commitments, soonest end first', security, response: { 200: Type.Object({ commitments: Type.Array(MyCommitmentSchema) }) } },
    },
    async (request, reply) => {
      const items = await intercession.commitments.listMine(request.actor);
      reply.header('cache-control', 'no-store');
      return { commitments: items.map((item) => presentMyCommitment(request.actor, item)) };
    },
  );

  app.delete(
    '/api/v1/commitments/:id',
    {
      config: { access },
      schema: { tags: ['intercession'], summary: 'End one of my commitments', security, params: IdParams, response: { 204: Type.Null(), 404: ErrorSchema } },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      await intercession.commitments.withdraw(request.actor, { commitmentId: id });
      return reply.code(204).send();
    },
  );
};
