import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { Layout } from '../../../web/views/layout.js';
import { churchMessages } from '../churches.messages.js';
import { ChurchFields, type ChurchFormValues } from './church-fields.js';

interface ChurchNewPageProps {
  ctx: PageContext;
  values?: ChurchFormValues;
  errors?: FormErrors;
  /** Set when the per-address limit refused the listing: minutes until it can be sent. */
  waitMinutes?: number;
}

/** `/churches/new`: anyone adds a church (no account); a moderator reviews it before it is listed. */
export function ChurchNewPage({ ctx, values = {}, errors, waitMinutes }: ChurchNewPageProps) {
  const m = churchMessages(ctx.locale);
  const title = m('churches.new.title');
  return (
    <Layout ctx={ctx} title={waitMinutes !== undefined ? ctx.t('form.errorTitle', { title }) : formTitle(ctx.t, title, errors)}>
      {waitMinutes !== undefined && (
        <div class="error-summary" role="alert" aria-labelledby="wait-title" tabIndex={-1} autofocus>
          <h2 class="error-summary__title" id="wait-title">
            {m('churches.rateLimited.title')}
          </h2>
          <p>{m('churches.rateLimited.body', { minutes: waitMinutes })}</p>
        </div>
      )}
      <ErrorSummary t={ctx.t} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{m('churches.new.lead')}</p>
      <form method="post" action={ctx.href('/churches/new')} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <ChurchFields ctx={ctx} m={m} values={values} errors={errors} withEmail />
        <button class="button" type="submit">
          {m('churches.new.submit')}
        </button>
      </form>
    </Layout>
  );
}

/** After a submission: what happens next. */
export function ChurchThanksPage({ ctx }: { ctx: PageContext }) {
  const m = churchMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('churches.thanks.title')}>
      <div class="confirmation-panel">
        <h1 class="confirmation-panel__title">{m('churches.thanks.title')}</h1>
      </div>
      <p>{m('churches.thanks.body')}</p>
      <p>{m('churches.thanks.email')}</p>
      <ul>
        <li>
          <a href={ctx.href('/churches/new')}>{m('churches.thanks.another')}</a>
        </li>
        <li>
          <a href={ctx.href('/churches')}>{m('churches.back')}</a>
        </li>
      </ul>
    </Layout>
  );
}
