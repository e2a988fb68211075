import type { Translate } from '../../../platform/i18n/translate.js';
import type { FormErrors } from './form-errors.js';

/**
 * GOV.UK error summary: at the top of the form, focused on load so a screen reader reads it first,
 * each error a link to its field. `ids` maps a field name to its input's id when they differ.
 */
export function ErrorSummary({ t, errors, ids = {} }: { t: Translate; errors?: FormErrors; ids?: Record<string, string> }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} autofocus>
      <h2 class="error-summary__title" id="error-summary-title">
        {t('form.problem')}
      </h2>
      <ul class="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${ids[field] ?? field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
