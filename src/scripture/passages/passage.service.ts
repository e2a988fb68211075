// Passage lookups over the in-memory cache: parse, resolve to ordinal ranges, read views.
import { AppError } from '../../platform/errors.js';
import { chapterVerses, isSingleChapter, toVersificationBook } from '../books/index.js';
import { parseReference, passageOsis } from '../reference/index.js';
import type { ScriptureActor } from '../scripture.actor.js';
import { pickTranslation } from '../translation.service.js';
import { chapterCount } from '../versification/index.js';
import { getVersification } from '../versification/index.js';
import { chapterLink, neighbourChapter } from './chapter.links.js';
import {
  MAX_PASSAGE_VERSES,
  type ChapterResult,
  type PassageLookup,
  type PassagePart,
  type PassageResult,
  type PassageService,
  type VerseView,
} from './passage.types.js';
import { referenceError, resolveReference } from './passage.resolve.js';
import { bookName, displayPassage, referenceBook, type DisplayLanguage } from './reference.display.js';
import type { ScriptureCache } from './scripture.cache.js';
import type { TranslationText } from './translation.text.js';

function languageOf(actor: ScriptureActor): DisplayLanguage {
  return actor.locale === 'es' ? 'es' : 'en';
}

/** Verses of an ordinal range the translation has, in order. */
export function versesIn(text: TranslationText, first: number, last: number): VerseView[] {
  const out: VerseView[] = [];
  for (let o = first; o <= last; o++) {
    const v = text.view(o);
    if (v) out.push(v);
  }
  return out;
}

/** Verse texts joined for quoting; bridged verses add nothing of their own. */
export function joinText(verses: readonly VerseView[]): string {
  let s = '';
  for (const v of verses) if (v.text) s += (s ? ' ' : '') + v.text;
  return s;
}

/** The passage service over the shared cache. */
export function createPassageService(cache: ScriptureCache): PassageService {
  return {
    async lookup(actor: ScriptureActor, input: PassageLookup): Promise<PassageResult> {
      const info = pickTranslation(await cache.translations(), input.translation, actor.locale);
      const text = await cache.text(info);
      const language = languageOf(actor);
      const resolved = resolveReference(input.reference, text.table, { language: input.language, from: input.versification });
      let count = 0;
      for (const r of resolved.passages) count += r.last - r.first + 1;
      if (count > MAX_PASSAGE_VERSES) {
        throw new AppError('PASSAGE_TOO_LONG', `That passage has ${count} verses; ask for at most ${MAX_PASSAGE_VERSES} at a time.`);
      }
      const v = info.versification;
      const passages: PassagePart[] = resolved.passages.map((r) => {
        const p = r.passage;
        const osis = passageOsis(p, v);
        const wholeChapters = p.verse === 1 && p.endVerse === chapterVerses(v, p.endBook)?.[p.endChapter - 1];
        const verses = versesIn(text, r.first, r.last);
        return {
          osis,
          reference: displayPassage(p, { language, wholeChapters, singleChapter: isSingleChapter }),
          text: joinText(verses),
          verses,
        };
      });
      const first = resolved.passages[0];
      const last = resolved.passages[resolved.passages.length - 1];
      const t = text.table;
      const startBook = t.books[t.bookIndexAt(first.first)].osis;
      const endBook = t.books[t.bookIndexAt(last.last)].osis;
      return {
        translation: info,
        osis: passages.map((p) => p.osis).join(','),
        reference: passages.map((p) => p.reference).join('; '),
        ...(resolved.mappedFrom ? { mappedFrom: resolved.mappedFrom } : {}),
        passages,
        prev: neighbourChapter(text, startBook, t.chapterAt(first.first), -1, language),
        next: neighbourChapter(text, endBook, t.chapterAt(last.last), 1, language),
      };
    },

    async chapter(actor: ScriptureActor, input: { book: string; chapter: number; translation?: string }): Promise<ChapterResult> {
      const info = pickTranslation(await cache.translations(), input.translation, actor.locale);
      const text = await cache.text(info);
      const language = languageOf(actor);
      const v = info.versification;
      const { book, chapter } = chapterOf(text, input.book, input.chapter);
      const chapters = chapterCount(getVersification(v), book);
      const range = text.table.chapterRange(book, chapter);
      if (!range) {
        const name = bookName(referenceBook(v, book, 1).book, 'en');
        throw referenceError(chapters === 1 ? `${name} has only one chapter` : `${name} has ${chapters} chapters`);
      }
      const verses = versesIn(text, range[0], range[1]);
      const link = chapterLink(text, book, chapter, language);
      return {
        translation: info,
        book,
        bookName: bookName(referenceBook(v, book, chapter).book, language),
        chapter,
        chapterCount: chapters,
        osis: link.osis,
        reference: link.reference,
        intro: text.structure(range[0])?.intro ?? [],
        verses,
        prev: neighbourChapter(text, book, chapter, -1, language),
        next: neighbourChapter(text, book, chapter, 1, language),
      };
    },
  };
}

/**
 * The versification's book and chapter for an OSIS id or a book name in any language ("John", "Juan",
 * "1 Cor"); reference ids the versification files elsewhere move there (NRSVA's Psalm 151 is `AddPs` 1).
 */
function chapterOf(text: TranslationText, written: string, chapter: number): { book: string; chapter: number } {
  const v = text.table.versification;
  if (!Number.isInteger(chapter) || chapter < 1) throw new AppError('INVALID_REFERENCE', `Not a chapter number: "${chapter}".`);
  if (text.table.books.some((b) => b.osis === written)) {
    const at = toVersificationBook(v, written, chapter);
    return text.table.chapterRange(at.osis, at.chapter) ? { book: at.osis, chapter: at.chapter } : { book: written, chapter };
  }
  const parsed = parseReference(`${written} ${chapter}`, { versification: v });
  if (!parsed.ok) {
    // The book is known but the chapter is not: say so precisely.
    if (parseReference(`${written} 1`, { versification: v }).ok) throw referenceError(parsed.reason);
    throw referenceError(`not a Bible reference: "${written}"`);
  }
  const p = parsed.passages[0];
  const at = toVersificationBook(v, p.book, p.chapter);
  if (text.table.chapterRange(at.osis, at.chapter)) return { book: at.osis, chapter: at.chapter };
  throw referenceError(`${bookName(p.book)} is not in the ${v} versification`);
}
