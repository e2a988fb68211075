import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import { ROLES } from '../../platform/auth/actor.js';
import { requireUser } from '../../platform/auth/require-user.js';
import { LOCALES } from '../../platform/i18n/locale.js';
import { apiTokenPolicy } from '../policies/api-token.policy.js';
import { userPolicy } from '../policies/user.policy.js';
import { presentUser } from '../user.presenter.js';
import type { AccountsRouteOptions } from './route-options.js';

const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
const Locale = Type.Union(LOCALES.map((l) => Type.Literal(l)));
const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Role),
  locale: Locale,
  languages: Type.Array(Locale),
  notifications: Type.Record(Type.String(), Type.Boolean()),
  status: Type.Union([Type.Literal('active'), Type.Literal('deactivated'), Type.Literal('invited')]),
  covenantAcceptedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
const ErrorSchema = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) });
const security: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { sessionCookie: [] }];

/**
 * The accounts JSON API: who am I, my tokens, and (admins) the people list. Authenticated by
 * `Authorization: Bearer ict_…`, or by the session cookie plus an `x-csrf-token` header on writes.
 */
export const accountsApiRoutes: FastifyPluginAsync<AccountsRouteOptions> = async (app, { accounts }) => {
  app.get(
    '/api/v1/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['accounts'], summary: 'The signed-in person', security, response: { 200: UserSchema, 401: ErrorSchema } },
    },
    async (request) => {
      const actor = requireUser(request.actor);
      return presentUser(await accounts.users.get(actor, actor.id));
    },
  );

  app.get(
    '/api/v1/me/tokens',
    {
      config: { access: apiTokenPolicy.access('listOwn') },
      schema: { tags: ['accounts'], summary: 'My API tokens (never their secrets)', security, response: { 200: Type.Object({ tokens: Type.Array(TokenSchema) }) } },
    },
    async (request) => ({ tokens: await accounts.tokens.listOwn(request.actor) }),
  );

  app.post(
    '/api/v1/me/tokens',
    {
      config: { access: apiTokenPolicy.access('create') },
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token; the token is in this response only',
        security,
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ token: Type.String(), id: Type.String(), name: Type.String(), createdAt: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { name } = request.body as { name: string };
      const created = await accounts.tokens.create(request.actor, { name });
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ token: created.token, id: created.view.id, name: created.view.name, createdAt: created.view.createdAt });
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { access: apiTokenPolicy.access('revoke') },
      schema: { tags: ['accounts'], summary: 'Revoke an API token', security, params: Type.Object({ id: Type.String({ maxLength: 64 }) }), response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await accounts.tokens.revoke(request.actor, { tokenId: (request.params as { id: string }).id });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/users',
    {
      config: { access: userPolicy.access('list') },
      schema: {
        tags: ['accounts'],
        summary: 'People with accounts (admins)',
        security,
        querystring: Type.Object({
          role: Type.Optional(Role),
          status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('deactivated')])),
          page: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
        response: { 200: Type.Object({ users: Type.Array(UserSchema), total: Type.Integer(), page: Type.Integer(), pages: Type.Integer() }) },
      },
    },
    async (request) => {
      const query = request.query as { role?: string; status?: string; page?: number };
      const result = await accounts.users.list(request.actor, query);
      return { users: result.users.map(presentUser), total: result.total, page: result.page, pages: result.pages };
    },
  );
};
