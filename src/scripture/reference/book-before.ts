// Finds the book name (with its ordinal and optional lead-in words) that ends just before a number.
// The scanner calls this at every number, so the exact path walks reversed tries and writes into a
// caller's hit object without allocating; the fuzzy path (misspellings) runs only when the number
// already looks like a reference.
import {
  fold,
  fuzzyBook,
  GAP,
  isDigit,
  isLetter,
  isUpper,
  JOINING_WORDS,
  letterAt,
  NOT_BOOK_WORDS,
  PhraseTrie,
  SKIP,
  type NameCaution,
  type NameIndex,
  type NameTarget,
  type PhraseMatch,
} from '../books/index.js';

/** A book name found before a number. Mutable: finders fill one the caller owns. */
export interface BookHit {
  /** Where the reference's text starts: lead-in words, ordinal or name. */
  start: number;
  /** Where the name itself starts (after any ordinal). */
  nameStart: number;
  book: string;
  caution: NameCaution;
  /** The name is written with a capital letter. */
  capital: boolean;
  /** An ordinal was written ("1 John", "Second Kings"). */
  ordinal: boolean;
  /** -1 for an exact name; otherwise how far a misspelling was from the name. */
  fuzzy: number;
  /** Letters in the written name. */
  letters: number;
  /** The name is Spanish, so "3,16" reads as chapter 3 verse 16. */
  spanish: boolean;
  /** A word between name and number: 1 "chapter", 2 "verse". */
  cvWord: 0 | 1 | 2;
}

/** A blank hit for the finders to fill. */
export function newHit(): BookHit {
  return {
    start: 0,
    nameStart: 0,
    book: '',
    caution: 0,
    capital: false,
    ordinal: false,
    fuzzy: -1,
    letters: 0,
    spanish: false,
    cvWord: 0,
  };
}

const CV_WORDS = new PhraseTrie<1 | 2>();
for (const w of 'chapter chapters ch chs chap chaps chapt chapts chpt chpts chp cap caps capitulo capitulos cp'.split(' ')) {
  CV_WORDS.add(w, 1, (a) => a);
}
for (const w of 'verse verses v vv vs vss ver vers vrs versiculo versiculos'.split(' ')) {
  CV_WORDS.add(w, 2, (a) => a);
}

const nameScratch: PhraseMatch<NameTarget>[] = [];
const ordScratch: PhraseMatch<number>[] = [];
const wordScratch: PhraseMatch<true>[] = [];
const cvScratch: PhraseMatch<1 | 2>[] = [];

/** Start of the gap (spaces, dots, one colon or asterisk) that ends at `end`. */
function gapBefore(text: string, end: number, floor: number): number {
  let i = end;
  let punct = 0;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 46) i--;
    else if ((c === 58 || c === 42) && punct === 0) {
      punct++;
      i--;
    } else break;
  }
  return i;
}

/** Start of plain spaces and dots ending at `end`. */
function spacesBefore(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 46) i--;
    else break;
  }
  return i;
}

let ordValue = 0;
let ordStart = 0;

/** Looks for an ordinal (optionally followed by connecting words) ending before `nameStart`. */
function ordinalBefore(text: string, nameStart: number, floor: number, index: NameIndex): boolean {
  const j = spacesBefore(text, nameStart, floor);
  if (ordinalEndingAt(text, j, floor, index)) return true;
  const found = index.connectors.matchBefore(text, j, wordScratch);
  for (let k = found - 1; k >= 0; k--) {
    const s = wordScratch[k].start;
    if (s < floor || s === j) continue;
    if (ordinalEndingAt(text, spacesBefore(text, s, floor), floor, index)) return true;
  }
  return false;
}

function ordinalEndingAt(text: string, end: number, floor: number, index: NameIndex): boolean {
  const found = index.ordinals.matchBefore(text, end, ordScratch);
  for (let k = found - 1; k >= 0; k--) {
    const m = ordScratch[k];
    if (m.start < floor) continue;
    // "11 John" is not "1 John": the ordinal must not be the tail of a longer number.
    if (m.start > 0 && isDigit(text.charCodeAt(m.start - 1))) continue;
    ordValue = m.value;
    ordStart = m.start;
    return true;
  }
  return false;
}

