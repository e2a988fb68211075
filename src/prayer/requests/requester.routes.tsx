import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf, type FieldProblems } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { field } from '../../web/views/forms/form-body.js';
import { codedFormErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import { LIMITS } from '../prayer.types.js';
import { keepPrivate } from './http-helpers.js';
import { manageUrlFor } from './intake.service.js';
import type { PrayerRequests } from './requests.js';
import { DeleteRequestPage, LinkNotFoundPage } from './views/delete.page.js';
import { REQUESTER_NOTICES, RequesterPage, type RequesterFormState, type RequesterNotice } from './views/requester.page.js';

type TokenRoute = { Params: { token: string }; Querystring: Record<string, string | undefined> };
type TokenRequest = FastifyRequest<TokenRoute>;

// The requester has no account: the token in the address is their authority, so the pages are public.
const REQUESTER = { access: 'public' as const };

function requesterErrors(t: Translate, problems: FieldProblems): FormErrors {
  const max: Record<string, number> = { text: LIMITS.update, testimony: LIMITS.testimony };
  return codedFormErrors(t, problems, 'mine.error', [], (name) => ({ max: max[name] ?? 0 }));
}

/**
 * `/r/:token`: the requester's private page and its forms (update, answered, renew, close, stop emails,
 * delete). Forms carry the CSRF token like every other; success goes back to the page with a banner.
 * An unknown, malformed or deleted token is the same 404 page.
 */
export const requesterPageRoutes: FastifyPluginAsync<{ requests: PrayerRequests; baseUrl: string }> = async (app, { requests, baseUrl }) => {
  const { requester } = requests;
  const pagePath = (request: TokenRequest, suffix = '') => localePath(request.locale, `/r/${request.params.token}${suffix}`);

  /** Renders the page, or the one 404 page when the token leads nowhere. */
  async function show(
    request: TokenRequest,
    reply: FastifyReply,
    options: { status?: number; failed?: RequesterFormState; conflict?: boolean } = {},
  ): Promise<FastifyReply> {
    keepPrivate(reply);
    const ctx = request.pageContext();
    let details;
    try {
      details = await requester.details(request.actor, { token: request.params.token });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return reply.code(404).page(<LinkNotFoundPage ctx={ctx} />);
      throw err;
    }
    const done = request.query.done;
    const notice = REQUESTER_NOTICES.find((n): n is RequesterNotice => n === done);
    return reply.code(options.status ?? 200).page(
      <RequesterPage
        ctx={ctx}
        token={request.params.token}
        privateUrl={manageUrlFor(baseUrl, request.locale, request.params.token)}
        details={details}
        received={request.query.new === '1' && !options.failed}
        notice={options.failed || options.conflict ? undefined : notice}
        failed={options.failed}
        conflict={options.conflict}
        expiryDays={details.renewalDays}
      />,
    );
  }

  /** Runs a change; NOT_FOUND shows the 404 page, CONFLICT the page as it now stands, success the banner. */
  async function act(request: TokenRequest, reply: FastifyReply, done: RequesterNotice, run: () => Promise<unknown>, onInvalid?: (problems: FieldProblems) => RequesterFormState): Promise<FastifyReply> {
    keepPrivate(reply);
    try {
      await run();
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems && onInvalid) return show(request, reply, { status: 400, failed: onInvalid(problems) });
      if (err instanceof AppError && err.code === 'NOT_FOUND') return reply.code(404).page(<LinkNotFoundPage ctx={request.pageContext()} />);
      if (err instanceof AppError && err.code === 'CONFLICT') return show(request, reply, { status: 409, conflict: true });
      throw err;
    }
    return reply.redirect(`${pagePath(request)}?done=${done}`, 303);
  }

  app.get<TokenRoute>('/r/:token', { config: REQUESTER, schema: { hide: true } }, async (request, reply) => show(request, reply));

  app.post<TokenRoute>('/r/:token/update', { config: REQUESTER, schema: { hide: true } }, async (request, reply) => {
    const text = field(request.body, 'text');
    return act(
      request,
      reply,
      'updated',
      () => requester.postUpdate(request.actor, { token: request.params.token, text }),
      (problems) => ({ form: 'update', errors: requesterErrors(request.pageContext().t, problems), text }),
    );
  });

  app.post<TokenRoute>('/r/:token/answer', { config: REQUESTER, schema: { hide: true } }, async (request, reply) => {
    const testimony = field(request.body, 'testimony');
    const share = field(request.body, 'share') === 'yes';
    return act(
      request,
      reply,
      'answered',
      () => requester.markAnswered(request.actor, { token: request.params.token, testimony, sharePublicly: share }),
      (problems) => ({ form: 'answer', errors: requesterErrors(request.pageContext().t, problems), testimony, share }),
    );
  });

  app.post<TokenRoute>('/r/:token/renew', { config: REQUESTER, schema: { hide: true } }, async (request, reply) =>
    act(request, reply, 'renewed', () => requester.renew(request.actor, { token: request.params.token })),
  );

  app.post<TokenRoute>('/r/:token/close', { config: REQUESTER, schema: { hide: true } }, async (request, reply) =>
    act(request, reply, 'closed', () => requester.close(request.actor, { token: request.params.token })),
  );

  app.post<TokenRoute>('/r/:token/unsubscribe', { config: REQUESTER, schema: { hide: true } }, async (request, reply) =>
    act(request, reply, 'unsubscribed', () => requester.unsubscribe(request.actor, { token: request.params.token })),
  );

  app.get<TokenRoute>('/r/:token/delete', { config: REQUESTER, schema: { hide: true } }, async (request, reply) => {
    keepPrivate(reply);
    const ctx = request.pageContext();
    try {
      await requester.open(request.actor, { token: request.params.token });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return reply.code(404).page(<LinkNotFoundPage ctx={ctx} />);
      throw err;
    }
    return reply.page(<DeleteRequestPage ctx={ctx} token={request.params.token} />);
  });

  app.post<TokenRoute>('/r/:token/delete', { config: REQUESTER, schema: { hide: true } }, async (request, reply) => {
    keepPrivate(reply);
    try {
      await requester.remove(request.actor, { token: request.params.token });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return reply.code(404).page(<LinkNotFoundPage ctx={request.pageContext()} />);
      throw err;
    }
    return reply.redirect(localePath(request.locale, '/pray/deleted'), 303);
  });
};
