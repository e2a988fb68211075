import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { bearerManageToken, keepPrivate } from './http-helpers.js';
import { displayStatus, type PrayerRequest } from './request.js';
import { presentCrisis, presentForRequester } from './request.presenter.js';
import { AnswerBody, ChangeResponse, ErrorSchema, RequesterResponse, UpdateBody, UpdateResponse } from './request.schemas.js';
import type { CrisisCheck } from '../safety/index.js';
import type { PrayerRequests } from './requests.js';

// The requester has no account: the manage token, sent as a bearer token, is their authority.
const REQUESTER = { access: 'public' as const };
const tags = ['prayer requests: requester'];
const security: Array<Record<string, string[]>> = [{ manageToken: [] }];
const errors = { 401: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

function change(request: PrayerRequest, crisis: CrisisCheck | null = null) {
  return {
    id: request.id,
    status: displayStatus(request),
    expiresAt: request.expiresAt,
    emailUpdates: request.email !== null && request.unsubscribedAt === null,
    crisis: presentCrisis(crisis),
  };
}

/**
 * The requester's JSON API under `/api/v1/prayer-requests/mine`, authorised by
 * `Authorization: Bearer <manageToken>`: read, post an update, mark answered, renew, close, stop emails,
 * delete. An unknown or deleted token is 404.
 */
export const requesterApiRoutes: FastifyPluginAsync<{ requests: PrayerRequests }> = async (app, { requests }) => {
  const { requester } = requests;
  const token = (request: FastifyRequest, reply: FastifyReply) => {
    keepPrivate(reply);
    return bearerManageToken(request, reply);
  };

  app.get(
    '/api/v1/prayer-requests/mine',
    {
      config: REQUESTER,
      schema: {
        tags,
        security,
        summary: 'My prayer request: who prayed and when, their notes and verses, commitments, updates',
        response: { 200: RequesterResponse, ...errors },
      },
    },
    async (request, reply) => presentForRequester(await requester.details(request.actor, { token: token(request, reply) })),
  );

  app.post(
    '/api/v1/prayer-requests/mine/updates',
    {
      config: REQUESTER,
      attachValidation: true,
      schema: { tags, security, summary: 'Post an update; it reaches everyone who prayed or committed', body: UpdateBody, response: { 201: UpdateResponse, 400: ErrorSchema, ...errors } },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as { text?: unknown };
      const result = await requester.postUpdate(request.actor, { token: token(request, reply), text: body.text });
      return reply.code(201).send({ id: result.update.id, kind: 'update', text: result.update.text, at: result.update.createdAt, crisis: presentCrisis(result.crisis) });
    },
  );

  app.post(
    '/api/v1/prayer-requests/mine/answer',
    {
      config: REQUESTER,
      attachValidation: true,
      schema: {
        tags,
        security,
        summary: 'Mark it answered, with an optional testimony (shared publicly only with consent, after moderation)',
        body: AnswerBody,
        response: { 200: ChangeResponse, 400: ErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = (request.body ?? {}) as { testimony?: unknown; sharePublicly?: unknown };
      const result = await requester.markAnswered(request.actor, { token: token(request, reply), testimony: body.testimony, sharePublicly: body.sharePublicly === true });
      return change(result.request, result.crisis);
    },
  );

  app.post(
    '/api/v1/prayer-requests/mine/renew',
    { config: REQUESTER, schema: { tags, security, summary: 'Keep it open for the expiry period from today', response: { 200: ChangeResponse, ...errors } } },
    async (request, reply) => change(await requester.renew(request.actor, { token: token(request, reply) })),
  );

  app.post(
    '/api/v1/prayer-requests/mine/close',
    { config: REQUESTER, schema: { tags, security, summary: 'Close it: no more prayers asked, commitments end', response: { 200: ChangeResponse, ...errors } } },
    async (request, reply) => change(await requester.close(request.actor, { token: token(request, reply) })),
  );

  app.post(
    '/api/v1/prayer-requests/mine/unsubscribe',
    { config: REQUESTER, schema: { tags, security, summary: 'Stop every email about it', response: { 200: ChangeResponse, ...errors } } },
    async (request, reply) => change(await requester.unsubscribe(request.actor, { token: token(request, reply) })),
  );

  app.delete(
    '/api/v1/prayer-requests/mine',
    {
      config: REQUESTER,
      schema: {
        tags,
        security,
        summary: 'Delete it now: text, name, email, for-whom and update texts removed; counts kept; the token stops working',
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      await requester.remove(request.actor, { token: token(request, reply) });
      return reply.code(204).send();
    },
  );
};
