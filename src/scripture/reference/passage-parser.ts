// Reads the chapters and verses after a book name, bcv-parser style: ranges (hyphen, en/em dash, "to"),
// cross-chapter and cross-book ranges, sequences that carry book and chapter forward ("Jn 3:16-18, 20",
// "Gen 18:22-33; Ex 32:11-14", "Eph 1:15–23 and 3:14–21"), verse parts (16a), "ff", and words such as
// "chapter", "v.", "vv.". Produces raw items; whether the verses exist is resolve.ts's business.
// Items come from a pool reused by every parse, so a reference costs no allocation here; callers
// consume a parse's items before starting the next.
import { chapterVerses, isLetter, isSingleChapter, type NameIndex } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import { bookBefore, newHit, type BookHit } from './book-before.js';
import { digitAt, isSpace, rangeAt, Sep, sequenceAt, sequenceEnd, skipSpaces } from './passage-lexer.js';
import { countFollows } from './prose-guard.js';
import { chapterMarkAt, copyUnit, readUnit, unit, verseMarkAt, type Unit } from './unit-reader.js';

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

/** What the parser read after a book name: `items[0 … count-1]` (pooled, valid until the next parse). */
export interface ParsedPassage {
  items: RawItem[];
  count: number;
  /** End of the whole reference. */
  end: number;
  /** The first number is written as a reference (chapter:verse, "chapter 3", an ordinal). */
  strong: boolean;
}

/** What the parser needs to know besides the text. */
export interface ParseContext {
  readonly index: NameIndex;
  readonly versification: VersificationName;
  /** Spanish mode: "3,16" is chapter 3 verse 16. */
  readonly spanish: boolean;
}

const saved: Unit = { a: 0, b: 0, sep: false, comma: false, ff: false, time: false, end: 0 };
const innerHit = newHit();
let atNumber = 0;

/** True when a book name that starts exactly at `pos` is followed by its number; fills `innerHit` and `atNumber`. */
function bookAt(text: string, pos: number, ctx: ParseContext): boolean {
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
    else if (!(isSpace(c) || c === 46 || c === 38)) return false;
    p++;
  }
  if (p >= limit || !letter) return false;
  if (!bookBefore(text, p, pos, ctx.index, 2, innerHit) || innerHit.start !== pos) return false;
  if (innerHit.caution === 2 && !innerHit.capital) return false;
  atNumber = p;
  return true;
}

class Parser {
  text = '';
  ctx!: ParseContext;
  comma = false;
  book = '';
  single = false;
  chapter = 0;
  verseMode = false;
  /** A Spanish "3,16" was read, so "." now lists verses ("5,3.5.7"). */
  commaStyle = false;
  readonly result: ParsedPassage = { items: [], count: 0, end: 0, strong: false };

  reset(text: string, ctx: ParseContext, comma: boolean, book: string): void {
    this.text = text;
    this.ctx = ctx;
    this.comma = comma;
    this.result.count = 0;
    this.chapter = 0;
    this.verseMode = false;
    this.commaStyle = false;
    this.setBook(book);
  }

  setBook(book: string): void {
    this.book = book;
    this.single = isSingleChapter(book);
  }

