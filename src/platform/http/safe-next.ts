import { splitLocalePrefix } from '../i18n/locale.js';

/**
 * A `next` address to return to after signing in, only if it is a path on this site: `/…` but not
 * `//host` or `/\host` (which browsers read as another site). Anything else is dropped: no open redirect.
 */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  // Callers put the page's own locale back in front; a prefix kept here would be doubled (/es/es/…).
  return splitLocalePrefix(value).url;
}
