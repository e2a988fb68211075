import type { TranslationInfo } from '../../../scripture/translation.types.js';
import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { Layout } from '../../../web/views/layout.js';
import { Select } from '../../../web/views/forms/select.js';
import { PLAN_PATHS } from '../plan.paths.js';
import { readingLabel } from '../plan-reading.js';
import { planMessages } from '../plans.messages.js';
import type { SubscriptionView } from '../subscription.service.js';
import { formatDate } from './format.js';
import { translationOptions } from './plan.page.js';
import { TimeZoneField } from './time-zone-field.js';

export interface SubscriptionPageProps {
  ctx: PageContext;
  token: string;
  subscription: SubscriptionView;
  translations: readonly TranslationInfo[];
  /** Just started (the link was shown for the first time). */
  started?: boolean;
  /** Every day was just marked done. */
  finished?: boolean;
  saved?: boolean;
  errors?: Record<string, string>;
  /** The settings form's values after a failed save. */
  values?: { translation: string; reminders: boolean; timeZone: string };
}

/** `/plans/s/:token`: the reader's own plan — bookmark it — with progress, the next day, and settings. */
export function SubscriptionPage({ ctx, token, subscription: sub, translations, started, finished, saved, errors, values }: SubscriptionPageProps) {
  const m = planMessages(ctx.locale);
  const total = sub.plan.days.length;
  const done = new Set(sub.done);
  const next = sub.next;
  const nextDay = next ? sub.plan.days.find((d) => d.day === next) : undefined;
  const form = values ?? { translation: sub.translation ?? '', reminders: sub.reminders, timeZone: sub.timeZone };
  const title = m('sub.title', { plan: sub.plan.title });
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, title, errors)}>
      <ErrorSummary t={ctx.t} errors={errors} />
      {started && (
        <NotificationBanner title={m('sub.started')}>
          <p>{m('sub.bookmark')}</p>
          {sub.email && <p>{m('sub.emailed', { email: sub.email })}</p>}
        </NotificationBanner>
      )}
      {saved && <NotificationBanner title={m('sub.saved')} />}
      {finished && <NotificationBanner title={m('day.finishedBanner', { plan: sub.plan.title })} />}
      <h1>{title}</h1>
      {!started && <p class="notice">{m('sub.bookmark')}</p>}
      <p>
        <strong>{m('sub.progressLabel')}:</strong> {m('sub.progress', { done: sub.done.length, total })}{' '}
        <progress max={total} value={sub.done.length} aria-label={m('sub.progressLabel')}>
          {sub.done.length}/{total}
        </progress>
      </p>
      <p>
        {m('sub.startedOn', { date: formatDate(sub.startDate, ctx.locale) })} {sub.today >= 1 && sub.today <= total && m('sub.today', { day: sub.today })}
      </p>
      {nextDay ? (
        <p>
          <a class="button" href={ctx.href(PLAN_PATHS.subscriptionDay(token, nextDay.day))}>
            {m('sub.continue', { day: nextDay.day, reading: readingLabel(nextDay.osis, ctx.locale) })}
          </a>
        </p>
      ) : (
        <p class="notice">{m('sub.finished')}</p>
      )}
      <h2>{m('plan.daysTitle')}</h2>
      <ol class="plan-days">
        {sub.plan.days.map((d) => (
          <li key={d.day}>
            <a href={ctx.href(PLAN_PATHS.subscriptionDay(token, d.day))}>{m('plan.dayLine', { day: d.day, reading: readingLabel(d.osis, ctx.locale) })}</a>{' '}
            <span class={`tag${done.has(d.day) ? ' tag--answered' : ' tag--grey'}`}>{done.has(d.day) ? m('sub.dayDone') : m('sub.dayNotDone')}</span>
            {d.day === sub.today && (
              <>
                {' '}
                <span class="tag">{m('sub.dayToday')}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      <h2>{m('sub.settingsTitle')}</h2>
      <form method="post" action={ctx.href(`${PLAN_PATHS.subscription(token)}/settings`)} novalidate>
        <CsrfField token={ctx.csrfToken()} />
        {translations.length > 0 && <Select t={ctx.t} name="translation" label={m('plan.translation')} error={errors?.translation} value={form.translation} options={translationOptions(ctx, translations)} />}
        {sub.email ? (
          <ChoiceGroup
            t={ctx.t}
            type="checkbox"
            name="reminders"
            legend={m('plan.remindersLegend')}
            hint={m('sub.remindersTo', { email: sub.email })}
            error={errors?.reminders}
            choices={[{ value: 'yes', label: m('plan.reminders') }]}
            checked={form.reminders ? ['yes'] : []}
          />
        ) : (
          <p>{m('sub.remindersNoEmail')}</p>
        )}
        <TimeZoneField ctx={ctx} value={form.timeZone} error={errors?.timeZone} hint={m('sub.timeZoneHint')} />
        <button type="submit" class="button button--secondary">
          {m('sub.save')}
        </button>
      </form>
      <h2>{m('sub.calendar')}</h2>
      <p>
        <a href={ctx.href(PLAN_PATHS.subscriptionCalendar(token))}>{m('sub.calendar')}</a>
      </p>
      <p class="hint">{m('sub.calendarHint')}</p>
      <h2>{m('sub.deleteTitle')}</h2>
      <p>{m('sub.deleteLead')}</p>
      <form method="post" action={ctx.href(`${PLAN_PATHS.subscription(token)}/delete`)}>
        <CsrfField token={ctx.csrfToken()} />
        <button type="submit" class="button button--warning">
          {m('sub.deleteButton')}
        </button>
      </form>
    </Layout>
  );
}
