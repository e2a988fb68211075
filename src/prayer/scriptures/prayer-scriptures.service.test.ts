import { beforeAll, describe, expect, it } from 'vitest';
import { parseReference } from '../../scripture/reference/index.js';
import { createScriptureServices } from '../../scripture/scripture.services.js';
import { installSynthetic } from '../../scripture/testing/installed-services.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { CATEGORIES } from '../prayer.types.js';
import { CATEGORY_SCRIPTURES } from './category-scriptures.js';
import { CATEGORY_TOPICS } from './category-topics.js';
import { PrayerScriptureService } from './prayer-scriptures.service.js';
import { chooseScriptures, MAX_SCRIPTURES, MIN_SCRIPTURES } from './scripture-choice.js';

describe('the curated table', () => {
  it('has enough short, existing passages for every category, in both versifications', () => {
    for (const category of CATEGORIES) {
      const refs = CATEGORY_SCRIPTURES[category];
      expect(refs.length, category).toBeGreaterThanOrEqual(MAX_SCRIPTURES + 3);
      expect(new Set(refs).size, `${category} repeats a reference`).toBe(refs.length);
      for (const osis of refs) {
        for (const versification of ['NRSVA', 'KJV'] as const) {
          const parsed = parseReference(osis, { versification });
          expect(parsed, `${category} ${osis} ${versification}`).toMatchObject({ ok: true, osis });
        }
      }
      expect(CATEGORY_TOPICS[category].length, category).toBeGreaterThan(0);
    }
  });
});

describe('choosing', () => {
  const input = (requestId: string) => ({ requestId, fromText: [], curated: CATEGORY_SCRIPTURES.guilt, topical: ['Ps.32.1', 'Ps.130.4', 'Isa.43.25'] });

  it('is the same every time for one request, and differs between requests', () => {
    expect(chooseScriptures(input('a'))).toEqual(chooseScriptures(input('a')));
    const firsts = new Set<string>();
    const counts = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const { count, candidates } = chooseScriptures(input(`request-${i}`));
      expect(count).toBeGreaterThanOrEqual(MIN_SCRIPTURES);
      expect(count).toBeLessThanOrEqual(MAX_SCRIPTURES);
      counts.add(count);
      firsts.add(candidates.slice(0, 3).map((c) => c.osis).join());
    }
    expect(counts).toEqual(new Set([3, 4, 5]));
    expect(firsts.size).toBeGreaterThan(40);
  });

  it("puts the request's own references first, blends a Nave's verse second, and never repeats one", () => {
    const { candidates } = chooseScriptures({ requestId: 'x', fromText: ['Ps.23.1', 'Rom.8.1', 'John.3.16'], curated: ['Rom.8.1', 'Isa.41.10', 'Ps.27.1'], topical: ['Ps.46.1'] });
    expect(candidates.slice(0, 2)).toEqual([
      { osis: 'Ps.23.1', source: 'request' },
      { osis: 'Rom.8.1', source: 'request' },
    ]);
    expect(candidates[3]).toEqual({ osis: 'Ps.46.1', source: 'topic' });
    expect(candidates.map((c) => c.osis)).toHaveLength(new Set(candidates.map((c) => c.osis)).size);
    expect(candidates.map((c) => c.osis)).not.toContain('John.3.16');
  });
});

describeEachDialect('Scriptures to pray', (get) => {
  it('offers references without text when no translation is installed', async () => {
    const service = new PrayerScriptureService(createScriptureServices(get().database));
    const got = await service.forRequest({ id: 'r1', category: 'guilt', language: 'es', text: 'Me siento culpable.' });
    expect(got.length).toBeGreaterThanOrEqual(MIN_SCRIPTURES);
    expect(got.length).toBeLessThanOrEqual(MAX_SCRIPTURES);
    for (const s of got) {
      expect(s.text).toBeNull();
      expect(CATEGORY_SCRIPTURES.guilt).toContain(s.osis);
      // Named in the request's language all the same.
      expect(s.reference).toMatch(/^(Romanos|1 Juan|Salmos|Isaías|Miqueas|Hebreos|2 Corintios) \d/);
    }
  });

  describe('with translations installed', () => {
    let scripture: Awaited<ReturnType<typeof installSynthetic>>;
    beforeAll(async () => {
      scripture = await installSynthetic(get().database);
    });

    it("reads them in the request's language, with the request's own references first and Nave's blended in", async () => {
      const service = new PrayerScriptureService(scripture, { topics: { ...CATEGORY_TOPICS, other: [{ topic: 'INTERCESSION', section: 'OF CHRIST' }] } });
      const en = await service.forRequest({ id: 'r2', category: 'other', language: 'en', text: 'Psalm 23 has carried me. Please pray.' });
      expect(en[0]).toMatchObject({ osis: 'Ps.23', source: 'request', translation: 'WEB', text: expect.stringMatching(/^Yahweh is my shepherd/) });
      expect(en.filter((s) => s.text !== null).map((s) => s.translation)).toEqual(en.filter((s) => s.text !== null).map(() => 'WEB'));
      // The synthetic Bible has few verses: those it has come first, the rest by reference only.
      expect(en.map((s) => s.osis)).toEqual(expect.arrayContaining(['Heb.7.25', 'Rom.8.34']));
      expect(en.some((s) => s.source === 'topic')).toBe(true);
      const es = await service.forRequest({ id: 'r2', category: 'other', language: 'es', text: 'Oren por mí.' });
      const hebrews = es.find((s) => s.osis === 'Heb.7.25')!;
      expect(hebrews).toMatchObject({ reference: 'Hebreos 7:25', translation: 'RV1909', text: expect.stringMatching(/^Por lo cual puede también salvar/) });
      // Deterministic: asked again, the same.
      expect(await service.forRequest({ id: 'r2', category: 'other', language: 'en', text: 'Psalm 23 has carried me. Please pray.' })).toEqual(en);
    });
  });
});
