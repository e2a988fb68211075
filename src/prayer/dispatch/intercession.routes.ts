import type { FastifyPluginAsync } from 'fastify';
import { commitmentApiRoutes } from '../commitments/commitment.api.routes.js';
import { prayerApiRoutes } from '../prayers/prayer.api.routes.js';
import { dispatchApiRoutes } from './dispatch.api.routes.js';
import { intercedePageRoutes } from './intercede.routes.js';
import type { Intercession } from './intercession.js';

/** Every route of intercession: the dispatcher, praying, commitments (API), and the /intercede pages. */
export const intercessionRoutes: FastifyPluginAsync<{ intercession: Intercession }> = async (app, options) => {
  await app.register(dispatchApiRoutes, options);
  await app.register(prayerApiRoutes, options);
  await app.register(commitmentApiRoutes, options);
  await app.register(intercedePageRoutes, options);
};
