/** Every route of the responses area: the form and API, the pastors' pages, the admin's journey page. */
import type { FastifyPluginAsync } from 'fastify';
import type { ArticleService } from '../articles/article.service.js';
import { journeySettingsRoutes } from './journey-settings.routes.js';
import { pastoralResponseRoutes } from './pastoral-responses.routes.js';
import { responseRoutes } from './response.routes.js';
import type { Responses } from './responses.js';

export const responsesAreaRoutes: FastifyPluginAsync<{ responses: Responses; articles: Pick<ArticleService, 'getBySlug'> }> = async (app, { responses, articles }) => {
  await app.register(responseRoutes, { responses: responses.responses, articles });
  await app.register(pastoralResponseRoutes, { responses: responses.responses, journeys: responses.journeys });
  await app.register(journeySettingsRoutes, { journeys: responses.journeys });
};
