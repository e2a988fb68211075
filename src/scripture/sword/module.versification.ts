// A verse module is only addressable through its versification; refuse one we have no table for
// rather than read verses into the wrong slots.
import { getVersification, isVersificationName, type Versification } from '../versification/index.js';
import type { SwordConf } from './conf.parser.js';

/** The versification a module's conf declares (SWORD's default is KJV); throws for ones without a table. */
export function versificationOf(conf: SwordConf): Versification {
  const name = conf.get('Versification') ?? 'KJV';
  if (!isVersificationName(name)) throw new Error(`${conf.name}: unsupported versification ${name} (KJV and NRSVA are supported)`);
  return getVersification(name);
}
