// Mapping goes through a data table of correspondences; a verse outside it keeps its number when the
// target versification has it. Mapping to a span (not a guessed single verse) keeps every word:
// a reader that finds an empty slot in the span (the WEB keeps KJV numbering in Rev 12–13) simply skips it.
import { KJV_NRSVA, type Correspondence, type Span } from './verse-map.data.js';
import { hasVerse } from './versification.lookup.js';
import { getVersification } from './versification.registry.js';
import type { MappedVerse, VersificationName } from './versification.js';

function inSpan(s: Span, chapter: number, verse: number): boolean {
  const pos = chapter * 1000 + verse;
  return pos >= s[0] * 1000 + s[1] && pos <= s[2] * 1000 + s[3];
}

function toMapped(osis: string, s: Span): MappedVerse {
  if (s[0] === s[2] && s[1] === s[3]) return { osis, chapter: s[0], verse: s[1] };
  return { osis, chapter: s[0], verse: s[1], end: { chapter: s[2], verse: s[3] } };
}

function table(from: VersificationName, to: VersificationName): { rows: readonly Correspondence[]; src: 1 | 2 } {
  return { rows: KJV_NRSVA, src: from === 'KJV' && to === 'NRSVA' ? 1 : 2 };
}

/**
 * Maps a verse numbered in `from` to where the same text sits in `to`: a single verse, a span
 * (`end` set), or null when `to` has no such verse (e.g. Tobit in KJV, or a verse neither has).
 */
export function mapVerse(
  from: VersificationName,
  to: VersificationName,
  osis: string,
  chapter: number,
  verse: number,
): MappedVerse | null {
  if (!hasVerse(getVersification(from), osis, chapter, verse)) return null;
  if (from !== to) {
    const { rows, src } = table(from, to);
    for (const row of rows) {
      if (row[0] === osis && inSpan(row[src], chapter, verse)) return toMapped(osis, row[src === 1 ? 2 : 1]);
    }
  }
  return hasVerse(getVersification(to), osis, chapter, verse) ? { osis, chapter, verse } : null;
}
