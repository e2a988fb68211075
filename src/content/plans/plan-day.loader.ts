// What every day page needs, wherever it is opened from: the passage in the chosen translation (or
// why it cannot be shown) and the translations to switch between.
import { AppError } from '../../platform/errors.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { PassageResult } from '../../scripture/passages/passage.types.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import type { TranslationInfo } from '../../scripture/translation.types.js';
import type { Plan } from './plan.js';
import { readingLabel } from './plan-reading.js';
import { planMessages } from './plans.messages.js';

/** A day's page content. */
export interface LoadedDay {
  readonly reading: string;
  readonly passage: PassageResult | null;
  readonly missing?: string;
  readonly translations: TranslationInfo[];
  readonly translation: string;
}

/** The day number in a path, or NOT_FOUND when the plan has no such day. */
export function dayNumber(plan: Plan, text: string): number {
  const day = /^\d{1,4}$/.test(text) ? Number(text) : 0;
  if (day < 1 || day > plan.days.length) throw new AppError('NOT_FOUND', `This plan has days 1 to ${plan.days.length}.`);
  return day;
}

/**
 * Looks the day up in `wanted` (the reader's pick), else `saved` (the subscription's), else the
 * default of the reader's language. A translation that is not installed falls back to the default
 * rather than failing the page.
 */
export async function loadDay(
  scripture: Pick<ScriptureServices, 'passages' | 'translations'>,
  locale: Locale,
  plan: Plan,
  day: number,
  wanted?: string | null,
  saved?: string | null,
): Promise<LoadedDay> {
  const m = planMessages(locale);
  const osis = plan.days[day - 1].osis;
  const reading = readingLabel(osis, locale);
  const translations = await scripture.translations.list({ locale });
  if (translations.length === 0) return { reading, passage: null, missing: m('day.notInstalled', { reading }), translations, translation: '' };
  const pick = (typeof wanted === 'string' && wanted ? wanted.slice(0, 20) : saved) || undefined;
  const known = pick && translations.find((t) => t.code.toLowerCase() === pick.toLowerCase());
  const code = known ? known.code : (await scripture.translations.resolve({ locale }, {})).code;
  try {
    const passage = await scripture.passages.lookup({ locale }, { reference: osis, translation: code });
    return { reading, passage, translations, translation: passage.translation.code };
  } catch (err) {
    if (err instanceof AppError && ['UNKNOWN_REFERENCE', 'INVALID_REFERENCE', 'PASSAGE_TOO_LONG'].includes(err.code)) {
      return { reading, passage: null, missing: m('day.notInTranslation', { translation: code }), translations, translation: code };
    }
    throw err;
  }
}
