// "The 23rd Psalm": English puts the number before the book for the Psalms alone.
import { foldedWord, skipSpaces, wordEnd } from './passage-lexer.js';

const SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** The right English ordinal suffix for n (1st, 2nd, 3rd, 11th, 23rd). */
function suffixOf(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return teen ? 'th' : (SUFFIX[n % 10] ?? 'th');
}

/** If "Nth Psalm" starts at `pos`, its chapter and end; else null. Wrong suffixes ("122st") do not count. */
export function ordinalPsalmAt(text: string, pos: number): { chapter: number; end: number } | null {
  let p = pos;
  let n = 0;
  while (p < text.length && p - pos < 3) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
    p++;
  }
  if (n === 0 || p === pos) return null;
  const sEnd = wordEnd(text, p);
  if (sEnd - p !== 2 || foldedWord(text, p, sEnd) !== suffixOf(n)) return null;
  const w = skipSpaces(text, sEnd);
  const e = wordEnd(text, w);
  if (w === sEnd || foldedWord(text, w, e) !== 'psalm') return null;
  return { chapter: n, end: e };
}

/** If "N of <book>" / "N de <libro>" starts at `pos` (after a chapter word), the number, and where the name starts. */
export function chapterOfAt(text: string, pos: number): { chapter: number; nameStart: number } | null {
  let p = pos;
  let n = 0;
  while (p < text.length && p - pos < 3) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
    p++;
  }
  if (n === 0) return null;
  const w = skipSpaces(text, p);
  if (w === p) return null;
  const e = wordEnd(text, w);
  const word = foldedWord(text, w, e);
  if (word !== 'of' && word !== 'de' && word !== 'del') return null;
  const q = skipSpaces(text, e);
  return q > e ? { chapter: n, nameStart: q } : null;
}
