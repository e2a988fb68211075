// Whether prose around a name and a number reads as a reference. Names that are everyday words or
// people ("Mark 12 people", "my job 2 weeks ago", "Mar 3, 2024") need more than a bare number.
import { COUNT_WORDS, isLetter, isUpper, REFERENCE_FOLLOWERS } from '../books/index.js';
import type { BookHit } from './book-before.js';
import { skipSpaces, wordEnd } from './passage-lexer.js';

/** True when a lower-case word that is not part of reference talk follows ("Mark 12 people"). */
export function countWordFollows(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  const c = text.charCodeAt(p);
  if (c === 37 || c === 47 || c === 0xb0) return true;
  if (!isLetter(c) || isUpper(c)) return false;
  return !REFERENCE_FOLLOWERS.hasSpan(text, p, wordEnd(text, p));
}

/** True when a count word ("people", "times", "veces") or a unit sign follows: "…, 12 people came". */
export function countFollows(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  const c = text.charCodeAt(p);
  if (c === 37 || c === 47 || c === 0xb0) return true;
  if (!isLetter(c)) return false;
  return COUNT_WORDS.hasSpan(text, p, wordEnd(text, p));
}

/** True when ", 2024" follows: a date ("Mar 3, 2024"), not a reference. */
function yearFollows(text: string, pos: number): boolean {
  let p = pos;
  if (text.charCodeAt(p) === 44) p++;
  while (text.charCodeAt(p) === 32) p++;
  let digits = 0;
  while (text.charCodeAt(p + digits) >= 48 && text.charCodeAt(p + digits) <= 57) digits++;
  return digits === 4;
}

/**
 * Whether a name and the passage read after it (ending at `end`) count as a reference. `strong` is
 * set when the first number is written the way only references are (chapter:verse, "chapter 3",
 * an ordinal before the name).
 */
export function readsAsReference(text: string, hit: BookHit, strong: boolean, end: number): boolean {
  if (hit.fuzzy >= 0 && !strong) {
    if (!hit.capital || hit.letters < 6 || hit.fuzzy > 1) return false;
    if (countWordFollows(text, end)) return false;
  }
  if (hit.caution === 2 && !hit.capital) return false;
  if (hit.caution >= 1 && !strong) {
    if (!hit.capital || countWordFollows(text, end) || yearFollows(text, end)) return false;
  }
  // A short lower-case abbreviation before a count reads as prose ("proof of ths 2 all men").
  if (!strong && !hit.capital && hit.letters <= 4 && countWordFollows(text, end)) return false;
  return true;
}
