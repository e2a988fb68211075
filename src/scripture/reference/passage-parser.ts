// Reads the chapters and verses after a book name, bcv-parser style: ranges (hyphen, en/em dash, "to"),
// cross-chapter and cross-book ranges, sequences that carry book and chapter forward ("Jn 3:16-18, 20",
// "Gen 18:22-33; Ex 32:11-14", "Eph 1:15–23 and 3:14–21"), verse parts (16a), "ff", and words such as
// "chapter", "v.", "vv.". Produces raw items; whether the verses exist is resolve.ts's business.
import { chapterVerses, isLetter, isSingleChapter, isUpper, REFERENCE_FOLLOWERS, type NameIndex } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import { bookBefore, type BookHit } from './book-before.js';
import {
  digitAt,
  foldedWord,
  isSpace,
  rangeAt,
  Sep,
  sequenceAt,
  sequenceEnd,
  skipSpaces,
  wordEnd,
  wordIs,
} from './passage-lexer.js';

/** One passage as written: numbers not yet checked against a versification. */
export interface RawItem {
  start: number;
  end: number;
  book: string;
  chapter: number;
  /** 0: from the start of the chapter. */
  verse: number;
  endBook: string;
  /** -1: to the end of the book. */
  endChapter: number;
  /** 0: to the end of the chapter. */
  endVerse: number;
}

/** What the parser read after a book name. */
export interface ParsedPassage {
  readonly items: RawItem[];
  /** End of the whole reference. */
  readonly end: number;
  /** The first number is written as a reference (chapter:verse, "chapter 3", an ordinal). */
  readonly strong: boolean;
}

/** What the parser needs to know besides the text. */
export interface ParseContext {
  readonly index: NameIndex;
  readonly versification: VersificationName;
  /** Spanish mode: "3,16" is chapter 3 verse 16. */
  readonly spanish: boolean;
}

interface Unit {
  a: number;
  b: number;
  sep: boolean;
  ff: boolean;
  time: boolean;
  end: number;
}

const unit: Unit = { a: 0, b: 0, sep: false, ff: false, time: false, end: 0 };

const VERSE_MARKS = ['verses', 'verse', 'versiculos', 'versiculo', 'vers', 'vss', 'ver', 'vv', 'vs', 'v'];
const CHAPTER_MARKS = ['chapters', 'chapter', 'chapts', 'chapt', 'chaps', 'chap', 'chpts', 'chpt', 'chp', 'chs', 'ch', 'capitulos', 'capitulo', 'caps', 'cap'];
const TIME_MARKS = ['am', 'pm', 'a.m', 'p.m', 'h', 'hs', 'hrs', 'hours', 'hr', 'uhr', 'oclock'];

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
function verseMarkAt(text: string, p: number): number {
  for (const w of VERSE_MARKS) {
    if (wordIs(text, p, w)) {
      let q = p + w.length;
      if (text.charCodeAt(q) === 46) q++;
      q = skipSpaces(text, q);
      return digitAt(text, q) ? q : -1;
    }
  }
  return -1;
}

