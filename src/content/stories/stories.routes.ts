import type { FastifyPluginAsync } from 'fastify';
import { storyApiRoutes } from './story.api.routes.js';
import { storyModerationRoutes } from './story-moderation.routes.js';
import { storyPageRoutes } from './story.routes.js';
import type { StoryService } from './story.service.js';

/** Every route of the stories area: the public pages and feed, the JSON API, and the moderators' page. */
export const storiesRoutes: FastifyPluginAsync<{ stories: StoryService; baseUrl: string }> = async (app, options) => {
  await app.register(storyApiRoutes, { stories: options.stories });
  await app.register(storyPageRoutes, options);
  await app.register(storyModerationRoutes, { stories: options.stories });
};
