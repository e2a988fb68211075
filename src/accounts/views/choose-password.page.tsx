import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { Layout } from '../../web/views/layout.js';
import { NewPasswordInput } from './new-password-input.js';

/** `/reset/:token`: choose a new password (or a first one, from a set-password link). */
export function ChoosePasswordPage({ ctx, purpose, email, action, errors }: { ctx: PageContext; purpose: 'reset' | 'set'; email: string; action: string; errors?: FormErrors }) {
  const { t } = ctx;
  const title = purpose === 'set' ? t('choosePassword.setTitle') : t('choosePassword.resetTitle');
  return (
    <Layout ctx={ctx} title={formTitle(t, title, errors)}>
      <ErrorSummary t={t} errors={errors} />
      <h1>{title}</h1>
      <p>{t('choosePassword.for', { email })}</p>
      <form method="post" action={action} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <input type="hidden" name="username" value={email} autocomplete="username" />
        <NewPasswordInput t={t} label={t('choosePassword.label')} error={errors?.password} />
        <button class="button" type="submit">
          {t('choosePassword.submit')}
        </button>
      </form>
    </Layout>
  );
}
