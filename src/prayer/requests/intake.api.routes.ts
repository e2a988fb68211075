import type { FastifyPluginAsync } from 'fastify';
import { announcingRetry, objectBody } from './http-helpers.js';
import type { IntakeFields } from './request.input.js';
import { requestPolicy } from './request.policy.js';
import { presentIntakeResult } from './request.presenter.js';
import { ErrorSchema, IntakeBody, IntakeResponse } from './request.schemas.js';
import type { PrayerRequests } from './requests.js';

/** `POST /api/v1/prayer-requests`: a request in, a private link and (when needed) crisis resources out. */
export const intakeApiRoutes: FastifyPluginAsync<{ requests: PrayerRequests }> = async (app, { requests }) => {
  app.post(
    '/api/v1/prayer-requests',
    {
      config: { access: requestPolicy.access('submit') },
      // The service checks every field (the same rules as the form) and names each bad one; the schema
      // documents the shape.
      attachValidation: true,
      schema: {
        tags: ['prayer requests'],
        summary: 'Ask for prayer',
        description:
          'Stores the request (201 means it is durably stored) and returns its private link. Crisis language gets crisis resources in `crisis`, and the request is made urgent and pastoral. Limited to SUBMIT_RATE_LIMIT requests per address per hour (429 with Retry-After).',
        body: IntakeBody,
        response: { 201: IntakeResponse, 400: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await announcingRetry(reply, () => requests.intake.submit(request.actor, objectBody<IntakeFields>(request.body), { clientAddress: request.ip, locale: request.locale }));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(presentIntakeResult(result));
    },
  );
};
