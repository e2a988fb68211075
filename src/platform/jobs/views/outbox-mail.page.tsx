import { AdminNav } from '../../../accounts/views/admin-nav.js';
import { formatDateTime } from '../../../accounts/views/format.js';
import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { MailView } from '../outbox.service.js';

/** `/admin/outbox/mail/:file`: one message written to disk, as plain text (escaped, private links hidden). */
export function OutboxMailPage({ ctx, mail }: { ctx: PageContext; mail: MailView }) {
  const { t } = ctx;
  const subject = mail.subject || t('outbox.mail.noSubject');
  return (
    <Layout ctx={ctx} title={subject}>
      <AdminNav ctx={ctx} />
      <p>
        <a href={ctx.href('/admin/outbox')}>{t('outbox.mail.back')}</a>
      </p>
      <h1>{subject}</h1>
      <dl class="summary-list">
        <dt>{t('outbox.mail.date')}</dt>
        <dd>{mail.date ? formatDateTime(ctx.locale, mail.date) : '—'}</dd>
        <dt>{t('outbox.mail.to')}</dt>
        <dd>{mail.to}</dd>
        <dt>{t('outbox.mail.messageId')}</dt>
        <dd>{mail.messageId ?? '—'}</dd>
      </dl>
      <h2>{t('outbox.mail.body')}</h2>
      {mail.text ? <pre class="mail-text">{mail.text}</pre> : <p>{t('outbox.mail.noText')}</p>}
    </Layout>
  );
}
