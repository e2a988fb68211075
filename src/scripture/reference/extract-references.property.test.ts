import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReferences } from './extract-references.js';
import { parseReference } from './parse-reference.js';

// Pieces that steer random text towards the parser's edge cases: names, numbers, separators, dashes.
const pieces = fc.constantFrom(
  'John', 'Jn', '1', '2', '3', '16', ':', '.', ',', ';', '-', '–', '—', ' ', 'ff', 'v', 'vv', 'chapter',
  'and', 'to', 'I', 'II', '1st', 'Ps', 'Juan', 'Éxodo', 'E\u0301', 'Phlm', 'Jude', 'a', 'b', '\u0000', '\n',
  '\ud800', '\udc00', '😀', '\u202e', '\u00a0', 'Song of', 'the Gospel of', '151', '999', '0', '1,000',
);

const inputs = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
);

describe('extractReferences never breaks on odd input', () => {
  it('throws nothing, keeps offsets inside the input, and text equals the slice', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('en', 'es', 'auto') as fc.Arbitrary<'en' | 'es' | 'auto'>, (text, language) => {
        const r = extractReferences(text, { language });
        let last = 0;
        for (const x of [...r.references, ...r.invalid]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(text.length);
          expect(x.start).toBeLessThan(x.end);
          expect(x.text).toBe(text.slice(x.start, x.end));
        }
        for (const x of r.references) {
          expect(x.start).toBeGreaterThanOrEqual(last);
          last = x.end;
          expect(x.osis).toMatch(/^[0-9A-Za-z]+(\.\d+){0,2}(-[0-9A-Za-z]+(\.\d+){0,2})?(,[0-9A-Za-z]+(\.\d+){0,2}(-[0-9A-Za-z]+(\.\d+){0,2})?)*$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('parseReference throws nothing either', () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const r = parseReference(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});
