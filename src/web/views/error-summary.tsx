import type { PageContext } from '../page-context.js';

/** One problem with a form: the field's id (the link target) and what to do about it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The GOV.UK error summary: at the top of the page, announced, each problem a link to its field.
 * Renders nothing when there is no error.
 */
export function ErrorSummary({ ctx, errors, title }: { ctx: PageContext; errors: FieldError[]; title?: string }) {
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title ?? ctx.t('form.problem')}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
