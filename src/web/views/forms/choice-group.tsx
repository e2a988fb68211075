import { fieldDescription, HintAndError, type FieldChrome } from './field.js';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceGroupProps extends FieldChrome {
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  choices: readonly Choice[];
  /** Values currently chosen (kept on a failed submit). */
  checked: readonly string[];
  /** Render the legend as the page heading. */
  legendIsHeading?: boolean;
}

/** The id of a group's first input: where the error summary links to (GOV.UK). */
export function firstChoiceId(name: string): string {
  return name;
}

/**
 * GOV.UK checkboxes and radios: a fieldset whose legend asks the question, a hint, the error, then one
 * labelled input per choice. The first input's id is the field name, so error links land on it.
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { describedBy } = fieldDescription(props.name, props);
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy}>
        <legend class={`fieldset__legend${props.legendIsHeading ? ' fieldset__legend--heading' : ''}`}>
          {props.legendIsHeading ? <h1 class="fieldset__heading">{props.legend}</h1> : props.legend}
        </legend>
        <HintAndError t={props.t} id={props.name} hint={props.hint} error={props.error} />
        <div class="choices">
          {props.choices.map((choice, i) => {
            const id = i === 0 ? firstChoiceId(props.name) : `${props.name}-${i + 1}`;
            const itemHint = choice.hint ? `${id}-hint` : undefined;
            return (
              <div class="choice" key={choice.value}>
                <input
                  class="choice__input"
                  id={id}
                  name={props.name}
                  type={props.type}
                  value={choice.value}
                  checked={props.checked.includes(choice.value)}
                  aria-describedby={itemHint}
                />
                <label class="choice__label" for={id}>
                  {choice.label}
                </label>
                {choice.hint && (
                  <div class="hint choice__hint" id={itemHint}>
                    {choice.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
