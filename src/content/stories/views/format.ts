import type { PageContext } from '../../../web/page-context.js';

/** A date as the reader's language writes it ("27 November 2026", "27 de noviembre de 2026"). */
export function longDate(ctx: PageContext, iso: string): string {
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

/** The plural category the messages have ("one" or "other"). */
export function pluralOf(ctx: PageContext, count: number): 'one' | 'other' {
  return new Intl.PluralRules(ctx.locale).select(count) === 'one' ? 'one' : 'other';
}
