// Which SWORD modules Intercede installs by default and under which translation code. Data, so another
// Bible is one row away.

/** A known module: its SWORD name and the code Intercede lists it under. */
export interface CatalogEntry {
  readonly module: string;
  /** Translation code for Bibles; topical dictionaries have none. */
  readonly code?: string;
  /** The Debian package that ships it. */
  readonly debianPackage: string;
}

/** Installed by `intercede bible install` without arguments, in this order. */
export const DEFAULT_MODULES: readonly CatalogEntry[] = [
  { module: 'engWEB2015eb', code: 'WEB', debianPackage: 'sword-text-web' },
  { module: 'engKJV2006eb', code: 'KJV', debianPackage: 'sword-text-kjv' },
  { module: 'spaRV1909eb', code: 'RV1909', debianPackage: 'sword-text-sparv' },
  { module: 'Nave', debianPackage: 'sword-dict-naves' },
];

/** Where modules come from when the Debian packages are not an option. */
export const CROSSWIRE_REPOSITORY = 'https://crosswire.org/ftpmirror/pub/sword/packages/rawzip/';

/** The catalog entry for a module name or translation code (case-insensitive). */
export function catalogEntry(nameOrCode: string): CatalogEntry | undefined {
  const k = nameOrCode.toLowerCase();
  return DEFAULT_MODULES.find((e) => e.module.toLowerCase() === k || e.code?.toLowerCase() === k);
}

/** What to say when no module can be found: the Debian packages and CrossWire's repository. */
export function noModulesMessage(searchPath: readonly string[], wanted: readonly string[]): string {
  const packages = DEFAULT_MODULES.map((e) => e.debianPackage).join(' ');
  return [
    `No SWORD module${wanted.length ? ` (${wanted.join(', ')})` : ''} was found in ${searchPath.join(', ')}.`,
    `On Debian or Ubuntu: sudo apt-get install ${packages}`,
    `Elsewhere: get the modules from CrossWire's repository (${CROSSWIRE_REPOSITORY}, or a SWORD front end's`,
    'module manager) into ~/.sword, or point SWORD_PATH or --from at the folder holding mods.d.',
  ].join('\n');
}