function chapterMarkAt(text: string, p: number): number {
  for (const w of CHAPTER_MARKS) {
    if (wordIs(text, p, w)) {
      let q = p + w.length;
      if (text.charCodeAt(q) === 46) q++;
      q = skipSpaces(text, q);
      return digitAt(text, q) ? q : -1;
    }
  }
  return -1;
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

/** True when a clock mark ("am", "pm", "h") or seconds follow a chapter:verse-looking time. */
function timeFollows(text: string, p: number): boolean {
  if (text.charCodeAt(p) === 58 && digitAt(text, p + 1)) return true;
  const q = skipSpaces(text, p);
  for (const w of TIME_MARKS) {
    if (wordIs(text, q, w)) return true;
  }
  return wordIs(text, q, 'o') && text.charCodeAt(q + 1) === 39;
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
 */
function readUnit(text: string, pos: number, comma: boolean): boolean {
  unit.ff = false;
  unit.time = false;
  unit.sep = false;
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
    } else if ((c === 46 || (comma && c === 44)) && digitAt(text, p + 1)) bStart = p + 1;
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

/** True when a lower-case word that is not part of reference talk follows ("Mark 12 people"). */
export function countWordFollows(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  const c = text.charCodeAt(p);
  if (c === 37 || c === 47 || c === 0xb0) return true;
  if (!isLetter(c) || isUpper(c)) return false;
  return !REFERENCE_FOLLOWERS.has(foldedWord(text, p, wordEnd(text, p)));
}

class Parser {
  items: RawItem[] = [];
  book = '';
  single = false;
  chapter = 0;
  verseMode = false;

  constructor(
    readonly text: string,
    readonly ctx: ParseContext,
    readonly comma: boolean,
  ) {}

  counts(book: string): readonly number[] | undefined {
    return chapterVerses(this.ctx.versification, book) ?? chapterVerses('NRSVA', book);
  }

  setBook(book: string): void {
    this.book = book;
    this.single = isSingleChapter(book);
  }

  item(start: number): RawItem {
    return { start, end: start, book: this.book, chapter: 0, verse: 0, endBook: this.book, endChapter: 0, endVerse: 0 };
  }

  /** Interprets the unit just read as the first after a book name. */
  first(it: RawItem, cvWord: 0 | 1 | 2): void {
    if (cvWord === 2 && !unit.sep) {
      it.chapter = 1;
      it.verse = unit.a;
      this.verseMode = true;
    } else if (unit.sep) {
      it.chapter = unit.a;
      it.verse = unit.b;
      this.verseMode = true;
    } else if (this.single && cvWord !== 1) {
      // "Jude 1" is the whole (one-chapter) book; "Jude 3" and "Jude 1-3" are verses.
      it.chapter = 1;
      const whole = unit.a === 1 && !unit.ff && rangeAt(this.text, unit.end) < 0;
      it.verse = whole ? 0 : unit.a;
      this.verseMode = true;
    } else {
      it.chapter = unit.a;
      it.verse = 0;
      this.verseMode = false;
    }
    this.chapter = it.chapter;
  }

  /** Interprets a unit read inside a sequence, carrying book and chapter forward. */
  next(it: RawItem): void {
    if (unit.sep) {
      it.chapter = unit.a;
      it.verse = unit.b;
      this.verseMode = true;
    } else if (this.verseMode) {
      it.chapter = this.chapter;
      it.verse = unit.a;
    } else if (this.single) {
      it.chapter = 1;
      it.verse = unit.a;
      this.verseMode = true;
    } else {
      it.chapter = unit.a;
      it.verse = 0;
    }
    this.chapter = it.chapter;
  }

  /** Closes an item on the unit just read, then reads any range after it. Returns the new position. */
  finish(it: RawItem): number {
    it.end = unit.end;
    it.endBook = it.book;
    it.endChapter = it.chapter;
    it.endVerse = it.verse;
    if (unit.ff) {
      if (it.verse > 0) it.endVerse = 0;
      else it.endChapter = -1;
      this.items.push(it);
      return unit.end;
    }
    const r = rangeAt(this.text, unit.end);
    if (r < 0) {
      this.items.push(it);
      return unit.end;
    }
    if (!digitAt(this.text, r) || this.nameFollows(r)) return this.rangeToBook(it, r);
    const start = { ...unit };
    if (!readUnit(this.text, r, this.comma) || unit.time) {
      Object.assign(unit, start);
      this.items.push(it);
      return start.end;
    }
    it.end = unit.end;
    if (it.verse > 0) {
      if (unit.sep) {
        if (unit.a < it.chapter || (unit.a === it.chapter && unit.b < it.verse)) return this.split(it, r);
        it.endChapter = unit.a;
        it.endVerse = unit.b;
        this.chapter = unit.a;
      } else {
        if (unit.a < it.verse) return this.split(it, r);
        it.endVerse = unit.a;
      }
    } else if (unit.sep) {
      it.endChapter = unit.a;
      it.endVerse = unit.b;
      this.chapter = unit.a;
      this.verseMode = true;
    } else {
      const counts = this.counts(it.book);
      const chapters = counts?.length ?? 0;
      const versesHere = counts?.[it.chapter - 1] ?? 0;
      if ((unit.a <= it.chapter || unit.a > chapters) && unit.a <= versesHere && unit.a > 0) {
        // "Ps 125-1", "Heb 13-15": a dash typed where the colon belongs.
        it.verse = unit.a;
        it.endVerse = unit.a;
        this.verseMode = true;
      } else {
        it.endChapter = unit.a;
        this.chapter = unit.a;
      }
    }
    if (unit.ff) {
      if (it.endVerse > 0) it.endVerse = 0;
      else it.endChapter = -1;
    }
    this.items.push(it);
    return unit.end;
  }

  /** A range whose end lies before its start ("Prov 31:30-30:1") is read as two references. */
  split(it: RawItem, r: number): number {
    this.items.push(it);
    const second = this.item(r);
    if (unit.sep) {
      second.chapter = unit.a;
      second.verse = unit.b;
    } else {
      second.chapter = it.chapter;
      second.verse = unit.a;
    }
    this.chapter = second.chapter;
    return this.finish(second);
  }

  /** After ". ", only a chapter:verse or a range continues the reference ("Acts 10:34. 37-43"). */
  periodContinues(q: number): boolean {
    if (!digitAt(this.text, q)) return false;
    const saved = { ...unit };
    const ok = readUnit(this.text, q, this.comma) && !unit.time && (unit.sep || rangeAt(this.text, unit.end) >= 0);
    Object.assign(unit, saved);
    return ok;
  }

  /** True when a book name (with ordinal) starts at `pos` ("…; 2 Kings 3"). */
  nameFollows(pos: number): boolean {
    const p = pos + 1;
    return !digitAt(this.text, p) && bookAt(this.text, pos, this.ctx) !== null;
  }

  rangeToBook(it: RawItem, r: number): number {
    const at = bookAt(this.text, r, this.ctx);
    if (!at || !readUnit(this.text, at.numStart, this.comma) || unit.time) {
      this.items.push(it);
      return it.end;
    }
    this.setBook(at.hit.book);
    it.endBook = at.hit.book;
    if (unit.sep) {
      it.endChapter = unit.a;
      it.endVerse = unit.b;
      this.verseMode = true;
    } else if (this.single) {
      it.endChapter = 1;
      it.endVerse = unit.a;
      this.verseMode = true;
    } else {
      it.endChapter = unit.a;
      it.endVerse = 0;
      this.verseMode = false;
    }
    this.chapter = it.endChapter;
    it.end = unit.end;
    if (unit.ff) {
      if (it.endVerse > 0) it.endVerse = 0;
      else it.endChapter = -1;
    }
    this.items.push(it);
    return unit.end;
  }

  /** Reads the sequence after the first item; returns the end of the reference. */
  sequence(pos: number): number {
    for (;;) {
      let sep = sequenceAt(this.text, pos);
      let q = sequenceEnd();
      if (sep === Sep.None) {
        // "Exod 1:1 vss 3", "Matt 3:4 chapter 6": the word itself continues the reference.
        const s = skipSpaces(this.text, pos);
        if (s === pos || (chapterMarkAt(this.text, s) < 0 && verseMarkAt(this.text, s) < 0)) return pos;
        sep = Sep.And;
        q = s;
      }
      const c = this.text.charCodeAt(q);
      if (sep === Sep.Period && !this.periodContinues(q)) return pos;
      const ch0 = chapterMarkAt(this.text, q);
      const vs0 = ch0 < 0 ? verseMarkAt(this.text, q) : -1;
      if (ch0 > 0 || vs0 > 0) {
        if (!readUnit(this.text, ch0 > 0 ? ch0 : vs0, this.comma) || unit.time) return pos;
        const it = this.item(q);
        if (ch0 > 0 && !unit.sep) {
          it.chapter = unit.a;
          this.verseMode = false;
        } else if (unit.sep) {
          it.chapter = unit.a;
          it.verse = unit.b;
          this.verseMode = true;
        } else {
          it.chapter = this.single ? 1 : this.chapter;
          it.verse = unit.a;
          this.verseMode = true;
        }
        this.chapter = it.chapter;
        pos = this.finish(it);
        continue;
      }
      if (isLetter(c) || (digitAt(this.text, q) && !digitAt(this.text, q + 1) && this.nameFollows(q))) {
        const at = bookAt(this.text, q, this.ctx);
        if (at) {
          if (!readUnit(this.text, at.numStart, this.comma) || unit.time) return pos;
          this.setBook(at.hit.book);
          const it = this.item(q);
          this.first(it, at.hit.cvWord);
          pos = this.finish(it);
          continue;
        }
        return pos;
      }
      if (!digitAt(this.text, q)) return pos;
      if (!readUnit(this.text, q, this.comma) || unit.time) return pos;
      // "Romans 8:28, 12 people came": a count, not a verse.
      if (!unit.sep && countWordFollows(this.text, unit.end)) return pos;
      const it = this.item(q);
      this.next(it);
      pos = this.finish(it);
    }
  }
}

/** Where a book name that starts exactly at `pos` is followed by its number, or null. */
export function bookAt(text: string, pos: number, ctx: ParseContext): { hit: BookHit; numStart: number } | null {
  const limit = Math.min(text.length, pos + 64);
  let p = pos;
  let letter = false;
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      if (letter) break;
      p++;
      continue;
    }
    if (isLetter(c)) letter = true;
    else if (!(isSpace(c) || c === 46 || c === 38)) return null;
    p++;
  }
  if (p >= limit || !letter) return null;
  const hit = bookBefore(text, p, pos, ctx.index, 2);
  if (!hit || hit.start !== pos) return null;
  if (hit.caution === 2 && !hit.capital) return null;
  return { hit, numStart: p };
}

