import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { Layout } from '../../../web/views/layout.js';
import type { PastoralRequestView } from '../pastoral.presenter.js';
import { FOLLOW_UP_STATUSES } from '../pastoral.repository.js';
import { STAFF_PATHS } from '../staff-pages.js';
import { followUpText } from './follow-up-text.js';
import { day } from './queue-parts.js';
import { StaffNav } from './staff-nav.js';

interface PastoralRequestPageProps {
  ctx: PageContext;
  r: PastoralRequestView;
  errors?: FormErrors;
}

/** `/pastoral/requests/:id`: one urgent or pastoral request in the person's own words, with the follow-up form. Audited. */
export function PastoralRequestPage({ ctx, r, errors }: PastoralRequestPageProps) {
  const { t } = ctx;
  const title = `${t('pastoral.request.title')}: ${t(`request.category.${r.category}`)}`;
  return (
    <Layout ctx={ctx} title={formTitle(t, title, errors)}>
      <StaffNav ctx={ctx} />
      <ErrorSummary t={t} errors={errors} />
      <p>
        <a href={ctx.href(STAFF_PATHS.pastoral)}>{t('pastoral.back')}</a>
      </p>
      <h1>{title}</h1>
      <p class="muted">{t('pastoral.request.audited')}</p>
      {r.crisisKinds.length > 0 && (
        <div class="crisis-panel">
          <h2 class="crisis-panel__title">{t('pastoral.request.crisis')}</h2>
          <p>{r.crisisKinds.map((k) => t(`pastoral.crisis.${k}`)).join(', ')}</p>
        </div>
      )}
      <h2>{t('pastoral.request.text')}</h2>
      {r.privateText === null ? (
        <p>{t('pastoral.request.deleted')}</p>
      ) : (
        <blockquote class="queue-item__text">
          <p class="request-text" lang={r.language}>
            {r.privateText}
          </p>
        </blockquote>
      )}
      <h2>{t('pastoral.request.details')}</h2>
      <dl class="summary-list">
        <dt>{t('pastoral.request.name')}</dt>
        <dd>{r.fullFirstName ?? t('request.anonymous')}</dd>
        <dt>{t('pastoral.request.email')}</dt>
        <dd>{r.email === null ? t('pastoral.request.emailNone') : r.contactable ? <a href={`mailto:${r.email}`}>{r.email}</a> : t('pastoral.request.emailStopped', { email: r.email })}</dd>
        {r.privateForWhom && (
          <>
            <dt>{t('pastoral.request.forWhom')}</dt>
            <dd lang={r.language}>{r.privateForWhom}</dd>
          </>
        )}
        <dt>{t('pastoral.request.category')}</dt>
        <dd>{t(`request.category.${r.category}`)}</dd>
        <dt>{t('pastoral.request.language')}</dt>
        <dd>{t(`request.language.${r.language}`)}</dd>
        <dt>{t('pastoral.request.status')}</dt>
        <dd>{t(`request.status.${r.status}`)}</dd>
        <dt>{t('pastoral.request.received')}</dt>
        <dd>{day(ctx, r.createdAt)}</dd>
        <dt>{t('pastoral.request.prayers')}</dt>
        <dd>{r.prayerCount}</dd>
        <dt>{t('pastoral.col.followUp')}</dt>
        <dd>{followUpText(ctx, r.followUp)}</dd>
      </dl>
      <h2>{t('pastoral.request.updates')}</h2>
      {r.updates.length === 0 ? (
        <p class="muted">{t('pastoral.request.noUpdates')}</p>
      ) : (
        <ul class="update-list">
          {r.updates.map((u, i) => (
            <li key={i}>
              <p class="update-list__when">
                {u.kind === 'answer' ? t('pastoral.request.answer') : t('pastoral.request.update')} · {day(ctx, u.at)}
              </p>
              {u.text !== null && (
                <p class="request-text" lang={r.language}>
                  {u.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={ctx.href(`${STAFF_PATHS.pastoral}/requests/${r.id}/follow-up`)} novalidate>
        <CsrfField token={ctx.csrfToken()} />
        <ChoiceGroup
          t={t}
          type="radio"
          name="status"
          legend={t('pastoral.followUp.legend')}
          hint={t('pastoral.followUp.hint')}
          error={errors?.status}
          choices={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`pastoral.followUp.${s}`) }))}
          checked={[r.followUp.status]}
        />
        <button class="button" type="submit">
          {t('pastoral.followUp.submit')}
        </button>
      </form>
    </Layout>
  );
}
