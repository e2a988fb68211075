import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { AppError } from '../../platform/errors.js';
import { installSynthetic } from '../testing/installed-services.js';
import { highlightsOk } from './highlight.check.js';
import type { SearchResult } from './search.types.js';

type Services = Awaited<ReturnType<typeof installSynthetic>>;

const osis = (r: SearchResult) => r.hits.map((h) => h.osis).sort();
const marked = (r: SearchResult) => r.hits.map((h) => `${h.osis}:${h.highlights.map((x) => h.text.slice(x.start, x.end)).join('|')}`).sort();

describeEachDialect('search service', (db) => {
  let s: Services;
  const en = {};
  const search = (query: string, extra: { translation?: string; limit?: number; page?: number } = {}) =>
    s.search.search(en, { query, translation: 'WEB', ...extra });
  beforeAll(async () => {
    s = await installSynthetic(db().database);
  });

  it('finds intercede, intercession and interceding as one word, with highlights', async () => {
    const all = ['1Kgs.13.6', '1Tim.2.1', 'Heb.7.25', 'Isa.53.12', 'Rom.8.34'];
    for (const q of ['intercession', 'intercede', 'interceding', 'INTERCESSIONS']) {
      const r = await search(q);
      expect(osis(r), q).toEqual(all);
      expect(r.total).toBe(5);
    }
    expect(marked(await search('intercede'))).toEqual([
      '1Kgs.13.6:intercede|interceded',
      '1Tim.2.1:intercessions',
      'Heb.7.25:intercession',
      'Isa.53.12:intercession',
      'Rom.8.34:intercession',
    ]);
    for (const h of (await search('intercession OR "make intercession" OR God')).hits) expect(highlightsOk(h.text, h.highlights), h.osis).toBe(true);
    const hit = (await search('intercession')).hits[0];
    expect(hit.reference).toMatch(/^[1-9A-Z][\w ]+ \d+:\d+$/);
  });

  it('matches phrases with stemming but in order', async () => {
    expect(osis(await search('"make intercession"'))).toEqual(['Heb.7.25', 'Rom.8.34']);
    expect(marked(await search('"make intercession"'))).toEqual(['Heb.7.25:make intercession', 'Rom.8.34:makes intercession']);
    expect((await search('"intercession make"')).total).toBe(0);
  });

  it('combines terms with AND, OR, NOT, a leading minus, parentheses and prefixes', async () => {
    expect(osis(await search('intercession transgressors'))).toEqual(['Isa.53.12']);
    expect(osis(await search('intercession AND transgressors'))).toEqual(['Isa.53.12']);
    expect(osis(await search('intercession NOT transgressors NOT petitions'))).toEqual(['1Kgs.13.6', 'Heb.7.25', 'Rom.8.34']);
    expect(osis(await search('intercession -transgressors -petitions'))).toEqual(['1Kgs.13.6', 'Heb.7.25', 'Rom.8.34']);
    expect(osis(await search('shepherd OR beginning'))).toEqual(['Gen.1.1', 'Ps.23.1']);
    expect(osis(await search('(shepherd OR beginning) heavens'))).toEqual(['Gen.1.1']);
    expect(osis(await search('shep*'))).toEqual(['Ps.23.1']);
  });

  it('ranks the verse that says it most first, and pages through the rest', async () => {
    const r = await search('world');
    expect(r.hits[0].osis).toBe('John.3.17');
    const first = await search('God', { limit: 2, page: 1 });
    const second = await search('God', { limit: 2, page: 2 });
    expect(first.total).toBeGreaterThan(4);
    expect(second.total).toBe(first.total);
    expect(first.hits).toHaveLength(2);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...osis(first), ...osis(second)]).size).toBe(4);
    const beyond = await search('God', { limit: 2, page: 50 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it('searches Spanish without caring for accents', async () => {
    const r = await s.search.search({ locale: 'es' }, { query: 'corazon' });
    expect(r.translation).toBe('RV1909');
    expect(marked(r)).toEqual(['Prov.4.23:corazón']);
    expect(r.hits[0].reference).toBe('Proverbios 4:23');
    expect(osis(await s.search.search(en, { query: 'jehová', translation: 'RV1909' }))).toEqual(['Ps.23.1']);
    expect(osis(await s.search.search(en, { query: 'quien', translation: 'RV1909' }))).toEqual(['Rom.8.34']);
  });

  it('refuses empty, overlong and exclusion-only queries, and bad paging', async () => {
    for (const [q, extra] of [
      ['', {}],
      ['  ()  ', {}],
      ['x'.repeat(501), {}],
      ['NOT love', {}],
      ['love', { limit: 0 }],
      ['love', { limit: 101 }],
      ['love', { page: 0 }],
    ] as const) {
      const err = await search(q, extra).catch((e: unknown) => e);
      expect(err, q).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'INVALID_SEARCH', status: 400 });
    }
    expect(await search('love', { translation: 'NIV' }).catch((e: unknown) => e)).toMatchObject({ code: 'UNKNOWN_TRANSLATION' });
  });

  it('never breaks on odd input', async () => {
    for (const q of ['"', 'AND', 'OR OR', '((love', 'love)', '* -', 'NEAR(love faith)', "Lord's", 'x:y', '\u0000love', '😀 love']) {
      const r = await search(q).catch((e: unknown) => e);
      if (r instanceof AppError) expect(r.code).toBe('INVALID_SEARCH');
      else for (const h of (r as SearchResult).hits) expect(highlightsOk(h.text, h.highlights)).toBe(true);
    }
  });
});
