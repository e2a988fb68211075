import type { TranslationInfo } from '../../../scripture/translation.types.js';
import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { Select } from '../../../web/views/forms/select.js';
import type { Plan } from '../plan.js';
import { PLAN_PATHS } from '../plan.paths.js';
import { readingLabel } from '../plan-reading.js';
import { planMessages } from '../plans.messages.js';
import { dayCount } from './plan-list.page.js';
import { TimeZoneField } from './time-zone-field.js';

/** What the start form holds (kept on a failed submit). */
export interface StartValues {
  readonly email: string;
  readonly translation: string;
  readonly reminders: boolean;
  /** '' on a fresh form: the ministry's default, or the browser's zone with the time-zone script. */
  readonly timeZone: string;
}

export const EMPTY_START: StartValues = { email: '', translation: '', reminders: false, timeZone: '' };

/** The translation select's choices: the language's default, then every installed translation. */
export function translationOptions(ctx: PageContext, translations: readonly TranslationInfo[]) {
  const m = planMessages(ctx.locale);
  return [{ value: '', label: m('plan.translationDefault') }, ...translations.map((t) => ({ value: t.code, label: `${t.code} — ${t.name}` }))];
}

/** `/plans/:slug`: what the plan is, its days, and the form to start it. */
export function PlanPage({
  ctx,
  plan,
  translations,
  values,
  errors,
  defaultTimeZone,
}: {
  ctx: PageContext;
  plan: Plan;
  translations: readonly TranslationInfo[];
  values: StartValues;
  errors?: Record<string, string>;
  /** The ministry's zone, chosen until the reader (or the script) picks another. */
  defaultTimeZone: string;
}) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, plan.title, errors)} description={plan.description || undefined} scripts={['time-zone']}>
      <ErrorSummary t={ctx.t} errors={errors} />
      <p>
        <a href={ctx.href(PLAN_PATHS.list)}>{m('plans.title')}</a>
      </p>
      <h1 lang={plan.language ?? undefined}>{plan.title}</h1>
      <p>
        <span class="tag">{dayCount(ctx, plan.days.length)}</span>
      </p>
      {plan.description && (
        <p class="lead" lang={plan.language ?? undefined}>
          {plan.description}
        </p>
      )}
      <section aria-labelledby="start-title">
        <h2 id="start-title">{m('plan.startTitle')}</h2>
        <p>{m('plan.startLead')}</p>
        <form method="post" action={ctx.href(PLAN_PATHS.start(plan.slug))} novalidate>
          <CsrfField token={ctx.csrfToken()} />
          <TextInput t={ctx.t} name="email" type="email" autocomplete="email" spellcheck={false} label={m('plan.email')} hint={m('plan.emailHint')} error={errors?.email} value={values.email} width={30} />
          <ChoiceGroup
            t={ctx.t}
            type="checkbox"
            name="reminders"
            legend={m('plan.remindersLegend')}
            error={errors?.reminders}
            choices={[{ value: 'yes', label: m('plan.reminders'), hint: m('plan.remindersHint') }]}
            checked={values.reminders ? ['yes'] : []}
          />
          {translations.length > 0 && (
            <Select t={ctx.t} name="translation" label={m('plan.translation')} hint={m('plan.translationHint')} error={errors?.translation} value={values.translation} options={translationOptions(ctx, translations)} />
          )}
          <TimeZoneField ctx={ctx} value={values.timeZone || defaultTimeZone} error={errors?.timeZone} hint={m('plan.timeZoneHint')} preselect={!values.timeZone} />
          <button type="submit" class="button">
            {m('plan.startButton')}
          </button>
        </form>
        <p>
          <a href={ctx.href(PLAN_PATHS.day(plan.slug, 1))}>{m('plan.readDay1')}</a>
        </p>
      </section>
      <section aria-labelledby="days-title">
        <h2 id="days-title">{m('plan.daysTitle')}</h2>
        <ol class="plan-days">
          {plan.days.map((d) => (
            <li key={d.day}>
              <a href={ctx.href(PLAN_PATHS.day(plan.slug, d.day))}>{m('plan.dayLine', { day: d.day, reading: readingLabel(d.osis, ctx.locale) })}</a>
            </li>
          ))}
        </ol>
        <p>
          <a href={ctx.href(PLAN_PATHS.planCalendar(plan.slug))}>{m('plan.calendar')}</a>
        </p>
      </section>
    </Layout>
  );
}
