// One entry point from a discovered module to the right reader, chosen by the conf's ModDrv.
import type { DictionaryModule } from './dictionary.module.js';
import type { ModuleInfo } from './module.info.js';
import { openRawLD } from './rawld.reader.js';
import { openRawText } from './rawtext.reader.js';
import type { VerseModule } from './verse.module.js';
import { openZCom } from './zcom.reader.js';
import { openZLD } from './zld.reader.js';
import { openZText } from './ztext.reader.js';

/** Any module this reader can open. */
export type SwordModule = VerseModule | DictionaryModule;

/** Opens a module with the reader its ModDrv names; throws for drivers this reader does not support. */
export function openModule(info: ModuleInfo): SwordModule {
  switch (info.driver.toLowerCase()) {
    case 'ztext':
    case 'ztext4':
      return openZText(info);
    case 'zcom':
    case 'zcom4':
      return openZCom(info);
    case 'rawtext':
    case 'rawtext4':
      return openRawText(info);
    case 'rawcom':
    case 'rawcom4':
      return openRawText(info, 'commentary');
    case 'zld':
      return openZLD(info);
    case 'rawld':
    case 'rawld4':
      return openRawLD(info);
    default:
      throw new Error(`${info.name}: unsupported module driver ${info.driver || '(none)'}`);
  }
}
