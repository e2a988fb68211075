import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { readMarkers } from './highlight.markers.js';
import { parseSearchQuery } from './search.query.js';
import { prepareQuery } from './search.service.js';
import { toFts5 } from './search.sqlite.repository.js';
import { ENGLISH_FAMILIES } from './word-families.data.js';
import { wordForms } from './word-forms.js';

const fts = (q: string, lang: 'en' | 'es' = 'en') => toFts5(prepareQuery(q, lang));

describe('the search query language', () => {
  it('reads words, phrases, operators, minus, parentheses and prefixes', () => {
    expect(fts('love')).toBe('"love"');
    expect(fts('faith hope')).toBe('("faith" AND "hope")');
    expect(fts('"make intercession"')).toBe('"make intercession"');
    expect(fts('“make intercession”')).toBe('"make intercession"');
    expect(fts('faith OR hope')).toBe('("faith" OR "hope")');
    expect(fts('faith | hope')).toBe('("faith" OR "hope")');
    expect(fts('love NOT hate')).toBe('("love" NOT "hate")');
    expect(fts('love -hate -fear')).toBe('("love" NOT "hate" NOT "fear")');
    expect(fts('(faith OR hope) love')).toBe('(("faith" OR "hope") AND "love")');
    expect(fts('shep*')).toBe('"shep" *');
    // Words split as the tokenizers split them: "Lord's" is the phrase "lord s".
    expect(fts("Lord's")).toBe('"lord s"');
    // Lower-case "and"/"or"/"not" are words, as in the text.
    expect(fts('faith and love')).toBe('("faith" AND "and" AND "love")');
  });

  it('widens English words to their derivational family, not Spanish ones', () => {
    expect(fts('intercede')).toBe('("intercede" OR "interceed" OR "intercession" OR "intercessor")');
    expect(fts('interceding')).toContain('"intercession"');
    expect(fts('intercede', 'es')).toBe('"intercede"');
    expect(fts('corazón', 'es')).toBe('"corazon"');
  });

  it('refuses what cannot be searched', () => {
    for (const q of ['', '   ', '()', '-love', 'NOT love', 'x'.repeat(501), Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')]) {
      expect(() => parseSearchQuery(q), q).toThrow(AppError);
    }
  });

  it('never throws anything but a coded error, and always compiles', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        try {
          const tree = prepareQuery(q, 'en');
          expect(typeof toFts5(tree)).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
        }
      }),
    );
  });
});

describe('word families', () => {
  it('brings intercede, intercession and intercessor together, and leaves other words alone', () => {
    expect(wordForms('intercession', ENGLISH_FAMILIES)).toEqual(['intercession', 'intercede', 'interceed', 'intercessor']);
    expect(wordForms('redemption', ENGLISH_FAMILIES)).toEqual(['redemption', 'redeem', 'redeemer']);
    expect(wordForms('prayers', ENGLISH_FAMILIES)).toEqual(['prayers', 'pray', 'prayer']);
    expect(wordForms('forgave', ENGLISH_FAMILIES)).toEqual(['forgave', 'forgive', 'forgiven']);
    expect(wordForms('love', ENGLISH_FAMILIES)).toEqual(['love']);
    expect(wordForms('ray', ENGLISH_FAMILIES)).toEqual(['ray']);
  });
});

describe('highlight markers', () => {
  it('turns marked text into offsets of the unmarked text, one range per phrase', () => {
    expect(readMarkers('to \u0001make\u0002 \u0001intercession\u0002 for \u0001them\u0002')).toEqual({
      text: 'to make intercession for them',
      highlights: [
        { start: 3, end: 20 },
        { start: 25, end: 29 },
      ],
    });
    expect(readMarkers('plain')).toEqual({ text: 'plain', highlights: [] });
  });
});