  /** A fresh item from the pool, in the current book. */
  item(start: number): RawItem {
    const r = this.result;
    let it = r.items[r.count];
    if (!it) {
      it = { start: 0, end: 0, book: '', chapter: 0, verse: 0, endBook: '', endChapter: 0, endVerse: 0 };
      r.items.push(it);
    }
    it.start = start;
    it.end = start;
    it.book = this.book;
    it.chapter = 0;
    it.verse = 0;
    it.endBook = this.book;
    it.endChapter = 0;
    it.endVerse = 0;
    return it;
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
    if (unit.comma) this.commaStyle = true;
    it.end = unit.end;
    it.endBook = it.book;
    it.endChapter = it.chapter;
    it.endVerse = it.verse;
    if (unit.ff) {
      if (it.verse > 0) it.endVerse = 0;
      else it.endChapter = -1;
      this.result.count++;
      return unit.end;
    }
    const r = rangeAt(this.text, unit.end);
    if (r < 0) {
      this.result.count++;
      return unit.end;
    }
    if (!digitAt(this.text, r) || this.nameFollows(r)) return this.rangeToBook(it, r);
    copyUnit(unit, saved);
    if (!readUnit(this.text, r, this.comma, !this.commaStyle) || unit.time) {
      copyUnit(saved, unit);
      this.result.count++;
      return saved.end;
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
      const counts = chapterVerses(this.ctx.versification, it.book) ?? chapterVerses('NRSVA', it.book);
      const chapters = counts?.length ?? 0;
      const versesHere = counts?.[it.chapter - 1] ?? 0;
      if ((unit.a <= it.chapter || unit.a > chapters) && unit.a <= versesHere) {
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
    this.result.count++;
    return unit.end;
  }

  /** A range whose end lies before its start ("Prov 31:30-30:1") is read as two references. */
  split(it: RawItem, r: number): number {
    it.end = saved.end;
    this.result.count++;
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

  /** True when a book name (with ordinal) starts at `pos` ("…; 2 Kings 3"). */
  nameFollows(pos: number): boolean {
    return !digitAt(this.text, pos + 1) && bookAt(this.text, pos, this.ctx);
  }

  /** After ". ", only a chapter:verse or a range continues the reference ("Acts 10:34. 37-43"). */
  periodContinues(q: number): boolean {
    if (!digitAt(this.text, q)) return false;
    copyUnit(unit, saved);
    const ok = readUnit(this.text, q, this.comma, !this.commaStyle) && !unit.time && (unit.sep || rangeAt(this.text, unit.end) >= 0);
    copyUnit(saved, unit);
    return ok;
  }

  rangeToBook(it: RawItem, r: number): number {
    if (!bookAt(this.text, r, this.ctx) || !readUnit(this.text, atNumber, this.comma) || unit.time) {
      this.result.count++;
      return it.end;
    }
    this.setBook(innerHit.book);
    it.endBook = innerHit.book;
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
    this.result.count++;
    return unit.end;
  }

  /** Reads an item introduced by a chapter or verse word ("chapter 6", "vv. 3"). */
  marked(q: number, chapterAt: number, verseAt: number): number {
    if (!readUnit(this.text, chapterAt > 0 ? chapterAt : verseAt, this.comma) || unit.time) return -1;
    const it = this.item(q);
    if (chapterAt > 0 && !unit.sep) {
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
    return this.finish(it);
  }

  /** Reads the sequence after the first item; returns the end of the reference. */
  sequence(pos: number): number {
    const text = this.text;
    for (;;) {
      let sep = sequenceAt(text, pos);
      let q = sequenceEnd();
      if (this.commaStyle && text.charCodeAt(pos) === 46 && digitAt(text, pos + 1)) {
        // Spanish "Mt 5,3.5.7": verses 3, 5 and 7 of chapter 5.
        if (!readUnit(text, pos + 1, true, false) || unit.time || unit.sep) return pos;
        const it = this.item(pos + 1);
        this.next(it);
        pos = this.finish(it);
        continue;
      }
      if (sep === Sep.None) {
        // "Exod 1:1 vss 3", "Matt 3:4 chapter 6": the word itself continues the reference.
        const s = skipSpaces(text, pos);
        if (s === pos || (chapterMarkAt(text, s) < 0 && verseMarkAt(text, s) < 0)) return pos;
        sep = Sep.And;
        q = s;
      }
      if (sep === Sep.Period && !this.periodContinues(q)) return pos;
      const chapterAt = chapterMarkAt(text, q);
      const verseAt = chapterAt < 0 ? verseMarkAt(text, q) : -1;
      if (chapterAt > 0 || verseAt > 0) {
        const e = this.marked(q, chapterAt, verseAt);
        if (e < 0) return pos;
        pos = e;
        continue;
      }
      if (isLetter(text.charCodeAt(q)) || (digitAt(text, q) && this.nameFollows(q))) {
        if (!bookAt(text, q, this.ctx) || !readUnit(text, atNumber, this.comma) || unit.time) return pos;
        this.setBook(innerHit.book);
        const it = this.item(q);
        this.first(it, innerHit.cvWord);
        pos = this.finish(it);
        continue;
      }
      if (!digitAt(text, q) || !readUnit(text, q, this.comma, !this.commaStyle) || unit.time) return pos;
      // "Romans 8:28, 12 people came": a count, not a verse.
      if (!unit.sep && countFollows(text, unit.end)) return pos;
      const it = this.item(q);
      this.next(it);
      pos = this.finish(it);
    }
  }
}

const parser = new Parser();

/** Parses the passage whose first number starts at `numStart`, after the book `hit`; null when none. */
export function parsePassage(text: string, numStart: number, hit: BookHit, ctx: ParseContext): ParsedPassage | null {
  const comma = ctx.spanish || hit.spanish;
  if (!readUnit(text, numStart, comma) || unit.time) return null;
  const strong = unit.sep || hit.cvWord !== 0 || hit.ordinal;
  parser.reset(text, ctx, comma, hit.book);
  const it = parser.item(hit.start);
  // "John chapter 3 verse 16", "chapter 3, verse 16".
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
  parser.first(it, hit.cvWord);
  const end = parser.sequence(parser.finish(it));
  parser.result.end = end;
  parser.result.strong = strong;
  return parser.result;
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
  parser.reset(text, ctx, ctx.spanish, book);
  const it = parser.item(start);
  it.chapter = chapter;
  parser.chapter = chapter;
  let s = skipSpaces(text, pos);
  if (text.charCodeAt(s) === 44) s = skipSpaces(text, s + 1);
  const v = verseMarkAt(text, s);
  let end = pos;
  if (v > 0 && readUnit(text, v, ctx.spanish) && !unit.sep && !unit.time) {
    it.verse = unit.a;
    parser.verseMode = true;
    end = parser.sequence(parser.finish(it));
  } else {
    it.end = pos;
    it.endChapter = chapter;
    parser.result.count++;
  }
  parser.result.end = end;
  parser.result.strong = true;
  return parser.result;
}
