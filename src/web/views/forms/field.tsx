import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../platform/i18n/translate.js';

/** What every GOV.UK field may carry around its control. */
export interface FieldChrome {
  t: Translate;
  hint?: string;
  error?: string;
}

/** The ids of a field's hint and error, and the `aria-describedby` that points at whichever are shown. */
export function fieldDescription(id: string, chrome: FieldChrome): { hintId?: string; errorId?: string; describedBy?: string } {
  const hintId = chrome.hint ? `${id}-hint` : undefined;
  const errorId = chrome.error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's hint, then its error (GOV.UK puts the error between the hint and the control); each only when there is one. */
export function HintAndError(props: FieldChrome & { id: string }) {
  const { hintId, errorId } = fieldDescription(props.id, props);
  return (
    <>
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
    </>
  );
}

/** The form group around one labelled control: its label (or the page heading, for one-question pages), hint, error, then the control. */
export function LabelledField(props: FieldChrome & { id: string; label: string; labelIsHeading?: boolean; children: ComponentChildren }) {
  const label = (
    <label class="label" for={props.id}>
      {props.label}
    </label>
  );
  return (
    <div class={`form-group${props.error ? ' form-group--error' : ''}`}>
      {props.labelIsHeading ? <h1 class="label-wrapper">{label}</h1> : label}
      <HintAndError t={props.t} id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  );
}
