// Public types of the reference engine.
import type { VersificationName } from '../versification/index.js';

/** Which languages' book names to recognise; `auto` accepts English and Spanish together. */
export type ReferenceLanguage = 'en' | 'es' | 'auto';

/** Options for finding and parsing references. */
export interface ReferenceOptions {
  /** Default `auto`. */
  readonly language?: ReferenceLanguage;
  /** Versification that decides which chapters and verses exist. Default `NRSVA` (the WEB's). */
  readonly versification?: VersificationName;
}

/** A reference found in a text: offsets in UTF-16 code units, `text === input.slice(start, end)`. */
export interface FoundReference {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** OSIS as bible-passage-reference-parser prints it, e.g. `Gen.18.22-Gen.18.33,Exod.32.11-Exod.32.14`. */
  readonly osis: string;
}

/** Something written as a reference that points nowhere ("John 22:1"), with why. */
export interface InvalidReference {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** E.g. "John has 21 chapters". */
  readonly reason: string;
}

/** Everything found in a text, each list in text order. */
export interface Extraction {
  readonly references: FoundReference[];
  readonly invalid: InvalidReference[];
}

/** A continuous run of verses, possibly across chapters or books; all numbers resolved. */
export interface Passage {
  readonly book: string;
  readonly chapter: number;
  readonly verse: number;
  readonly endBook: string;
  readonly endChapter: number;
  readonly endVerse: number;
}

/** Outcome of parsing one reference string. */
export type ParseResult =
  | { readonly ok: true; readonly osis: string; readonly passages: readonly Passage[] }
  | { readonly ok: false; readonly reason: string };
