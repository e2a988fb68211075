// Parsing one reference typed on its own (passage lookup, the reader's reference box): the whole
// string must be a reference, and every part of it must exist.
import { nameIndex } from '../books/index.js';
import { bookBefore } from './book-before.js';
import { parsePassage, type ParseContext } from './passage-parser.js';
import { formatOsis } from './osis-format.js';
import { resolveItem } from './resolve.js';
import type { ParseResult, Passage, ReferenceOptions } from './types.js';

/** Trailing characters a typed reference may end with. */
function trailing(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 46 || c === 59 || c === 44 || c === 41;
}

/** Parses a single reference ("John 3:16", "jn3.16", "Juan 3:16", "1 Cor 13:4-7", OSIS) into passages and OSIS. */
export function parseReference(input: string, options?: ReferenceOptions): ParseResult {
  const mode = options?.language ?? 'auto';
  const v = options?.versification ?? 'NRSVA';
  const ctx: ParseContext = { index: nameIndex(mode), versification: v, spanish: mode === 'es' };
  let begin = 0;
  while (begin < input.length && (input.charCodeAt(begin) <= 32 || input.charCodeAt(begin) === 40)) begin++;
  let end = input.length;
  while (end > begin && trailing(input.charCodeAt(end - 1))) end--;
  const text = input.slice(0, end);
  for (let i = begin; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || (i > begin && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)) continue;
    const hit = bookBefore(text, i, begin, ctx.index, 2);
    if (!hit || hit.start !== begin) continue;
    const parsed = parsePassage(text, i, hit, ctx);
    if (!parsed || parsed.end !== end) continue;
    const passages: Passage[] = [];
    for (const it of parsed.items) {
      const r = resolveItem(it, v);
      if (typeof r === 'string') return { ok: false, reason: r };
      passages.push(r);
    }
    return { ok: true, osis: formatOsis(passages, v), passages };
  }
  return { ok: false, reason: `not a Bible reference: "${input.slice(begin, end)}"` };
}
