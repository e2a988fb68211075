// References that put the chapter before the book: "the 23rd Psalm" (English does this for the
// Psalms alone) and "chapter 3 of John" / "capítulo 3 de Juan".
import { isLetter, JOINING_WORDS } from '../books/index.js';
import { bookNameAt, chapterWordBefore, newHit } from './book-before.js';
import { skipSpaces, wordEnd, wordIs } from './passage-lexer.js';
import { chapterThenVerses, type ParseContext, type ParsedPassage } from './passage-parser.js';

const SUFFIX: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** The right English ordinal suffix for n (1st, 2nd, 3rd, 11th, 23rd). */
function suffixOf(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return teen ? 'th' : (SUFFIX[n % 10] ?? 'th');
}

let numberEnd = 0;

/** Reads up to three digits at `pos`; 0 when there are none. Sets numberEnd. */
function smallNumber(text: string, pos: number): number {
  let p = pos;
  let n = 0;
  while (p < text.length && p - pos < 3) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
    p++;
  }
  numberEnd = p;
  return n;
}

/** If "Nth Psalm" starts at `pos`, its chapter and end; else null. Wrong suffixes ("122st") do not count. */
function ordinalPsalmAt(text: string, pos: number): { chapter: number; end: number } | null {
  const n = smallNumber(text, pos);
  const p = numberEnd;
  if (n === 0) return null;
  const sEnd = wordEnd(text, p);
  if (sEnd - p !== 2 || !wordIs(text, p, suffixOf(n))) return null;
  const w = skipSpaces(text, sEnd);
  const e = wordEnd(text, w);
  if (w === sEnd || !wordIs(text, w, 'psalm')) return null;
  return { chapter: n, end: e };
}

const hit = newHit();

/** "chapter 3 of John": the chapter word before `pos`, "of"/"de" after the number, then a book name. */
function chapterOf(text: string, pos: number, floor: number, ctx: ParseContext): ParsedPassage | null {
  const chapterWord = chapterWordBefore(text, pos, floor);
  if (chapterWord < 0) return null;
  const n = smallNumber(text, pos);
  const p = numberEnd;
  if (n === 0) return null;
  const w = skipSpaces(text, p);
  if (w === p) return null;
  const e = wordEnd(text, w);
  if (!JOINING_WORDS.hasSpan(text, w, e)) return null;
  const nameStart = skipSpaces(text, e);
  if (nameStart === e) return null;
  // The name may run over several words ("Song of Songs"); try the longest first.
  const ends: number[] = [];
  let q = nameStart;
  for (let k = 0; k < 5; k++) {
    const end = wordEnd(text, q);
    if (end === q) break;
    ends.push(end);
    let g = end;
    while (g < text.length && (text.charCodeAt(g) === 32 || text.charCodeAt(g) === 46)) g++;
    if (g === end) break;
    q = g;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    if (bookNameAt(text, nameStart, ends[k], ctx.index, hit) && (hit.caution === 0 || hit.capital)) {
      return chapterThenVerses(text, chapterWord, hit.book, n, ends[k], ctx);
    }
  }
  return null;
}

/** A chapter-first reference whose number starts at `pos`, or null. */
export function numberFirst(text: string, pos: number, floor: number, ctx: ParseContext, english: boolean): ParsedPassage | null {
  let end = pos;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  // "23rd Psalm" glues letters to the number; anything else needs a chapter word before it.
  if (english && isLetter(text.charCodeAt(end))) {
    const ps = ordinalPsalmAt(text, pos);
    if (ps) return chapterThenVerses(text, pos, 'Ps', ps.chapter, ps.end, ctx);
  }
  return pos > floor + 1 && text.charCodeAt(pos - 1) === 32 ? chapterOf(text, pos, floor, ctx) : null;
}
