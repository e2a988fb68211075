// zCom commentaries share zText's storage exactly; only what the text means differs.
import type { ModuleInfo } from './module.info.js';
import { openZText } from './ztext.reader.js';
import type { VerseModule } from './verse.module.js';

/** Opens a zCom/zCom4 commentary; its entries are notes keyed by verse. */
export function openZCom(info: ModuleInfo): VerseModule {
  return openZText(info, 'commentary');
}
