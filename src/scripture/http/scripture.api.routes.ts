import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { extractReferences } from '../reference/index.js';
import type { ScriptureServices } from '../scripture.services.types.js';
import {
  MAX_REFERENCE_TEXT,
  PassageQuery,
  PassageResponse,
  ReferencesBody,
  ReferencesResponse,
  SearchQuery,
  SearchResponse,
  TopicListQuery,
  TopicListResponse,
  TopicParams,
  TopicQuery,
  TopicResponse,
  TranslationsResponse,
} from './scripture.schemas.js';
import { presentPassage } from './passage.presenter.js';

// Scripture is public: anyone may read, search and look references up.
const PUBLIC = { access: 'public' as const };

// JSON may escape every character of a 1 MiB text as \uXXXX; the text's own limit is checked below.
const REFERENCES_BODY_LIMIT = 6 * MAX_REFERENCE_TEXT + 1024;

/** The Scripture JSON API: passages, search, references in any text, topics, translations. */
export const scriptureApiRoutes: FastifyPluginAsync<{ scripture: ScriptureServices }> = async (app, { scripture }) => {
  const tags = ['scripture'];

  app.get<{ Querystring: PassageQuery }>(
    '/api/v1/passages',
    { config: PUBLIC, schema: { tags, summary: 'Verses of a reference in a translation', querystring: PassageQuery, response: { 200: PassageResponse } } },
    async (request) => {
      const { ref, translation, lang } = request.query;
      const result = await scripture.passages.lookup({ locale: request.locale }, { reference: ref, translation, language: lang });
      return presentPassage(result);
    },
  );

  app.get<{ Querystring: SearchQuery }>(
    '/api/v1/search',
    { config: PUBLIC, schema: { tags, summary: 'Full-text search in one translation', querystring: SearchQuery, response: { 200: SearchResponse } } },
    async (request) => {
      const { q, translation, limit, page } = request.query;
      return scripture.search.search({ locale: request.locale }, { query: q, translation, limit, page });
    },
  );

  app.post<{ Body: ReferencesBody }>(
    '/api/v1/references',
    {
      config: PUBLIC,
      bodyLimit: REFERENCES_BODY_LIMIT,
      schema: { tags, summary: 'Every Bible reference in a text, with offsets in UTF-16 code units', body: ReferencesBody, response: { 200: ReferencesResponse } },
    },
    async (request) => {
      const { text, lang } = request.body;
      if (text.length > MAX_REFERENCE_TEXT) {
        throw new AppError('PAYLOAD_TOO_LARGE', `text is longer than ${MAX_REFERENCE_TEXT} characters (got ${text.length})`);
      }
      return extractReferences(text, { language: lang ?? 'auto' });
    },
  );

  app.get<{ Querystring: TopicListQuery }>(
    '/api/v1/topics',
    { config: PUBLIC, schema: { tags, summary: "Nave's topics, optionally matching a query", querystring: TopicListQuery, response: { 200: TopicListResponse } } },
    async (request) => scripture.topics.list({ locale: request.locale }, { query: request.query.q, limit: request.query.limit, offset: request.query.offset }),
  );

  app.get<{ Params: TopicParams; Querystring: TopicQuery }>(
    '/api/v1/topics/:name',
    { config: PUBLIC, schema: { tags, summary: "A Nave's topic with its references resolved to text", params: TopicParams, querystring: TopicQuery, response: { 200: TopicResponse } } },
    async (request) => scripture.topics.get({ locale: request.locale }, { name: request.params.name, translation: request.query.translation }),
  );

  app.get(
    '/api/v1/translations',
    { config: PUBLIC, schema: { tags, summary: 'Installed translations', response: { 200: TranslationsResponse } } },
    async (request) => ({ translations: await scripture.translations.list({ locale: request.locale }) }),
  );
};
