// REAL MODULES: imports the installed WEB and Nave's (Debian packages sword-text-web, sword-dict-naves)
// once per dialect and checks what a reader would: John 3:16, a search for "intercession", a topic.
// Skipped where /usr/share/sword lacks them; the synthetic-module tests cover the same code everywhere.
import { existsSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness/dialects.js';
import { createScriptureServices } from './scripture.services.js';
import { findModules } from './sword/index.js';

const ROOT = '/usr/share/sword';
const found = existsSync(`${ROOT}/mods.d`) ? findModules([ROOT]).map((m) => m.name) : [];
const installed = found.includes('engWEB2015eb') && found.includes('Nave');
if (!installed) console.log(`skipping the real-module import: engWEB2015eb and Nave are not both under ${ROOT}`);

describeEachDialect('real SWORD modules (WEB, Nave)', (db) => {
  let s: ReturnType<typeof createScriptureServices>;
  beforeAll(async () => {
    if (!installed) return;
    s = createScriptureServices(db().database);
    const report = await s.installer.install({ searchPath: [ROOT], modules: ['WEB', 'Nave'] });
    expect(report.failed).toEqual([]);
    console.log(`real import [${db().database.kind}]: ${report.installed.map((m) => `${m.module} ${Math.round(m.readMs + m.writeMs)} ms`).join(', ')}`);
  }, 120_000);

  it.skipIf(!installed)('John 3:16, with the words of Jesus marked', async () => {
    const r = await s.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' });
    const [v] = r.passages[0].verses;
    expect(v.text).toBe('For God so loved the world, that he gave his only born Son, that whoever believes in him should not perish, but have eternal life.');
    expect(v.segments.every((x) => x.jesus)).toBe(true);
    expect(r.prev?.osis).toBe('John.2');
    expect(r.next?.osis).toBe('John.4');
    const last = await s.passages.lookup({}, { reference: 'Rev 22:21', translation: 'WEB' });
    expect(last.passages[0].text).toBe('The grace of the Lord Jesus Christ be with all the saints. Amen.');
  });

  it.skipIf(!installed)('"intercession" finds Isaiah 53:12 and Hebrews 7:25', async () => {
    const r = await s.search.search({}, { query: 'intercession', translation: 'WEB', limit: 100 });
    const hits = r.hits.map((h) => h.osis);
    expect(hits).toEqual(expect.arrayContaining(['Isa.53.12', 'Heb.7.25', 'Rom.8.34']));
    const heb = r.hits.find((h) => h.osis === 'Heb.7.25')!;
    expect(heb.highlights.map((x) => heb.text.slice(x.start, x.end))).toEqual(['intercession']);
    const phrase = await s.search.search({}, { query: '"make intercession"', translation: 'WEB' });
    expect(phrase.hits.map((h) => h.osis)).toContain('Heb.7.25');
  });

  it.skipIf(!installed)("Nave's INTERCESSION, its references read in the WEB", async () => {
    const t = await s.topics.get({}, { name: 'intercession', translation: 'WEB' });
    expect(t.name).toBe('INTERCESSION');
    const refs = t.sections.flatMap((x) => [...x.references, ...x.lines.flatMap((l) => l.references)]);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((r) => r.text).length / refs.length).toBeGreaterThan(0.95);
    expect(refs.find((r) => r.osis === '1Sam.2.25')?.text).toMatch(/who will intercede for him/);
  });
});
