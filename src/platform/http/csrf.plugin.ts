import { createHmac } from 'node:crypto';
import csrfProtection from '@fastify/csrf-protection';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `false` exempts a route from CSRF checks. Only for posts a third party makes by design with no
     * token to give (RFC 8058 one-click unsubscribe from a mail client); a test lists every exemption.
     */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** A CSRF token for a form in this response (sets the secret cookie when needed). */
    csrfToken(): string;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The cookie that holds the CSRF secret; `__Host-` over https pins it to this exact origin. */
export function csrfCookieName(https: boolean): string {
  return https ? '__Host-intercede-csrf' : 'intercede-csrf';
}

/**
 * Tokens are bound to the session, so a token from before sign-in (or from another session) does not
 * work after. Without a session the binding is a constant (@fastify/csrf refuses an empty one).
 */
function binding(request: FastifyRequest): string {
  const actor = request.actor;
  return actor?.kind === 'user' && actor.via === 'session' && actor.sessionId ? `session:${actor.sessionId}` : 'anonymous';
}

/**
 * Does this request need a CSRF token? Every state-changing request does, except those no browser
 * sends on its own: a bearer token (browsers never add one), or JSON from a caller with no session
 * (a cross-site form cannot send JSON, and without a session there is no one to act as).
 */
export function needsCsrf(request: FastifyRequest): boolean {
  if (!UNSAFE.has(request.method)) return false;
  if (request.routeOptions.config?.csrf === false) return false;
  if (/^Bearer\s/i.test(request.headers.authorization ?? '')) return false;
  const sessionAuthenticated = request.actor?.kind === 'user' && request.actor.via === 'session';
  const json = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
  return sessionAuthenticated || !json;
}

/**
 * CSRF protection on every state-changing request (synchronizer tokens from @fastify/csrf-protection,
 * secret in a signed HttpOnly cookie, tokens bound to the session). Forms carry `_csrf`; scripts send
 * `x-csrf-token`. A failure is answered 403 with code CSRF (an HTML page that says to reload).
 */
export const csrfPlugin = fp<{ https: boolean; secret: string }>(async (app, opts) => {
  await app.register(csrfProtection, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookieName(opts.https),
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: opts.https, signed: true },
    getUserInfo: binding,
    csrfOpts: { hmacKey: createHmac('sha256', opts.secret).update('intercede csrf').digest() },
  });
  app.decorateRequest('csrfToken', function (this: FastifyRequest): string {
    throw new Error('csrfToken() called before the request was set up');
  });
  app.addHook('onRequest', async (request, reply) => {
    // One token per request and binding: a page with several forms must not mint several secrets
    // (each would set the cookie again, and only the last would match).
    let made: { binding: string; token: string } | undefined;
    request.csrfToken = () => {
      const current = binding(request);
      if (made?.binding !== current) made = { binding: current, token: reply.generateCsrf({ userInfo: current } as Parameters<typeof reply.generateCsrf>[0]) };
      return made.token;
    };
  });
  app.addHook('preValidation', (request, reply, done) => {
    if (!needsCsrf(request)) return done();
    app.csrfProtection(request, reply, done);
  });
});
