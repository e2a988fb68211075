/**
 * A one-module SWORD library for reading plan tests: the synthetic WEB with the opening verses of John 1
 * and John 2 added, so a plan's first days have text to show. Installed with the real installer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/platform/db/database.js';
import { createScriptureServices } from '../../src/scripture/scripture.services.js';
import { layoutSlots, writeConf, writeZVerse } from '../../src/scripture/sword/testing/module.writer.js';
import { SYNTHETIC_WEB } from '../../src/scripture/testing/synthetic-library.js';

/** Verses of John 1 and 2 (World English Bible, public domain). */
export const PLAN_VERSES = {
  'John.1.1': 'In the beginning was the Word, and the Word was with God, and the Word was God.',
  'John.1.2': 'The same was in the beginning with God.',
  'John.1.3': 'All things were made through him. Without him, nothing was made that has been made.',
  'John.2.1': 'The third day, there was a wedding in Cana of Galilee. Jesus’ mother was there.',
  'John.2.2': 'Jesus also was invited, with his disciples, to the wedding.',
} as const;

/** Writes the library and installs it into `database`. */
export async function installPlanBible(database: Database): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'intercede-plans-sword-'));
  const dir = join(root, 'modules', 'texts', 'ztext', 'engweb2015eb');
  const slots = layoutSlots('NRSVA', { ...SYNTHETIC_WEB, ...PLAN_VERSES });
  writeZVerse(dir, 'ot', slots.ot, { slotsPerBlock: 2000 });
  writeZVerse(dir, 'nt', slots.nt, { slotsPerBlock: 2000 });
  writeConf(root, 'engWEB2015eb', {
    Description: 'World English Bible (test)',
    DataPath: './modules/texts/ztext/engweb2015eb/',
    ModDrv: 'zText',
    SourceType: 'OSIS',
    Encoding: 'UTF-8',
    CompressType: 'ZIP',
    BlockType: 'BOOK',
    Versification: 'NRSVA',
    Lang: 'en',
    DistributionLicense: 'Public Domain',
  });
  const report = await createScriptureServices(database).installer.install({ searchPath: [root] });
  if (report.failed.length) throw new Error(`install failed: ${JSON.stringify(report.failed)}`);
}
