import type { FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors.js';
import type { Accounts } from '../accounts.js';
import { API_TOKEN_PREFIX } from '../api-token.service.js';
import { clearSessionCookie, presentedSession } from './session-cookie.js';

/**
 * Who is asking, for the access layer. A bearer token is the only credential of a request that carries
 * one (the session cookie is then ignored, so a bearer request can never ride on a browser's cookie);
 * an Intercede API token that is unknown or revoked is refused with 401. Other bearer values (a
 * requester's manage token) are left for the route to read. Otherwise the session cookie, if live.
 */
export function authenticator(accounts: Accounts, https: boolean) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Actor> {
    const header = request.headers.authorization;
    if (header !== undefined && /^Bearer(\s|$)/i.test(header)) {
      const token = header.replace(/^Bearer\s*/i, '').trim();
      if (!token.startsWith(API_TOKEN_PREFIX)) return ANONYMOUS;
      const actor = await accounts.tokens.authenticate(token);
      if (!actor) {
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw new AppError('UNAUTHENTICATED', 'This API token is not valid or has been revoked.');
      }
      return actor;
    }
    const cookie = presentedSession(request, https);
    if (!cookie) return ANONYMOUS;
    const session = await accounts.sessions.resolve(cookie);
    if (!session) {
      clearSessionCookie(reply, https);
      return ANONYMOUS;
    }
    return session.actor;
  };
}
