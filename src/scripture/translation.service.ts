// Lists installed translations and picks the one a request means.
import { AppError } from '../platform/errors.js';
import type { ScriptureCache } from './passages/scripture.cache.js';
import type { ScriptureActor } from './scripture.actor.js';
import type { TranslationInfo, TranslationService } from './translation.types.js';

/** Preferred translation per reader language, when installed. */
const DEFAULTS: Record<string, string> = { en: 'WEB', es: 'RV1909' };

/** Picks `code` from `list`, or the default for a language; throws UNKNOWN_TRANSLATION listing what is installed. */
export function pickTranslation(list: readonly TranslationInfo[], code: string | undefined, locale: string | undefined): TranslationInfo {
  if (code !== undefined && code.trim() !== '') {
    const wanted = code.trim().toUpperCase();
    const hit = list.find((t) => t.code.toUpperCase() === wanted);
    if (hit) return hit;
  } else {
    const lang = locale ?? 'en';
    const hit = list.find((t) => t.code === DEFAULTS[lang]) ?? list.find((t) => t.language === lang) ?? list[0];
    if (hit) return hit;
  }
  const installed = list.map((t) => t.code);
  const message = installed.length
    ? `${code ? `The translation "${code.trim()}" is not installed` : 'No translation was chosen'}; installed: ${installed.join(', ')}.`
    : 'No Bible translation is installed; run `intercede bible install`.';
  throw new AppError('UNKNOWN_TRANSLATION', message, { installed });
}

/** The translation service over the shared cache. */
export function createTranslationService(cache: ScriptureCache): TranslationService {
  return {
    async list(_actor: ScriptureActor) {
      return [...(await cache.translations())];
    },
    async resolve(actor: ScriptureActor, input: { code?: string }) {
      return pickTranslation(await cache.translations(), input.code, actor.locale);
    },
  };
}
