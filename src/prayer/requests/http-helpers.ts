/** Small translations between HTTP and the request services, shared by the API routes and the pages. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';

/** Sets Retry-After when `err` is a RATE_LIMITED error that says how long to wait. */
export function announceRetry(reply: FastifyReply, err: unknown): void {
  if (err instanceof AppError && err.code === 'RATE_LIMITED' && typeof err.details?.retryAfterSeconds === 'number') {
    reply.header('retry-after', String(err.details.retryAfterSeconds));
  }
}

/** Runs `work`; when it is refused as RATE_LIMITED, the 429 carries Retry-After (the error itself goes on to the error handler). */
export async function announcingRetry<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    announceRetry(reply, err);
    throw err;
  }
}

/** A JSON body's fields when it is an object, else none (the service then names every missing field). */
export function objectBody<T extends object>(body: unknown): Partial<T> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Partial<T>) : {};
}

/** Private pages and answers carrying a secret: not cached, not indexed, the address not sent on. */
export function keepPrivate(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').header('referrer-policy', 'no-referrer');
}

/** The manage token sent as `Authorization: Bearer <token>`, or 401 saying how to send it. */
export function bearerManageToken(request: FastifyRequest, reply: FastifyReply): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!match) {
    reply.header('www-authenticate', 'Bearer realm="prayer request"');
    throw new AppError('UNAUTHENTICATED', 'Send the manage token of your prayer request as Authorization: Bearer <manageToken>.');
  }
  return match[1];
}
