import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSearchPath, findModule, findModules, type DiscoveryProblem } from './module.discovery.js';
import { openModule } from './module.open.js';
import { layoutSlots, writeConf, writeZVerse } from './testing/module.writer.js';
import { VerseModule } from './verse.module.js';

const base = mkdtempSync(join(tmpdir(), 'discovery-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const user = join(base, 'user');
const system = join(base, 'system');
const ztext = { ModDrv: 'zText', CompressType: 'ZIP', BlockType: 'BOOK', SourceType: 'OSIS', Encoding: 'UTF-8' };
writeConf(user, 'MyWEB', { ...ztext, DataPath: './modules/texts/ztext/myweb/', Description: 'mine' });
writeConf(system, 'myweb', { ...ztext, DataPath: './modules/texts/ztext/myweb/', Description: 'system copy' }, 'other');
writeConf(system, 'Nave', { ModDrv: 'zLD', DataPath: './modules/lexdict/zld/nave/nave', SourceType: 'TEI' });
writeConf(system, 'Book', { ModDrv: 'RawGenBook', DataPath: './modules/genbook/rawgenbook/book/book' });
writeFileSync(join(system, 'mods.d', 'broken.conf'), 'no section here\n');
const slots = layoutSlots('KJV', { 'John.3.16': 'For God so loved the world' });
writeZVerse(join(user, 'modules/texts/ztext/myweb'), 'nt', slots.nt);

describe('findModules', () => {
  it('reads every conf, resolving DataPath against the library root', () => {
    const problems: DiscoveryProblem[] = [];
    const mods = findModules([user, system], problems);
    expect(mods.map((m) => [m.name, m.kind, m.libraryRoot])).toEqual([
      ['MyWEB', 'bible', user],
      ['Book', 'genbook', system],
      ['Nave', 'dictionary', system],
    ]);
    expect(mods[0].dataPath).toBe(join(user, 'modules/texts/ztext/myweb'));
    expect(mods[2].dataPath).toBe(join(system, 'modules/lexdict/zld/nave/nave'));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toContain('broken.conf');
  });

  it('lets an earlier library shadow a module of the same name (case-insensitive)', () => {
    expect(findModule('myweb', [user, system])?.conf.get('Description')).toBe('mine');
    expect(findModule('myweb', [system])?.conf.get('Description')).toBe('system copy');
  });

  it('skips folders that are not libraries', () => {
    expect(findModules([join(base, 'nowhere'), base])).toEqual([]);
  });

  it('opens what it finds', () => {
    const mod = openModule(findModule('MyWEB', [user])!);
    expect(mod).toBeInstanceOf(VerseModule);
    expect((mod as VerseModule).readVerse('John', 3, 16)).toBe('For God so loved the world');
    expect(() => openModule(findModule('Book', [system])!)).toThrow(/unsupported module driver RawGenBook/);
  });
});

describe('defaultSearchPath', () => {
  it('puts SWORD_PATH entries first, then ~/.sword, then /usr/share/sword', () => {
    expect(defaultSearchPath({ SWORD_PATH: `/a:/b` }, '/home/me')).toEqual(['/a', '/b', '/home/me/.sword', '/usr/share/sword']);
    expect(defaultSearchPath({}, '/home/me')).toEqual(['/home/me/.sword', '/usr/share/sword']);
  });
});

describe('findModules and settings files', () => {
  it('ignores confs that describe no module (globals.conf)', () => {
    const lib = join(base, 'globals');
    writeConf(lib, 'Globals', { Author: 'nobody' }, 'globals');
    expect(findModules([lib])).toEqual([]);
  });
});
