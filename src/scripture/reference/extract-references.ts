// The reference finder: one left-to-right pass that stops only at numbers, looks left for a book name
// (reversed tries, no allocation), and parses rightwards from there. Text between numbers is skipped
// with a single comparison per character.
import { nameIndex } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import { bookBefore, bookNameAt, chapterWordBefore, type BookHit } from './book-before.js';
import { chapterOfAt, ordinalPsalmAt } from './ordinal-psalm.js';
import { wordEnd } from './passage-lexer.js';
import {
  chapterThenVerses,
  countWordFollows,
  parsePassage,
  type ParseContext,
  type ParsedPassage,
  type RawItem,
} from './passage-parser.js';
import { formatOsis } from './osis-format.js';
import { resolveItem } from './resolve.js';
import type { Extraction, FoundReference, InvalidReference, Passage, ReferenceOptions } from './types.js';

/** How reference-like the number at `i` looks: 2 for chapter:verse ("3:16", "3.16", "3v16"), else 1. */
function shapeAt(text: string, i: number): 1 | 2 {
  let p = i;
  while (p < text.length && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  let c = text.charCodeAt(p);
  if (c === 46 || (c | 32) === 118) return text.charCodeAt(p + 1) >= 48 && text.charCodeAt(p + 1) <= 57 ? 2 : 1;
  while (c === 32) c = text.charCodeAt(++p);
  return c === 58 ? 2 : 1;
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

/** Whether prose around a name and number reads as a reference (see language-table.ts for cautions). */
function accepted(text: string, hit: BookHit, parsed: ParsedPassage): boolean {
  const strong = parsed.strong;
  if (hit.fuzzy >= 0 && !strong) {
    if (!hit.capital || hit.letters < 6 || hit.fuzzy > 1) return false;
    if (countWordFollows(text, parsed.end)) return false;
  }
  if (hit.caution === 2 && !hit.capital) return false;
  if (hit.caution >= 1 && !strong) {
    if (!hit.capital || countWordFollows(text, parsed.end) || yearFollows(text, parsed.end)) return false;
  }
  // A short lower-case abbreviation before a count reads as prose ("proof of ths 2 all men").
  if (!strong && !hit.capital && hit.letters <= 4 && countWordFollows(text, parsed.end)) return false;
  return true;
}

/** Emits the valid runs and the invalid items of one parsed reference. */
function collect(
  text: string,
  items: readonly RawItem[],
  reportInvalid: boolean,
  v: VersificationName,
  refs: FoundReference[],
  invalid: InvalidReference[],
): void {
  let run: Passage[] = [];
  let runStart = 0;
  let runEnd = 0;
  const flush = () => {
    if (run.length === 0) return;
    refs.push({ text: text.slice(runStart, runEnd), start: runStart, end: runEnd, osis: formatOsis(run, v) });
    run = [];
  };
  for (const it of items) {
    const r = resolveItem(it, v);
    if (typeof r === 'string') {
      flush();
      if (reportInvalid) invalid.push({ text: text.slice(it.start, it.end), start: it.start, end: it.end, reason: r });
      continue;
    }
    if (run.length === 0) runStart = it.start;
    run.push(r);
    runEnd = it.end;
  }
  flush();
}

/** References that put the chapter before the book: "the 23rd Psalm", "chapter 3 of John". */
function numberFirst(text: string, i: number, floor: number, ctx: ParseContext, mode: string): ParsedPassage | null {
  if (mode !== 'es') {
    const ps = ordinalPsalmAt(text, i);
    if (ps) return chapterThenVerses(text, i, 'Ps', ps.chapter, ps.end, ctx);
  }
  const chapterWord = chapterWordBefore(text, i, floor);
  if (chapterWord < 0) return null;
  const of = chapterOfAt(text, i);
  if (!of) return null;
  // The name may run over several words ("Song of Songs"); try the longest first.
  const ends: number[] = [];
  let p = of.nameStart;
  for (let k = 0; k < 5; k++) {
    const e = wordEnd(text, p);
    if (e === p) break;
    ends.push(e);
    let g = e;
    while (g < text.length && (text.charCodeAt(g) === 32 || text.charCodeAt(g) === 46)) g++;
    if (g === e) break;
    p = g;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const hit = bookNameAt(text, of.nameStart, ends[k], ctx.index);
    if (hit && (hit.caution === 0 || hit.capital)) {
      return chapterThenVerses(text, chapterWord, hit.book, of.chapter, ends[k], ctx);
    }
  }
  return null;
}

/**
 * Finds every Bible reference in `text`: valid ones with OSIS (bcv-parser format) and UTF-16 offsets,
 * and, separately, ones that name a chapter or verse that does not exist, with the reason.
 */
export function extractReferences(text: string, options?: ReferenceOptions): Extraction {
  const mode = options?.language ?? 'auto';
  const v = options?.versification ?? 'NRSVA';
  const ctx: ParseContext = { index: nameIndex(mode), versification: v, spanish: mode === 'es' };
  const references: FoundReference[] = [];
  const invalid: InvalidReference[] = [];
  let floor = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (prev >= 48 && prev <= 57) continue;
    const hit = bookBefore(text, i, floor, ctx.index, shapeAt(text, i));
    if (hit) {
      const parsed = parsePassage(text, i, hit, ctx);
      if (parsed && accepted(text, hit, parsed)) {
        // A guessed (misspelt) name that points nowhere was probably never meant as a reference.
        collect(text, parsed.items, hit.fuzzy < 0, v, references, invalid);
        floor = parsed.end;
        i = parsed.end - 1;
        continue;
      }
    } else {
      const parsed = numberFirst(text, i, floor, ctx, mode);
      if (parsed) {
        collect(text, parsed.items, true, v, references, invalid);
        floor = parsed.end;
        i = parsed.end - 1;
        continue;
      }
    }
    while (i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
  }
  return { references, invalid };
}
