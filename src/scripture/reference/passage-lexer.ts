// Reading the pieces of a passage after a book name: numbers, separators, range dashes, verse-part
// letters, "ff". Plain charCode loops, no regular expressions, so a candidate costs a few comparisons.
import { fold, isLetter } from '../books/index.js';

/** True for the space characters that may sit inside a reference (not line breaks). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

/** First position at or after `pos` that is not an inline space. */
export function skipSpaces(text: string, pos: number): number {
  while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** True when the code unit is an ASCII digit. */
export function digitAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 48 && c <= 57;
}

/** End of the run of letters starting at `pos`. */
export function wordEnd(text: string, pos: number): number {
  while (pos < text.length && isLetter(text.charCodeAt(pos))) pos++;
  return pos;
}

/** True when `word` (lower-case ASCII) is written at `pos` in any case and ends there as a word. */
export function wordIs(text: string, pos: number, word: string): boolean {
  if (pos + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (fold(text.charCodeAt(pos + k)) !== word.charCodeAt(k)) return false;
  }
  return !isLetter(text.charCodeAt(pos + word.length));
}

/**
 * A short list of marker words ("chapter", "vv", "through") matched at a position in the text. Words
 * are grouped by first letter so a position that starts with anything else costs one lookup.
 */
export class WordList {
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    // Longest first, so "verses" wins over "verse" and "v".
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(0);
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** Length of the listed word written at `pos` (any case, ending at a word boundary), or 0. */
  lengthAt(text: string, pos: number): number {
    const list = this.byFirst.get(fold(text.charCodeAt(pos)));
    if (!list) return 0;
    for (const w of list) if (wordIs(text, pos, w)) return w.length;
    return 0;
  }
}

// Hyphen, en dash, em dash and the other dashes people type for a range.
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);

const RANGE_WORDS = new WordList(['through', 'thru', 'to', 'till', 'until', 'hasta', 'al']);

/** If a range marker (dash or "to"/"through"/"hasta") starts at `pos` (after spaces), the position after it and its spaces; else -1. */
export function rangeAt(text: string, pos: number): number {
  const p = skipSpaces(text, pos);
  const c = text.charCodeAt(p);
  if (DASHES.has(c)) {
    let q = p + 1;
    // "--" typed for a dash.
    if (DASHES.has(text.charCodeAt(q))) q++;
    return skipSpaces(text, q);
  }
  const n = RANGE_WORDS.lengthAt(text, p);
  if (n === 0) return -1;
  const q = skipSpaces(text, p + n);
  // "Matt 1to2" has no spaces; a range word must lead to a number.
  return digitAt(text, q) ? q : -1;
}

/** Kind of sequence separator found by sequenceAt. */
export const enum Sep {
  None,
  Comma,
  Semicolon,
  And,
  /** ". " — only continues a reference when a chapter:verse or a range follows. */
  Period,
}

let sepEnd = 0;

/** Position after the separator found by the last sequenceAt call (and its trailing spaces). */
export function sequenceEnd(): number {
  return sepEnd;
}

const AND_WORDS = new WordList(['and', 'y', 'cf', 'also', 'see', 'compare']);

/** The sequence separator (comma, semicolon, "and", "&", "y") at `pos` after spaces, or Sep.None. */
export function sequenceAt(text: string, pos: number): Sep {
  const p = skipSpaces(text, pos);
  const c = text.charCodeAt(p);
  if (c === 44 || c === 0xff0c) {
    sepEnd = skipSpaces(text, p + 1);
    // "and" after a comma: "1, 2, and 3".
    const q = andWordEnd(text, sepEnd);
    if (q > 0) sepEnd = q;
    return Sep.Comma;
  }
  if (c === 59 || c === 0xff1b) {
    sepEnd = skipSpaces(text, p + 1);
    return Sep.Semicolon;
  }
  if (c === 38) {
    sepEnd = skipSpaces(text, p + 1);
    return Sep.And;
  }
  const q = andWordEnd(text, p);
  if (q > 0 && q > p) {
    sepEnd = q;
    return Sep.And;
  }
  if (c === 46 && p === pos && isSpace(text.charCodeAt(p + 1))) {
    sepEnd = skipSpaces(text, p + 1);
    return Sep.Period;
  }
  return Sep.None;
}

function andWordEnd(text: string, p: number): number {
  const n = AND_WORDS.lengthAt(text, p);
  if (n === 0) return -1;
  let q = p + n;
  if (text.charCodeAt(q) === 46) q++;
  return skipSpaces(text, q);
}
