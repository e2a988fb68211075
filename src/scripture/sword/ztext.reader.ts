// zText and zText4 Bibles: both testaments through the compressed-block store.
import { decompressorFor } from './block.decompress.js';
import type { ModuleInfo } from './module.info.js';
import { versificationOf } from './module.versification.js';
import { moduleEncoding } from './text.encoding.js';
import { VerseModule } from './verse.module.js';
import { openZVerse } from './zverse.store.js';

/** Opens a zText/zText4 (or, with kind 'commentary', zCom/zCom4) module. */
export function openZText(info: ModuleInfo, kind: 'bible' | 'commentary' = 'bible'): VerseModule {
  const { conf } = info;
  if (conf.get('CipherKey') !== undefined) throw new Error(`${info.name}: enciphered modules are not supported`);
  const base = {
    dir: info.dataPath,
    wide: info.driver.endsWith('4'),
    blockType: conf.get('BlockType'),
    decompress: decompressorFor(conf.get('CompressType')),
    encoding: moduleEncoding(conf.get('Encoding')),
  };
  return new VerseModule({
    kind,
    name: info.name,
    versification: versificationOf(conf),
    sourceType: info.sourceType,
    stores: { ot: openZVerse({ ...base, testament: 'ot' }), nt: openZVerse({ ...base, testament: 'nt' }) },
  });
}
