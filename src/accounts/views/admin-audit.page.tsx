import type { AuditEventView } from '../audit-event.presenter.js';
import type { PageContext } from '../../web/page-context.js';
import { Select } from '../../web/views/forms/select.js';
import { Layout } from '../../web/views/layout.js';
import { Pagination } from '../../web/views/pagination.js';
import { AdminNav } from './admin-nav.js';
import { AuditTable } from './audit-table.js';

interface AdminAuditPageProps {
  ctx: PageContext;
  events: AuditEventView[];
  total: number;
  page: number;
  pages: number;
  actions: string[];
  action?: string;
}

/** `/admin/audit`: the audit log, newest first, filterable by action. */
export function AdminAuditPage({ ctx, events, total, page, pages, actions, action }: AdminAuditPageProps) {
  const { t } = ctx;
  const query = (p: number) => `?${new URLSearchParams({ ...(action ? { action } : {}), page: String(p) })}`;
  return (
    <Layout ctx={ctx} title={t('admin.audit.title')}>
      <AdminNav ctx={ctx} />
      <h1>{t('admin.audit.title')}</h1>
      <p>{t('admin.audit.lead')}</p>
      <form method="get" action={ctx.href('/admin/audit')} class="filters">
        <Select t={t} name="action" label={t('admin.audit.action')} options={[{ value: '', label: t('admin.audit.anyAction') }, ...actions.map((a) => ({ value: a, label: a }))]} value={action} />
        <button class="button button--secondary" type="submit">
          {t('admin.people.filter')}
        </button>
      </form>
      <AuditTable ctx={ctx} events={events} caption={t('admin.audit.caption', { count: total })} />
      <Pagination ctx={ctx} page={page} pages={pages} href={(p) => ctx.href('/admin/audit') + query(p)} />
    </Layout>
  );
}
