// What the passage service returns: verses with their text and structure, and chapter navigation.
import type { ReferenceLanguage } from '../reference/index.js';
import type { ScriptureActor } from '../scripture.actor.js';
import type { TranslationInfo } from '../translation.types.js';
import type { VersificationName } from '../versification/index.js';

/** A run of a verse's text; the runs concatenate to the verse's text. */
export interface VerseSegment {
  readonly text: string;
  /** Words of Jesus. */
  readonly jesus?: true;
}

/** A heading printed in or before a verse (section heading, psalm title). */
export interface VerseHeading {
  readonly text: string;
  /** The module's heading type (`psalm`, `section` …) when it gives one. */
  readonly type?: string;
  /** Part of the canonical text (psalm superscriptions). */
  readonly canonical?: boolean;
  /** Offset in the verse text the heading stands before (0: before the verse). */
  readonly offset: number;
}

/** A footnote or cross-reference note taken out of the text. */
export interface VerseNote {
  readonly type: 'footnote' | 'crossReference' | 'study';
  readonly text: string;
  /** OSIS references the note points to. */
  readonly refs: readonly string[];
  /** Offset in the verse text where the note was anchored. */
  readonly offset: number;
}

/** Where a paragraph or a line of poetry begins in the verse text. */
export interface VerseBreak {
  readonly offset: number;
  readonly kind: 'paragraph' | 'line';
}

/** One verse of a translation. */
export interface VerseView {
  /** In the translation's own numbering, e.g. `John.3.16`. */
  readonly osis: string;
  /** OSIS book id as the translation's versification files it (`Ps`, `John`, `AddPs`). */
  readonly book: string;
  readonly chapter: number;
  readonly verse: number;
  /** Plain text: notes and headings removed. */
  readonly text: string;
  readonly segments: readonly VerseSegment[];
  readonly headings: readonly VerseHeading[];
  readonly notes: readonly VerseNote[];
  readonly breaks: readonly VerseBreak[];
  /** Set when the module stores this verse together with the one before it (a bridge such as 15–16): its text is there. */
  readonly linked?: true;
}

/** A chapter to link to ("previous chapter", "next chapter"). */
export interface ChapterLink {
  readonly book: string;
  readonly chapter: number;
  /** OSIS of the whole chapter, e.g. `John.4`. */
  readonly osis: string;
  /** Display name in the reader's language, e.g. "John 4" / "Juan 4". */
  readonly reference: string;
}

/** One continuous passage of a lookup ("John 3:16-18" of "John 3:16-18; Rom 8:34"). */
export interface PassagePart {
  /** OSIS of the passage in the translation's numbering, e.g. `John.3.16-John.3.18`. */
  readonly osis: string;
  /** Display form in the reader's language, e.g. "John 3:16–18". */
  readonly reference: string;
  /** Verse texts joined with spaces: what a quotation needs. */
  readonly text: string;
  /** Verses the translation has in the passage, in order (verses it leaves out are skipped). */
  readonly verses: readonly VerseView[];
}

/** The answer to a passage lookup. */
export interface PassageResult {
  readonly translation: TranslationInfo;
  /** OSIS of everything looked up, in the translation's numbering, e.g. `John.3.16,Rom.8.34`. */
  readonly osis: string;
  /** Display form of the whole lookup in the reader's language. */
  readonly reference: string;
  /** When the reference was numbered in another versification and mapped: its OSIS as written. */
  readonly mappedFrom?: string;
  readonly passages: readonly PassagePart[];
  /** The chapter before the first passage's chapter, and the one after the last passage's. */
  readonly prev: ChapterLink | null;
  readonly next: ChapterLink | null;
}

/** A whole chapter, for the reader page. */
export interface ChapterResult {
  readonly translation: TranslationInfo;
  readonly book: string;
  /** Book name in the reader's language. */
  readonly bookName: string;
  readonly chapter: number;
  /** Chapters the book has in this translation's versification. */
  readonly chapterCount: number;
  /** `John.3`. */
  readonly osis: string;
  /** "John 3" / "Juan 3". */
  readonly reference: string;
  /** Headings of the chapter's intro slot (e.g. a book title), when the module has one. */
  readonly intro: readonly VerseHeading[];
  readonly verses: readonly VerseView[];
  readonly prev: ChapterLink | null;
  readonly next: ChapterLink | null;
}

/** Input of a passage lookup. */
export interface PassageLookup {
  /** A reference as people write it ("John 3:16", "Juan 3:16", "1 Cor 13:4-7; Rom 8") or OSIS ("John.3.16"). */
  readonly reference: string;
  /** Translation code; default: the actor's language's default. */
  readonly translation?: string;
  /** Which book names to accept; default `auto` (English and Spanish). */
  readonly language?: ReferenceLanguage;
  /**
   * The numbering the reference is written in. Default: the translation's own, and when the reference
   * does not exist there but does in the other versification, that one (mapped into the translation's).
   */
  readonly versification?: VersificationName;
}

/** Most verses one lookup returns; more is PASSAGE_TOO_LONG. */
export const MAX_PASSAGE_VERSES = 1000;

/** Looks passages and chapters up in installed translations. Lookups are in-memory once a translation is warm. */
export interface PassageService {
  /**
   * Verses of a reference. Throws AppError INVALID_REFERENCE (not a reference), UNKNOWN_REFERENCE
   * (e.g. "John has 21 chapters"), PASSAGE_TOO_LONG or UNKNOWN_TRANSLATION.
   */
  lookup(actor: ScriptureActor, input: PassageLookup): Promise<PassageResult>;
  /**
   * One whole chapter. `book` is an OSIS id or any book name ("John", "Juan", "1 Cor").
   * Throws INVALID_REFERENCE, UNKNOWN_REFERENCE ("John has 21 chapters") or UNKNOWN_TRANSLATION.
   */
  chapter(actor: ScriptureActor, input: { book: string; chapter: number; translation?: string }): Promise<ChapterResult>;
}
