import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { Layout } from '../../web/views/layout.js';

/** `/logout`: a button to sign out (signing out changes state, so it is a form, never a link). */
export function LogoutPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('logout.title')}>
      <h1>{t('logout.title')}</h1>
      {ctx.viewer ? (
        <form method="post" action={ctx.href('/logout')}>
          <CsrfField token={ctx.csrfToken()} />
          <p>{t('logout.body', { email: ctx.viewer.email })}</p>
          <button class="button" type="submit">
            {t('logout.submit')}
          </button>
        </form>
      ) : (
        <p>
          {t('logout.already')} <a href={ctx.href('/login')}>{t('nav.signIn')}</a>
        </p>
      )}
    </Layout>
  );
}
