import { h } from 'preact';
import { fieldDescription, LabelledField, type FieldChrome } from './field.js';

interface TextInputProps extends FieldChrome {
  /** Field name; also the input's id unless `id` is given. */
  name: string;
  id?: string;
  label: string;
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
  return (
    <LabelledField t={props.t} id={id} label={props.label} labelIsHeading={props.labelIsHeading} hint={props.hint} error={props.error}>
      {h('input', {
        class: `input${props.width ? ` input--width-${props.width}` : ''}${props.error ? ' input--error' : ''}`,
        id,
        name: props.name,
        type: props.type ?? 'text',
        // A password is never sent back into the page.
        value: props.type === 'password' ? undefined : props.value,
        autocomplete: props.autocomplete,
        spellcheck: props.spellcheck === undefined ? undefined : String(props.spellcheck),
        'aria-describedby': fieldDescription(id, props).describedBy,
        'aria-invalid': props.error ? 'true' : undefined,
      })}
    </LabelledField>
  );
}
