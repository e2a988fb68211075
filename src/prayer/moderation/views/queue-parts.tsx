import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import type { FlagView, QueueRequestView } from '../moderation.presenter.js';

/** A date in the reader's language (UTC). */
export function day(ctx: PageContext, iso: string): string {
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

/** A decision button: its own small form carrying the CSRF token and the decision. */
export function DecisionForm(props: { ctx: PageContext; action: string; decision?: string; label: string; context: string; warning?: boolean }) {
  return (
    <form method="post" action={props.ctx.href(props.action)} class="inline-form">
      <CsrfField token={props.ctx.csrfToken()} />
      {props.decision && <input type="hidden" name="decision" value={props.decision} />}
      <button type="submit" class={`button${props.warning ? ' button--secondary' : ''}`}>
        {props.label}
        <span class="visually-hidden"> {props.context}</span>
      </button>
    </form>
  );
}

/** A queue section: heading with its count, a lead, the items or a calm "nothing waiting". */
export function QueueSection(props: { ctx: PageContext; id: string; title: string; lead: string; none: string; total: number; shown: number; children: ComponentChildren }) {
  const { t } = props.ctx;
  return (
    <section class="queue-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span class="tag tag--grey">{t('moderation.count', { count: props.total })}</span>
      </h2>
      <p>{props.lead}</p>
      {props.total === 0 ? <p class="muted">{props.none}</p> : <ol class="queue-list">{props.children}</ol>}
      {props.total > props.shown && <p class="muted">{t('moderation.showing', { shown: props.shown, total: props.total })}</p>}
    </section>
  );
}

/** A request as a queue item shows it: who, what about, the text as published, and its state. */
export function QueueRequest({ ctx, r, headingLevel = 3 }: { ctx: PageContext; r: QueueRequestView; headingLevel?: 3 | 4 }) {
  const { t } = ctx;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading class="queue-item__title">
        {t('moderation.from', { name: r.firstName ?? t('request.anonymous') })} · {t(`request.category.${r.category}`)}
      </Heading>
      <p class="queue-item__meta">
        {r.urgent && <strong class="tag">{t('moderation.urgent')}</strong>}
        {r.hidden && <strong class="tag">{t('moderation.hidden')}</strong>}
        {t('moderation.submitted', { date: day(ctx, r.createdAt) })} · {t(`request.language.${r.language}`)} · {t('moderation.visibility', { visibility: t(`request.visibility.${r.visibility}`) })}
      </p>
      {r.forWhom && (
        <p>
          {t('moderation.forWhom')} <span lang={r.language}>{r.forWhom}</span>
        </p>
      )}
      <blockquote class="queue-item__text">
        <p class="request-text" lang={r.language}>
          {r.text}
        </p>
      </blockquote>
    </>
  );
}

/** Open flags: why, and when. */
export function Flags({ ctx, flags }: { ctx: PageContext; flags: readonly FlagView[] }) {
  const { t } = ctx;
  if (flags.length === 0) return null;
  return (
    <div class="queue-item__flags">
      <p>
        <strong>{t('moderation.flags')}</strong>
      </p>
      <ul>
        {flags.map((f, i) => (
          <li key={i}>
            <span class="request-text">{f.reason}</span> <span class="muted">({day(ctx, f.at)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
