// Reference ids that a versification files elsewhere. The reference parser's ids (GkEsth, EpJer,
// SgThree, Ps 151) are kept in output; validation and passage lookup translate them with this table.
import type { VersificationName } from '../versification/index.js';

/** Where a versification keeps a book the references name differently. */
export interface VersificationAlias {
  /** Book id in references. */
  readonly from: string;
  /** Only this chapter of `from` moves (Ps 151); undefined moves the whole book. */
  readonly fromChapter?: number;
  /** Book id in the versification. */
  readonly to: string;
  /** Chapter in `to` that chapter 1 (or `fromChapter`) of `from` lands on. */
  readonly toChapter: number;
  /** How many chapters of `to` the book spans; undefined runs to the end of `to`. */
  readonly chapters?: number;
}

/** Aliases per versification; a versification that lacks the target simply lacks the book. */
export const VERSIFICATION_ALIASES: Readonly<Record<VersificationName, readonly VersificationAlias[]>> = {
  KJV: [],
  NRSVA: [
    // NRSVA prints the whole Greek Esther as its own book.
    { from: 'GkEsth', to: 'EsthGr', toChapter: 1 },
    // The Letter of Jeremiah is Baruch 6.
    { from: 'EpJer', to: 'Bar', toChapter: 6, chapters: 1 },
    // The Prayer of Azariah and the Song of the Three are one book, numbered straight through.
    { from: 'SgThree', to: 'PrAzar', toChapter: 1 },
    // Psalm 151 is its own one-chapter book.
    { from: 'Ps', fromChapter: 151, to: 'AddPs', toChapter: 1 },
  ],
};
