import { fieldDescription, LabelledField, type FieldChrome } from './field.js';

interface TextareaProps extends FieldChrome {
  /** Field name; also the textarea's id unless `id` is given. */
  name: string;
  id?: string;
  label: string;
  value?: string;
  rows?: number;
  /** Shown as a live count by the char-count client script; the server checks the limit anyway. Without it, no count. */
  maxLength?: number;
  /** Render the label as the page heading. */
  labelIsHeading?: boolean;
  /** Set in a fixed-width font, for source text (Markdown, one reference a line). */
  code?: boolean;
}

/**
 * GOV.UK textarea with an optional character count: visible label, hint, the error between hint and field,
 * the value kept on a failed submit. No `maxlength` attribute: cutting text off silently loses words; the
 * count and the server's error say what is too long instead.
 */
export function Textarea(props: TextareaProps) {
  const id = props.id ?? props.name;
  return (
    <LabelledField t={props.t} id={id} label={props.label} labelIsHeading={props.labelIsHeading} hint={props.hint} error={props.error}>
      <textarea
        class={`textarea${props.code ? ' textarea--source' : ''}${props.error ? ' textarea--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        data-maxlength={props.maxLength === undefined ? undefined : String(props.maxLength)}
        aria-describedby={fieldDescription(id, props).describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        spellcheck
        value={props.value ?? ''}
      />
    </LabelledField>
  );
}
