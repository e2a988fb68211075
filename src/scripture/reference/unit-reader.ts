// Reads one "unit" of a passage: a number, or a chapter and verse ("3:16", "3.16", "3v16", "3 verse 16",
// Spanish "3,16"), with verse-part letters (16a) and "ff". Plain charCode loops, no regular expressions.
import { isLetter, isUpper } from '../books/index.js';
import { digitAt, skipSpaces, wordEnd, wordIs, WordList } from './passage-lexer.js';

/** One number, or chapter and verse, as written: what readUnit fills in. */
export interface Unit {
  a: number;
  b: number;
  sep: boolean;
  /** The separator was a comma (Spanish "3,16"). */
  comma: boolean;
  ff: boolean;
  time: boolean;
  end: number;
}

/** The unit read by the last readUnit call (shared, so reading allocates nothing). */
export const unit: Unit = { a: 0, b: 0, sep: false, comma: false, ff: false, time: false, end: 0 };

/** Copies one unit into another (to keep a reading across a look-ahead). */
export function copyUnit(from: Unit, to: Unit): void {
  to.a = from.a;
  to.b = from.b;
  to.sep = from.sep;
  to.comma = from.comma;
  to.ff = from.ff;
  to.time = from.time;
  to.end = from.end;
}

const VERSE_MARKS = new WordList(['verses', 'verse', 'versiculos', 'versiculo', 'vers', 'vss', 'ver', 'vv', 'vs', 'v']);
const CHAPTER_MARKS = new WordList([
  'chapters', 'chapter', 'chapts', 'chapt', 'chaps', 'chap', 'chpts', 'chpt', 'chp', 'chs', 'ch', 'capitulos', 'capitulo', 'caps', 'cap',
]);
const TIME_MARKS = new WordList(['am', 'pm', 'h', 'hs', 'hrs', 'hours', 'hr', 'uhr', 'oclock']);

/** Reads digits at `pos`; returns the end, or -1 for a number no verse has (4+ digits, leading zero). */
function number(text: string, pos: number): number {
  let p = pos;
  let v = 0;
  while (p < text.length && digitAt(text, p)) {
    v = v * 10 + text.charCodeAt(p) - 48;
    p++;
  }
  const len = p - pos;
  // Chapters and verses start at 1; "0" and 4-digit numbers are counts, years or times.
  if (len === 0 || len > 3 || v === 0) return -1;
  numValue = v;
  numZero = len > 1 && text.charCodeAt(pos) === 48;
  return p;
}

let numValue = 0;
let numZero = false;

/** After digits: a verse part letter (16a), "ff"/"f"/"ss", else -1 when letters are glued on ("5pm"). */
function suffix(text: string, p: number): number {
  // "Matt 1to2": a range word glued between numbers is left for the range reader.
  if (wordIs(text, p, 'to') && digitAt(text, p + 2)) return p;
  const c = text.charCodeAt(p) | 32;
  const next = text.charCodeAt(p + 1) | 32;
  if ((c === 102 && next === 102) || (c === 115 && next === 115)) {
    if (!isLetter(text.charCodeAt(p + 2))) {
      unit.ff = true;
      return text.charCodeAt(p + 2) === 46 ? p + 3 : p + 2;
    }
    return -1;
  }
  if (isLetter(text.charCodeAt(p + 1))) return -1;
  if (c === 102) {
    unit.ff = true;
    return text.charCodeAt(p + 1) === 46 ? p + 2 : p + 1;
  }
  if (c >= 97 && c <= 101) return p + 1;
  return -1;
}

/** Position after a verse word ("v.", "vv", "verse") and its spaces when a number follows, else -1. */
export function verseMarkAt(text: string, p: number): number {
  return markAt(VERSE_MARKS, text, p);
}

/** Position after a chapter word ("ch.", "chapter", "capítulo") and its spaces when a number follows, else -1. */
export function chapterMarkAt(text: string, p: number): number {
  return markAt(CHAPTER_MARKS, text, p);
}

function markAt(list: WordList, text: string, p: number): number {
  const n = list.lengthAt(text, p);
  if (n === 0) return -1;
  let q = p + n;
  if (text.charCodeAt(q) === 46) q++;
  q = skipSpaces(text, q);
  return digitAt(text, q) ? q : -1;
}

