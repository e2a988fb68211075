// Parsing one reference typed on its own (passage lookup, the reader's reference box): the whole
// string must be a reference, and every part of it must exist.
import { nameIndex } from '../books/index.js';
import { bookBefore, newHit } from './book-before.js';
import { joinOsis, mergeInPlace } from './osis-format.js';
import { parsePassage, type ParseContext } from './passage-parser.js';
import { newPassage, resolveItem, type MutablePassage } from './resolve.js';
import type { ParseResult, Passage, ReferenceOptions } from './types.js';

/** Trailing characters a typed reference may end with. */
function trailing(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 46 || c === 59 || c === 44 || c === 41;
}

const hit = newHit();

/** Parses a single reference ("John 3:16", "jn3.16", "Juan 3:16", "1 Cor 13:4-7", OSIS) into passages and OSIS. */
export function parseReference(input: string, options?: ReferenceOptions): ParseResult {
  const mode = options?.language ?? 'auto';
  const v = options?.versification ?? 'NRSVA';
  const ctx: ParseContext = { index: nameIndex(mode), versification: v, spanish: mode === 'es' };
  let begin = 0;
  while (begin < input.length && (input.charCodeAt(begin) <= 32 || input.charCodeAt(begin) === 40)) begin++;
  let end = input.length;
  while (end > begin && trailing(input.charCodeAt(end - 1))) end--;
  const text = end === input.length ? input : input.slice(0, end);
  for (let i = begin; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || (i > begin && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)) continue;
    if (!bookBefore(text, i, begin, ctx.index, 2, hit) || hit.start !== begin) continue;
    const parsed = parsePassage(text, i, hit, ctx);
    if (!parsed || parsed.end !== end) continue;
    const passages: MutablePassage[] = [];
    for (let k = 0; k < parsed.count; k++) {
      const p = newPassage();
      const reason = resolveItem(parsed.items[k], v, p);
      if (reason !== null) return { ok: false, reason };
      passages.push(p);
    }
    // Merged, as the OSIS prints them: "John 3:16, 17" is one passage of two verses.
    const count = mergeInPlace(passages, passages.length, v);
    const merged: Passage[] = passages.slice(0, count);
    return { ok: true, osis: joinOsis(passages, count, v), passages: merged };
  }
  return { ok: false, reason: `not a Bible reference: "${input.slice(begin, end)}"` };
}
