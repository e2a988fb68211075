/** How a staff page's decision forms answer: back to the page (303) with a word saying what happened. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { localePath } from '../i18n/locale.js';

/** Redirects (303) to `path` in the request's language with `?done=<notice>`. */
export function backWithNotice(request: FastifyRequest, reply: FastifyReply, path: string, notice: string): FastifyReply {
  return reply.redirect(`${localePath(request.locale, path)}?done=${notice}`, 303);
}

/** Runs a decision, then goes back to `path` with `done`; one someone else made first (CONFLICT) goes back with `conflict`, not an error page. */
export async function decideAndReturn(request: FastifyRequest, reply: FastifyReply, path: string, done: string, action: () => Promise<unknown>): Promise<FastifyReply> {
  try {
    await action();
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return backWithNotice(request, reply, path, 'conflict');
    throw err;
  }
  return backWithNotice(request, reply, path, done);
}
