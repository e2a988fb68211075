import type { Translate } from '../../../platform/i18n/translate.js';

interface TextareaProps {
  t: Translate;
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  rows?: number;
  /** Shown as a live count by the char-count client script; the server checks the limit anyway. */
  maxLength: number;
  /** Render the label as the page heading. */
  labelIsHeading?: boolean;
}

/**
 * GOV.UK textarea with character count: visible label, hint, the error between hint and field, the value
 * kept on a failed submit. No `maxlength` attribute: cutting text off silently loses words; the count
 * and the server's error say what is too long instead.
 */
export function Textarea(props: TextareaProps) {
  const id = props.id ?? props.name;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <label class="label" for={id}>
      {props.label}
    </label>
  );
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      {props.labelIsHeading ? <h1 class="label-wrapper">{label}</h1> : label}
      {props.hint && (
        <div class="hint" id={hintId}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <p class="error-message" id={errorId}>
          <span class="visually-hidden">{props.t('form.errorPrefix')}</span> {props.error}
        </p>
      )}
      <textarea
        class={`textarea${props.error ? ' textarea--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        data-maxlength={String(props.maxLength)}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck
        value={props.value ?? ''}
      />
    </div>
  );
}
