import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';
import type { LogLevel } from '../config.js';

/**
 * Private links carry their secret in the path (`/r/<token>`), and query strings may carry
 * search text or tokens; logs keep only the shape of the address.
 */
export function redactPath(url: string): string {
  const path = url.split('?')[0] ?? url;
  return path
    .replace(/^\/(en|es)(?=\/)/, '')
    .replace(/\/(r|invite|reset|unsubscribe|u|plans\/s|plans\/d)\/[^/]+/g, '/$1/[secret]');
}

/** Pino options for Fastify: no bodies, no cookies, no authorization headers, no secrets in URLs. */
export function loggerOptions(level: LogLevel) {
  return {
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token', '*.manageToken'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, url: redactPath(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * One access line per request, written when it is answered (method, the address's shape, status, time),
 * instead of Fastify's two (incoming and completed): on a small API request the second line cost about
 * a tenth of the server's time. Errors are logged as Fastify logs them.
 */
export class OneLinePerRequest extends LogController {
  #access: FastifyBaseLogger | undefined;

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    // The line holds only what the serializers above let through (the address's shape, never headers or
    // bodies), so it skips the redaction pass, which cost as much as writing the line.
    this.#access ??= request.server.log.child({}, { redact: { paths: [] } });
    this.#access.info({ reqId: request.id, req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 }, 'request completed');
  }
}
