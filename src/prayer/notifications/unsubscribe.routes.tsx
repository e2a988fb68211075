import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { wantsJson } from '../../platform/http/errors.plugin.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { UnsubscribeService } from './unsubscribe.service.js';
import { UnsubscribeInvalidPage, UnsubscribePage, UnsubscribedPage } from './views/unsubscribe.page.js';

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/**
 * `/unsubscribe/:token` — the address in every email's List-Unsubscribe header and footer. GET shows
 * what the link stops; POST stops it. The POST takes no CSRF token: mail clients send it by design
 * (RFC 8058, body `List-Unsubscribe=One-Click`), and the signed token in the path is itself the proof
 * — a forged form cannot know it, and all it can do is stop emails.
 */
export const unsubscribeRoutes: FastifyPluginAsync<{ service: UnsubscribeService }> = async (app, { service }) => {
  // Some mail clients send the one-click POST as multipart/form-data; its body says nothing we need.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));

  function invalid(request: FastifyRequest, reply: FastifyReply, err: unknown) {
    if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err;
    if (wantsJson(request)) throw err;
    return reply.code(404).header('cache-control', 'no-store').page(<UnsubscribeInvalidPage ctx={request.pageContext()} />);
  }

  app.get('/unsubscribe/:token', { schema: { hide: true }, config: { access: 'public' } }, async (request: TokenRequest, reply) => {
    try {
      const subject = await service.describe(request.params.token);
      reply.header('cache-control', 'no-store');
      return reply.page(<UnsubscribePage ctx={request.pageContext()} subject={subject} action={localePath(request.locale, `/unsubscribe/${request.params.token}`)} />);
    } catch (err) {
      return invalid(request, reply, err);
    }
  });

  app.post('/unsubscribe/:token', { schema: { hide: true }, config: { access: 'public', csrf: false } }, async (request: TokenRequest, reply) => {
    try {
      const subject = await service.unsubscribe(request.params.token);
      reply.header('cache-control', 'no-store');
      if (wantsJson(request)) return { status: 'unsubscribed' };
      return reply.page(<UnsubscribedPage ctx={request.pageContext()} subject={subject} />);
    } catch (err) {
      return invalid(request, reply, err);
    }
  });
};
