import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { StaffNav } from '../../../prayer/moderation/views/staff-nav.js';
import type { ChurchReview } from '../church.presenter.js';
import { churchMessages, type ChurchTranslate } from '../churches.messages.js';
import { ChurchCard } from './church-card.js';
import { ChurchPagination } from './church-pagination.js';
import { formatDay } from './format.js';

/** What a decision redirects back with (`?done=`). */
export const REVIEW_NOTICES = ['published', 'rejected', 'edited', 'unpublished', 'conflict'] as const;
export type ReviewNotice = (typeof REVIEW_NOTICES)[number];

interface ReviewPageProps {
  ctx: PageContext;
  pending: readonly ChurchReview[];
  published: { items: readonly ChurchReview[]; total: number; page: number; q: string };
  unpublished: readonly ChurchReview[];
  notice?: ReviewNotice;
  /** A refusal sent without a reason: which listing, the message, and what was typed. */
  rejectError?: { id: string; message: string; reason: string };
}

/** A one-button form deciding about a listing; the listing's name follows the label for screen readers. */
function ListingButton({ ctx, action, kind, label, name }: { ctx: PageContext; action: string; kind: 'button' | 'link-button'; label: string; name: string }) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={ctx.csrfToken()} />
      <button class={kind} type="submit">
        {label}
        <span class="visually-hidden"> “{name}”</span>
      </button>
    </form>
  );
}

function Decide({ ctx, m, church, rejectError }: { ctx: PageContext; m: ChurchTranslate; church: ChurchReview; rejectError?: ReviewPageProps['rejectError'] }) {
  const base = ctx.href(`/moderation/churches/${church.id}`);
  const error = rejectError?.id === church.id ? rejectError : undefined;
  const reasonId = `reason-${church.id}`;
  return (
    <div class="actions">
      <ListingButton ctx={ctx} action={`${base}/approve`} kind="button" label={m('review.approve')} name={church.name} />{' '}
      <a class="button button--secondary" href={`${base}/edit`}>
        {m('review.edit')}
        <span class="visually-hidden"> “{church.name}”</span>
      </a>
      <form method="post" action={`${base}/reject`} class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <div class={`form-group${error ? ' form-group--error' : ''}`}>
          <label class="label" for={reasonId}>
            {m('field.reason')}
          </label>
          {error && (
            <p class="error-message" id={`${reasonId}-error`}>
              <span class="visually-hidden">{ctx.t('form.errorPrefix')}</span> {error.message}
            </p>
          )}
          <textarea class={`textarea${error ? ' textarea--error' : ''}`} id={reasonId} name="reason" rows={2} aria-describedby={error ? `${reasonId}-error` : undefined} aria-invalid={error ? 'true' : undefined} value={error?.reason ?? ''} />
        </div>
        <button class="button button--warning" type="submit">
          {m('review.reject')}
          <span class="visually-hidden"> “{church.name}”</span>
        </button>
      </form>
    </div>
  );
}

/** `/moderation/churches`: listings waiting for review, and the published and unpublished ones. */
export function ChurchReviewPage({ ctx, pending, published, unpublished, notice, rejectError }: ReviewPageProps) {
  const m = churchMessages(ctx.locale);
  const errors = rejectError ? { [`reason-${rejectError.id}`]: rejectError.message } : undefined;
  const pages = Math.max(1, Math.ceil(published.total / 20));
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (published.q) params.set('q', published.q);
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return ctx.href('/moderation/churches') + (query ? `?${query}` : '') + '#published-title';
  };
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, m('review.title'), errors)}>
      <StaffNav ctx={ctx} />
      <ErrorSummary t={ctx.t} errors={errors} />
      {notice && <NotificationBanner title={m(`review.done.${notice}`)} />}
      <h1>{m('review.title')}</h1>
      <p class="lead">{m('review.lead')}</p>

      <section aria-labelledby="pending-title">
        <h2 id="pending-title">
          {m('review.pending')} ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p>{m('review.pendingNone')}</p>
        ) : (
          <ol class="church-list">
            {pending.map((church) => (
              <li key={church.id} class="queue-item">
                <ChurchCard ctx={ctx} m={m} church={church} headingLevel={3} />
                <p class="muted">
                  {m('review.submitted', { date: formatDay(church.submittedAt, ctx.locale) })}
                  {church.notifiesSubmitter && ` ${m('review.notifies')}`}
                </p>
                <Decide ctx={ctx} m={m} church={church} rejectError={rejectError} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="published-title">
        <h2 id="published-title">
          {m('review.published')} ({published.total})
        </h2>
        <form method="get" action={ctx.href('/moderation/churches')} class="inline-form" role="search">
          <TextInput t={ctx.t} name="q" type="search" label={m('review.search')} value={published.q} width={20} />
          <button class="button button--secondary" type="submit">
            {m('churches.search.submit')}
          </button>
        </form>
        {published.items.length === 0 ? (
          <p>{m('review.publishedNone')}</p>
        ) : (
          <ul class="church-list">
            {published.items.map((church) => (
              <li key={church.id}>
                <a href={ctx.href(`/churches/${church.id}`)}>{church.name}</a>, {church.city}{' '}
                <a href={ctx.href(`/moderation/churches/${church.id}/edit`)}>
                  {m('review.editPublished')}
                  <span class="visually-hidden"> “{church.name}”</span>
                </a>{' '}
                <ListingButton ctx={ctx} action={ctx.href(`/moderation/churches/${church.id}/unpublish`)} kind="link-button" label={m('review.unpublish')} name={church.name} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && <ChurchPagination m={m} page={published.page} hasMore={published.page < pages} href={pageHref} />}
      </section>

      {unpublished.length > 0 && (
        <section aria-labelledby="unpublished-title">
          <h2 id="unpublished-title">{m('review.unpublished')}</h2>
          <ul class="church-list">
            {unpublished.map((church) => (
              <li key={church.id}>
                <a href={ctx.href(`/churches/${church.id}`)}>{church.name}</a>, {church.city}{' '}
                <ListingButton ctx={ctx} action={ctx.href(`/moderation/churches/${church.id}/approve`)} kind="link-button" label={m('review.republish')} name={church.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
