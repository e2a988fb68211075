// Installs Bibles and Nave's topics. Each module is read and rendered first, then written in ONE
// transaction that replaces the previous rows, so readers see the old text or the new, never a mix,
// and an interrupted install leaves the previous state in place.
import type { Database } from '../../platform/db/database.js';
import type { ScriptureCache } from '../passages/scripture.cache.js';
import { searchLanguage, type SearchRepository } from '../search/search.repository.js';
import { DictionaryModule, findModules, openModule, VerseModule, type ModuleInfo } from '../sword/index.js';
import { TopicRepository } from '../topics/topic.repository.js';
import { TranslationRepository } from '../translation.repository.js';
import { ID_BLOCK, VerseRepository } from '../verse.repository.js';
import { isVersificationName } from '../versification/index.js';
import { readBible, translationRow } from './bible.reader.js';
import {
  NoModulesError,
  type InstalledModule,
  type InstallReport,
  type InstallRequest,
  type ModuleInstaller,
} from './install.types.js';
import { catalogEntry, DEFAULT_MODULES, noModulesMessage } from './module.catalog.js';
import { readTopics } from './nave.reader.js';

/** The installer; `cache` (the process's Scripture cache) is invalidated after each module. */
export function createInstaller(database: Database, search: SearchRepository, cache?: ScriptureCache): ModuleInstaller {
  async function installBible(info: ModuleInfo, mod: VerseModule, request: InstallRequest): Promise<InstalledModule> {
    const code = catalogEntry(info.name)?.code ?? info.conf.get('Abbreviation') ?? info.name;
    const row = translationRow(info, code, new Date().toISOString());
    if (!isVersificationName(row.versification)) throw new Error(`versification ${row.versification} is not supported`);
    const report = request.onProgress;
    const started = performance.now();
    const total = mod.versification.books.reduce((n, b) => n + b.verses.reduce((a, c) => a + c, 0), 0);
    const pending = readBible(mod, code, (done) => report?.({ module: info.name, phase: 'read', done, total }));
    const readMs = performance.now() - started;
    const writeStart = performance.now();
    await database.db.transaction().execute(async (trx) => {
      await search.remove(trx, code);
      const verses = new VerseRepository(trx);
      await verses.deleteTranslation(code);
      await new TranslationRepository(trx).upsert(row);
      const block = await verses.freeBlock(code);
      const rows = pending.map((p) => ({ ...p, id: block * ID_BLOCK + p.ordinal }));
      await search.writeVerses(trx, rows, searchLanguage(row.language), (done) => report?.({ module: info.name, phase: 'write', done, total: rows.length }));
    });
    cache?.invalidate();
    await search.optimize();
    return { module: info.name, code, kind: 'bible', count: pending.length, readMs, writeMs: performance.now() - writeStart };
  }

  async function installTopics(info: ModuleInfo, dict: DictionaryModule, request: InstallRequest): Promise<InstalledModule> {
    const started = performance.now();
    const total = dict.size;
    const rows = readTopics(dict, (done) => request.onProgress?.({ module: info.name, phase: 'read', done, total }));
    const readMs = performance.now() - started;
    const writeStart = performance.now();
    await database.db.transaction().execute(async (trx) => {
      await new TopicRepository(trx).replaceSource(dict.name, rows);
    });
    request.onProgress?.({ module: info.name, phase: 'write', done: rows.length, total: rows.length });
    return { module: info.name, kind: 'topics', count: rows.length, readMs, writeMs: performance.now() - writeStart };
  }

  return {
    async install(request: InstallRequest): Promise<InstallReport> {
      const available = findModules(request.searchPath);
      const wanted = request.modules?.length ? request.modules : DEFAULT_MODULES.map((e) => e.module);
      const installed: InstalledModule[] = [];
      const missing: string[] = [];
      const failed: { module: string; reason: string }[] = [];
      const chosen: ModuleInfo[] = [];
      for (const name of wanted) {
        const moduleName = (catalogEntry(name)?.module ?? name).toLowerCase();
        const info = available.find((m) => m.name.toLowerCase() === moduleName);
        if (!info) missing.push(name);
        else if (!chosen.includes(info)) chosen.push(info);
      }
      if (chosen.length === 0) throw new NoModulesError(noModulesMessage(request.searchPath, request.modules ?? []));
      for (const info of chosen) {
        try {
          const mod = openModule(info);
          if (mod instanceof VerseModule && mod.kind === 'bible') installed.push(await installBible(info, mod, request));
          else if (mod instanceof DictionaryModule && /^tei$/i.test(mod.sourceType)) installed.push(await installTopics(info, mod, request));
          else failed.push({ module: info.name, reason: 'not a Bible or a Nave-style topical dictionary' });
        } catch (err) {
          failed.push({ module: info.name, reason: err instanceof Error ? err.message : String(err) });
        }
      }
      return { installed, missing, failed };
    },
  };
}
