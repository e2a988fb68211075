import { ROLES } from '../../platform/auth/actor.js';
import type { UserView } from '../user.presenter.js';
import type { PageContext } from '../../web/page-context.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { Select } from '../../web/views/forms/select.js';
import { Layout } from '../../web/views/layout.js';
import { Pagination } from '../../web/views/pagination.js';
import { Table } from '../../web/views/table.js';
import { AdminNav } from './admin-nav.js';
import { RoleTags } from './role-tags.js';

interface AdminPeoplePageProps {
  ctx: PageContext;
  people: UserView[];
  total: number;
  page: number;
  pages: number;
  role?: string;
  status?: string;
  invitedEmail?: string;
}

/** `/admin`: everyone with an account, filterable by role and status. */
export function AdminPeoplePage({ ctx, people, total, page, pages, role, status, invitedEmail }: AdminPeoplePageProps) {
  const { t } = ctx;
  const query = (p: number) => `?${new URLSearchParams({ ...(role ? { role } : {}), ...(status ? { status } : {}), page: String(p) })}`;
  return (
    <Layout ctx={ctx} title={t('admin.people.title')}>
      <AdminNav ctx={ctx} />
      {invitedEmail && <NotificationBanner title={t('admin.invite.sent', { email: invitedEmail })} />}
      <h1>{t('admin.people.title')}</h1>
      <form method="get" action={ctx.href('/admin')} class="filters">
        <Select t={t} name="role" label={t('admin.people.role')} options={[{ value: '', label: t('admin.people.anyRole') }, ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))]} value={role} />
        <Select
          t={t}
          name="status"
          label={t('admin.people.status')}
          options={[
            { value: '', label: t('admin.people.anyStatus') },
            { value: 'active', label: t('status.active') },
            { value: 'deactivated', label: t('status.deactivated') },
          ]}
          value={status}
        />
        <button class="button button--secondary" type="submit">
          {t('admin.people.filter')}
        </button>
      </form>
      <Table
        caption={t('admin.people.caption', { count: total })}
        columns={[t('admin.people.name'), t('account.email'), t('account.roles'), t('admin.people.status'), t('account.covenant')]}
      >
        {people.map((p) => (
          <tr key={p.id}>
            <td>
              <a href={ctx.href(`/admin/people/${p.id}`)}>{p.name || t('admin.people.noName')}</a>
            </td>
            <td>{p.email}</td>
            <td>
              <RoleTags t={t} roles={p.roles} />
            </td>
            <td>{t(`status.${p.status}`)}</td>
            <td>{p.covenantAcceptedAt ? t('admin.people.covenantYes') : t('admin.people.covenantNo')}</td>
          </tr>
        ))}
      </Table>
      <Pagination ctx={ctx} page={page} pages={pages} href={(p) => ctx.href('/admin') + query(p)} />
    </Layout>
  );
}
