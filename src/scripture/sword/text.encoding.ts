// SWORD modules without an Encoding key are Latin-1 (the format predates UTF-8 modules), so the
// conf's Encoding decides how raw bytes become strings.

/** Node buffer encodings for the module encodings this reader supports. */
export type ModuleEncoding = 'utf8' | 'latin1';

/** Maps a conf `Encoding` value to a buffer encoding; throws for encodings this reader cannot decode. */
export function moduleEncoding(confValue: string | undefined): ModuleEncoding {
  if (confValue === undefined || /^latin-?1$/i.test(confValue)) return 'latin1';
  if (/^utf-?8$/i.test(confValue)) return 'utf8';
  throw new Error(`unsupported module encoding ${confValue} (UTF-8 and Latin-1 are supported)`);
}
