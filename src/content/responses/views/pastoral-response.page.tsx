import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { Layout } from '../../../web/views/layout.js';
import { day } from '../../../prayer/moderation/views/queue-parts.js';
import { StaffNav } from '../../../prayer/moderation/views/staff-nav.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import type { ResponseWithJourney } from '../response.repository.js';
import { RESPONSE_PATHS } from '../response.paths.js';
import { FollowedUp, JourneyStatus } from './response-parts.js';

interface PastoralResponsePageProps {
  ctx: PageContext;
  response: ResponseWithJourney;
  journeyLength: number;
  errors?: FormErrors;
  note?: string;
}

/** `/pastoral/responses/:id`: one response with the person's contact details (the reading is audited) and the follow-up form. */
export function PastoralResponsePage({ ctx, response: r, journeyLength, errors, note }: PastoralResponsePageProps) {
  const { t } = ctx;
  const title = t('pastoralResponses.detail.title', { kind: t(`respond.kind.${r.kind}`) });
  const none = t('pastoralResponses.detail.none');
  return (
    <Layout ctx={ctx} title={formTitle(t, title, errors)} scripts={['char-count']}>
      <StaffNav ctx={ctx} />
      <ErrorSummary t={t} errors={errors} ids={{ note: 'note' }} />
      <p>
        <a href={ctx.href(RESPONSE_PATHS.pastoral)}>{t('pastoralResponses.back')}</a>
      </p>
      <h1>{title}</h1>
      {r.crisisKinds.length > 0 && <p class="notice">{t('pastoralResponses.crisis')}</p>}
      {r.articleTitle && <p class="muted">{t('pastoralResponses.article', { title: r.articleTitle })}</p>}
      <dl class="summary-list">
        <dt>{t('pastoralResponses.col.message')}</dt>
        <dd lang={r.language === ctx.locale ? undefined : r.language}>
          {r.purgedAt ? t('pastoralResponses.purged') : r.message ? <span class="pre-line">{r.message}</span> : t('pastoralResponses.noMessage')}
        </dd>
        <dt>{t('pastoralResponses.detail.name')}</dt>
        <dd>{r.firstName ?? none}</dd>
        <dt>{t('pastoralResponses.detail.email')}</dt>
        <dd>{r.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : none}</dd>
        <dt>{t('pastoralResponses.detail.language')}</dt>
        <dd>{t(`request.language.${r.language}`)}</dd>
        <dt>{t('pastoralResponses.col.received')}</dt>
        <dd>{day(ctx, r.createdAt)}</dd>
        <dt>{t('pastoralResponses.detail.consent')}</dt>
        <dd>{r.consentedAt ? t('pastoralResponses.detail.consentYes', { date: day(ctx, r.consentedAt), version: r.consentVersion ?? '' }) : t('pastoralResponses.detail.consentNo')}</dd>
        <dt>{t('pastoralResponses.col.journey')}</dt>
        <dd>
          <JourneyStatus ctx={ctx} response={r} journeyLength={journeyLength} />
        </dd>
        {r.prayerRequestId && (
          <>
            <dt>{t('pastoralResponses.detail.prayerRequest')}</dt>
            <dd>
              {/* Crisis requests are pastoral and open here; the others are team requests, prayed for by intercessors. */}
              {r.crisisKinds.length > 0 ? (
                <a href={ctx.href(`/pastoral/requests/${encodeURIComponent(r.prayerRequestId)}`)}>{t('pastoralResponses.detail.prayerRequestLink')}</a>
              ) : (
                t('pastoralResponses.detail.prayerRequestTeam')
              )}
            </dd>
          </>
        )}
        <dt>{t('pastoralResponses.col.followUp')}</dt>
        <dd>
          <FollowedUp ctx={ctx} response={r} />
        </dd>
        {r.followUpNote && (
          <>
            <dt>{t('pastoralResponses.detail.note')}</dt>
            <dd class="pre-line">{r.followUpNote}</dd>
          </>
        )}
      </dl>
      <h2>{t('pastoralResponses.followUp.title')}</h2>
      <form method="post" action={ctx.href(`${RESPONSE_PATHS.pastoralResponse(r.id)}/follow-up`)} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <Textarea t={t} name="note" label={t('pastoralResponses.followUp.label')} hint={t('pastoralResponses.followUp.hint')} error={errors?.note} value={note ?? r.followUpNote ?? ''} maxLength={1000} rows={4} />
        <button class="button" type="submit">
          {t('pastoralResponses.followUp.submit')}
        </button>
      </form>
    </Layout>
  );
}
