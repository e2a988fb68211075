import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from './markup.render.js';
import type { RenderedText } from './rendered.text.js';

// Pieces of real markup mixed with arbitrary text, so that random inputs reach the converters' states.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<note>', '</note>', '<title>', '</title>', '<q who="Jesus">', '</q>', '<q sID="a" who="Jesus"/>', '<q eID="a"/>',
    '<reference osisRef="John.3.16">', '</reference>', '<ref osisRef="Gen.1.1">', '</ref>', '<lb/>', '<l sID="x"/>',
    '<div type="x-p" sID="p"/>', '<w lemma="x">', '</w>', '<FR>', '<Fr>', '<RF>', '<Rf>', '<TS>', '<Ts>', '<CM>',
    '<font color="red">', '</font>', '<scripRef passage="Jn 3:16">', '</scripRef>', '&amp;', '&#x1F600;', '&#55296;',
    '¶', '<', '>', ' ', '\n', '\u0000', '\u200b',
  ),
);

function consistent(r: RenderedText): void {
  expect(r.segments.map((s) => s.text).join('')).toBe(r.text);
  for (const l of r.links) {
    expect(l.start).toBeGreaterThanOrEqual(0);
    expect(l.end).toBeLessThanOrEqual(r.text.length);
    expect(l.start).toBeLessThan(l.end);
  }
  for (const x of [...r.notes, ...r.headings, ...r.breaks]) {
    expect(x.offset).toBeGreaterThanOrEqual(0);
    expect(x.offset).toBeLessThanOrEqual(r.text.length + 1);
  }
}

describe('markup converters on arbitrary input', () => {
  it.each(['OSIS', 'TEI', 'ThML', 'GBF', 'Plaintext'])('%s never throws and keeps offsets inside the text', (type) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        consistent(renderMarkup(parts.join(''), type));
        consistent(renderMarkup(parts.join(''), type, { newlines: true }));
      }),
      { numRuns: 300 },
    );
  });
});
