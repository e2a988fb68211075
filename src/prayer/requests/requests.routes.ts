import type { FastifyPluginAsync } from 'fastify';
import { intakeApiRoutes } from './intake.api.routes.js';
import { moderationApiRoutes } from './moderation.api.routes.js';
import { prayPageRoutes } from './pray.routes.js';
import { requesterApiRoutes } from './requester.api.routes.js';
import { requesterPageRoutes } from './requester.routes.js';
import type { PrayerRequests } from './requests.js';

/** Every route of prayer requests: intake (API and /pray), the requester's side (API and /r/:token), moderation API. */
export const prayerRequestRoutes: FastifyPluginAsync<{ requests: PrayerRequests; baseUrl: string }> = async (app, options) => {
  await app.register(intakeApiRoutes, { requests: options.requests });
  await app.register(requesterApiRoutes, { requests: options.requests });
  await app.register(moderationApiRoutes, { requests: options.requests });
  await app.register(prayPageRoutes, { requests: options.requests });
  await app.register(requesterPageRoutes, options);
};
