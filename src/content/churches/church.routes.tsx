import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { wantsJson } from '../../platform/http/errors.plugin.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field, fieldList } from '../../web/views/forms/form-body.js';
import { churchPolicy } from './church.policy.js';
import { presentChurch } from './church.presenter.js';
import type { ChurchResults, ChurchService } from './church.service.js';
import { churchMessages } from './churches.messages.js';
import type { ChurchFormValues } from './views/church-fields.js';
import { ChurchNewPage, ChurchThanksPage } from './views/church-new.page.js';
import { ChurchPage } from './views/church.page.js';
import { ChurchUnsubscribeInvalidPage, ChurchUnsubscribePage } from './views/church-unsubscribe.page.js';
import { ChurchesPage, type ChurchSearchValues } from './views/churches.page.js';
import { problemMessages } from './views/format.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;
type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The listing form's fields as typed (every value kept for a failed submit). */
export function readChurchForm(body: unknown): ChurchFormValues {
  return {
    name: field(body, 'name'),
    street: field(body, 'street'),
    city: field(body, 'city'),
    postalCode: field(body, 'postalCode'),
    country: field(body, 'country'),
    latitude: field(body, 'latitude'),
    longitude: field(body, 'longitude'),
    website: field(body, 'website'),
    serviceTimes: field(body, 'serviceTimes'),
    languages: fieldList(body, 'languages'),
    tradition: field(body, 'tradition'),
    traditionOther: field(body, 'traditionOther'),
    email: field(body, 'email'),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The public pages: `/churches` (search), `/churches/new` (submit), `/churches/:id`, and the submitter's unsubscribe link. */
export const churchPageRoutes: FastifyPluginAsync<{ churches: ChurchService }> = async (app, { churches }) => {
  // Some mail clients send the one-click unsubscribe POST as multipart/form-data; its body says nothing we need.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));
  const read = { schema: { hide: true }, config: { access: churchPolicy.access('read') } };
  const submit = { schema: { hide: true }, config: { access: churchPolicy.access('submit') } };

  app.get('/churches', read, async (request, reply) => {
    const ctx = request.pageContext();
    const query = request.query as Record<string, unknown>;
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
    const values: ChurchSearchValues = { q: text('q'), country: text('country').toUpperCase(), lat: text('lat'), lng: text('lng') };
    const pageText = text('page');
    let results: ChurchResults;
    try {
      results = await churches.search(request.actor, { q: values.q, country: values.country, lat: values.lat, lng: values.lng, page: /^\d{1,5}$/.test(pageText) && Number(pageText) > 0 ? Number(pageText) : 1 });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (!problems) throw err;
      // A position that cannot be used has no field on the page to correct: say so, and point to the text search.
      const m = churchMessages(ctx.locale);
      const { latitude, longitude, ...rest } = problems;
      const errors = { ...problemMessages(m, rest), ...(latitude || longitude ? { location: m('churches.near.invalid') } : {}) };
      return reply.code(400).page(<ChurchesPage ctx={ctx} values={{ ...values, lat: '', lng: '' }} errors={errors} results={null} />);
    }
    const items = results.results.map(({ church, distanceKm }) => ({ church: presentChurch(church), distanceKm }));
    return reply.page(<ChurchesPage ctx={ctx} values={values} results={{ items, page: results.page, hasMore: results.hasMore, total: results.total, near: results.near !== null }} />);
  });

  app.get('/churches/new', submit, async (request, reply) => reply.page(<ChurchNewPage ctx={request.pageContext()} />));

  app.post('/churches/new', submit, async (request, reply) => {
    const ctx = request.pageContext();
    const values = readChurchForm(request.body);
    try {
      await churches.submit(request.actor, values, { clientAddress: request.ip, locale: request.locale });
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) return reply.code(400).page(<ChurchNewPage ctx={ctx} values={values} errors={problemMessages(churchMessages(ctx.locale), problems, values.country)} />);
      if (err instanceof AppError && err.code === 'RATE_LIMITED') {
        const seconds = Number(err.details?.retryAfterSeconds ?? 3600);
        reply.header('retry-after', String(seconds));
        return reply.code(429).page(<ChurchNewPage ctx={ctx} values={values} waitMinutes={Math.max(1, Math.ceil(seconds / 60))} />);
      }
      throw err;
    }
    return reply.redirect(localePath(request.locale, '/churches/new/thanks'), 303);
  });

  app.get('/churches/new/thanks', submit, async (request, reply) => reply.page(<ChurchThanksPage ctx={request.pageContext()} />));

  app.get('/churches/:id', read, async (request: IdRequest, reply) => {
    if (!UUID.test(request.params.id)) throw new AppError('NOT_FOUND', 'There is no published church listing here.');
    const row = await churches.get(request.actor, request.params.id);
    const canReview = churchPolicy.can(request.actor, 'review');
    if (row.status !== 'published') reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex');
    return reply.page(<ChurchPage ctx={request.pageContext()} church={presentChurch(row)} canReview={canReview} />);
  });

  function invalidLink(request: FastifyRequest, reply: FastifyReply, err: unknown) {
    if (!(err instanceof AppError) || err.code !== 'NOT_FOUND' || wantsJson(request)) throw err;
    return reply.code(404).header('cache-control', 'no-store').page(<ChurchUnsubscribeInvalidPage ctx={request.pageContext()} />);
  }

  // GET only shows what the link stops (mail scanners open links); the button or the mail client's
  // one-click POST (RFC 8058) stops it. No CSRF token: the signed token in the path is the proof, and
  // all a forged POST could do is forget an address.
  app.get('/churches/unsubscribe/:token', { schema: { hide: true }, config: { access: 'public' } }, async (request: TokenRequest, reply) => {
    try {
      const row = await churches.unsubscribeTarget(request.params.token);
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      const action = localePath(request.locale, `/churches/unsubscribe/${request.params.token}`);
      return reply.page(<ChurchUnsubscribePage ctx={request.pageContext()} name={row.name} action={action} done={false} />);
    } catch (err) {
      return invalidLink(request, reply, err);
    }
  });

  app.post('/churches/unsubscribe/:token', { schema: { hide: true }, config: { access: 'public', csrf: false } }, async (request: TokenRequest, reply) => {
    try {
      const row = await churches.unsubscribe(request.params.token);
      reply.header('cache-control', 'no-store');
      if (wantsJson(request)) return { status: 'unsubscribed' };
      return reply.page(<ChurchUnsubscribePage ctx={request.pageContext()} name={row.name} action="" done />);
    } catch (err) {
      return invalidLink(request, reply, err);
    }
  });
};
