import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { Layout } from '../../../web/views/layout.js';
import { LIMITS } from '../../prayer.types.js';
import { MAX_FLAG_REASON } from '../../prayers/prayer.service.js';
import type { SessionView } from '../intercession.presenter.js';
import { formatTime, prayedTimes } from './format.js';
import { SessionNotice, type DoneCode } from './session-notice.js';

/** What the forms held when they were sent, kept on a failed submit. */
export interface SessionValues {
  note?: string;
  verse?: string;
  reason?: string;
  days?: string;
}

interface IntercedePageProps {
  ctx: PageContext;
  session: SessionView;
  done?: DoneCode;
  days?: number;
  errors?: FormErrors;
  values?: SessionValues;
}

/**
 * `/intercede`: one request at a time — who and what it is about, their words, Scriptures to pray — then
 * "I prayed" (with an optional note and verse), a daily commitment, skip, and flag. Every form works
 * without JavaScript; the note's character count is the only enhancement.
 */
export function IntercedePage({ ctx, session, done, days, errors, values = {} }: IntercedePageProps) {
  const { t } = ctx;
  const r = session.request;
  const action = (what: string) => ctx.href(`/intercede/requests/${encodeURIComponent(r.id)}/${what}`);
  return (
    <Layout ctx={ctx} title={formTitle(t, t('intercede.title'), errors)} scripts={['char-count']}>
      <ErrorSummary t={t} errors={errors} />
      <SessionNotice ctx={ctx} done={done} days={days} />
      <p class="caption">{t('intercede.title')}</p>
      <h1>{r.firstName ? t('intercede.heading', { name: r.firstName }) : t('intercede.headingUnnamed')}</h1>
      {r.urgent && <p class="tag tag--urgent">{t('intercede.meta.urgent')}</p>}
      {r.visibility === 'pastoral' && <p class="notice">{t('intercede.pastoral')}</p>}
      <dl class="summary-list" aria-label={t('intercede.meta.label')}>
        <dt>{t('intercede.meta.category')}</dt>
        <dd>{t(`request.category.${r.category}` as const)}</dd>
        {r.forWhom && (
          <>
            <dt>{t('intercede.meta.forWhom')}</dt>
            <dd lang={r.language}>{r.forWhom}</dd>
          </>
        )}
        <dt>{t('intercede.meta.prayed')}</dt>
        <dd>{prayedTimes(t, ctx.locale, r.prayerCount)}</dd>
      </dl>
      <figure class="prayer-request">
        <figcaption class="visually-hidden">{t('intercede.request.label')}</figcaption>
        <blockquote lang={r.language}>
          {r.text.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </blockquote>
      </figure>
      {session.lease && <p class="muted">{t('intercede.lease', { time: formatTime(ctx.locale, session.lease.expiresAt) })}</p>}

      {r.scriptures.length > 0 && (
        <section aria-labelledby="scriptures-title">
          <h2 id="scriptures-title">{t('intercede.scriptures.title')}</h2>
          <p>{t('intercede.scriptures.lead')}</p>
          <ul class="scriptures">
            {r.scriptures.map((s) => (
              <li key={s.osis}>
                <blockquote class="verse" lang={r.language}>
                  <p>{s.text ?? <span class="muted">{t('intercede.scriptures.noText')}</span>}</p>
                  <footer>
                    <cite>
                      <a href={ctx.href(`/bible/go?ref=${encodeURIComponent(s.osis)}${s.translation ? `&translation=${encodeURIComponent(s.translation)}` : ''}`)} data-osis={s.osis}>
                        {s.reference}
                      </a>
                    </cite>
                    {s.translation && <span class="muted"> ({s.translation})</span>}
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}

      {session.canPray ? (
        <>
          <section aria-labelledby="pray-title">
            <h2 id="pray-title">{t('intercede.pray.title')}</h2>
            <form method="post" action={action('prayers')} noValidate class="stack-form">
              <CsrfField token={ctx.csrfToken()} />
              <Textarea
                t={t}
                name="note"
                label={t('intercede.pray.note.label')}
                hint={t('intercede.pray.note.hint')}
                error={errors?.note}
                value={values.note}
                maxLength={LIMITS.note}
                rows={4}
              />
              <TextInput t={t} name="verse" label={t('intercede.pray.verse.label')} hint={t('intercede.pray.verse.hint')} error={errors?.verse} value={values.verse} width={20} spellcheck={false} />
              <button class="button" type="submit">
                {t('intercede.pray.submit')}
              </button>
            </form>
          </section>

          <section aria-labelledby="commit-title">
            <h2 id="commit-title">{t('intercede.commit.title')}</h2>
            <form method="post" action={action('commitments')} noValidate class="stack-form">
              <CsrfField token={ctx.csrfToken()} />
              <div class={`form-group${errors?.days ? ' form-group--error' : ''}`}>
                <label class="label" for="days">
                  {t('intercede.commit.label')}
                </label>
                <div class="hint" id="days-hint">
                  {t('intercede.commit.hint')}
                </div>
                {errors?.days && (
                  <p class="error-message" id="days-error">
                    <span class="visually-hidden">{t('form.errorPrefix')}</span> {errors.days}
                  </p>
                )}
                <input
                  class={`input input--width-10${errors?.days ? ' input--error' : ''}`}
                  id="days"
                  name="days"
                  type="text"
                  inputMode="numeric"
                  spellcheck={false}
                  value={values.days ?? '7'}
                  aria-describedby={errors?.days ? 'days-hint days-error' : 'days-hint'}
                  aria-invalid={errors?.days ? 'true' : undefined}
                />
              </div>
              <button class="button button--secondary" type="submit">
                {t('intercede.commit.submit')}
              </button>
            </form>
          </section>
        </>
      ) : (
        <p class="notice">{t('intercede.cannotPray')}</p>
      )}

      <section aria-labelledby="other-title">
        <h2 id="other-title">{t('intercede.other.title')}</h2>
        {session.lease && (
          <form method="post" action={action('skip')} class="stack-form">
            <CsrfField token={ctx.csrfToken()} />
            <p class="hint" id="skip-hint">
              {t('intercede.skip.hint')}
            </p>
            <button class="button button--secondary" type="submit" aria-describedby="skip-hint">
              {t('intercede.skip.submit')}
            </button>
          </form>
        )}
        <details class="details" open={errors?.reason ? true : undefined}>
          <summary class="details__summary">{t('intercede.flag.summary')}</summary>
          <form method="post" action={action('flag')} noValidate class="stack-form details__text">
            <CsrfField token={ctx.csrfToken()} />
            <Textarea
              t={t}
              name="reason"
              label={t('intercede.flag.reason.label')}
              hint={t('intercede.flag.reason.hint')}
              error={errors?.reason}
              value={values.reason}
              maxLength={MAX_FLAG_REASON}
              rows={3}
            />
            <button class="button button--secondary" type="submit">
              {t('intercede.flag.submit')}
            </button>
          </form>
        </details>
      </section>
      <p>
        <a href={ctx.href('/intercede/commitments')}>{t('intercede.commitments.link')}</a>
      </p>
    </Layout>
  );
}
