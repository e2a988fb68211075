import type { FastifyPluginAsync } from 'fastify';
import { displayStatus, type PrayerRequest } from './request.js';
import { requestPolicy } from './request.policy.js';
import { ErrorSchema, ModerationParams, ModerationResponse } from './request.schemas.js';
import type { PrayerRequests } from './requests.js';

const tags = ['prayer requests: moderation'];
const security: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { sessionCookie: [] }];
const responses = { 200: ModerationResponse, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

const present = (r: PrayerRequest) => ({ id: r.id, moderation: r.moderation, status: displayStatus(r), approvedAt: r.approvedAt });

/** `POST /api/v1/prayer-requests/:id/approve` and `/reject` (moderators). */
export const moderationApiRoutes: FastifyPluginAsync<{ requests: PrayerRequests }> = async (app, { requests }) => {
  app.post<{ Params: { id: string } }>(
    '/api/v1/prayer-requests/:id/approve',
    {
      config: { access: requestPolicy.access('moderate') },
      schema: { tags, security, summary: 'Approve a public request for the prayer wall', params: ModerationParams, response: responses },
    },
    async (request) => present(await requests.moderation.approve(request.actor, { id: request.params.id })),
  );

  app.post<{ Params: { id: string } }>(
    '/api/v1/prayer-requests/:id/reject',
    {
      config: { access: requestPolicy.access('moderate') },
      schema: { tags, security, summary: 'Keep a public request off the prayer wall (the team still prays for it)', params: ModerationParams, response: responses },
    },
    async (request) => present(await requests.moderation.reject(request.actor, { id: request.params.id })),
  );
};
