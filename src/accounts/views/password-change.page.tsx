import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import { NewPasswordInput } from './new-password-input.js';

/** `/account/password`: the current password, then the new one. */
export function PasswordChangePage({ ctx, errors }: { ctx: PageContext; errors?: FormErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('passwordChange.title'), errors)}>
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('passwordChange.title')}</h1>
      <form method="post" action={ctx.href('/account/password')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <input type="hidden" name="username" value={ctx.viewer?.email ?? ''} autocomplete="username" />
        <TextInput t={t} name="current" type="password" label={t('passwordChange.current')} autocomplete="current-password" error={errors?.current} width={30} />
        <NewPasswordInput t={t} label={t('passwordChange.new')} error={errors?.password} />
        <p>{t('passwordChange.sessions')}</p>
        <button class="button" type="submit">
          {t('passwordChange.submit')}
        </button>
      </form>
      <p>
        <a href={ctx.href('/account')}>{t('account.back')}</a>
      </p>
    </Layout>
  );
}
