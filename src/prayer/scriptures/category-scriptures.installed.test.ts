// REAL MODULES: the curated table and the Nave's subtopics against the installed WEB, RV1909 and Nave's
// (Debian packages sword-text-web, sword-text-sparv, sword-dict-naves): every curated passage has text in
// both translations, and every named subtopic exists and gives verses to blend. Data, not dialects, is
// under test, so this runs on SQLite only. Skipped where /usr/share/sword lacks the modules.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScriptureServices } from '../../scripture/scripture.services.js';
import { findModules } from '../../scripture/sword/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/harness/dialects.js';
import { CATEGORIES } from '../prayer.types.js';
import { CATEGORY_SCRIPTURES } from './category-scriptures.js';
import { CATEGORY_TOPICS } from './category-topics.js';
import { PrayerScriptureService } from './prayer-scriptures.service.js';

const ROOT = '/usr/share/sword';
const found = existsSync(`${ROOT}/mods.d`) ? findModules([ROOT]).map((m) => m.name) : [];
const installed = ['engWEB2015eb', 'spaRV1909eb', 'Nave'].every((m) => found.includes(m));
if (!installed) console.log(`skipping the prayer Scriptures data check: engWEB2015eb, spaRV1909eb and Nave are not all under ${ROOT}`);

describe.skipIf(!installed)('Scriptures to pray, with the real modules', () => {
  let testDb: TestDatabase;
  let scripture: ReturnType<typeof createScriptureServices>;
  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    scripture = createScriptureServices(testDb.database);
    const report = await scripture.installer.install({ searchPath: [ROOT], modules: ['WEB', 'RV1909', 'Nave'] });
    expect(report.failed).toEqual([]);
  }, 180_000);
  afterAll(async () => {
    await testDb?.dispose();
  });

  it('has text for every curated passage in the WEB and the RV1909', async () => {
    for (const category of CATEGORIES) {
      for (const osis of CATEGORY_SCRIPTURES[category]) {
        for (const [translation, locale] of [['WEB', 'en'], ['RV1909', 'es']] as const) {
          const r = await scripture.passages.lookup({ locale }, { reference: osis, translation });
          expect(r.passages.flatMap((p) => p.verses).filter((v) => v.text).length, `${category} ${osis} ${translation}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("finds every named Nave's subtopic, and at least three verses to blend for each category and language", async () => {
    const service = new PrayerScriptureService(scripture);
    for (const category of CATEGORIES) {
      for (const section of CATEGORY_TOPICS[category]) {
        const topic = await scripture.topics.get({}, { name: section.topic, translation: 'WEB' });
        expect(topic.sections.map((x) => x.heading), `${section.topic}`).toContain(section.section);
      }
      for (const code of ['WEB', 'RV1909']) {
        const verses = await service.naveVerses(category, await scripture.translations.resolve({}, { code }));
        expect(verses.size, `${category} ${code}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('gives 3–5 Scriptures with text for requests in English and Spanish', async () => {
    const service = new PrayerScriptureService(scripture);
    for (const category of CATEGORIES) {
      for (const language of ['en', 'es'] as const) {
        const got = await service.forRequest({ id: `${category}-${language}`, category, language, text: '' });
        expect(got.length).toBeGreaterThanOrEqual(3);
        expect(got.length).toBeLessThanOrEqual(5);
        expect(got.every((s) => s.text && s.translation === (language === 'en' ? 'WEB' : 'RV1909')), `${category} ${language}`).toBe(true);
      }
    }
  });
});
