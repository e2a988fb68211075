// REAL MODULES AND THE REFERENCE ARTICLE: imports the installed WEB and KJV (Debian packages sword-text-web,
// sword-text-kjv) and checks ../shared/seeds' article against them, as `intercede article check` would.
// Skipped where either the modules or the seed are missing; the synthetic tests cover the same code.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/harness/dialects.js';
import { createScriptureServices } from '../../scripture/scripture.services.js';
import { findModules } from '../../scripture/sword/index.js';
import { parseArticleSource } from './front-matter.parse.js';
import { checkArticleScripture, type CheckReport } from './scripture.check.js';

const ROOT = '/usr/share/sword';
const SEED = new URL('../../../../shared/seeds/000_7d05d2210211a068.txt', import.meta.url);
const found = existsSync(`${ROOT}/mods.d`) ? findModules([ROOT]).map((m) => m.name) : [];
const ready = found.includes('engWEB2015eb') && found.includes('engKJV2006eb') && existsSync(SEED);
if (!ready) console.log('skipping the reference article against real Bibles: WEB, KJV or the seed article is missing');

describe.skipIf(!ready)('the reference article against the installed WEB and KJV', () => {
  let testDb: TestDatabase;
  let report: CheckReport;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    const scripture = createScriptureServices(testDb.database);
    const installed = await scripture.installer.install({ searchPath: [ROOT], modules: ['WEB', 'KJV'] });
    expect(installed.failed).toEqual([]);
    const parsed = parseArticleSource(readFileSync(SEED, 'utf8'));
    report = await checkArticleScripture(scripture, parsed.body, { language: 'en', versification: 'NRSVA', fileLine: parsed.fileLine });
  }, 180_000);
  afterAll(() => testDb?.dispose());

  it('finds its 16 references, none invalid, and checks its 12 cited quotations', () => {
    expect(report.references).toBe(16);
    expect(report.quotations).toBe(12);
    expect(report.problems.filter((p) => p.kind !== 'quotation-mismatch')).toEqual([]);
  });

  it('verifies the quotations the WEB or KJV word the same way (≥ 80% of the quote’s words)', () => {
    const verified = Object.fromEntries(report.verified.map((v) => [v.reference.text, Math.round(v.match.similarity * 100)]));
    expect(verified).toMatchObject({ 'John 19:30': 100, 'Romans 3:23': 100, 'Hebrews 7:25': 100 });
    expect(Object.keys(verified).sort()).toEqual(['Hebrews 7:25', 'Isaiah 53:12', 'John 19:30', 'Matthew 11:28', 'Romans 3:23', 'Romans 8:1']);
  });

  it('reports the NIV-worded ones with the closest installed text, on the file’s own lines, and no other source', () => {
    const mismatches = report.problems.flatMap((p) => (p.kind === 'quotation-mismatch' ? [p] : []));
    expect(mismatches.map((p) => [p.line, p.reference.text])).toEqual([
      [10, 'Hebrews 7:25'],
      [15, 'Romans 8:34'],
      [19, '1 John 2:1'],
      [24, 'Hebrews 4:14–16'],
      [37, 'Revelation 12:10'],
      [54, '2 Corinthians 5:21'],
    ]);
    for (const p of mismatches) {
      expect(p.closest!.similarity, p.reference.text).toBeGreaterThan(0.4);
      expect(p.closest!.similarity, p.reference.text).toBeLessThan(0.8);
      // The words are the cited passage in another translation: no better verse exists.
      expect(p.foundElsewhere, p.reference.text).toBeNull();
    }
    expect(mismatches[0].closest).toMatchObject({ translation: 'WEB', osis: 'Heb.7.25' });
  });
});
