import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { Layout } from '../../../web/views/layout.js';
import { StaffNav } from '../../../prayer/moderation/views/staff-nav.js';
import type { ChurchReview } from '../church.presenter.js';
import { churchMessages } from '../churches.messages.js';
import { ChurchFields, type ChurchFormValues } from './church-fields.js';

/** `/moderation/churches/:id/edit`: a moderator corrects a listing, and may publish it in the same step. */
export function ChurchEditPage({ ctx, church, values, errors }: { ctx: PageContext; church: ChurchReview; values: ChurchFormValues; errors?: FormErrors }) {
  const m = churchMessages(ctx.locale);
  const title = m('review.editTitle', { name: church.name });
  return (
    <Layout ctx={ctx} title={formTitle(ctx.t, title, errors)}>
      <StaffNav ctx={ctx} />
      <ErrorSummary t={ctx.t} errors={errors} />
      <h1>{title}</h1>
      <p>
        <span class="tag">{m(`review.status.${church.status}`)}</span>
      </p>
      <form method="post" action={ctx.href(`/moderation/churches/${church.id}/edit`)} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <ChurchFields ctx={ctx} m={m} values={values} errors={errors} withEmail={false} />
        <div class="button-group">
          {church.status !== 'published' && (
            <button class="button" type="submit" name="publish" value="1">
              {m('review.saveAndPublish')}
            </button>
          )}
          <button class={church.status === 'published' ? 'button' : 'button button--secondary'} type="submit">
            {m('review.save')}
          </button>
        </div>
      </form>
      <p>
        <a href={ctx.href('/moderation/churches')}>{m('review.title')}</a>
      </p>
    </Layout>
  );
}
