import type { Translate } from '../../../platform/i18n/translate.js';

interface SelectFieldProps {
  t: Translate;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  /** The first, empty option ("Choose a country"), when the field may be left unchosen. */
  empty?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** GOV.UK select: visible label, hint, the error between hint and field, the choice kept on a failed submit. */
export function SelectField(props: SelectFieldProps) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = props.error ? `${props.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <label class="label" for={props.name}>
        {props.label}
      </label>
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
      <select class="select" id={props.name} name={props.name} aria-describedby={describedBy} aria-invalid={props.error ? 'true' : undefined}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
