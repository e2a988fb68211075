import type { FastifyPluginAsync } from 'fastify';
import type { Moderation } from './moderation.js';
import { moderationRoutes } from './moderation.routes.js';
import { pastoralRoutes } from './pastoral.routes.js';

/** Every route of moderation and pastoral care: /moderation and /pastoral with their forms. */
export const moderationAreaRoutes: FastifyPluginAsync<{ moderation: Moderation }> = async (app, { moderation }) => {
  await app.register(moderationRoutes, { moderation: moderation.queue });
  await app.register(pastoralRoutes, { pastoral: moderation.pastoral });
};
