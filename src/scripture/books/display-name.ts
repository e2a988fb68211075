// The name a page prints for a book, in the reader's language: the first name of the book's row in the
// language table (or "N name" for a numbered series), without the table's markers.
import type { LanguageTable } from './language-table.js';
import { EN } from './names.en.js';
import { ES } from './names.es.js';

function firstName(names: string): string {
  return (names.split('|')[0] ?? '').replace(/^=?[~!]?/, '');
}

function compile(table: LanguageTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const [osis, names] of table.books) out.set(osis, firstName(names));
  for (const series of table.series) {
    series.books.forEach((osis, i) => {
      if (!out.has(osis)) out.set(osis, `${i + 1} ${firstName(series.names)}`);
    });
  }
  return out;
}

const DISPLAY = { en: compile(EN), es: compile(ES) };

/** "John" / "Juan", "1 Corinthians" / "1 Corintios"; falls back to English, then to the OSIS id. */
export function bookDisplayName(osis: string, language: 'en' | 'es' = 'en'): string {
  return DISPLAY[language].get(osis) ?? DISPLAY.en.get(osis) ?? osis;
}
