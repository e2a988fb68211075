import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { StaffNav } from '../../../prayer/moderation/views/staff-nav.js';
import { STORY_LIMITS } from '../story.js';
import type { StoryReviewView } from '../story.presenter.js';
import { paragraphsOf } from '../story.presenter.js';
import { longDate } from './format.js';

/** Banners after a decision, by the `done` query value. */
export const STORY_NOTICES = ['approved', 'rejected', 'unpublished', 'conflict'] as const;
export type StoryNotice = (typeof STORY_NOTICES)[number];

/** A decision that failed its checks: which story, which field, the message, and what was typed. */
export interface StoryFormProblem {
  readonly storyId: string;
  readonly field: 'publicText' | 'reason';
  readonly message: string;
  readonly value: string;
}

interface StoriesModerationPageProps {
  ctx: PageContext;
  pending: { items: readonly StoryReviewView[]; total: number };
  published: { items: readonly StoryReviewView[]; total: number };
  notice?: StoryNotice;
  problem?: StoryFormProblem;
}

function Paragraphs({ text, language }: { text: string; language: string }) {
  return (
    <div class="story-text" lang={language}>
      {paragraphsOf(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

function Pending({ ctx, s, problem }: { ctx: PageContext; s: StoryReviewView; problem?: StoryFormProblem }) {
  const { t } = ctx;
  const mine = problem?.storyId === s.id ? problem : undefined;
  const name = s.firstName ?? t('request.anonymous');
  return (
    <li class="queue-item" id={`story-${s.id}`}>
      <h3 class="queue-item__title">
        {s.title ? <span lang={s.language}>{s.title}</span> : t('stories.moderation.story')} · {t('stories.from', { name })}
      </h3>
      <p class="queue-item__meta">
        {t('stories.moderation.shared', { date: longDate(ctx, s.createdAt), kind: t(`stories.kind.${s.kind}`), language: t(`request.language.${s.language}`) })}
      </p>
      {s.crisis && (
        <p class="tag tag--urgent">
          <strong>{t('stories.moderation.crisis')}</strong>
        </p>
      )}
      {s.hasEmail && <p class="muted">{t('stories.moderation.hasEmail')}</p>}
      <h4>{t('stories.moderation.original')}</h4>
      <blockquote class="queue-item__text">
        <Paragraphs text={s.original} language={s.language} />
      </blockquote>
      <h4>{t('stories.moderation.scrubbed')}</h4>
      <blockquote class="queue-item__text">
        <Paragraphs text={s.scrubbed} language={s.language} />
      </blockquote>
      <form method="post" action={ctx.href(`/moderation/stories/${s.id}/approve`)} class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <Textarea
          t={t}
          name="publicText"
          id={`publicText-${s.id}`}
          label={t('stories.moderation.publicText')}
          hint={t('stories.moderation.publicTextHint', { min: STORY_LIMITS.textMin, max: STORY_LIMITS.textMax })}
          error={mine?.field === 'publicText' ? mine.message : undefined}
          value={mine?.field === 'publicText' ? mine.value : s.editable}
          maxLength={STORY_LIMITS.textMax}
          rows={8}
        />
        <button type="submit" class="button">
          {t('stories.moderation.approve')}
          <span class="visually-hidden"> · {t('stories.from', { name })}</span>
        </button>
      </form>
      <form method="post" action={ctx.href(`/moderation/stories/${s.id}/reject`)} class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <Textarea
          t={t}
          name="reason"
          id={`reason-${s.id}`}
          label={t('stories.moderation.reason')}
          hint={t('stories.moderation.reasonHint', { max: STORY_LIMITS.reason })}
          error={mine?.field === 'reason' ? mine.message : undefined}
          value={mine?.field === 'reason' ? mine.value : ''}
          maxLength={STORY_LIMITS.reason}
          rows={2}
        />
        <button type="submit" class="button button--warning">
          {t('stories.moderation.reject')}
          <span class="visually-hidden"> · {t('stories.from', { name })}</span>
        </button>
      </form>
    </li>
  );
}

function Published({ ctx, s }: { ctx: PageContext; s: StoryReviewView }) {
  const { t } = ctx;
  const name = s.firstName ?? t('request.anonymous');
  return (
    <li class="queue-item" id={`story-${s.id}`}>
      <h3 class="queue-item__title">
        <a href={ctx.href(`/stories/${s.id}`)}>{s.title ? <span lang={s.language}>{s.title}</span> : t('stories.from', { name })}</a>
      </h3>
      <p class="queue-item__meta">
        {s.source === 'story' ? t('stories.moderation.story') : t('stories.moderation.testimony')} · {t('stories.published', { date: longDate(ctx, s.publishedAt ?? s.createdAt) })}
        {s.edited && ` · ${t('stories.moderation.edited')}`}
      </p>
      <blockquote class="queue-item__text">
        <Paragraphs text={s.scrubbed} language={s.language} />
      </blockquote>
      <form method="post" action={ctx.href(`/moderation/stories/${s.id}/unpublish`)} class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <div class="form-group">
          <label class="label" for={`unpublish-reason-${s.id}`}>
            {t('stories.moderation.unpublishReason')}
          </label>
          <input class="input" type="text" id={`unpublish-reason-${s.id}`} name="reason" maxLength={STORY_LIMITS.reason} />
        </div>
        <button type="submit" class="button button--warning">
          {t('stories.moderation.unpublish')}
          <span class="visually-hidden"> · {t('stories.from', { name })}</span>
        </button>
      </form>
    </li>
  );
}

/** `/moderation/stories`: shared stories to publish or refuse (edited if need be), and what is public now. */
export function StoriesModerationPage({ ctx, pending, published, notice, problem }: StoriesModerationPageProps) {
  const { t } = ctx;
  const errors = problem ? { [`${problem.field}-${problem.storyId}`]: problem.message } : undefined;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('stories.moderation.title'), errors)}>
      <StaffNav ctx={ctx} />
      {notice && <NotificationBanner title={t(`stories.moderation.notice.${notice}`)} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('stories.moderation.title')}</h1>
      <p class="lead">{t('stories.moderation.lead')}</p>
      <section aria-labelledby="stories-pending">
        <h2 id="stories-pending">{t('stories.moderation.pending', { count: pending.total })}</h2>
        {pending.items.length === 0 ? (
          <p>{t('stories.moderation.pendingEmpty')}</p>
        ) : (
          <ol class="queue-list">
            {pending.items.map((s) => (
              <Pending key={s.id} ctx={ctx} s={s} problem={problem} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="stories-published">
        <h2 id="stories-published">{t('stories.moderation.published', { count: published.total })}</h2>
        {published.items.length === 0 ? (
          <p>{t('stories.moderation.publishedEmpty')}</p>
        ) : (
          <ol class="queue-list">
            {published.items.map((s) => (
              <Published key={s.id} ctx={ctx} s={s} />
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}
