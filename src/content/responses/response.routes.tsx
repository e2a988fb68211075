/**
 * Responding to an article: the form's own page, its POST (a failed submit comes back with every word
 * kept; a stored response is redirected, 303, to its thank-you page so that a refresh or the back button
 * never sends it again), the thank-you page (shown only to whoever holds the reference set with the
 * redirect: see thanks-reference.ts), and `POST /api/v1/responses`.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf, type FieldProblems } from '../../platform/field-errors.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { localePath } from '../../platform/i18n/locale.js';
import { announceRetry, announcingRetry, keepPrivate, objectBody } from '../../prayer/requests/http-helpers.js';
import { ErrorSchema } from '../../prayer/requests/request.schemas.js';
import type { CrisisResource } from '../../prayer/safety/index.js';
import { fields } from '../../web/views/forms/form-body.js';
import { codedFormErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import type { ArticleService } from '../articles/article.service.js';
import { offersResponse } from './response-block.js';
import { RESPONSE_FIELDS, type ResponseFields } from './response.input.js';
import { RESPONSE_PATHS, respondThanksPath } from './response.paths.js';
import { responsePolicy } from './response.policy.js';
import { presentResponseResult } from './response.presenter.js';
import { ResponseBody, ResponseCreated } from './response.schemas.js';
import type { ResponseService } from './response.service.js';
import { RESPONSE_LIMITS } from './response.types.js';
import { RespondPage } from './views/respond.page.js';
import type { ResponseFormValues } from './views/response-form.js';
import { readThanksReference, setThanksReference } from './thanks-reference.js';
import { ThanksExpiredPage, ThanksPage } from './views/thanks.page.js';

type SlugRequest = FastifyRequest<{ Params: { slug: string } }>;

/** Field problems as sentences beside the fields and in the summary, in the form's order. */
export function responseErrors(t: Translate, problems: FieldProblems): FormErrors {
  return codedFormErrors(t, problems, 'respond.error', RESPONSE_FIELDS, () => ({ max: RESPONSE_LIMITS.message }));
}

/** A response no longer there (purged, deleted) reads like an expired reference. */
function gone(err: unknown): null {
  if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
  throw err;
}

function readForm(body: unknown): ResponseFormValues {
  return fields(body, [...RESPONSE_FIELDS, 'formId']);
}

export const responseRoutes: FastifyPluginAsync<{ responses: ResponseService; articles: Pick<ArticleService, 'getBySlug'> }> = async (app, { responses, articles }) => {
  const access = responsePolicy.access('submit');

  /** The article, when it offers the response block; NOT_FOUND otherwise. */
  async function respondable(request: SlugRequest) {
    const article = await articles.getBySlug(request.actor, request.params.slug);
    if (!offersResponse(article)) throw new AppError('NOT_FOUND', 'This article does not take responses.');
    return article;
  }

  app.get('/articles/:slug/respond', { schema: { hide: true }, config: { access } }, async (request: SlugRequest, reply: FastifyReply) => {
    const article = await respondable(request);
    return reply.page(<RespondPage ctx={request.pageContext()} slug={article.slug} articleTitle={article.title} />);
  });

  app.post('/articles/:slug/respond', { schema: { hide: true }, config: { access } }, async (request: SlugRequest, reply: FastifyReply) => {
    const article = await respondable(request);
    const ctx = request.pageContext();
    const values = readForm(request.body);
    try {
      // A second sending of the same form (double click) gets the first one's result, and the same redirect.
      const result = await responses.submit(request.actor, values, { clientAddress: request.ip, locale: request.locale, articleSlug: article.slug, formId: values.formId });
      setThanksReference(reply, respondThanksPath(article.slug), { responseId: result.response.id, manageUrl: result.prayerRequest?.manageUrl ?? null }, new Date());
      keepPrivate(reply);
      return reply.redirect(localePath(request.locale, respondThanksPath(article.slug)), 303);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) return reply.code(400).page(<RespondPage ctx={ctx} slug={article.slug} articleTitle={article.title} values={values} errors={responseErrors(ctx.t, problems)} />);
      if (err instanceof AppError && err.code === 'RATE_LIMITED') {
        announceRetry(reply, err);
        const seconds = Number(err.details?.retryAfterSeconds ?? 3600);
        const crisis = (err.details?.crisis as { resources: CrisisResource[] } | null | undefined)?.resources ?? [];
        return reply
          .code(429)
          .page(<RespondPage ctx={ctx} slug={article.slug} articleTitle={article.title} values={values} crisis={crisis} waitMinutes={Math.max(1, Math.ceil(seconds / 60))} />);
      }
      throw err;
    }
  });

  app.get('/articles/:slug/respond/thanks', { schema: { hide: true }, config: { access } }, async (request: SlugRequest, reply: FastifyReply) => {
    const ctx = request.pageContext();
    keepPrivate(reply);
    const reference = readThanksReference(request, new Date());
    const confirmation = reference ? await responses.confirmation(request.actor, { responseId: reference.responseId }).catch(gone) : null;
    if (!reference || !confirmation) return reply.code(410).page(<ThanksExpiredPage ctx={ctx} slug={request.params.slug} />);
    return reply.page(
      <ThanksPage
        ctx={ctx}
        kind={confirmation.kind}
        journey={confirmation.journey}
        contactable={confirmation.contactable}
        manageUrl={reference.manageUrl ?? undefined}
        crisis={confirmation.crisis}
        slug={confirmation.articleSlug ?? undefined}
      />,
    );
  });

  app.post(
    RESPONSE_PATHS.api,
    {
      config: { access },
      // The service checks every field (the same rules as the form) and names each bad one; the schema documents the shape.
      attachValidation: true,
      schema: {
        tags: ['responses'],
        summary: 'Respond to an article',
        description:
          'Stores a response. With an email and consent it starts the follow-up journey (its first email is enqueued in the same transaction). Kind `prayer` becomes a prayer request through the same intake as POST /api/v1/prayer-requests (and its limit: 429 with Retry-After). Crisis language gets crisis resources in `crisis` and pastors are alerted.',
        body: ResponseBody,
        response: { 201: ResponseCreated, 400: ErrorSchema, 404: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const body = objectBody<ResponseFields & { article?: unknown }>(request.body);
      const article = body.article;
      if (article !== undefined && typeof article !== 'string') throw new AppError('VALIDATION', 'article must be the slug of an article', { fields: { article: 'invalid' } });
      const result = await announcingRetry(reply, () => responses.submit(request.actor, body, { clientAddress: request.ip, locale: request.locale, articleSlug: article }));
      keepPrivate(reply);
      return reply.code(201).send(presentResponseResult(result));
    },
  );
};
