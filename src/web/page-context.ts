import type { Locale } from '../platform/i18n/locale.js';
import { localePath } from '../platform/i18n/locale.js';
import { translator, type Translate } from '../platform/i18n/translate.js';
import type { Assets } from './assets.js';

/** What every view needs to know about the request it renders for. */
export interface PageContext {
  readonly locale: Locale;
  readonly t: Translate;
  /** The page's path without any locale prefix, e.g. `/pray`. */
  readonly path: string;
  readonly assets: Assets;
  /** A link to `path` in this page's locale. */
  href(path: string): string;
}

/** Builds the context for one rendered page. */
export function createPageContext(locale: Locale, path: string, assets: Assets): PageContext {
  return {
    locale,
    t: translator(locale),
    path,
    assets,
    href: (target) => localePath(locale, target),
  };
}
