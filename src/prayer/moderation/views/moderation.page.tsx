import type { PageContext } from '../../../web/page-context.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import type { FlaggedView, NoteView, QueueRequestView, TestimonyView } from '../moderation.presenter.js';
import { DecisionForm, Flags, QueueRequest, QueueSection, day } from './queue-parts.js';
import { StaffNav } from './staff-nav.js';

/** Banners after a decision, by the `done` query value. */
export const MODERATION_NOTICES = ['approved', 'rejected', 'kept', 'removed', 'testimonyApproved', 'testimonyRejected', 'conflict'] as const;
export type ModerationNotice = (typeof MODERATION_NOTICES)[number];

/** The queues as the page shows them; `pending` is null for people who cannot approve (pastors only). */
export interface QueueView {
  pending: { items: QueueRequestView[]; total: number } | null;
  flagged: { items: FlaggedView[]; total: number };
  notes: { items: NoteView[]; total: number };
  testimonies: { items: TestimonyView[]; total: number };
}

interface ModerationPageProps {
  ctx: PageContext;
  queue: QueueView;
  isPastor: boolean;
  notice?: ModerationNotice;
}

/** `/moderation`: everything waiting for a moderator (and, for pastors, on pastoral requests), oldest first. */
export function ModerationPage({ ctx, queue, isPastor, notice }: ModerationPageProps) {
  const { t } = ctx;
  const context = (iso: string) => t('moderation.decisionFor', { date: day(ctx, iso) });
  return (
    <Layout ctx={ctx} title={t('moderation.title')}>
      <StaffNav ctx={ctx} />
      {notice && <NotificationBanner title={t(`moderation.done.${notice}`)} />}
      <h1>{t('moderation.title')}</h1>
      <p class="lead">{t('moderation.lead')}</p>
      {isPastor && <p>{t('moderation.pastorNote')}</p>}

      {queue.pending && (
        <QueueSection
          ctx={ctx}
          id="pending"
          title={t('moderation.pending.title')}
          lead={t('moderation.pending.lead')}
          none={t('moderation.pending.none')}
          total={queue.pending.total}
          shown={queue.pending.items.length}
        >
          {queue.pending.items.map((r) => (
            <li class="queue-item" key={r.id}>
              <QueueRequest ctx={ctx} r={r} />
              <div class="button-group">
                <DecisionForm ctx={ctx} action={`/moderation/requests/${r.id}/approve`} label={t('moderation.approve')} context={context(r.createdAt)} />
                <DecisionForm ctx={ctx} action={`/moderation/requests/${r.id}/reject`} label={t('moderation.reject')} context={context(r.createdAt)} warning />
              </div>
            </li>
          ))}
        </QueueSection>
      )}

      <QueueSection
        ctx={ctx}
        id="flagged"
        title={t('moderation.flagged.title')}
        lead={t('moderation.flagged.lead')}
        none={t('moderation.flagged.none')}
        total={queue.flagged.total}
        shown={queue.flagged.items.length}
      >
        {queue.flagged.items.map((r) => (
          <li class="queue-item" key={r.id}>
            <QueueRequest ctx={ctx} r={r} />
            <Flags ctx={ctx} flags={r.flags} />
            <div class="button-group">
              <DecisionForm ctx={ctx} action={`/moderation/requests/${r.id}/flags`} decision="keep" label={t('moderation.keepRequest')} context={context(r.createdAt)} />
              <DecisionForm ctx={ctx} action={`/moderation/requests/${r.id}/flags`} decision="remove" label={t('moderation.removeRequest')} context={context(r.createdAt)} warning />
            </div>
          </li>
        ))}
      </QueueSection>

      <QueueSection
        ctx={ctx}
        id="notes"
        title={t('moderation.notes.title')}
        lead={t('moderation.notes.lead')}
        none={t('moderation.notes.none')}
        total={queue.notes.total}
        shown={queue.notes.items.length}
      >
        {queue.notes.items.map((n) => (
          <li class="queue-item" key={n.prayerId}>
            <h3 class="queue-item__title">{n.author ? t('moderation.notes.author', { name: n.author }) : t('moderation.notes.someone')}</h3>
            <p class="queue-item__meta">
              <strong class="tag">{n.held ? t('moderation.notes.held') : t('moderation.notes.visible')}</strong> {t('moderation.submitted', { date: day(ctx, n.createdAt) })}
            </p>
            <blockquote class="queue-item__text">
              <p class="request-text" lang={n.request.language}>
                {n.note}
              </p>
            </blockquote>
            {n.verse && <p>{t('moderation.notes.verse', { verse: n.verse })}</p>}
            {n.safety.map((reason) => (
              <p class="notice" key={reason}>
                {t(`moderation.notes.safety.${reason}`)}
              </p>
            ))}
            <Flags ctx={ctx} flags={n.flags} />
            <details class="queue-item__context">
              <summary>{t('moderation.notes.forRequest')}</summary>
              <QueueRequest ctx={ctx} r={n.request} headingLevel={4} />
            </details>
            <div class="button-group">
              <DecisionForm ctx={ctx} action={`/moderation/notes/${n.prayerId}`} decision="keep" label={t('moderation.keepNote')} context={context(n.createdAt)} />
              <DecisionForm ctx={ctx} action={`/moderation/notes/${n.prayerId}`} decision="remove" label={t('moderation.removeNote')} context={context(n.createdAt)} warning />
            </div>
          </li>
        ))}
      </QueueSection>

      <QueueSection
        ctx={ctx}
        id="testimonies"
        title={t('moderation.testimonies.title')}
        lead={t('moderation.testimonies.lead')}
        none={t('moderation.testimonies.none')}
        total={queue.testimonies.total}
        shown={queue.testimonies.items.length}
      >
        {queue.testimonies.items.map((s) => (
          <li class="queue-item" key={s.id}>
            <h3 class="queue-item__title">
              {t('moderation.from', { name: s.firstName ?? t('request.anonymous') })}
              {s.source === 'story' && ` · ${t('moderation.testimonies.story')}`}
            </h3>
            <p class="queue-item__meta">
              {t('moderation.submitted', { date: day(ctx, s.createdAt) })} · {t(`request.language.${s.language}`)}
            </p>
            <blockquote class="queue-item__text">
              <p class="request-text" lang={s.language}>
                {s.text}
              </p>
            </blockquote>
            <div class="button-group">
              <DecisionForm ctx={ctx} action={`/moderation/testimonies/${s.id}`} decision="approve" label={t('moderation.approveTestimony')} context={context(s.createdAt)} />
              <DecisionForm ctx={ctx} action={`/moderation/testimonies/${s.id}`} decision="reject" label={t('moderation.rejectTestimony')} context={context(s.createdAt)} warning />
            </div>
          </li>
        ))}
      </QueueSection>
    </Layout>
  );
}
