import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ANONYMOUS, type Actor } from '../auth/actor.js';
import { decideAccess, isAccess, type Access } from '../auth/access.js';
import { AppError } from '../errors.js';
import { localePath } from '../i18n/locale.js';
import { wantsJson } from './errors.plugin.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route. Required on every route; see src/platform/auth/access.ts. */
    access?: Access;
    /**
     * `false` for public routes that never care who asks (hashed static files): no credential is read,
     * so no database work and no 401 for a stale token; the caller is anonymous.
     */
    authenticate?: boolean;
  }
  interface FastifyRequest {
    /** Who is asking: set before any handler runs, anonymous when nobody proved otherwise. */
    actor: Actor;
  }
  interface FastifyInstance {
    /** Every route registered, with its declared access (the authorization matrix test walks these). */
    registeredRoutes(): ReadonlyArray<RegisteredRoute>;
  }
}

/** A route as the access layer saw it being registered. */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  /** As declared; may be malformed or missing, which the access layer refuses. */
  readonly access: unknown;
  /** False when the route reads no credentials (its callers are all anonymous). */
  readonly authenticates: boolean;
  /** True when the route opted out of CSRF checks (`config: { csrf: false }`). */
  readonly csrfExempt: boolean;
}

export interface AccessPluginOptions {
  /**
   * Finds who is asking (session cookie, bearer token). Throws AppError UNAUTHENTICATED for credentials
   * that are presented but bad (a revoked token), returns ANONYMOUS when none are presented.
   */
  authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Actor>;
}

/** Where someone who must sign in is sent: the sign-in page, remembering where they were going. */
function signInRedirect(request: FastifyRequest, page: '/login' | '/covenant'): string {
  const next = request.url.startsWith('/') && !request.url.startsWith('//') ? request.url : '/';
  return `${localePath(request.locale, page)}?next=${encodeURIComponent(next)}`;
}

/**
 * Authentication and authorization for every route, in one hook: who is asking, then whether the
 * route's declared `config.access` lets them in. Routes stay thin; nothing reaches a handler unchecked,
 * and a route that declares nothing answers 500 ACCESS_UNDECLARED rather than opening by default.
 */
export const accessPlugin = fp<AccessPluginOptions>(async (app, opts) => {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', () => routes);
  app.decorateRequest<Actor | null>('actor', null);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access, authenticates: route.config?.authenticate !== false, csrfExempt: route.config?.csrf === false });
  });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const config = request.routeOptions.config;
    const access = config?.access;
    if (!(access === 'public' && config?.authenticate === false)) request.actor = await opts.authenticate(request, reply);
    if (request.is404) return;
    if (!isAccess(access)) {
      request.log.error({ route: request.routeOptions.url }, 'route declares no valid access requirement');
      throw new AppError('ACCESS_UNDECLARED');
    }
    const decision = decideAccess(request.actor, access);
    if (decision === 'allow') return;
    const page = request.method === 'GET' && !wantsJson(request);
    if (decision === 'unauthenticated') {
      if (page) return reply.redirect(signInRedirect(request, '/login'), 303);
      throw new AppError('UNAUTHENTICATED');
    }
    if (decision === 'covenant') {
      if (page) return reply.redirect(signInRedirect(request, '/covenant'), 303);
      throw new AppError('COVENANT_REQUIRED');
    }
    throw new AppError('FORBIDDEN');
  });
});
