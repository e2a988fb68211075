import type { FastifyPluginAsync } from 'fastify';
import { STAFF_PATHS } from '../moderation/staff-pages.js';
import { ErrorSchema } from '../requests/request.schemas.js';
import { coveragePolicy } from './coverage.policy.js';
import { presentCoverage } from './coverage.presenter.js';
import { CoverageResponse } from './coverage.schemas.js';
import type { CoverageService } from './coverage.service.js';
import { CoveragePage } from './views/coverage.page.js';

/** `/coverage` and `GET /api/v1/coverage` (moderators, pastors, admins). */
export const coverageRoutes: FastifyPluginAsync<{ coverage: CoverageService }> = async (app, { coverage }) => {
  const access = coveragePolicy.access('view');

  app.get(STAFF_PATHS.coverage, { schema: { hide: true }, config: { access } }, async (request, reply) => {
    const report = presentCoverage(await coverage.report(request.actor));
    reply.header('cache-control', 'no-store');
    return reply.page(<CoveragePage ctx={request.pageContext()} report={report} />);
  });

  app.get(
    '/api/v1/coverage',
    {
      config: { access },
      schema: {
        tags: ['coverage'],
        summary: 'How quickly requests reach an intercessor',
        description: 'Requests waiting for a first prayer, time to first prayer (nearest-rank p50/p95) over 7 and 30 days, prayers per day, active intercessors.',
        security: [{ bearerAuth: [] }, { sessionCookie: [] }],
        response: { 200: CoverageResponse, 401: ErrorSchema, 403: ErrorSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return presentCoverage(await coverage.report(request.actor));
    },
  );
};
