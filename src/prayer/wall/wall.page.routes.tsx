import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { announceRetry } from '../requests/http-helpers.js';
import { WallPage, type WallNotice } from './views/wall.page.js';
import { wallPolicy } from './wall.policy.js';
import { presentWallEntry } from './wall.presenter.js';
import type { WallService } from './wall.service.js';

const NOTICES: readonly WallNotice[] = ['prayed', 'again'];

/** Renders a page of the wall, optionally with a notice beside one request. */
async function renderWall(wall: WallService, request: FastifyRequest, before: string | undefined, notice?: { requestId: string; kind: WallNotice }) {
  const listing = await wall.page(request.actor, { before });
  return (
    <WallPage
      ctx={request.pageContext()}
      requests={listing.entries.map((entry) => presentWallEntry(entry, request.locale))}
      before={before}
      next={listing.next}
      notice={notice}
    />
  );
}

/** `/wall` and its "I prayed" form (CSRF, limited per address). */
export const wallPageRoutes: FastifyPluginAsync<{ wall: WallService }> = async (app, { wall }) => {
  app.get('/wall', { schema: { hide: true }, config: { access: wallPolicy.access('read') } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const before = query.before || undefined;
    const kind = NOTICES.find((n) => n === query.done);
    const notice = kind && query.request ? { requestId: query.request, kind } : undefined;
    return reply.page(await renderWall(wall, request, before, notice));
  });

  app.post<{ Params: { id: string } }>('/wall/:id/prayers', { schema: { hide: true }, config: { access: wallPolicy.access('pray') } }, async (request, reply) => {
    const before = field(request.body, 'before') || undefined;
    const id = request.params.id;
    try {
      const result = await wall.pray(request.actor, { requestId: id, clientAddress: request.ip });
      const query = new URLSearchParams({ ...(before ? { before } : {}), done: result.counted ? 'prayed' : 'again', request: id });
      return reply.redirect(`${localePath(request.locale, '/wall')}?${query}#wall-${encodeURIComponent(id)}`, 303);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'RATE_LIMITED')) throw err;
      // Not an error to the visitor: their prayer was real; only the count pauses.
      announceRetry(reply, err);
      return reply.code(429).page(await renderWall(wall, request, before, { requestId: id, kind: 'paused' }));
    }
  });
};
