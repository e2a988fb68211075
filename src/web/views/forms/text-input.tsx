import { h } from 'preact';
import type { Translate } from '../../../platform/i18n/translate.js';

interface TextInputProps {
  t: Translate;
  /** Field name; also the input's id unless `id` is given. */
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  type?: 'text' | 'email' | 'password' | 'search' | 'url';
  autocomplete?: string;
  spellcheck?: boolean;
  /** CSS width class suffix, e.g. `20` for `input--width-20`. */
  width?: 10 | 20 | 30;
  /** Render the label as the page heading (GOV.UK pattern for one-question pages). */
  labelIsHeading?: boolean;
}

/** GOV.UK text input: visible label, hint under it, the error between hint and input, value kept. */
export function TextInput(props: TextInputProps) {
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
      {h('input', {
        class: `input${props.width ? ` input--width-${props.width}` : ''}${props.error ? ' input--error' : ''}`,
        id,
        name: props.name,
        type: props.type ?? 'text',
        // A password is never sent back into the page.
        value: props.type === 'password' ? undefined : props.value,
        autocomplete: props.autocomplete,
        spellcheck: props.spellcheck === undefined ? undefined : String(props.spellcheck),
        'aria-describedby': describedBy,
        'aria-invalid': props.error ? 'true' : undefined,
      })}
    </div>
  );
}
