import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';

/** `/reset`: asks for the email address to send a reset link to. */
export function ResetRequestPage({ ctx, email, errors }: { ctx: PageContext; email?: string; errors?: FormErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('reset.title'), errors)}>
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('reset.title')}</h1>
      <p>{t('reset.lead')}</p>
      <form method="post" action={ctx.href('/reset')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={t} name="email" type="email" label={t('reset.email')} hint={t('reset.emailHint')} autocomplete="email" spellcheck={false} value={email} error={errors?.email} width={30} />
        <button class="button" type="submit">
          {t('reset.submit')}
        </button>
      </form>
    </Layout>
  );
}
