// Builds the Scripture services for one process from an open Database: one cache shared by every
// service, and the search repository of the database's dialect.
import type { Database } from '../platform/db/database.js';
import { createInstaller } from './install/install.service.js';
import type { ModuleInstaller } from './install/install.types.js';
import { createPassageService } from './passages/passage.service.js';
import { ScriptureCache, type CacheOptions } from './passages/scripture.cache.js';
import { createSearchService } from './search/search.service.js';
import { PostgresSearchRepository } from './search/search.postgres.repository.js';
import type { SearchRepository } from './search/search.repository.js';
import { SqliteSearchRepository } from './search/search.sqlite.repository.js';
import type { ScriptureServices } from './scripture.services.types.js';
import { createTopicService } from './topics/topic.service.js';
import { createTranslationService } from './translation.service.js';

/** The full-text search repository for the database's dialect. */
export function searchRepositoryFor(database: Database): SearchRepository {
  return database.kind === 'postgres' ? new PostgresSearchRepository(database.db) : new SqliteSearchRepository(database.db);
}

/** Every Scripture service over one database, plus the installer that keeps their cache fresh. Build once per process. */
export function createScriptureServices(
  database: Database,
  options: CacheOptions = {},
): ScriptureServices & { readonly installer: ModuleInstaller; readonly cache: ScriptureCache } {
  const cache = new ScriptureCache(database.db, options);
  const search = searchRepositoryFor(database);
  return {
    cache,
    translations: createTranslationService(cache),
    passages: createPassageService(cache),
    search: createSearchService(cache, search),
    topics: createTopicService(database.db, cache),
    installer: createInstaller(database, search, cache),
  };
}