/** Extends a reference's start over lead-in words ("the Gospel according to", "San"). */
function withPrefix(text: string, start: number, floor: number, index: NameIndex): number {
  const j = spacesBefore(text, start, floor);
  if (j === start) return start;
  const found = index.prefixes.matchBefore(text, j, wordScratch);
  for (let k = found - 1; k >= 0; k--) if (wordScratch[k].start >= floor) return wordScratch[k].start;
  return start;
}

function exactBefore(
  text: string,
  end: number,
  floor: number,
  index: NameIndex,
  cvWord: 0 | 1 | 2,
  out: BookHit,
): boolean {
  const found = index.names.matchBefore(text, end, nameScratch, true);
  for (let k = found - 1; k >= 0; k--) {
    const m = nameScratch[k];
    if (m.start < floor) continue;
    const t = m.value;
    let book: string | null | undefined;
    let start = m.start;
    let ordinal = false;
    if (letterAt(text, m.start - 1)) {
      // Only a numeric ordinal may be glued to a name ("1stTim"); otherwise this is the tail of a word.
      if (!ordinalEndingAt(text, m.start, floor, index) || !t.numbered[ordValue]) continue;
      if (!isDigit(text.charCodeAt(ordStart))) continue;
      book = t.numbered[ordValue];
      start = ordStart;
      ordinal = true;
    } else if (ordinalBefore(text, m.start, floor, index) && t.numbered[ordValue]) {
      book = t.numbered[ordValue];
      start = ordStart;
      ordinal = true;
    } else {
      book = t.bare;
      // A digit glued to the name that is not its ordinal ("5John") means this is no name.
      if (m.start > 0 && isDigit(text.charCodeAt(m.start - 1))) continue;
    }
    if (!book) continue;
    out.start = withPrefix(text, start, floor, index);
    out.nameStart = m.start;
    out.book = book;
    out.caution = t.caution;
    out.capital = isUpper(text.charCodeAt(m.start));
    out.ordinal = ordinal;
    out.fuzzy = -1;
    out.letters = t.letters;
    out.spanish = (t.langs & 2) !== 0;
    out.cvWord = cvWord;
    return true;
  }
  return false;
}

/** Folds the letters between two positions into a lower-case ASCII word. */
function foldWord(text: string, start: number, end: number): string {
  let w = '';
  for (let i = start; i < end; i++) {
    const f = fold(text.charCodeAt(i));
    if (f >= 97 && f <= 122) w += String.fromCharCode(f);
  }
  return w;
}

const wordStarts: number[] = [0, 0, 0];
const wordEnds: number[] = [0, 0, 0];

function fuzzyBefore(text: string, end: number, floor: number, index: NameIndex, weak: boolean, out: BookHit): boolean {
  // Collect up to three whole words of letters before the number, right to left.
  let words = 0;
  let i = end;
  while (words < 3) {
    let s = i;
    while (s > floor) {
      const f = fold(text.charCodeAt(s - 1));
      if (f === SKIP || (f >= 97 && f <= 122)) s--;
      else break;
      // No name is this long; give up rather than walk a pathological run of letters.
      if (i - s > 40) return false;
    }
    if (s === i || (s > 0 && (isLetter(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1))))) break;
    wordStarts[words] = s;
    wordEnds[words++] = i;
    let g = s;
    while (g > floor && fold(text.charCodeAt(g - 1)) === GAP) g--;
    if (g === s) break;
    i = g;
  }
  // Before a bare chapter only a single long, capitalised misspelt word is trusted ("Phillipians 4");
  // checking that first keeps the edit-distance work off ordinary words before counts.
  if (weak && (words === 0 || wordEnds[0] - wordStarts[0] < 6 || !isUpper(text.charCodeAt(wordStarts[0])))) return false;
  if (words === 0) return false;
  // No name ends in an everyday word, so "we met at 5:30" needs no further look (but "1 Per" does).
  if (NOT_BOOK_WORDS.hasSpan(text, wordStarts[0], wordEnds[0]) && !ordinalBefore(text, wordStarts[0], floor, index)) {
    return false;
  }
  for (let k = weak ? Math.min(words, 1) : words; k >= 1; k--) {
    let phrase = '';
    for (let w = k - 1; w >= 0; w--) phrase += (phrase ? ' ' : '') + foldWord(text, wordStarts[w], wordEnds[w]);
    const s = wordStarts[k - 1];
    const n = ordinalBefore(text, s, floor, index) ? ordValue : 0;
    const oStart = ordStart;
    const led = withPrefix(text, s, floor, index) < s;
    let hit = n ? fuzzyBook(phrase, n, index, weak, led) : null;
    const ordinal = hit !== null;
    if (!hit) hit = fuzzyBook(phrase, 0, index, weak, led);
    if (!hit) continue;
    const capital = isUpper(text.charCodeAt(s));
    // Lower-case prose sits before times and counts; only the slightest slip is forgiven there.
    if (!capital && hit.distance > 0.75) continue;
    out.start = withPrefix(text, ordinal ? oStart : s, floor, index);
    out.nameStart = s;
    out.book = hit.book;
    out.caution = hit.target.caution;
    out.capital = capital;
    out.ordinal = ordinal;
    out.fuzzy = hit.distance;
    out.letters = phrase.length;
    out.spanish = (hit.target.langs & 2) !== 0;
    out.cvWord = 0;
    return true;
  }
  return false;
}

