import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { Intercession } from '../dispatch/intercession.js';
import { ErrorSchema, FlagBody, IdParams, PrayBody, RecordedPrayerSchema, security } from '../dispatch/intercession.schemas.js';
import { requestPolicy } from '../requests/request.policy.js';
import { presentRecordedPrayer } from './prayer.presenter.js';

/** Praying over the API: "I prayed", skip, flag. */
export const prayerApiRoutes: FastifyPluginAsync<{ intercession: Intercession }> = async (app, { intercession }) => {
  const access = requestPolicy.access('pray');

  app.post(
    '/api/v1/prayer-requests/:id/prayers',
    {
      config: { access },
      schema: {
        tags: ['intercession'],
        summary: 'I prayed for this request',
        description:
          'Records a prayer (with a live lease on the request, or for any request you may pray for), optionally with a note of encouragement and a verse. Notes with crisis language or personal details are held for a moderator.',
        security,
        params: IdParams,
        body: PrayBody,
        response: { 201: RecordedPrayerSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = (request.body ?? {}) as { note?: string | null; verse?: string | null };
      const prayer = await intercession.prayers.pray(request.actor, { requestId: id, note: body.note, verse: body.verse });
      return reply.code(201).send(presentRecordedPrayer(prayer));
    },
  );

  app.post(
    '/api/v1/prayer-requests/:id/skip',
    {
      config: { access },
      schema: { tags: ['intercession'], summary: 'Pass over this request (it goes back to the pool)', security, params: IdParams, response: { 204: Type.Null(), 404: ErrorSchema } },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      await intercession.prayers.skip(request.actor, { requestId: id });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/prayer-requests/:id/flag',
    {
      config: { access },
      schema: {
        tags: ['intercession'],
        summary: 'Flag this request (or one of its notes) for a moderator',
        description: 'Hidden for review once its flags reach the ministry’s threshold. A second flag from the same person counts once.',
        security,
        params: IdParams,
        body: FlagBody,
        response: { 201: Type.Object({ id: Type.String() }), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const body = request.body as { reason: string; prayerId?: string | null };
      const flag = await intercession.prayers.flag(request.actor, { requestId: id, reason: body.reason, prayerId: body.prayerId });
      return reply.code(201).send({ id: flag.id });
    },
  );
};
