import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { DbKind } from '../db/dialect.js';
import type { TranslationRepository } from '../../scripture/translation.repository.js';

const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  db: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]),
  translations: Type.Array(Type.String()),
});

/** `GET /healthz`: answers only after the database did, so a load balancer sees a dead database. */
export const healthRoutes: FastifyPluginAsync<{ kind: DbKind; translations: TranslationRepository }> = async (app, opts) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Liveness and readiness', response: { 200: HealthResponse } }, config: { access: 'public' } },
    async () => ({ status: 'ok' as const, db: opts.kind, translations: await opts.translations.listCodes() }),
  );
};
