import { describe, expect, it } from 'vitest';
import { getVersification } from '../versification/index.js';
import { chapterVerses, isSingleChapter, toVersificationBook } from './verse-counts.js';

describe('verse counts with versification aliases', () => {
  it('counts Psalm 151 in the NRSVA (filed there as AddPs) but not in the KJV', () => {
    expect(chapterVerses('NRSVA', 'Ps')).toHaveLength(151);
    expect(chapterVerses('KJV', 'Ps')).toHaveLength(150);
    const addPs = getVersification('NRSVA').books.find((b) => b.osis === 'AddPs');
    expect(chapterVerses('NRSVA', 'Ps')?.[150]).toBe(addPs?.verses[0]);
  });

  it('gives the Letter of Jeremiah the verses of Baruch 6', () => {
    const bar = getVersification('NRSVA').books.find((b) => b.osis === 'Bar');
    expect(chapterVerses('NRSVA', 'EpJer')).toEqual([bar?.verses[5]]);
  });

  it('lacks the deuterocanon in the KJV', () => {
    expect(chapterVerses('KJV', 'Tob')).toBeUndefined();
    expect(chapterVerses('NRSVA', 'Tob')).toHaveLength(14);
  });

  it('knows which books have one chapter', () => {
    for (const osis of ['Obad', 'Phlm', '2John', '3John', 'Jude', 'EpJer', 'Sus', 'Bel', 'PrMan']) {
      expect(isSingleChapter(osis), osis).toBe(true);
    }
    expect(isSingleChapter('Ruth')).toBe(false);
  });

  it('translates reference ids into the versification\'s', () => {
    expect(toVersificationBook('NRSVA', 'Ps', 151)).toEqual({ osis: 'AddPs', chapter: 1 });
    expect(toVersificationBook('NRSVA', 'Ps', 23)).toEqual({ osis: 'Ps', chapter: 23 });
    expect(toVersificationBook('NRSVA', 'EpJer', 1)).toEqual({ osis: 'Bar', chapter: 6 });
    expect(toVersificationBook('NRSVA', 'GkEsth', 3)).toEqual({ osis: 'EsthGr', chapter: 3 });
    expect(toVersificationBook('KJV', 'Ps', 151)).toEqual({ osis: 'Ps', chapter: 151 });
  });
});
