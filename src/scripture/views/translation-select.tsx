import type { Translate } from '../../platform/i18n/translate.js';
import { Select } from '../../web/views/forms/select.js';
import type { TranslationInfo } from '../translation.types.js';

/** The `translation` field of the reader's and the search's forms: each installed Bible by code and name. */
export function TranslationSelect({ t, translations, value }: { t: Translate; translations: readonly TranslationInfo[]; value?: string }) {
  return <Select t={t} name="translation" label={t('bible.translationLabel')} options={translations.map((tr) => ({ value: tr.code, label: `${tr.code} — ${tr.name}` }))} value={value} />;
}
