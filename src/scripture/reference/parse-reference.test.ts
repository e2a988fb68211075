import { describe, expect, it } from 'vitest';
import { parseReference } from './parse-reference.js';

describe('parseReference', () => {
  it.each([
    ['John 3:16', 'John.3.16'],
    ['jn3.16', 'John.3.16'],
    ['Juan 3:16', 'John.3.16'],
    ['1 Cor 13:4-7', '1Cor.13.4-1Cor.13.7'],
    ['  Ps 23  ', 'Ps.23'],
    ['John.3.16', 'John.3.16'],
    ['Gen.1.1-Gen.1.3', 'Gen.1.1-Gen.1.3'],
    ['1John.2.1', '1John.2.1'],
    ['Phlm.1.10-Phlm.1.21', 'Phlm.1.10-Phlm.1.21'],
    ['Exod.32.11-Exod.32.14', 'Exod.32.11-Exod.32.14'],
    ['job 38', 'Job.38'],
    ['mark 3', 'Mark.3'],
    ['Salmo 23:1', 'Ps.23.1'],
    ['EpJer.1.5', 'EpJer.1.5'],
  ])('%j → %s', (input, osis) => {
    const r = parseReference(input);
    expect(r).toMatchObject({ ok: true, osis });
  });

  it('returns resolved passages', () => {
    expect(parseReference('John 17')).toEqual({
      ok: true,
      osis: 'John.17',
      passages: [{ book: 'John', chapter: 17, verse: 1, endBook: 'John', endChapter: 17, endVerse: 26 }],
    });
  });

  it('explains what is wrong', () => {
    expect(parseReference('John 22:1')).toEqual({ ok: false, reason: 'John has 21 chapters' });
    expect(parseReference('Ps 151', { versification: 'KJV' })).toEqual({ ok: false, reason: 'Psalms has 150 chapters' });
    expect(parseReference('Hezekiah 3:1')).toMatchObject({ ok: false });
    expect(parseReference('')).toMatchObject({ ok: false });
  });

  it('accepts only a whole reference', () => {
    expect(parseReference('John 3:16 is my favourite').ok).toBe(false);
    expect(parseReference('see John 3:16').ok).toBe(false);
  });
});
