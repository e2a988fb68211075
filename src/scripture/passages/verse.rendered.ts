// The `rendered` column: a verse's structure as compact JSON. Keys are omitted when empty, and plain
// verses store "{}", so a translation loads fast and takes little room.
import type { RenderedText } from '../sword/index.js';
import type { VerseBreak, VerseHeading, VerseNote, VerseSegment } from './passage.types.js';

/** The structure stored beside a verse's plain text. */
export interface VerseStructure {
  /** Only when some words are marked (words of Jesus); otherwise the text is one plain segment. */
  readonly segments?: readonly VerseSegment[];
  readonly headings?: readonly VerseHeading[];
  readonly notes?: readonly VerseNote[];
  readonly breaks?: readonly VerseBreak[];
  /** Headings of the book or chapter intro, kept on the chapter's first verse. */
  readonly intro?: readonly VerseHeading[];
  /** The module stores this verse with the one before it. */
  readonly linked?: true;
}

function heading(h: RenderedText['headings'][number]): VerseHeading {
  return { text: h.text, offset: h.offset, ...(h.type ? { type: h.type } : {}), ...(h.canonical ? { canonical: true } : {}) };
}

/** The structure worth keeping from a rendered verse (and, for a chapter's first verse, its intro headings). */
export function structureOf(r: RenderedText, intro: readonly RenderedText['headings'][number][] = []): VerseStructure {
  const marked = r.segments.some((s) => s.jesus);
  return {
    ...(marked ? { segments: r.segments.map((s) => (s.jesus ? { text: s.text, jesus: true as const } : { text: s.text })) } : {}),
    ...(r.headings.length ? { headings: r.headings.map(heading) } : {}),
    ...(r.notes.length ? { notes: r.notes.map((n) => ({ type: n.type, text: n.text, refs: [...n.refs], offset: n.offset })) } : {}),
    ...(r.breaks.length ? { breaks: r.breaks.map((b) => ({ offset: b.offset, kind: b.kind })) } : {}),
    ...(intro.length ? { intro: intro.map(heading) } : {}),
  };
}

/** JSON for the `rendered` column. */
export function encodeStructure(s: VerseStructure): string {
  return JSON.stringify(s);
}

/** Reads the `rendered` column back. */
export function decodeStructure(json: string): VerseStructure {
  return json === '{}' ? EMPTY : (JSON.parse(json) as VerseStructure);
}

const EMPTY: VerseStructure = Object.freeze({});