/** True when a joining word ("of", "&", "de") sits just before `start`. */
function joinedBefore(text: string, start: number, floor: number): boolean {
  const e = spacesBefore(text, start, floor);
  if (e === start) return false;
  if (text.charCodeAt(e - 1) === 38) return true;
  let s = e;
  while (s > floor && isLetter(text.charCodeAt(s - 1))) s--;
  return e - s <= 3 && JOINING_WORDS.hasSpan(text, s, e);
}

const longer = newHit();

/**
 * Finds the book named just before the number at `numStart`, not reaching left of `floor`, and fills
 * `out`. `shape` says how reference-like the number is: 0 none (exact names only), 1 weak (a bare
 * number: fuzzy only for long, capitalised words), 2 strong (chapter:verse: abbreviations and
 * misspellings too). Returns false when no book is named there.
 */
export function bookBefore(
  text: string,
  numStart: number,
  floor: number,
  index: NameIndex,
  shape: 0 | 1 | 2,
  out: BookHit,
): boolean {
  const end = gapBefore(text, numStart, floor);
  if (end === floor || !isLetter(text.charCodeAt(end - 1))) return false;
  if (exactBefore(text, end, floor, index, 0, out)) {
    // "Let. of Jeremiah": the exact "Jeremiah" may be the tail of an abbreviated longer name.
    if (shape === 2 && joinedBefore(text, out.start, floor)) {
      if (fuzzyBefore(text, end, floor, index, false, longer) && longer.start < out.start && longer.fuzzy <= 0.5) {
        Object.assign(out, longer);
      }
    }
    return true;
  }
  // "John chapter 3", "Phlm vv. 6": a chapter or verse word between name and number.
  const cv = CV_WORDS.matchBefore(text, end, cvScratch);
  for (let k = cv - 1; k >= 0; k--) {
    const m = cvScratch[k];
    if (m.start < floor) continue;
    const e = spacesBefore(text, m.start, floor);
    if (e === m.start || e === floor) continue;
    if (exactBefore(text, e, floor, index, m.value, out)) return true;
  }
  if (shape === 0) return false;
  return fuzzyBefore(text, end, floor, index, shape === 1, out);
}

/** Fills `out` with the book whose name (with ordinal and lead-in words) runs exactly from `start` to `end`. */
export function bookNameAt(text: string, start: number, end: number, index: NameIndex, out: BookHit): boolean {
  return exactBefore(text, end, start, index, 0, out) && out.start === start;
}

/** Start of a chapter word ("chapter", "ch.", "capítulo") just before `pos`, or -1. */
export function chapterWordBefore(text: string, pos: number, floor: number): number {
  const end = spacesBefore(text, pos, floor);
  if (end === pos) return -1;
  const found = CV_WORDS.matchBefore(text, end, cvScratch);
  for (let k = found - 1; k >= 0; k--) {
    if (cvScratch[k].start >= floor && cvScratch[k].value === 1) return cvScratch[k].start;
  }
  return -1;
}