/** True when ",ddd" (exactly three digits) follows: digit grouping, as in "12,000". */
function thousands(text: string, p: number): boolean {
  return (
    text.charCodeAt(p) === 44 &&
    digitAt(text, p + 1) &&
    digitAt(text, p + 2) &&
    digitAt(text, p + 3) &&
    !digitAt(text, p + 4)
  );
}

/** True when a clock mark ("am", "p.m.", "h") or seconds follow a chapter:verse-looking time. */
function timeFollows(text: string, p: number): boolean {
  if (text.charCodeAt(p) === 58 && digitAt(text, p + 1)) return true;
  const q = skipSpaces(text, p);
  if (!isLetter(text.charCodeAt(q))) return false;
  if (TIME_MARKS.lengthAt(text, q) > 0) return true;
  const c = text.charCodeAt(q) | 32;
  // "a.m.", "p.m." and "o'clock".
  if ((c === 97 || c === 112) && text.charCodeAt(q + 1) === 46 && (text.charCodeAt(q + 2) | 32) === 109) return true;
  return c === 111 && (text.charCodeAt(q + 1) === 39 || text.charCodeAt(q + 1) === 0x2019);
}

/** An upper-case translation code glued on ("3:16KJV"): its end, else -1. */
function translationCode(text: string, p: number): number {
  let q = p;
  while (q < text.length && isUpper(text.charCodeAt(q))) q++;
  return q - p >= 2 && q - p <= 6 && !isLetter(text.charCodeAt(q)) ? q : -1;
}

/**
 * Reads one "unit": a number, optionally a separator (":", ".", "v", "verse", Spanish ",") and a
 * second number, verse-part letters and "ff". Fills `unit`; returns false when there is none.
 * `dot` false keeps "." out (in Spanish "5,3.5.7" the dots list verses).
 */
export function readUnit(text: string, pos: number, comma: boolean, dot = true): boolean {
  unit.ff = false;
  unit.time = false;
  unit.sep = false;
  unit.comma = false;
  unit.b = 0;
  let p = number(text, pos);
  if (p < 0 || numZero) return false;
  unit.a = numValue;
  // "1,000": a thousands separator, not a chapter and verse.
  if (!comma && thousands(text, p)) return false;
  let bStart = -1;
  const c = text.charCodeAt(p);
  if ((c | 32) === 118 && digitAt(text, p + 1)) bStart = p + 1;
  else if (isLetter(c)) {
    p = suffix(text, p);
    if (p < 0) return false;
  } else {
    const s = skipSpaces(text, p);
    const sc = text.charCodeAt(s);
    if (sc === 58 || sc === 0xff1a) {
      // "psalm37::5" doubles the colon.
      let t = s + 1;
      if (text.charCodeAt(t) === 58) t++;
      t = skipSpaces(text, t);
      if (digitAt(text, t)) bStart = t;
    } else if (((dot && c === 46) || (comma && c === 44)) && digitAt(text, p + 1)) {
      bStart = p + 1;
      unit.comma = c === 44;
    }
    else {
      const v = verseMarkAt(text, s);
      if (v > 0) bStart = v;
    }
  }
  if (bStart >= 0) {
    const e = number(text, bStart);
    if (e < 0) return false;
    unit.b = numValue;
    unit.sep = true;
    unit.time = numZero || timeFollows(text, e);
    p = e;
    if (isLetter(text.charCodeAt(p))) {
      const s = suffix(text, p);
      if (s >= 0) p = s;
      else {
        const t = translationCode(text, p);
        if (t < 0) return false;
        p = t;
      }
    }
  }
  if (!unit.ff) {
    const s = skipSpaces(text, p);
    if (s > p && (wordIs(text, s, 'ff') || wordIs(text, s, 'f') || wordIs(text, s, 'ss'))) {
      unit.ff = true;
      p = text.charCodeAt(s + 2) === 46 ? s + 3 : text.charCodeAt(s + 1) === 46 ? s + 2 : wordEnd(text, s);
    }
  }
  unit.end = p;
  return true;
}
