// Quotations in an article and the references they stand beside, and how closely a quotation's words
// follow a verse's. Pure functions; scripture.check.ts looks the verses up.
//
// The similarity measure, word-level: both texts are cut into words (lower case, accents and
// punctuation dropped, "don’t" one word), and the longest common subsequence of the two word lists is
// found — the words of the quote that appear in the verse in the same order, gaps allowed. Similarity
// is the matched share of the quote's words, each word weighted 1, except little words (the, and, of,
// que, de …) which weigh 0.25, so that a quote does not look faithful just because "the" and "of" line
// up. It measures the quote against the verse, not the other way round: quoting part of a verse
// ("It is finished" from John 19:30), or leaving words out with "…", still scores 100%.
import type { FoundReference } from '../../scripture/reference/index.js';

/** A quotation in a text, without its quotation marks; offsets in UTF-16 code units. */
export interface Quotation {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A quotation and the reference that cites it. */
export interface CitedQuotation {
  readonly quote: Quotation;
  readonly reference: FoundReference;
}

const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been am it its this that these those he him his she her they them their ' +
    'we us our you your i me my so not no do does did has have had will shall would should may might can could who whom which what there here then than ' +
    'el la los las lo un una unos unas y e o u de del al a en con por para que se su sus es son fue era le les me mi mis te tu tus nos os no ni si como ' +
    'pero mas más ya este esta estos estas ese esa eso aquel'
  ).split(' '),
);
const LITTLE_WORD_WEIGHT = 0.25;
/** At least this many words, or a quotation is a phrase in passing ("the accuser"), not checked. */
export const MIN_QUOTE_WORDS = 3;

/** The words of a text as compared: lower case, no accents, no punctuation. */
export function comparableWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function weight(word: string): number {
  return STOP_WORDS.has(word) ? LITTLE_WORD_WEIGHT : 1;
}

/** Most verse words compared (a whole long chapter is cut here; quotations are far shorter). */
const MAX_VERSE_WORDS = 4000;

/** How much of the quote's wording, weighted, appears in order in the verse: 0…1 (see the file comment). */
export function quoteSimilarity(quote: string, verse: string): number {
  const q = comparableWords(quote);
  const v = comparableWords(verse).slice(0, MAX_VERSE_WORDS);
  const total = q.reduce((sum, w) => sum + weight(w), 0);
  if (total === 0 || v.length === 0) return 0;
  // Weighted LCS, one row at a time.
  let prev = new Float64Array(v.length + 1);
  let row = new Float64Array(v.length + 1);
  for (let i = 1; i <= q.length; i++) {
    const w = q[i - 1];
    const gain = weight(w);
    for (let j = 1; j <= v.length; j++) {
      row[j] = w === v[j - 1] ? prev[j - 1] + gain : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
    row.fill(0);
  }
  return Math.min(1, prev[v.length] / total);
}

/** Little words do not help find a verse; the longest distinctive words do. */
export function distinctiveWords(quote: string, max = 6): string[] {
  const seen = new Set<string>();
  const words = quote
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w.normalize('NFKD').replace(/\p{M}+/gu, '')) && !seen.has(w) && seen.add(w));
  return words.sort((a, b) => b.length - a.length).slice(0, max);
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/** Every quotation in `text` (curly, straight or angle quotation marks; not across a blank line). */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i]];
    if (!close) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== close && !(text[j] === '\n' && text[j + 1] === '\n')) j++;
    if (j >= text.length || text[j] !== close) {
      i++;
      continue;
    }
    found.push({ text: text.slice(i + 1, j), start: i + 1, end: j });
    i = j + 1;
  }
  return found;
}

/** A quotation worth checking: a few words, and not a title in quotation marks ("High Priestly Prayer"). */
export function isCheckableQuote(quote: string): boolean {
  const words = quote.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_QUOTE_WORDS) return false;
  const titleCase = words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || STOP_WORDS.has(w.toLowerCase()));
  return !titleCase;
}

/** Words between a reference and the quotation after it, at most ("Hebrews 7:25 declares:" then the quote). */
const MAX_BRIDGE_WORDS = 8;

/**
 * Pairs quotations with the reference that cites them: a reference right after the quote
 * (“…” (John 19:30)), or one shortly before it in the same sentence or the line above
 * ("Romans 8:34 powerfully states:" / a heading "Isaiah 53:12 — He Bore Our Sin"). Each quote and each
 * reference is used once; a reference after the quote wins.
 */
export function citedQuotations(text: string, references: readonly FoundReference[]): CitedQuotation[] {
  const quotes = findQuotations(text).filter((q) => isCheckableQuote(q.text));
  const used = new Set<FoundReference>();
  const pairs: CitedQuotation[] = [];
  for (const quote of quotes) {
    const after = references.find((r) => r.start >= quote.end + 1 && !used.has(r) && /^[\s.,;:!?—–-]*\(?\s*$/u.test(text.slice(quote.end + 1, r.start)));
    if (after) {
      used.add(after);
      pairs.push({ quote, reference: after });
      continue;
    }
    const before = [...references].reverse().find((r) => r.end <= quote.start - 1);
    if (!before || used.has(before)) continue;
    const bridge = text.slice(before.end, quote.start - 1);
    const otherQuote = quotes.some((q) => q !== quote && q.start > before.end && q.start < quote.start);
    const words = bridge.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const blockBreaks = bridge.split('\n\n').length - 1;
    if (otherQuote || words > MAX_BRIDGE_WORDS || blockBreaks > 1 || /[.!?](\s|$)/u.test(bridge.replace(/\)\s*$/, ''))) continue;
    used.add(before);
    pairs.push({ quote, reference: before });
  }
  return pairs;
}
