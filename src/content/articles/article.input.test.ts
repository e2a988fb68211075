import { describe, expect, it } from 'vitest';
import { normalizeArticleInput, normalizeTag, parsePublishDate, slugify } from './article.input.js';

describe('article input', () => {
  it('makes slugs from titles, dropping accents and punctuation', () => {
    expect(slugify('The Role of Jesus as Intercessor')).toBe('the-role-of-jesus-as-intercessor');
    expect(slugify('¿Quién intercede por mí? — Oración')).toBe('quien-intercede-por-mi-oracion');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(60)).length).toBeLessThanOrEqual(80);
  });

  it('reads publish dates as UTC, with offsets, and refuses impossible ones', () => {
    expect(parsePublishDate('2025-03-01')).toBe('2025-03-01T00:00:00.000Z');
    expect(parsePublishDate('2025-03-01T09:30')).toBe('2025-03-01T09:30:00.000Z');
    expect(parsePublishDate('2025-03-01T09:30:15+01:00')).toBe('2025-03-01T08:30:15.000Z');
    expect(parsePublishDate('2025-03-01 09:30Z')).toBe('2025-03-01T09:30:00.000Z');
    for (const bad of ['2025-02-30', '2025-13-01', '01/03/2025', 'tomorrow', '2025-03-01T24:00', '']) expect(parsePublishDate(bad), bad).toBeNull();
  });

  it('normalises tags and checks every field with a problem code', () => {
    expect(normalizeTag(' High Priest ')).toBe('high-priest');
    expect(normalizeTag('#Oración')).toBe('oración');
    const ok = normalizeArticleInput({ title: '  Standing  in the gap ', tags: 'Prayer, prayer, High Priest', translation: 'web', publishAt: '2025-01-05', body: 'Text' });
    expect(ok.problems).toEqual({});
    expect(ok.input).toMatchObject({ title: 'Standing in the gap', slug: 'standing-in-the-gap', tags: ['prayer', 'high-priest'], translation: 'WEB', publishAt: '2025-01-05T00:00:00.000Z', language: null });
    const bad = normalizeArticleInput({ title: '', slug: 'Not A Slug', summary: 'x'.repeat(501), tags: Array.from({ length: 13 }, (_, i) => `t${i}`), language: 'fr', publishAt: 'soon', body: ' ' });
    expect(bad.problems).toEqual({ title: 'missing', slug: 'invalid', summary: 'tooLong', tags: 'tooMany', language: 'invalid', publishAt: 'invalid', body: 'missing' });
    expect(normalizeArticleInput({ title: 'A', tags: 'a/b', body: 'x' }).problems).toEqual({ tags: 'invalid' });
    expect(normalizeArticleInput({ title: 'A', body: 'x' }).input.respond).toBe('auto');
    expect(normalizeArticleInput({ title: 'A', body: 'x', respond: 'Sí' }).input.respond).toBe('yes');
    expect(normalizeArticleInput({ title: 'A', body: 'x', respond: 'sometimes' }).problems).toEqual({ respond: 'invalid' });
  });
});
