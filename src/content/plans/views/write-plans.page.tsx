import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { RowLinks, Table } from '../../../web/views/table.js';
import { articleMessages } from '../../articles/articles.messages.js';
import { Select } from '../../../web/views/forms/select.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import type { DayProblem } from '../plan.input.js';
import { PLAN_PATHS } from '../plan.paths.js';
import type { PlanSummary } from '../plan.service.js';
import { planMessages } from '../plans.messages.js';
import { formatDate } from './format.js';

/** The authors' plan pages' own navigation. */
function WriteNav({ ctx }: { ctx: PageContext }) {
  const m = planMessages(ctx.locale);
  const items = [
    { path: PLAN_PATHS.write, label: m('write.title') },
    { path: PLAN_PATHS.writeNew, label: m('write.new') },
    { path: '/write/articles', label: articleMessages(ctx.locale)('admin.articles.title') },
  ];
  return (
    <nav class="account-nav" aria-label={m('write.nav')}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={ctx.href(item.path)} aria-current={ctx.path === item.path ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `/write/plans`: the authored plans. */
export function WritePlansPage({ ctx, plans, notice }: { ctx: PageContext; plans: readonly PlanSummary[]; notice?: string }) {
  const m = planMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('write.title')}>
      <WriteNav ctx={ctx} />
      {notice && <NotificationBanner title={notice} />}
      <h1>{m('write.title')}</h1>
      <p>{m('write.lead')}</p>
      <p>
        <a class="button" href={ctx.href(PLAN_PATHS.writeNew)}>
          {m('write.new')}
        </a>
      </p>
      {plans.length === 0 ? (
        <p>{m('write.none')}</p>
      ) : (
        <Table captionHidden caption={m('write.title')} columns={[m('write.col.title'), m('write.col.days'), m('write.col.updated'), m('write.col.actions')]}>
          {plans.map((p) => (
            <tr key={p.slug}>
              <th scope="row">{p.title}</th>
              <td>{p.dayCount}</td>
              <td>{p.updatedAt ? formatDate(p.updatedAt, ctx.locale) : ''}</td>
              <td>
                <RowLinks
                  links={[
                    { href: ctx.href(PLAN_PATHS.writeEdit(p.id!)), label: m('write.edit'), ariaLabel: m('write.editFor', { title: p.title }) },
                    { href: ctx.href(PLAN_PATHS.plan(p.slug)), label: m('write.view'), ariaLabel: m('write.viewFor', { title: p.title }) },
                  ]}
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Layout>
  );
}

/** What the editor holds, as typed. */
export interface PlanEditorValues {
  readonly title: string;
  readonly slug: string;
  readonly description: string;
  readonly language: string;
  readonly days: string;
}

/** `/write/plans/new` and `/write/plans/:id`: the plan form; bad days are listed beside the days field. */
export function PlanEditorPage({
  ctx,
  id,
  values,
  errors,
  dayProblems = [],
  notice,
}: {
  ctx: PageContext;
  id?: string;
  values: PlanEditorValues;
  errors?: Record<string, string>;
  dayProblems?: readonly DayProblem[];
  notice?: string;
}) {
  const m = planMessages(ctx.locale);
  const heading = id ? m('write.editTitle', { title: values.title }) : m('write.newTitle');
  const daysError = errors?.days && dayProblems.length ? dayProblems.map((p) => m('problem.day', { day: p.day, text: p.text, reason: p.reason })).join(' · ') : errors?.days;
  const summary = errors ? { ...errors, ...(daysError ? { days: daysError } : {}) } : undefined;
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, heading, errors)}>
      <WriteNav ctx={ctx} />
      <ErrorSummary t={ctx.t} errors={summary} />
      {notice && <NotificationBanner title={notice} />}
      <h1>{heading}</h1>
      <form method="post" action={ctx.href(id ? PLAN_PATHS.writeEdit(id) : PLAN_PATHS.writeNew)} novalidate>
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={ctx.t} name="title" label={m('write.field.title')} error={errors?.title} value={values.title} />
        <TextInput t={ctx.t} name="slug" label={m('write.field.slug')} hint={m('write.field.slugHint')} error={errors?.slug} value={values.slug} spellcheck={false} width={30} />
        <Textarea t={ctx.t} name="description" label={m('write.field.description')} hint={m('write.field.descriptionHint')} error={errors?.description} value={values.description} rows={3} />
        <Select
          t={ctx.t}
          name="language"
          label={m('write.field.language')}
          error={errors?.language}
          value={values.language}
          options={[
            { value: 'en', label: m('language.en') },
            { value: 'es', label: m('language.es') },
          ]}
        />
        <Textarea t={ctx.t} name="days" label={m('write.field.days')} hint={m('write.field.daysHint')} error={daysError} value={values.days} rows={14} code />
        <button type="submit" class="button">
          {m('write.save')}
        </button>
      </form>
    </Layout>
  );
}
