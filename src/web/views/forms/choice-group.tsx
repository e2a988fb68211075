import type { Translate } from '../../../platform/i18n/translate.js';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceGroupProps {
  t: Translate;
  type: 'checkbox' | 'radio';
  name: string;
  legend: string;
  hint?: string;
  error?: string;
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
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = props.error ? `${props.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy}>
        <legend class={`fieldset__legend${props.legendIsHeading ? ' fieldset__legend--heading' : ''}`}>
          {props.legendIsHeading ? <h1 class="fieldset__heading">{props.legend}</h1> : props.legend}
        </legend>
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
