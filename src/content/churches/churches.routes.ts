import type { FastifyPluginAsync } from 'fastify';
import { churchApiRoutes } from './church.api.routes.js';
import { churchReviewRoutes } from './church-review.routes.js';
import { churchPageRoutes } from './church.routes.js';
import type { ChurchService } from './church.service.js';

/** Every route of the church directory: the API, the public pages, and the moderators' review. */
export const churchesRoutes: FastifyPluginAsync<{ churches: ChurchService }> = async (app, options) => {
  await app.register(churchApiRoutes, options);
  await app.register(churchPageRoutes, options);
  await app.register(churchReviewRoutes, options);
};
