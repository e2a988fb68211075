/** A versification: which books a Bible has, in which order, and how many verses each chapter holds. */
export type VersificationName = 'KJV' | 'NRSVA';

/** One book as a versification lays it out. */
export interface VersifiedBook {
  /** OSIS book id, e.g. `Gen`, `1John`, `Tob`. */
  readonly osis: string;
  readonly testament: 'ot' | 'nt';
  /** Verse count of each chapter: `verses[0]` is chapter 1. */
  readonly verses: readonly number[];
}

/** A whole versification system, books in the order its SWORD modules store them. */
export interface Versification {
  readonly name: VersificationName;
  readonly books: readonly VersifiedBook[];
}

/** A verse as a versification numbers it. */
export interface VerseRef {
  readonly osis: string;
  readonly chapter: number;
  readonly verse: number;
}

/** A verse, or a span of verses in one book when `end` is set, that a verse maps to in another versification. */
export interface MappedVerse extends VerseRef {
  /** Last verse of the span (inclusive), when the source verse covers more than one target verse. */
  readonly end?: { readonly chapter: number; readonly verse: number };
}

/** Where SWORD stores a verse: which testament file and which slot of its index. */
export interface SlotAddress {
  readonly testament: 'ot' | 'nt';
  readonly index: number;
}

/** What a slot of a testament file holds; chapter 0 verse 0 is a book intro, verse 0 a chapter intro. */
export interface SlotInfo {
  /** OSIS book id; empty for the module heading (slot 0) and testament heading (slot 1). */
  readonly osis: string;
  readonly chapter: number;
  readonly verse: number;
}
