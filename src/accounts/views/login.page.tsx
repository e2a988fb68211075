import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';

/** Banners the sign-in page can open with, after something else finished. */
export type LoginNotice = 'signedOut' | 'signedOutEverywhere' | 'passwordSet';

interface LoginPageProps {
  ctx: PageContext;
  email?: string;
  /** Where to go after signing in (a local path). */
  next?: string;
  errors?: FormErrors;
  notice?: LoginNotice;
}

/** `/login`: email and password, a link to reset a forgotten password. */
export function LoginPage({ ctx, email, next, errors, notice }: LoginPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('login.title'), errors)}>
      {notice && <NotificationBanner title={t(`login.notice.${notice}`)} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('login.title')}</h1>
      <form method="post" action={ctx.href('/login')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextInput t={t} name="email" type="email" label={t('login.email')} autocomplete="username" spellcheck={false} value={email} error={errors?.email} width={30} />
        <TextInput t={t} name="password" type="password" label={t('login.password')} autocomplete="current-password" error={errors?.password} width={30} />
        <button class="button" type="submit">
          {t('login.submit')}
        </button>
      </form>
      <h2>{t('login.problems')}</h2>
      <p>
        <a href={ctx.href('/reset')}>{t('login.forgot')}</a>
      </p>
      <p>{t('login.noAccount')}</p>
    </Layout>
  );
}
