// Accent folding that keeps every offset: each UTF-16 unit maps to exactly one unit, so ranges found in
// folded text (PostgreSQL's Spanish search) are ranges of the original text too.

const MARKS = /[\u0300-\u036f]/g;
const cache = new Map<number, string>();

function foldUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0xc0) return c;
  let f = cache.get(code);
  if (f === undefined) {
    const stripped = c.normalize('NFD').replace(MARKS, '');
    // Keep characters whose base is not a single unit (ligatures, surrogates) as they are.
    f = stripped.length === 1 ? stripped : c;
    cache.set(code, f);
  }
  return f;
}

/** Removes accents (á → a, Ñ → N, ü → u) without changing the text's length. */
export function foldAccents(text: string): string {
  let out = '';
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0xc0) continue;
    const f = foldUnit(text[i]);
    if (f !== text[i]) {
      out += text.slice(plain, i) + f;
      plain = i + 1;
    }
  }
  return plain === 0 ? text : out + text.slice(plain);
}
