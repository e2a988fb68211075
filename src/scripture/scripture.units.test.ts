// Small pure pieces of the Scripture data layer: accent folding, verse ordinals, display forms.
import { describe, expect, it } from 'vitest';
import { bookName, displayPassage, referenceBook } from './passages/reference.display.js';
import { foldAccents } from './text-fold.js';
import { normalizeTopicName } from './topics/topic-name.js';
import { ordinalTable } from './verse-ordinal.js';
import { chapterCount, getVersification, verseCount } from './versification/index.js';

describe('accent folding', () => {
  it('removes accents without changing any offset', () => {
    for (const [from, to] of [
      ['corazón', 'corazon'],
      ['JEHOVÁ, Señor, pingüino', 'JEHOVA, Senor, pinguino'],
      ['ﬁ 😀 plain', 'ﬁ 😀 plain'],
    ]) {
      expect(foldAccents(from)).toBe(to);
      expect(foldAccents(from)).toHaveLength(from.length);
    }
    expect(normalizeTopicName('  Laying-on of HANDS ')).toBe('LAYING ON OF HANDS');
  });
});

describe('verse ordinals', () => {
  it('number every verse of a versification once, in order', () => {
    for (const name of ['KJV', 'NRSVA'] as const) {
      const t = ordinalTable(name);
      const v = getVersification(name);
      let expected = 0;
      let wrong = 0;
      for (const b of v.books) {
        for (let c = 1; c <= chapterCount(v, b.osis); c++) {
          for (let n = 1; n <= verseCount(v, b.osis, c); n++) {
            const o = t.ordinalOf(b.osis, c, n);
            if (o !== ++expected || t.books[t.bookIndexAt(o)].osis !== b.osis || t.chapterAt(o) !== c || t.verseAt(o) !== n) wrong++;
          }
        }
      }
      expect(wrong).toBe(0);
      expect(t.count).toBe(expected);
      const o = t.ordinalOf('John', 3, 16);
      expect([t.books[t.bookIndexAt(o)].osis, t.chapterAt(o), t.verseAt(o)]).toEqual(['John', 3, 16]);
      expect(t.ordinalOf('John', 22, 1)).toBe(0);
      expect(t.chapterRange('Jude', 1)).toEqual([t.ordinalOf('Jude', 1, 1), t.ordinalOf('Jude', 1, 25)]);
    }
    expect(ordinalTable('KJV').count).toBe(31102);
  });
});

describe('display forms', () => {
  const single = (osis: string) => ['Jude', 'Phlm', 'Obad', '2John', '3John'].includes(osis);
  const show = (p: [string, number, number, string, number, number], wholeChapters = false, language: 'en' | 'es' = 'en') =>
    displayPassage({ book: p[0], chapter: p[1], verse: p[2], endBook: p[3], endChapter: p[4], endVerse: p[5] }, { language, wholeChapters, singleChapter: single });

  it('write references as people do, in English and Spanish', () => {
    expect(show(['John', 3, 16, 'John', 3, 16])).toBe('John 3:16');
    expect(show(['John', 3, 16, 'John', 3, 18])).toBe('John 3:16–18');
    expect(show(['Heb', 4, 15, 'Heb', 5, 2])).toBe('Hebrews 4:15–5:2');
    expect(show(['Matt', 5, 1, 'Matt', 7, 29], true)).toBe('Matthew 5–7');
    expect(show(['Jude', 1, 24, 'Jude', 1, 25])).toBe('Jude 24–25');
    expect(show(['1John', 2, 1, '1John', 2, 1], false, 'es')).toBe('1 Juan 2:1');
    expect(bookName('Ps', 'es')).toBe('Salmos');
    expect(referenceBook('NRSVA', 'AddPs', 1)).toEqual({ book: 'Ps', chapter: 151 });
    expect(referenceBook('NRSVA', 'Bar', 6)).toEqual({ book: 'Bar', chapter: 6 });
  });
});
