// The two GOV.UK field patterns the editor needs beyond the shared text input: a textarea without a
// character count, and a select. Visible label, hint under it, error between hint and field.
import type { Translate } from '../../../platform/i18n/translate.js';

interface FieldProps {
  t: Translate;
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Head({ t, name, label, hint, error }: FieldProps) {
  return (
    <>
      <label class="label" for={name}>
        {label}
      </label>
      {hint && (
        <div class="hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p class="error-message" id={`${name}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')}</span> {error}
        </p>
      )}
    </>
  );
}

export function TextAreaField(props: FieldProps & { value: string; rows?: number; code?: boolean }) {
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <Head {...props} />
      <textarea
        class={`textarea${props.code ? ' textarea--source' : ''}${props.error ? ' textarea--error' : ''}`}
        id={props.name}
        name={props.name}
        rows={props.rows ?? 4}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck
        value={props.value}
      />
    </div>
  );
}

export function SelectField(props: FieldProps & { value: string; options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <Head {...props} />
      <select class="select" id={props.name} name={props.name} aria-describedby={describedBy(props.name, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
