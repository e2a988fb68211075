// The Scripture services one process shares (they hold the in-memory verse cache), built from a Database
// by `createScriptureServices(database)` in scripture.services.ts.
import type { PassageService } from './passages/passage.types.js';
import type { SearchService } from './search/search.types.js';
import type { TopicService } from './topics/topic.types.js';
import type { TranslationService } from './translation.types.js';

/** Every Scripture service, sharing one cache. Build once per process. */
export interface ScriptureServices {
  readonly translations: TranslationService;
  readonly passages: PassageService;
  readonly search: SearchService;
  readonly topics: TopicService;
}
