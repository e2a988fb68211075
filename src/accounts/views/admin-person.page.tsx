import { ROLES } from '../../platform/auth/actor.js';
import type { UserView } from '../user.presenter.js';
import type { AuditEventView } from '../audit-event.presenter.js';
import type { PageContext } from '../../web/page-context.js';
import { ChoiceGroup } from '../../web/views/forms/choice-group.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { Layout } from '../../web/views/layout.js';
import { AdminNav } from './admin-nav.js';
import { AuditTable } from './audit-table.js';
import { formatDate } from './format.js';
import { RoleTags } from './role-tags.js';

/** Banners after an admin action on a person. */
export type PersonNotice = 'roles' | 'deactivated' | 'reactivated';

interface AdminPersonPageProps {
  ctx: PageContext;
  person: UserView;
  isSelf: boolean;
  roles: string[];
  history: AuditEventView[];
  errors?: FormErrors;
  notice?: PersonNotice;
}

/** `/admin/people/:id`: one person, their roles (a form), deactivation, and what happened to them. */
export function AdminPersonPage({ ctx, person, isSelf, roles, history, errors, notice }: AdminPersonPageProps) {
  const { t } = ctx;
  const action = ctx.href(`/admin/people/${person.id}`);
  const title = person.name || person.email;
  return (
    <Layout ctx={ctx} title={formTitle(t, title, errors)}>
      <AdminNav ctx={ctx} />
      {notice && <NotificationBanner title={t(`admin.person.notice.${notice}`)} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{title}</h1>
      <dl class="summary-list">
        <dt>{t('account.email')}</dt>
        <dd>{person.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>
          <RoleTags t={t} roles={person.roles} />
        </dd>
        <dt>{t('admin.people.status')}</dt>
        <dd>{t(`status.${person.status}`)}</dd>
        <dt>{t('account.covenant')}</dt>
        <dd>{person.covenantAcceptedAt ? t('account.covenantAcceptedOn', { date: formatDate(ctx.locale, person.covenantAcceptedAt) }) : t('admin.people.covenantNo')}</dd>
        <dt>{t('admin.person.since')}</dt>
        <dd>{formatDate(ctx.locale, person.createdAt)}</dd>
      </dl>

      <h2>{t('admin.person.rolesTitle')}</h2>
      <form method="post" action={action} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <input type="hidden" name="action" value="roles" />
        <ChoiceGroup
          t={t}
          type="checkbox"
          name="roles"
          legend={t('admin.person.rolesLegend')}
          hint={t('admin.person.rolesHint')}
          error={errors?.roles}
          choices={ROLES.map((r) => ({ value: r, label: t(`role.${r}`), hint: t(`role.${r}.hint`) }))}
          checked={roles}
        />
        <button class="button" type="submit">
          {t('admin.person.saveRoles')}
        </button>
      </form>

      <h2>{t('admin.person.accessTitle')}</h2>
      {isSelf ? (
        <p>{t('admin.person.selfNote')}</p>
      ) : person.status === 'deactivated' ? (
        <form method="post" action={action}>
          <CsrfField token={ctx.csrfToken()} />
          <input type="hidden" name="action" value="reactivate" />
          <p>{t('admin.person.reactivateHint')}</p>
          <button class="button button--secondary" type="submit">
            {t('admin.person.reactivate')}
          </button>
        </form>
      ) : (
        <form method="post" action={action}>
          <CsrfField token={ctx.csrfToken()} />
          <input type="hidden" name="action" value="deactivate" />
          <p>{t('admin.person.deactivateHint')}</p>
          <button class="button button--warning" type="submit">
            {t('admin.person.deactivate')}
          </button>
        </form>
      )}

      <h2>{t('admin.person.historyTitle')}</h2>
      <AuditTable ctx={ctx} events={history} caption={t('admin.person.historyCaption')} />
    </Layout>
  );
}
