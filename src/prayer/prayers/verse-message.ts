// The Scripture engine says why a reference does not exist in English ("John has 21 chapters"); the
// prayer form says it in the reader's language, with the book's name in that language.
import { BOOKS } from '../../scripture/books/index.js';
import { bookName } from '../../scripture/passages/reference.display.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Translate } from '../../platform/i18n/translate.js';

let byEnglishName: Map<string, string> | undefined;

/** "1 John" → "1John": the OSIS id of an English display name. */
function osisOf(name: string): string | undefined {
  byEnglishName ??= new Map(BOOKS.map((b) => [bookName(b.osis, 'en'), b.osis]));
  return byEnglishName.get(name);
}

function book(name: string, locale: Locale): string {
  const osis = osisOf(name);
  return osis ? bookName(osis, locale) : name;
}

/** The reason as the reader's sentence: `reason` is the engine's, e.g. "John 3 has 36 verses". */
export function localizedVerseReason(t: Translate, locale: Locale, reason: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(.+) has only one chapter$/.exec(reason))) return t('intercede.verse.oneChapter', { book: book(m[1], locale) });
  if ((m = /^(.+) has (\d+) chapters$/.exec(reason))) return t('intercede.verse.chapters', { book: book(m[1], locale), count: Number(m[2]) });
  if ((m = /^(.+) (\d+) has (\d+) verses?$/.exec(reason)) && osisOf(m[1])) {
    return t('intercede.verse.verses', { book: book(m[1], locale), chapter: m[2], count: Number(m[3]) });
  }
  if ((m = /^(.+) has (\d+) verses?$/.exec(reason))) return t('intercede.verse.bookVerses', { book: book(m[1], locale), count: Number(m[2]) });
  if (reason === 'the range ends before it starts') return t('intercede.verse.backwards');
  return reason;
}

/** The message beside the verse field for a problem code and the engine's reason. */
export function verseFieldMessage(t: Translate, locale: Locale, problem: string, reason: string | undefined): string {
  if (problem === 'unknown' && reason) return t('form.verse.unknown', { reason: localizedVerseReason(t, locale, reason) });
  if (problem === 'tooLong') return t('form.verse.tooLong');
  return t('form.verse.notReference');
}
