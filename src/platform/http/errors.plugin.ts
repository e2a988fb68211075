import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ERRORS, type ErrorCode } from '../errors.js';

/** Requests answered in JSON: the API, or a client that asks for JSON and not HTML. */
export function wantsJson(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/') || request.url === '/healthz') return true;
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** Maps Fastify's own errors (body parsing, validation, limits) onto our coded errors. */
function classify(error: FastifyError): { code: ErrorCode; message: string; status?: number } {
  if (error instanceof AppError) return { code: error.code, message: error.message, status: error.status };
  if (error.validation) return { code: 'VALIDATION', message: validationMessage(error) };
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'BAD_JSON', message: ERRORS.BAD_JSON.message };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', message: ERRORS.PAYLOAD_TOO_LARGE.message };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', message: ERRORS.UNSUPPORTED_MEDIA_TYPE.message };
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return { code: 'CSRF', message: ERRORS.CSRF.message };
  }
  if (error instanceof SyntaxError && error.statusCode === 400) return { code: 'BAD_JSON', message: ERRORS.BAD_JSON.message };
  if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: ERRORS.RATE_LIMITED.message };
  if (error.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', message: ERRORS.PAYLOAD_TOO_LARGE.message };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'VALIDATION', message: error.message, status: error.statusCode };
  }
  return { code: 'INTERNAL', message: ERRORS.INTERNAL.message };
}

/** "body/text must NOT have more than 2000 characters" → "text must NOT have more than 2000 characters". */
function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  const field = (first.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
  const missing = (first.params as { missingProperty?: string } | undefined)?.missingProperty;
  if (missing) return `${field ? field + '.' : ''}${missing} is required`;
  return `${field || error.validationContext || 'request'} ${first.message ?? 'is not valid'}`;
}

export interface ErrorPageRenderer {
  (request: FastifyRequest, reply: FastifyReply, status: number, message: string, code?: ErrorCode): string;
}

/** One place turns every failure into `{"error":{"code","message"}}` or an HTML error page. */
export const errorsPlugin = fp<{ renderPage: ErrorPageRenderer }>(async (app, opts) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, message, status = ERRORS[code].status } = classify(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code }, 'request refused');
    reply.status(status);
    if (wantsJson(request)) {
      const details = error instanceof AppError && error.details ? { details: error.details } : {};
      return reply.send({ error: { code, message, ...details } });
    }
    return reply.type('text/html; charset=utf-8').send(opts.renderPage(request, reply, status, message, code));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404);
    if (wantsJson(request)) {
      return reply.send({ error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${request.url.split('?')[0]}` } });
    }
    return reply.type('text/html; charset=utf-8').send(opts.renderPage(request, reply, 404, ERRORS.NOT_FOUND.message));
  });
});
