// The reference finder: one left-to-right pass that stops only at numbers, looks left for a book name
// (reversed tries, no allocation), and parses rightwards from there. Text between numbers is skipped
// with a single comparison per character; parsing reuses pooled objects, so the only allocations are
// the results themselves.
import { nameIndex } from '../books/index.js';
import type { VersificationName } from '../versification/index.js';
import { bookBefore, newHit } from './book-before.js';
import { numberFirst } from './number-first.js';
import { joinOsis, mergeInPlace } from './osis-format.js';
import { parsePassage, type ParseContext, type ParsedPassage } from './passage-parser.js';
import { readsAsReference } from './prose-guard.js';
import { newPassage, resolveItem, type MutablePassage } from './resolve.js';
import type { Extraction, FoundReference, InvalidReference, ReferenceOptions } from './types.js';

/** How reference-like the number at `i` looks: 2 for chapter:verse ("3:16", "3.16", "3v16"), else 1. */
function shapeAt(text: string, i: number): 1 | 2 {
  let p = i;
  while (p < text.length && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  let c = text.charCodeAt(p);
  if (c === 46 || (c | 32) === 118) return text.charCodeAt(p + 1) >= 48 && text.charCodeAt(p + 1) <= 57 ? 2 : 1;
  while (c === 32) c = text.charCodeAt(++p);
  return c === 58 ? 2 : 1;
}

const pool: MutablePassage[] = [];

// The run of valid items being collected; module state rather than a closure per reference.
let run = 0;
let runStart = 0;
let runEnd = 0;

function flush(text: string, v: VersificationName, refs: FoundReference[]): void {
  if (run === 0) return;
  const osis = joinOsis(pool, mergeInPlace(pool, run, v), v);
  refs.push({ text: text.slice(runStart, runEnd), start: runStart, end: runEnd, osis });
  run = 0;
}

/** Emits the valid runs and (when `reportInvalid`) the invalid items of one parsed reference. */
function collect(
  text: string,
  parsed: ParsedPassage,
  reportInvalid: boolean,
  v: VersificationName,
  refs: FoundReference[],
  invalid: InvalidReference[],
): void {
  run = 0;
  for (let i = 0; i < parsed.count; i++) {
    const it = parsed.items[i];
    if (pool.length === run) pool.push(newPassage());
    const reason = resolveItem(it, v, pool[run]);
    if (reason !== null) {
      flush(text, v, refs);
      if (reportInvalid) invalid.push({ text: text.slice(it.start, it.end), start: it.start, end: it.end, reason });
      continue;
    }
    if (run === 0) runStart = it.start;
    run++;
    runEnd = it.end;
  }
  flush(text, v, refs);
}

const hit = newHit();

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
    let parsed: ParsedPassage | null;
    let reportInvalid = true;
    if (bookBefore(text, i, floor, ctx.index, shapeAt(text, i), hit)) {
      parsed = parsePassage(text, i, hit, ctx);
      if (parsed && !readsAsReference(text, hit, parsed.strong, parsed.end)) parsed = null;
      // A guessed (misspelt) name that points nowhere was probably never meant as a reference.
      reportInvalid = hit.fuzzy < 0;
    } else {
      parsed = numberFirst(text, i, floor, ctx, mode !== 'es');
    }
    if (parsed) {
      collect(text, parsed, reportInvalid, v, references, invalid);
      floor = parsed.end;
      i = parsed.end - 1;
      continue;
    }
    while (i + 1 < n && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
  }
  return { references, invalid };
}
