import type { FieldProblems } from '../../../platform/field-errors.js';
import { EN, type AnyMessageKey } from '../../../platform/i18n/catalogues.js';
import type { Translate } from '../../../platform/i18n/translate.js';

/** Messages to show, by field name, in the order the fields appear. */
export type FormErrors = Readonly<Record<string, string>>;

function isMessageKey(key: string): key is AnyMessageKey {
  return Object.prototype.hasOwnProperty.call(EN, key);
}

/**
 * Turns service problem codes (`{ password: 'tooShort' }`) into messages, looking up `form.<field>.<code>`
 * and falling back to `form.<field>.invalid`, then a generic message.
 */
export function formErrors(t: Translate, problems: FieldProblems, order: readonly string[] = []): FormErrors {
  const fields = [...order.filter((f) => f in problems), ...Object.keys(problems).filter((f) => !order.includes(f))];
  const result: Record<string, string> = {};
  for (const field of fields) {
    const specific = `form.${field}.${problems[field]}`;
    const fallback = `form.${field}.invalid`;
    result[field] = isMessageKey(specific) ? t(specific) : isMessageKey(fallback) ? t(fallback) : t('form.invalid');
  }
  return result;
}

/** The page title GOV.UK-style: prefixed with "Error: " when the form has errors. */
export function formTitle(t: Translate, title: string, errors: FormErrors | undefined): string {
  return errors && Object.keys(errors).length > 0 ? t('form.errorTitle', { title }) : title;
}

/**
 * Turns problem codes into an area's own messages, `<prefix>.<field>.<code>` filled with `params(field)`
 * (e.g. the field's `{max}`), else the generic message; the fields in `order` first, then any others.
 */
export function codedFormErrors(t: Translate, problems: FieldProblems, prefix: string, order: readonly string[], params: (field: string) => Record<string, string | number> = () => ({})): FormErrors {
  const fields = [...order.filter((f) => f in problems), ...Object.keys(problems).filter((f) => !order.includes(f))];
  const result: Record<string, string> = {};
  for (const field of fields) {
    const key = `${prefix}.${field}.${problems[field]}`;
    result[field] = isMessageKey(key) ? t(key, params(field)) : t('form.invalid');
  }
  return result;
}
