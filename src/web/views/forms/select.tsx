import { fieldDescription, LabelledField, type FieldChrome } from './field.js';

/** One option of a select: the value sent and the words shown. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectProps extends FieldChrome {
  /** Field name; also the select's id unless `id` is given. */
  name: string;
  id?: string;
  label: string;
  options: readonly SelectOption[];
  /** The value chosen now (kept on a failed submit, or the filter in force). */
  value?: string;
  /** The words of a first, empty option ("Choose a country"), when the field may be left unchosen. */
  empty?: string;
}

/** GOV.UK select: visible label, hint, the error between hint and field, the chosen option kept. */
export function Select(props: SelectProps) {
  const id = props.id ?? props.name;
  const { describedBy } = fieldDescription(id, props);
  return (
    <LabelledField t={props.t} id={id} label={props.label} hint={props.hint} error={props.error}>
      <select class="select" id={id} name={props.name} aria-describedby={describedBy} aria-invalid={props.error ? 'true' : undefined}>
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
