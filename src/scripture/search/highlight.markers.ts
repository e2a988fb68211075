// Both databases mark matches by wrapping them in marker characters; these become offsets into the
// unmarked text, which is what every client gets.
import type { HighlightRange } from './search.types.js';

/** Marks a match starts with; control characters never occur in verse text. */
export const MARK_START = '\u0001';
/** Marks a match ends with. */
export const MARK_END = '\u0002';

/**
 * Strips the markers and returns the text with the marked ranges. Ranges only whitespace apart are merged,
 * so a matched phrase is one range whether the database marks it whole (FTS5) or word by word (ts_headline).
 */
export function readMarkers(marked: string): { text: string; highlights: HighlightRange[] } {
  const highlights: HighlightRange[] = [];
  let text = '';
  let open = -1;
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== MARK_START && c !== MARK_END) continue;
    text += marked.slice(from, i);
    from = i + 1;
    if (c === MARK_START) open = text.length;
    else if (open >= 0) {
      const last = highlights[highlights.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, open))) highlights[highlights.length - 1] = { start: last.start, end: text.length };
      else if (text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    }
  }
  text += marked.slice(from);
  return { text, highlights };
}
