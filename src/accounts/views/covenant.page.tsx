import { COVENANT_PARAGRAPHS } from '../covenant.js';
import type { PageContext } from '../../web/page-context.js';
import { ChoiceGroup } from '../../web/views/forms/choice-group.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { Layout } from '../../web/views/layout.js';
import { formatDate } from './format.js';

/** `/covenant`: the confidentiality covenant, and either the acceptance form or when it was accepted. */
export function CovenantPage({ ctx, acceptedAt, next, errors }: { ctx: PageContext; acceptedAt: string | null; next?: string; errors?: FormErrors }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('covenant.title'), errors)}>
      <ErrorSummary t={t} errors={errors} />
      {acceptedAt && <NotificationBanner title={t('covenant.accepted', { date: formatDate(ctx.locale, acceptedAt) })} />}
      <h1>{t('covenant.title')}</h1>
      <p class="lead">{t('covenant.lead')}</p>
      <div class="covenant">
        {COVENANT_PARAGRAPHS.map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
      </div>
      {!acceptedAt && (
        <form method="post" action={ctx.href('/covenant')} noValidate>
          <CsrfField token={ctx.csrfToken()} />
          {next && <input type="hidden" name="next" value={next} />}
          <ChoiceGroup
            t={t}
            type="checkbox"
            name="accept"
            legend={t('covenant.legend')}
            error={errors?.accept}
            choices={[{ value: 'yes', label: t('covenant.promise') }]}
            checked={[]}
          />
          <button class="button" type="submit">
            {t('covenant.submit')}
          </button>
        </form>
      )}
      {acceptedAt && next && (
        <p>
          <a class="button" href={ctx.href(next)}>
            {t('covenant.continue')}
          </a>
        </p>
      )}
    </Layout>
  );
}
