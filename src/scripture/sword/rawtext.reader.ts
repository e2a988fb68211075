// RawText/RawText4 Bibles and RawCom/RawCom4 commentaries: uncompressed testament files.
import type { ModuleInfo } from './module.info.js';
import { versificationOf } from './module.versification.js';
import { openRawVerse } from './rawverse.store.js';
import { moduleEncoding } from './text.encoding.js';
import { VerseModule } from './verse.module.js';

/** Opens a RawText/RawText4 Bible, or with kind 'commentary' a RawCom/RawCom4 commentary. */
export function openRawText(info: ModuleInfo, kind: 'bible' | 'commentary' = 'bible'): VerseModule {
  const { conf } = info;
  if (conf.get('CipherKey') !== undefined) throw new Error(`${info.name}: enciphered modules are not supported`);
  const base = { dir: info.dataPath, wide: info.driver.endsWith('4'), encoding: moduleEncoding(conf.get('Encoding')) };
  return new VerseModule({
    kind,
    name: info.name,
    versification: versificationOf(conf),
    sourceType: info.sourceType,
    stores: { ot: openRawVerse({ ...base, testament: 'ot' }), nt: openRawVerse({ ...base, testament: 'nt' }) },
  });
}
