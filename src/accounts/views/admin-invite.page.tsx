import { LOCALES } from '../../platform/i18n/locale.js';
import { ROLES } from '../../platform/auth/actor.js';
import type { PageContext } from '../../web/page-context.js';
import { ChoiceGroup } from '../../web/views/forms/choice-group.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import { AdminNav } from './admin-nav.js';

/** What the invitation form holds. */
export interface InviteValues {
  email: string;
  roles: string[];
  locale: string;
}

/** `/admin/invite`: an email address, the roles to give, the language of the invitation. */
export function AdminInvitePage({ ctx, values, errors }: { ctx: PageContext; values: InviteValues; errors?: FormErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('admin.invite.title'), errors)}>
      <AdminNav ctx={ctx} />
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('admin.invite.title')}</h1>
      <p>{t('admin.invite.lead')}</p>
      <form method="post" action={ctx.href('/admin/invite')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={t} name="email" type="email" label={t('admin.invite.email')} autocomplete="off" spellcheck={false} value={values.email} error={errors?.email} width={30} />
        <ChoiceGroup
          t={t}
          type="checkbox"
          name="roles"
          legend={t('admin.person.rolesLegend')}
          hint={t('admin.invite.rolesHint')}
          error={errors?.roles}
          choices={ROLES.map((r) => ({ value: r, label: t(`role.${r}`), hint: t(`role.${r}.hint`) }))}
          checked={values.roles}
        />
        <ChoiceGroup
          t={t}
          type="radio"
          name="locale"
          legend={t('admin.invite.locale')}
          error={errors?.locale}
          choices={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          checked={[values.locale]}
        />
        <button class="button" type="submit">
          {t('admin.invite.submit')}
        </button>
      </form>
    </Layout>
  );
}
