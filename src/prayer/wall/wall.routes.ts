import type { FastifyPluginAsync } from 'fastify';
import { wallApiRoutes } from './wall.api.routes.js';
import { wallPageRoutes } from './wall.page.routes.js';
import type { WallService } from './wall.service.js';

/** Every route of the prayer wall: the /wall page and its form, and the JSON API. */
export const wallRoutes: FastifyPluginAsync<{ wall: WallService }> = async (app, options) => {
  await app.register(wallApiRoutes, options);
  await app.register(wallPageRoutes, options);
};
