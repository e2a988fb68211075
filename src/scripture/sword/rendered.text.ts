/** A run of text with one style; only styles a reader needs are marked. */
export interface TextSegment {
  readonly text: string;
  /** Words of Jesus (red letters). */
  readonly jesus?: true;
}

/** A heading found in an entry (section heading, psalm title, book title). */
export interface Heading {
  readonly text: string;
  /** The markup's type (`psalm`, `main`, `section`, `speaker` …) when it gives one. */
  readonly type?: string;
  readonly level?: number;
  /** True for headings that are part of the canonical text (psalm superscriptions). */
  readonly canonical?: boolean;
  /** Offset in `text` of what follows the heading. */
  readonly offset: number;
}

/** A footnote, cross-reference note or study note taken out of the text. */
export interface Note {
  readonly type: 'footnote' | 'crossReference' | 'study';
  readonly text: string;
  /** The note's own reference label (`1:1`), when it carries one. */
  readonly label?: string;
  /** OSIS references the note links to. */
  readonly refs: readonly string[];
  /** Offset in `text` where the note was anchored. */
  readonly offset: number;
}

/**
 * A link in the text: to Scripture as OSIS (`osisRef`) or as written (`passage`, ThML's
 * `scripRef passage="John 3:16"`, for the reference parser), or to another entry (`target`, e.g. `Nave:PRIEST`).
 */
export interface TextLink {
  readonly start: number;
  readonly end: number;
  readonly osisRef?: string;
  readonly passage?: string;
  readonly target?: string;
}

/** Where a paragraph or a line of poetry begins in `text`. */
export interface TextBreak {
  readonly offset: number;
  readonly kind: 'paragraph' | 'line';
}

/** Markup turned into clean text, with its structure kept beside it. */
export interface RenderedText {
  /** Plain text: notes and headings removed, whitespace collapsed. */
  readonly text: string;
  /** `text` cut into styled runs; their texts concatenate to `text`. */
  readonly segments: readonly TextSegment[];
  readonly headings: readonly Heading[];
  readonly notes: readonly Note[];
  readonly links: readonly TextLink[];
  readonly breaks: readonly TextBreak[];
}
