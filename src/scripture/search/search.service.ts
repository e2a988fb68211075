// Search: parse the query once, widen English words to their derivational family, fold Spanish accents,
// and let the dialect's repository rank and highlight.
import { AppError } from '../../platform/errors.js';
import type { ScriptureCache } from '../passages/scripture.cache.js';
import { isSingleChapter } from '../books/index.js';
import { displayPassage, referenceBook } from '../passages/reference.display.js';
import type { ScriptureActor } from '../scripture.actor.js';
import { foldAccents } from '../text-fold.js';
import { pickTranslation } from '../translation.service.js';
import { ordinalTable } from '../verse-ordinal.js';
import { mapTerms, mapWords, parseSearchQuery, type SearchNode } from './search.query.js';
import { searchLanguage, type SearchLanguage, type SearchRepository } from './search.repository.js';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchHit,
  type SearchInput,
  type SearchResult,
  type SearchService,
} from './search.types.js';
import { ENGLISH_FAMILIES } from './word-families.data.js';
import { wordForms } from './word-forms.js';

/** Deepest page a search may ask for, so OFFSET stays cheap. */
export const MAX_SEARCH_PAGE = 1000;

function whole(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('INVALID_SEARCH', `${name} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** The query tree a language's index understands. */
export function prepareQuery(query: string, language: SearchLanguage): SearchNode {
  const tree = parseSearchQuery(query);
  if (language === 'es') return mapWords(tree, foldAccents);
  return mapTerms(tree, (t) => {
    if (t.prefix) return t;
    const forms = wordForms(t.word, ENGLISH_FAMILIES);
    return forms.length > 1 ? { ...t, forms } : t;
  });
}

/** The search service over a dialect's repository. */
export function createSearchService(cache: ScriptureCache, repository: SearchRepository): SearchService {
  return {
    async search(actor: ScriptureActor, input: SearchInput): Promise<SearchResult> {
      const limit = whole('limit', input.limit, DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT);
      const page = whole('page', input.page, 1, 1, MAX_SEARCH_PAGE);
      const info = pickTranslation(await cache.translations(), input.translation, actor.locale);
      const language = searchLanguage(info.language);
      const tree = prepareQuery(input.query, language);
      const found = await repository.search(info.code, language, tree, limit, (page - 1) * limit);
      const table = ordinalTable(info.versification);
      const display = actor.locale === 'es' ? 'es' : 'en';
      const hits: SearchHit[] = found.rows.map((r) => {
        const book = table.books[table.bookIndexAt(r.ordinal)].osis;
        const chapter = table.chapterAt(r.ordinal);
        const verse = table.verseAt(r.ordinal);
        const ref = referenceBook(info.versification, book, chapter);
        return {
          osis: `${book}.${chapter}.${verse}`,
          book,
          chapter,
          verse,
          reference: displayPassage(
            { book: ref.book, chapter: ref.chapter, verse, endBook: ref.book, endChapter: ref.chapter, endVerse: verse },
            { language: display, wholeChapters: false, singleChapter: isSingleChapter },
          ),
          text: r.text,
          highlights: r.highlights,
        };
      });
      return { translation: info.code, query: input.query, total: found.total, page, limit, hits };
    },
  };
}
