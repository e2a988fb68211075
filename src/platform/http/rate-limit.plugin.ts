import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { AppError } from '../errors.js';

export interface RateLimitPluginOptions {
  /** Requests per client address per minute across the site; 0 leaves only the per-route limits. */
  readonly perMinute: number;
  /** Shared counts across instances when set. */
  readonly redis?: Redis;
  /** Key prefix in Redis. */
  readonly prefix: string;
}

/** Static assets and the health check are exempt: a page load fetches several, and load balancers poll. */
function exempt(url: string): boolean {
  return url.startsWith('/assets/') || url === '/healthz';
}

/**
 * A general per-address limit on every request (@fastify/rate-limit, in Redis when REDIS_URL is set),
 * and the machinery for stricter per-route limits: `config: { rateLimit: { max, timeWindow } }`.
 * Must be registered before the routes it limits and before authentication: the general limit runs
 * as an app-wide hook ahead of any database work, so refused and anonymous floods are counted too.
 */
export const rateLimitPlugin = fp<RateLimitPluginOptions>(async (app, opts) => {
  await app.register(rateLimit, {
    // Not per route: the app-wide hook below counts every request once, first.
    global: false,
    max: opts.perMinute > 0 ? opts.perMinute : 1_000_000,
    timeWindow: 60_000,
    hook: 'onRequest',
    allowList: (request) => exempt(request.url),
    ...(opts.redis ? { redis: opts.redis, nameSpace: `${opts.prefix}rl:` } : {}),
    // Counting must not take the site down with Redis: a failed count lets the request through.
    skipOnError: true,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', undefined, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  if (opts.perMinute > 0) app.addHook('onRequest', app.rateLimit());
});
