import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { createScriptureServices, searchRepositoryFor } from '../scripture.services.js';
import type { SearchRepository } from '../search/search.repository.js';
import { LINKED, layoutSlots, writeZVerse } from '../sword/testing/module.writer.js';
import { SYNTHETIC_WEB, writeSyntheticLibrary } from '../testing/synthetic-library.js';
import { VerseRepository } from '../verse.repository.js';
import { createInstaller } from './install.service.js';
import { NoModulesError } from './install.types.js';

// Verse slots of the synthetic WEB (its book and chapter intros end in .0).
const WEB_VERSES = Object.keys(SYNTHETIC_WEB).filter((k) => !k.endsWith('.0')).length;

/** Rewrites the synthetic WEB in `library` with John 3:16 changed. */
function rewriteWeb(library: string, john316: string) {
  const slots = layoutSlots('NRSVA', { ...SYNTHETIC_WEB, 'John.3.16': john316, 'John.3.18': LINKED });
  const dir = join(library, 'modules', 'texts', 'ztext', 'engweb2015eb');
  writeZVerse(dir, 'ot', slots.ot, { slotsPerBlock: 2000 });
  writeZVerse(dir, 'nt', slots.nt, { slotsPerBlock: 2000 });
}

describeEachDialect('installing SWORD modules', (db) => {
  let library: string;
  beforeAll(() => {
    library = writeSyntheticLibrary();
  });

  it('installs the default Bibles and topics it finds, and names what is missing', async () => {
    const s = createScriptureServices(db().database);
    const progress: string[] = [];
    const report = await s.installer.install({ searchPath: [library], onProgress: (p) => progress.push(`${p.module}:${p.phase}`) });
    expect(report.installed.map((m) => [m.module, m.code, m.kind])).toEqual([
      ['engWEB2015eb', 'WEB', 'bible'],
      ['spaRV1909eb', 'RV1909', 'bible'],
      ['Nave', undefined, 'topics'],
    ]);
    expect(report.installed[0].count).toBe(WEB_VERSES);
    expect(report.missing).toEqual(['engKJV2006eb']);
    expect(report.failed).toEqual([]);
    expect(progress).toContain('engWEB2015eb:write');
    const list = await s.translations.list({});
    expect(list.map((t) => [t.code, t.name, t.language, t.versification, t.licence, t.module])).toEqual([
      ['RV1909', 'Reina Valera 1909 (test)', 'es', 'KJV', 'Public Domain', 'spaRV1909eb'],
      ['WEB', 'World English Bible (test)', 'en', 'NRSVA', 'Public Domain', 'engWEB2015eb'],
    ]);
    expect(list[0].installedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('is idempotent: installing again replaces rows, it does not add to them', async () => {
    const s = createScriptureServices(db().database);
    await s.installer.install({ searchPath: [library], modules: ['WEB', 'nave'] });
    await s.installer.install({ searchPath: [library], modules: ['engweb2015eb'] });
    expect(await new VerseRepository(db().database.db).loadTranslation('WEB')).toHaveLength(WEB_VERSES);
    expect((await s.search.search({}, { query: '"make intercession"', translation: 'WEB' })).total).toBe(2);
    expect((await s.topics.list({}, {})).total).toBe(4);
  });

  it('keeps the previous text when an install fails half way, and shows the new text once one succeeds', async () => {
    const database = db().database;
    const s = createScriptureServices(database);
    await s.installer.install({ searchPath: [library], modules: ['WEB'] });
    expect((await s.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' })).passages[0].text).toMatch(/^For God so loved/);
    const copy = writeSyntheticLibrary();
    rewriteWeb(copy, 'Changed text for the test.');
    const real = searchRepositoryFor(database);
    const failing: SearchRepository = {
      ...real,
      remove: (d, t) => real.remove(d, t),
      search: (...a) => real.search(...a),
      optimize: () => real.optimize(),
      async writeVerses(d, rows, language, onBatch) {
        await real.writeVerses(d, rows, language, onBatch);
        throw new Error('disk full');
      },
    };
    const broken = await createInstaller(database, failing, s.cache).install({ searchPath: [copy], modules: ['WEB'] });
    expect(broken.failed).toEqual([{ module: 'engWEB2015eb', reason: 'disk full' }]);
    expect((await s.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' })).passages[0].text).toMatch(/^For God so loved/);
    expect((await s.search.search({}, { query: 'changed', translation: 'WEB' })).total).toBe(0);

    await s.installer.install({ searchPath: [copy], modules: ['WEB'] });
    expect((await s.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' })).passages[0].text).toBe('Changed text for the test.');
    expect((await s.search.search({}, { query: 'changed', translation: 'WEB' })).total).toBe(1);
    await s.installer.install({ searchPath: [library], modules: ['WEB'] });
  });

  it('lets another process notice an install within the revalidation interval', async () => {
    const database = db().database;
    const reader = createScriptureServices(database, { revalidateMs: 0 });
    expect((await reader.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' })).passages[0].text).toMatch(/^For God/);
    const copy = writeSyntheticLibrary();
    rewriteWeb(copy, 'Installed by another process.');
    await createScriptureServices(database).installer.install({ searchPath: [copy], modules: ['WEB'] });
    expect((await reader.passages.lookup({}, { reference: 'John 3:16', translation: 'WEB' })).passages[0].text).toBe('Installed by another process.');
    await createScriptureServices(database).installer.install({ searchPath: [library], modules: ['WEB'] });
  });

  it('says which Debian packages and which repository to use when nothing is found', async () => {
    const s = createScriptureServices(db().database);
    const empty = mkdtempSync(join(tmpdir(), 'intercede-empty-'));
    const err = await s.installer.install({ searchPath: [empty] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoModulesError);
    expect((err as Error).message).toContain('sword-text-web sword-text-kjv sword-text-sparv sword-dict-naves');
    expect((err as Error).message).toContain('crosswire.org');
  });

  it('reports modules it cannot install without touching the rest', async () => {
    const s = createScriptureServices(db().database);
    const report = await s.installer.install({ searchPath: [library], modules: ['KJV', 'WEB'] });
    expect(report.missing).toEqual(['KJV']);
    expect(report.installed.map((m) => m.code)).toEqual(['WEB']);
  });
});
