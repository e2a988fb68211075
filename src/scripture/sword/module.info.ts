// What findModules reports and openModule needs: a conf plus where its data lives on disk.
import { isAbsolute, resolve } from 'node:path';
import type { SwordConf } from './conf.parser.js';

/** What kind of work a module driver holds. */
export type ModuleKind = 'bible' | 'commentary' | 'dictionary' | 'genbook' | 'other';

/** A module found in a SWORD library. */
export interface ModuleInfo {
  /** Module name, the conf's section name (e.g. `engWEB2015eb`). */
  readonly name: string;
  readonly conf: SwordConf;
  /** The library root: the folder holding `mods.d` (DataPath is relative to it). */
  readonly libraryRoot: string;
  /** Absolute DataPath: a folder for verse modules, a file prefix for dictionaries (`…/nave/nave`). */
  readonly dataPath: string;
  /** `ModDrv`, e.g. zText, RawLD. */
  readonly driver: string;
  readonly kind: ModuleKind;
  /** `SourceType` (markup), `Plaintext` when absent. */
  readonly sourceType: string;
}

const KINDS: Record<string, ModuleKind> = {
  ztext: 'bible',
  ztext4: 'bible',
  rawtext: 'bible',
  rawtext4: 'bible',
  rawgbf: 'bible',
  zcom: 'commentary',
  zcom4: 'commentary',
  rawcom: 'commentary',
  rawcom4: 'commentary',
  rawfiles: 'commentary',
  hrefcom: 'commentary',
  zld: 'dictionary',
  rawld: 'dictionary',
  rawld4: 'dictionary',
  rawgenbook: 'genbook',
};

/** The kind of work a `ModDrv` value stores. */
export function kindOfDriver(driver: string): ModuleKind {
  return KINDS[driver.toLowerCase()] ?? 'other';
}

/** Describes a module from its conf and the library root its DataPath is relative to. */
export function moduleInfo(conf: SwordConf, libraryRoot: string): ModuleInfo {
  const driver = conf.get('ModDrv') ?? '';
  const dataPath = conf.get('DataPath') ?? '';
  return {
    name: conf.name,
    conf,
    libraryRoot,
    dataPath: isAbsolute(dataPath) ? dataPath : resolve(libraryRoot, dataPath),
    driver,
    kind: kindOfDriver(driver),
    sourceType: conf.get('SourceType') ?? 'Plaintext',
  };
}
