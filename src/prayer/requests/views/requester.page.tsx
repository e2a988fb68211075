import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { Layout } from '../../../web/views/layout.js';
import { LIMITS } from '../../prayer.types.js';
import { displayStatus } from '../request.js';
import type { RequesterDetails } from '../requester.service.js';
import { CrisisPanel } from './crisis-panel.js';
import { formatDay, pluralOf } from './format.js';

/** Banners after a change, by the `done` query value. */
export const REQUESTER_NOTICES = ['updated', 'answered', 'renewed', 'closed', 'unsubscribed'] as const;
export type RequesterNotice = (typeof REQUESTER_NOTICES)[number];

/** Which form on the page failed, with what it held. */
export type RequesterFormState =
  | { form: 'update'; errors: FormErrors; text: string }
  | { form: 'answer'; errors: FormErrors; testimony: string; share: boolean };

interface RequesterPageProps {
  ctx: PageContext;
  /** The manage token (the page's own address is built from it). */
  token: string;
  /** The full private link, to show and to copy. */
  privateUrl: string;
  details: RequesterDetails;
  /** Just submitted: show the confirmation with the private link first. */
  received?: boolean;
  notice?: RequesterNotice;
  failed?: RequesterFormState;
  /** The change could not be made because the request had changed meanwhile. */
  conflict?: boolean;
  /** The ministry's expiry period, for "renew for N days". */
  expiryDays: number;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="requester-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** `/r/:token`: the requester's private page — who prayed, their words, updates, and what can be done. */
export function RequesterPage({ ctx, token, privateUrl, details, received, notice, failed, conflict, expiryDays }: RequesterPageProps) {
  const { t, locale } = ctx;
  const r = details.request;
  const day = (iso: string) => formatDay(locale, iso);
  const status = displayStatus(r);
  const open = r.status === 'active' || r.status === 'expired';
  const canUpdate = open || r.status === 'answered';
  const action = (what: string) => ctx.href(`/r/${token}/${what}`);
  const totalPrayers = r.prayerCount + r.visitorPrayerCount;
  const errors = failed?.errors;
  const title = received ? t('mine.received.title') : t('mine.title');
  return (
    <Layout ctx={ctx} title={formTitle(t, title, errors)} scripts={canUpdate ? ['char-count'] : []}>
      <CrisisPanel ctx={ctx} resources={details.crisisResources} />
      {received && (
        <div class="confirmation-panel">
          <h1 class="confirmation-panel__title">{t('mine.received.title')}</h1>
          <p>{t('mine.received.link')}</p>
          <p class="secret">
            <a href={privateUrl} id="private-link">
              {privateUrl}
            </a>
          </p>
          <p>{t('mine.received.bookmark')}</p>
          {r.email && <p>{t('mine.received.emailed', { email: r.email })}</p>}
          {status === 'pending' && <p>{t('mine.received.pending')}</p>}
        </div>
      )}
      {notice && <NotificationBanner title={t(`mine.done.${notice}`)} />}
      {conflict && <NotificationBanner title={t('mine.conflict.title')}>{<p>{t('mine.conflict')}</p>}</NotificationBanner>}
      <ErrorSummary t={t} errors={errors} ids={failed?.form === 'answer' ? { testimony: 'testimony' } : { text: 'update-text' }} />
      {received ? <h2>{t('mine.title')}</h2> : <h1>{t('mine.title')}</h1>}

      <dl class="summary-list" aria-label={t('mine.summary.label')}>
        <dt>{t('mine.summary.status')}</dt>
        <dd>
          <strong class={`tag${status === 'active' || status === 'answered' ? '' : ' tag--grey'}`}>{t(`request.status.${status}`)}</strong>
          {r.status === 'answered' && r.answeredAt && <span> {t('mine.answered', { date: day(r.answeredAt) })}</span>}
          {r.status === 'closed' && r.closedAt && <span> {t('mine.closed', { date: day(r.closedAt) })}</span>}
        </dd>
        <dt>{t('mine.summary.text')}</dt>
        <dd class="request-text">{r.text ?? <span class="muted">{t('mine.summary.removed')}</span>}</dd>
        {r.forWhom && (
          <>
            <dt>{t('mine.summary.forWhom')}</dt>
            <dd>{r.forWhom}</dd>
          </>
        )}
        <dt>{t('mine.summary.category')}</dt>
        <dd>{t(`request.category.${r.category}`)}</dd>
        <dt>{t('mine.summary.visibility')}</dt>
        <dd>
          {t(`request.visibility.${r.visibility}`)}
          {r.visibility === 'public' && r.moderation !== 'not_required' && <span class="muted"> — {t(`mine.moderation.${r.moderation}`)}</span>}
        </dd>
        {r.firstName && (
          <>
            <dt>{t('mine.summary.firstName')}</dt>
            <dd>{r.firstName}</dd>
          </>
        )}
        <dt>{t('mine.summary.sent')}</dt>
        <dd>{day(r.createdAt)}</dd>
        {open && (
          <>
            <dt>{r.status === 'expired' ? t('mine.summary.expired') : t('mine.summary.open')}</dt>
            <dd>{day(r.expiresAt)}</dd>
          </>
        )}
      </dl>

      <Section id="prayers" title={t('mine.prayers.title')}>
        {totalPrayers === 0 ? (
          <p>{t('mine.prayers.none')}</p>
        ) : (
          <>
            <p class="prayer-count">{t(`mine.prayers.count.${pluralOf(locale, totalPrayers)}`, { count: totalPrayers })}</p>
            <ol class="prayer-list">
              {details.prayers.map((p, i) => (
                <li key={i} class="prayer-list__item">
                  <p class="prayer-list__when">{t(p.kind === 'visitor' ? 'mine.prayers.visitor' : 'mine.prayers.team', { date: day(p.at) })}</p>
                  {p.note && (
                    <figure class="prayer-note">
                      <figcaption class="visually-hidden">{t('mine.prayers.note')}</figcaption>
                      <blockquote class="prayer-note__text">{p.note}</blockquote>
                    </figure>
                  )}
                  {p.verse && (
                    <blockquote class="verse" lang={r.language}>
                      <span class="visually-hidden">{t('mine.prayers.verse')}: </span>
                      {p.verse.text && <p>{p.verse.text}</p>}
                      <cite>
                        {p.verse.reference}
                        {p.verse.translation ? ` (${p.verse.translation})` : ''}
                      </cite>
                    </blockquote>
                  )}
                </li>
              ))}
            </ol>
            {details.prayers.length < totalPrayers && details.prayers.length > 0 && <p class="muted">{t('mine.prayers.more', { shown: details.prayers.length })}</p>}
          </>
        )}
      </Section>

      {details.commitments.length > 0 && (
        <Section id="commitments" title={t('mine.commitments.title')}>
          <p>
            {details.commitments.length === 1
              ? t('mine.commitments.one', { date: day(details.commitments[0].endsAt) })
              : t('mine.commitments.other', { count: details.commitments.length })}
          </p>
        </Section>
      )}

      {details.updates.length > 0 && (
        <Section id="updates" title={t('mine.updates.title')}>
          <ol class="update-list">
            {details.updates.map((u) => (
              <li key={u.id}>
                <p class="update-list__when">
                  <strong>{t(u.kind === 'answer' ? 'mine.updates.answer' : 'mine.updates.update')}</strong> {t('mine.updates.on', { date: day(u.createdAt) })}
                </p>
                {u.text && <p class="request-text">{u.text}</p>}
              </li>
            ))}
          </ol>
          {details.testimony && <p class="muted">{t(`mine.testimony.${details.testimony.status as 'pending' | 'approved' | 'rejected' | 'private'}`)}</p>}
        </Section>
      )}

      {canUpdate && (
        <Section id="update" title={t('mine.update.title')}>
          <form method="post" action={action('update')} noValidate>
            <CsrfField token={ctx.csrfToken()} />
            <Textarea
              t={t}
              name="text"
              id="update-text"
              label={t('mine.update.label')}
              hint={t('mine.update.hint', { max: LIMITS.update })}
              error={failed?.form === 'update' ? failed.errors.text : undefined}
              value={failed?.form === 'update' ? failed.text : ''}
              maxLength={LIMITS.update}
              rows={4}
            />
            <button class="button" type="submit">
              {t('mine.update.submit')}
            </button>
          </form>
        </Section>
      )}

      {open && (
        <Section id="answer" title={t('mine.answer.title')}>
          <form method="post" action={action('answer')} noValidate>
            <CsrfField token={ctx.csrfToken()} />
            <Textarea
              t={t}
              name="testimony"
              label={t('mine.answer.label')}
              hint={t('mine.answer.hint', { max: LIMITS.testimony })}
              error={failed?.form === 'answer' ? failed.errors.testimony : undefined}
              value={failed?.form === 'answer' ? failed.testimony : ''}
              maxLength={LIMITS.testimony}
              rows={4}
            />
            <div class="form-group">
              <div class="choice">
                <input
                  class="choice__input"
                  id="share"
                  name="share"
                  type="checkbox"
                  value="yes"
                  checked={failed?.form === 'answer' && failed.share}
                  aria-describedby="share-hint"
                />
                <label class="choice__label" for="share">
                  {t('mine.answer.share')}
                </label>
                <div class="hint choice__hint" id="share-hint">
                  {t('mine.answer.shareHint')}
                </div>
              </div>
            </div>
            <button class="button" type="submit">
              {t('mine.answer.submit')}
            </button>
          </form>
        </Section>
      )}

      {open && (
        <Section id="renew" title={t('mine.renew.title')}>
          <p>{t(r.status === 'expired' ? 'mine.renew.expired' : 'mine.renew.body', { date: day(r.expiresAt), days: expiryDays })}</p>
          <form method="post" action={action('renew')}>
            <CsrfField token={ctx.csrfToken()} />
            <button class="button button--secondary" type="submit">
              {t('mine.renew.submit')}
            </button>
          </form>
        </Section>
      )}

      {open && (
        <Section id="close" title={t('mine.close.title')}>
          <p>{t('mine.close.body')}</p>
          <form method="post" action={action('close')}>
            <CsrfField token={ctx.csrfToken()} />
            <button class="button button--secondary" type="submit">
              {t('mine.close.submit')}
            </button>
          </form>
        </Section>
      )}

      <Section id="email" title={t('mine.email.title')}>
        {!r.email ? (
          <p>{t('mine.email.none')}</p>
        ) : r.unsubscribedAt ? (
          <p>{t('mine.email.off')}</p>
        ) : (
          <>
            <p>{t('mine.email.on', { email: r.email })}</p>
            <form method="post" action={action('unsubscribe')}>
              <CsrfField token={ctx.csrfToken()} />
              <button class="button button--secondary" type="submit">
                {t('mine.email.stop')}
              </button>
            </form>
          </>
        )}
      </Section>

      <Section id="delete" title={t('mine.delete.title')}>
        <p>{t('mine.delete.body')}</p>
        <p>
          <a href={action('delete')} class="button button--warning">
            {t('mine.delete.link')}
          </a>
        </p>
      </Section>
    </Layout>
  );
}