/** Parses the passage whose first number starts at `numStart`, after the book `hit`; null when none. */
export function parsePassage(text: string, numStart: number, hit: BookHit, ctx: ParseContext): ParsedPassage | null {
  const comma = ctx.spanish || hit.spanish;
  if (!readUnit(text, numStart, comma) || unit.time) return null;
  const strong = unit.sep || hit.cvWord !== 0 || hit.ordinal;
  const p = new Parser(text, ctx, comma);
  p.setBook(hit.book);
  const it = p.item(hit.start);
  // "John chapter 3 verse 16".
  if (hit.cvWord === 1 && !unit.sep) {
    let s = skipSpaces(text, unit.end);
    if (text.charCodeAt(s) === 44) s = skipSpaces(text, s + 1);
    const v = verseMarkAt(text, s);
    if (v > 0) {
      const chapter = unit.a;
      if (!readUnit(text, v, comma) || unit.sep) return null;
      unit.sep = true;
      unit.b = unit.a;
      unit.a = chapter;
    }
  }
  p.first(it, hit.cvWord);
  const end = p.sequence(p.finish(it));
  return { items: p.items, end, strong };
}

/**
 * A chapter named before its book ("the 23rd Psalm", "chapter 3 of John"), with any verses written after
 * it ("…, verses 2-3"). `pos` is where the text after the book name begins.
 */
export function chapterThenVerses(
  text: string,
  start: number,
  book: string,
  chapter: number,
  pos: number,
  ctx: ParseContext,
): ParsedPassage {
  const p = new Parser(text, ctx, ctx.spanish);
  p.setBook(book);
  const it = p.item(start);
  it.chapter = chapter;
  p.chapter = chapter;
  let s = skipSpaces(text, pos);
  if (text.charCodeAt(s) === 44) s = skipSpaces(text, s + 1);
  const v = verseMarkAt(text, s);
  if (v > 0 && readUnit(text, v, ctx.spanish) && !unit.sep && !unit.time) {
    it.verse = unit.a;
    p.verseMode = true;
    const end = p.sequence(p.finish(it));
    return { items: p.items, end, strong: true };
  }
  Object.assign(it, { end: pos, endBook: book, endChapter: chapter, endVerse: 0 });
  return { items: [it], end: pos, strong: true };
}
