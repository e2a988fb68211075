import type { Translate } from '../../../platform/i18n/translate.js';
import type { Choice } from '../../../web/views/forms/choice-group.js';
import { CATEGORIES, REQUEST_LANGUAGES, VISIBILITIES, type Category, type Visibility } from '../../prayer.types.js';

const CATEGORY_HINTS: Partial<Record<Category, 'request.category.provision.hint' | 'request.category.faith.hint'>> = {
  provision: 'request.category.provision.hint',
  faith: 'request.category.faith.hint',
};

/** The categories as radio choices, with their human labels. */
export function categoryChoices(t: Translate): Choice[] {
  return CATEGORIES.map((c) => ({ value: c, label: t(`request.category.${c}`), hint: CATEGORY_HINTS[c] ? t(CATEGORY_HINTS[c]) : undefined }));
}

/** The visibilities as radio choices, each with a hint saying who reads it. */
export function visibilityChoices(t: Translate): Choice[] {
  return VISIBILITIES.map((v: Visibility) => ({ value: v, label: t(`request.visibility.${v}`), hint: t(`request.visibility.${v}.hint`) }));
}

/** The languages a request may be written in. */
export function languageChoices(t: Translate): Choice[] {
  return REQUEST_LANGUAGES.map((l) => ({ value: l, label: t(`request.language.${l}`) }));
}
