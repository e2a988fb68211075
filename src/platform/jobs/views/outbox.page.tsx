import { AdminNav } from '../../../accounts/views/admin-nav.js';
import { formatDateTime } from '../../../accounts/views/format.js';
import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { Pagination } from '../../../web/views/pagination.js';
import { Table } from '../../../web/views/table.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import type { OutboxEventView } from '../outbox.presenter.js';
import type { OutboxOverview } from '../outbox.service.js';
import type { OutboxStatus } from '../outbox.repository.js';

const STATUSES: readonly OutboxStatus[] = ['pending', 'failed', 'delivered'];

function When({ ctx, event }: { ctx: PageContext; event: OutboxEventView }) {
  const { t } = ctx;
  if (event.deliveredAt) return <>{formatDateTime(ctx.locale, event.deliveredAt)}</>;
  if (event.failedAt) return <>{formatDateTime(ctx.locale, event.failedAt)}</>;
  const held = event.lockedUntil && event.lockedUntil > new Date().toISOString();
  return (
    <>
      {formatDateTime(ctx.locale, event.availableAt)}
      {held && (
        <>
          <br />
          <span class="muted">{t('outbox.inProgress', { time: formatDateTime(ctx.locale, event.lockedUntil!) })}</span>
        </>
      )}
    </>
  );
}

function EventsTable({ ctx, overview }: { ctx: PageContext; overview: OutboxOverview }) {
  const { t } = ctx;
  if (overview.events.length === 0) return <p>{t('outbox.none')}</p>;
  const failed = overview.status === 'failed';
  const whenHeading = overview.status === 'delivered' ? t('outbox.delivered') : failed ? t('outbox.failed') : t('outbox.due');
  return (
    <Table
      caption={t(`outbox.caption.${overview.status}`)}
      columns={[
        t('outbox.topic'),
        t('outbox.attempts'),
        t('outbox.created'),
        whenHeading,
        t('outbox.error'),
        ...(failed ? [<span class="visually-hidden">{t('outbox.retry')}</span>] : []),
      ]}
    >
      {overview.events.map((event) => (
        <tr key={event.id}>
          <td>
            <code>{event.topic}</code>
          </td>
          <td>{event.attempts}</td>
          <td>{formatDateTime(ctx.locale, event.createdAt)}</td>
          <td>
            <When ctx={ctx} event={event} />
          </td>
          <td>
            {event.lastError ?? '—'}
            {event.lastError?.includes('MAIL_UNCERTAIN') && <p class="hint">{t('outbox.uncertain')}</p>}
          </td>
          {failed && (
            <td>
              <form method="post" action={ctx.href(`/admin/outbox/${event.id}/retry`)} class="inline-form">
                <CsrfField token={ctx.csrfToken()} />
                <button class="button button--secondary" type="submit">
                  {t('outbox.retry')}
                  <span class="visually-hidden"> {t('outbox.retryContext', { topic: event.topic, time: formatDateTime(ctx.locale, event.createdAt) })}</span>
                </button>
              </form>
            </td>
          )}
        </tr>
      ))}
    </Table>
  );
}

function Mailbox({ ctx, overview, directory }: { ctx: PageContext; overview: OutboxOverview; directory: string | null }) {
  const { t } = ctx;
  if (!overview.mail) return <p>{t('outbox.mail.smtp')}</p>;
  return (
    <>
      <p>{t('outbox.mail.lead', { directory: directory ?? 'DATA_DIR/outbox' })}</p>
      {overview.mail.messages.length === 0 ? (
        <p>{t('outbox.mail.none')}</p>
      ) : (
        <Table caption={t('outbox.mail.caption', { shown: overview.mail.messages.length, total: overview.mail.total })} columns={[t('outbox.mail.date'), t('outbox.mail.to'), t('outbox.mail.subject')]}>
          {overview.mail.messages.map((m) => (
            <tr key={m.name}>
              <td>{formatDateTime(ctx.locale, m.date)}</td>
              <td>{m.to}</td>
              <td>
                <a href={ctx.href(`/admin/outbox/mail/${encodeURIComponent(m.name)}`)}>{m.subject || t('outbox.mail.noSubject')}</a>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

/** `/admin/outbox`: events by status, sending a failed one again, and the development mailbox. */
export function OutboxPage({ ctx, overview, directory, retried }: { ctx: PageContext; overview: OutboxOverview; directory: string | null; retried: boolean }) {
  const { t } = ctx;
  const query = (status: OutboxStatus, page = 1) => `?${new URLSearchParams({ status, ...(page > 1 ? { page: String(page) } : {}) })}`;
  return (
    <Layout ctx={ctx} title={t('outbox.title')}>
      <AdminNav ctx={ctx} />
      {retried && <NotificationBanner title={t('outbox.retried')} />}
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.lead')}</p>
      <nav class="account-nav" aria-label={t('outbox.statusLabel')}>
        <ul>
          {STATUSES.map((status) => (
            <li key={status}>
              <a href={ctx.href('/admin/outbox') + query(status)} aria-current={overview.status === status ? 'page' : undefined}>
                {t(`outbox.status.${status}`, { count: overview.counts[status] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EventsTable ctx={ctx} overview={overview} />
      <Pagination ctx={ctx} page={overview.page} pages={overview.pages} href={(p) => ctx.href('/admin/outbox') + query(overview.status, p)} />
      <h2>{t('outbox.mail.title')}</h2>
      <Mailbox ctx={ctx} overview={overview} directory={directory} />
    </Layout>
  );
}
