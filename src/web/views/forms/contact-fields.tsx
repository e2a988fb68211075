// The field groups every public form that may write back to a person asks the same way: a first name, an
// email address, the language to write in and the consent box. Each page keeps its own words; the name,
// type, autocomplete and width of each field are fixed here, so the forms stay alike.
import { ChoiceGroup, type Choice } from './choice-group.js';
import type { FieldChrome } from './field.js';
import { TextInput } from './text-input.js';

interface ContactInputProps extends FieldChrome {
  label: string;
  value?: string;
}

/** The optional first name (`firstName`), for a greeting or a signature. */
export function FirstNameInput(props: ContactInputProps) {
  return <TextInput t={props.t} name="firstName" label={props.label} hint={props.hint} error={props.error} value={props.value} autocomplete="given-name" spellcheck={false} width={20} />;
}

/** The email address (`email`) to write to. */
export function EmailInput(props: ContactInputProps) {
  return <TextInput t={props.t} name="email" type="email" label={props.label} hint={props.hint} error={props.error} value={props.value} autocomplete="email" spellcheck={false} width={30} />;
}

/** The language to write in (`language` radios); `value` is the choice kept, else the page's language. */
export function LanguageChoice(props: FieldChrome & { legend: string; choices: readonly Choice[]; value: string }) {
  return <ChoiceGroup t={props.t} type="radio" name="language" legend={props.legend} hint={props.hint} error={props.error} choices={props.choices} checked={[props.value]} />;
}

/** One consent checkbox (`consent=yes`): the question as legend, `hint` under it or `choiceHint` under the box's label. */
export function ConsentCheckbox(props: FieldChrome & { legend: string; label: string; choiceHint?: string; value?: string }) {
  return (
    <ChoiceGroup
      t={props.t}
      type="checkbox"
      name="consent"
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      choices={[{ value: 'yes', label: props.label, hint: props.choiceHint }]}
      checked={props.value === 'yes' ? ['yes'] : []}
    />
  );
}
