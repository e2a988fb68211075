import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { localePath } from '../../platform/i18n/locale.js';
import { field } from '../../web/views/forms/form-body.js';
import { formErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import { presentMyCommitment } from '../commitments/commitment.presenter.js';
import { verseFieldMessage } from '../prayers/verse-message.js';
import { requestPolicy } from '../requests/request.policy.js';
import type { Intercession } from './intercession.js';
import { presentAssignment } from './intercession.presenter.js';
import { CommitmentsPage } from './views/commitments.page.js';
import { IntercedePage, type SessionValues } from './views/intercede.page.js';
import { NothingWaitingPage } from './views/nothing-waiting.page.js';
import { parseDone, type DoneCode } from './views/session-notice.js';

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

/**
 * The prayer session pages: `/intercede` (the next request, or a calm "everyone has been prayed for"),
 * one request opened from a commitment, and the forms behind "I prayed", commit, skip and flag. Pages
 * only translate: the services decide. Intercessors who have not accepted the covenant are sent to it by
 * the access layer before any of this runs.
 */
export const intercedePageRoutes: FastifyPluginAsync<{ intercession: Intercession }> = async (app, { intercession }) => {
  const config = { access: requestPolicy.access('pray') };
  const page = { schema: { hide: true }, config };
  const go = (request: FastifyRequest, reply: FastifyReply, path: string) => reply.redirect(localePath(request.locale, path), 303);

  /** Shows one request again with the problems of a failed form, keeping what was typed. */
  async function showAgain(request: IdRequest, reply: FastifyReply, err: unknown, values: SessionValues): Promise<FastifyReply> {
    const problems = fieldProblemsOf(err);
    if (!problems) throw err;
    const ctx = request.pageContext();
    const errors: Record<string, string> = { ...formErrors(ctx.t, problems, ['note', 'verse', 'days', 'reason']) };
    if (problems.verse) errors.verse = verseFieldMessage(ctx.t, ctx.locale, problems.verse, (err as AppError).details?.reason as string | undefined);
    const session = presentAssignment(request.actor, await intercession.dispatch.open(request.actor, request.params.id));
    reply.header('cache-control', 'no-store');
    return reply.code(400).page(<IntercedePage ctx={ctx} session={session} errors={errors as FormErrors} values={values} />);
  }

  /** A request that closed (or was hidden) while someone prayed: on to the next one, with a word. */
  function closedOr(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
    if (err instanceof AppError && (err.code === 'REQUEST_NOT_OPEN' || err.code === 'OWN_REQUEST')) return go(request, reply, '/intercede?done=closed');
    throw err;
  }

  app.get('/intercede', page, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const done = parseDone(query.done);
    const days = Number(query.days) || undefined;
    const ctx = request.pageContext();
    reply.header('cache-control', 'no-store');
    const assignment = await intercession.dispatch.next(request.actor);
    if (!assignment) return reply.page(<NothingWaitingPage ctx={ctx} done={done} days={days} />);
    return reply.page(<IntercedePage ctx={ctx} session={presentAssignment(request.actor, assignment)} done={done} days={days} />);
  });

  app.get('/intercede/requests/:id', page, async (request: IdRequest, reply) => {
    const done = parseDone((request.query as Record<string, string | undefined>).done);
    const session = presentAssignment(request.actor, await intercession.dispatch.open(request.actor, request.params.id));
    reply.header('cache-control', 'no-store');
    return reply.page(<IntercedePage ctx={request.pageContext()} session={session} done={done} />);
  });

  app.post('/intercede/requests/:id/prayers', page, async (request: IdRequest, reply) => {
    const values = { note: field(request.body, 'note'), verse: field(request.body, 'verse') };
    try {
      const prayer = await intercession.prayers.pray(request.actor, { requestId: request.params.id, ...values });
      const done: DoneCode = prayer.noteStatus === 'held' ? 'held' : 'prayed';
      return go(request, reply, `/intercede?done=${done}`);
    } catch (err) {
      // The same prayer sent twice (a double click): it is recorded once, and the person moves on.
      if (err instanceof AppError && err.code === 'ALREADY_PRAYED') return go(request, reply, '/intercede?done=prayed');
      if (fieldProblemsOf(err)) return showAgain(request, reply, err, values);
      return closedOr(err, request, reply);
    }
  });

  app.post('/intercede/requests/:id/commitments', page, async (request: IdRequest, reply) => {
    const days = field(request.body, 'days');
    try {
      const result = await intercession.commitments.commit(request.actor, { requestId: request.params.id, days });
      return go(request, reply, `/intercede?done=committed&days=${result.commitment.days}`);
    } catch (err) {
      if (fieldProblemsOf(err)) return showAgain(request, reply, err, { days });
      return closedOr(err, request, reply);
    }
  });

  app.post('/intercede/requests/:id/skip', page, async (request: IdRequest, reply) => {
    await intercession.prayers.skip(request.actor, { requestId: request.params.id });
    return go(request, reply, '/intercede?done=skipped');
  });

  app.post('/intercede/requests/:id/flag', page, async (request: IdRequest, reply) => {
    const reason = field(request.body, 'reason');
    try {
      await intercession.prayers.flag(request.actor, { requestId: request.params.id, reason });
      return go(request, reply, '/intercede?done=flagged');
    } catch (err) {
      if (fieldProblemsOf(err)) return showAgain(request, reply, err, { reason });
      throw err;
    }
  });

  app.get('/intercede/commitments', page, async (request, reply) => {
    const done = parseDone((request.query as Record<string, string | undefined>).done);
    const items = await intercession.commitments.listMine(request.actor);
    reply.header('cache-control', 'no-store');
    return reply.page(<CommitmentsPage ctx={request.pageContext()} commitments={items.map((item) => presentMyCommitment(request.actor, item))} done={done} />);
  });

  app.post('/intercede/commitments/:id/withdraw', page, async (request: IdRequest, reply) => {
    await intercession.commitments.withdraw(request.actor, { commitmentId: request.params.id });
    return go(request, reply, '/intercede/commitments?done=withdrawn');
  });
};
