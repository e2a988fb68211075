// Turns a reference typed by a reader into ordinal ranges of one translation: parse in the translation's
// versification, and when the reference only exists in the other one (KJV's Rev 13:1 is NRSVA's 12:18–13:1,
// NRSVA's 3 John 15 is KJV's 14), parse there and map verse by verse.
import { AppError } from '../../platform/errors.js';
import { toVersificationBook } from '../books/index.js';
import { parseReference, type Passage, type ReferenceLanguage } from '../reference/index.js';
import type { OrdinalTable } from '../verse-ordinal.js';
import { mapVerse, VERSIFICATION_NAMES, type VersificationName } from '../versification/index.js';

/** A passage in the translation's numbering and its ordinal range. */
export interface ResolvedPassage {
  /** In reference ids (`Ps` 151, not `AddPs`), numbered as the translation numbers it. */
  readonly passage: Passage;
  readonly first: number;
  readonly last: number;
}

/** What a reference resolves to in one translation. */
export interface ResolvedReference {
  readonly passages: readonly ResolvedPassage[];
  /** OSIS as written, when it was numbered in another versification. */
  readonly mappedFrom?: string;
}

const NOT_A_REFERENCE = /^not a Bible reference/;

/** The reason as an AppError: not a reference at all, or a reference to something that does not exist. */
export function referenceError(reason: string): AppError {
  if (NOT_A_REFERENCE.test(reason)) return new AppError('INVALID_REFERENCE', `${reason.replace(/^not/, 'Not')}.`, { reason });
  return new AppError('UNKNOWN_REFERENCE', `${reason[0].toUpperCase()}${reason.slice(1)}.`, { reason });
}

function ordinalOf(table: OrdinalTable, book: string, chapter: number, verse: number): number {
  const at = toVersificationBook(table.versification, book, chapter);
  return table.ordinalOf(at.osis, at.chapter, verse);
}

function rangeOf(table: OrdinalTable, p: Passage): ResolvedPassage | string {
  const first = ordinalOf(table, p.book, p.chapter, p.verse);
  const last = ordinalOf(table, p.endBook, p.endChapter, p.endVerse);
  if (!first || !last) return `${p.book}.${p.chapter}.${p.verse} is not in the ${table.versification} versification`;
  if (last < first) return 'the range ends before it starts';
  return { passage: p, first, last };
}

function mapPassage(from: VersificationName, to: VersificationName, p: Passage): Passage | null {
  const s = mapVerse(from, to, p.book, p.chapter, p.verse);
  const e = mapVerse(from, to, p.endBook, p.endChapter, p.endVerse);
  if (!s || !e) return null;
  const end = e.end ?? e;
  return { book: s.osis, chapter: s.chapter, verse: s.verse, endBook: e.osis, endChapter: end.chapter, endVerse: end.verse };
}

/**
 * Resolves a reference in a translation's versification `to`. `from` fixes the numbering the reference is
 * written in; without it, `to` is tried first, then the others. Throws INVALID_REFERENCE / UNKNOWN_REFERENCE.
 */
export function resolveReference(
  reference: string,
  table: OrdinalTable,
  options: { language?: ReferenceLanguage; from?: VersificationName },
): ResolvedReference {
  const to = table.versification;
  const order = options.from ? [options.from] : [to, ...VERSIFICATION_NAMES.filter((v) => v !== to)];
  let firstReason: string | undefined;
  for (const from of order) {
    const parsed = parseReference(reference, { language: options.language ?? 'auto', versification: from });
    if (!parsed.ok) {
      firstReason ??= parsed.reason;
      // Not a reference in one numbering means not a reference in any.
      if (NOT_A_REFERENCE.test(parsed.reason)) break;
      continue;
    }
    const out: ResolvedPassage[] = [];
    for (const p of parsed.passages) {
      const mapped = from === to ? p : mapPassage(from, to, p);
      if (!mapped) throw referenceError(`${parsed.osis} has no counterpart in the ${to} versification`);
      const r = rangeOf(table, mapped);
      if (typeof r === 'string') throw referenceError(r);
      out.push(r);
    }
    return from === to ? { passages: out } : { passages: out, mappedFrom: parsed.osis };
  }
  throw referenceError(firstReason ?? `not a Bible reference: "${reference}"`);
}
