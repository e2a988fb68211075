import type { FastifyPluginAsync } from 'fastify';
import { HomePage } from './views/home.page.js';

/** `GET /`: the home page. */
export const homeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => reply.page(<HomePage ctx={request.pageContext()} />));
};
