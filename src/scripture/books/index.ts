// Public face of the book tables: ids, names per language, fuzzy matching, verse counts with aliases.
export { BOOKS, bookById } from './book-ids.js';
export type { BookDef, Testament } from './book-ids.js';
export { bookPriority } from './book-priority.js';
export { abbreviationScore, fuzzyBook, nameDistance } from './fuzzy-match.js';
export type { FuzzyHit } from './fuzzy-match.js';
export type { BookNameRow, LanguageTable, SeriesRow } from './language-table.js';
export { bookDisplayName, nameIndex } from './name-index.js';
export type { LanguageMode, NameCaution, NameIndex, NameTarget, Spelling } from './name-index.js';
export { EN } from './names.en.js';
export { ES } from './names.es.js';
export { consonantMask, fold, foldPhrase, GAP, isDigit, isLetter, isUpper, maskDistance, SKIP } from './normalize.js';
export { letterAt, PhraseTrie } from './phrase-trie.js';
export type { PhraseMatch } from './phrase-trie.js';
export { COUNT_WORDS, JOINING_WORDS, NOT_BOOK_WORDS, REFERENCE_FOLLOWERS } from './prose-words.js';
export { WordSet } from './word-set.js';
export { chapterVerses, isSingleChapter, toVersificationBook } from './verse-counts.js';
export { VERSIFICATION_ALIASES } from './versification-aliases.js';
export type { VersificationAlias } from './versification-aliases.js';
