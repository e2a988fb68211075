import type { PageContext } from '../../../web/page-context.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { Layout } from '../../../web/views/layout.js';
import { CrisisPanel } from '../../../prayer/requests/views/crisis-panel.js';
import type { CrisisResource } from '../../../prayer/safety/index.js';
import { respondPath } from '../response.paths.js';
import { ResponseForm, type ResponseFormValues } from './response-form.js';

interface RespondPageProps {
  ctx: PageContext;
  slug: string;
  articleTitle: string;
  values?: ResponseFormValues;
  errors?: FormErrors;
  /** Set when the prayer requests' limit refused "please pray for me": minutes to wait. */
  waitMinutes?: number;
  crisis?: readonly CrisisResource[];
}

/** `/articles/:slug/respond`: the response form on its own page (where a failed submit comes back, every word kept). */
export function RespondPage({ ctx, slug, articleTitle, values, errors, waitMinutes, crisis = [] }: RespondPageProps) {
  const { t } = ctx;
  const title = t('respond.pageTitle', { title: articleTitle });
  return (
    <Layout ctx={ctx} title={waitMinutes ? t('form.errorTitle', { title }) : formTitle(t, title, errors)} scripts={['char-count']}>
      <CrisisPanel ctx={ctx} resources={crisis} pastoral={false} />
      {waitMinutes !== undefined && (
        <div class="error-summary" role="alert" aria-labelledby="wait-title" tabIndex={-1} autofocus>
          <h2 class="error-summary__title" id="wait-title">
            {t('form.problem')}
          </h2>
          <p>{t('respond.error.rateLimited', { minutes: waitMinutes })}</p>
        </div>
      )}
      <ErrorSummary t={t} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{t('respond.lead')}</p>
      <ResponseForm ctx={ctx} action={ctx.href(respondPath(slug))} values={values} errors={errors} />
      <p>
        <a href={ctx.href(`/articles/${encodeURIComponent(slug)}`)}>{t('respond.thanks.back')}</a>
      </p>
    </Layout>
  );
}
