import type { FastifyPluginAsync } from 'fastify';
import { localePath } from '../i18n/locale.js';
import { outboxPolicy } from './outbox.policy.js';
import type { OutboxService } from './outbox.service.js';
import { OutboxMailPage } from './views/outbox-mail.page.js';
import { OutboxPage } from './views/outbox.page.js';

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** `/admin/outbox` (events and the development mailbox), one message, and "send again". Admins only. */
export const outboxRoutes: FastifyPluginAsync<{ service: OutboxService; mailDirectory: string | null }> = async (app, { service, mailDirectory }) => {
  app.get('/admin/outbox', { schema: { hide: true }, config: { access: outboxPolicy.access('list') } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const overview = await service.overview(request.actor, { status: query.status, page: Number(query.page) > 0 ? Number(query.page) : 1 });
    reply.header('cache-control', 'no-store');
    return reply.page(<OutboxPage ctx={request.pageContext()} overview={overview} directory={mailDirectory} retried={query.done === 'retried'} />);
  });

  app.get('/admin/outbox/mail/:file', { schema: { hide: true }, config: { access: outboxPolicy.access('readMail') } }, async (request, reply) => {
    const { file } = request.params as { file: string };
    const mail = await service.mail(request.actor, file);
    reply.header('cache-control', 'no-store');
    return reply.page(<OutboxMailPage ctx={request.pageContext()} mail={mail} />);
  });

  app.post('/admin/outbox/:id/retry', { schema: { hide: true }, config: { access: outboxPolicy.access('retry') } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    await service.retry(request.actor, ID.test(id) ? id : '');
    return reply.redirect(`${localePath(request.locale, '/admin/outbox')}?status=pending&done=retried`, 303);
  });
};
