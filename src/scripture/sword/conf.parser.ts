// SWORD .conf files are INI-like but not INI: keys repeat (GlobalOptionFilter, Feature), values may
// continue over lines ending in a backslash (About), and the section name is the module's name.

/** A parsed module .conf: its section name and every key with all its values in file order. */
export interface SwordConf {
  readonly name: string;
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** First value of a key (SWORD reads single-valued keys this way), or undefined. */
  get(key: string): string | undefined;
  /** Every value of a repeatable key, in file order. */
  getAll(key: string): readonly string[];
}

/** Parses the text of a SWORD module .conf file; throws when it has no `[ModuleName]` section. */
export function parseConf(text: string): SwordConf {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const entries = new Map<string, string[]>();
  let name: string | undefined;
  let key: string | undefined;
  let continuing = false;
  for (const line of lines) {
    if (continuing && key !== undefined) {
      const list = entries.get(key)!;
      const { value, more } = splitContinuation(line);
      list[list.length - 1] += '\n' + value;
      continuing = more;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (name === undefined) {
      const m = /^\[(.+)\]$/.exec(trimmed);
      if (m) name = m[1].trim();
      continue;
    }
    // A second section would be a second module; SWORD puts one module per file, so stop there.
    if (/^\[.+\]$/.test(trimmed)) break;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    key = line.slice(0, eq).trim();
    const { value, more } = splitContinuation(line.slice(eq + 1));
    const list = entries.get(key);
    if (list) list.push(value);
    else entries.set(key, [value]);
    continuing = more;
  }
  if (name === undefined) throw new Error('not a SWORD .conf: no [ModuleName] section');
  return {
    name,
    entries,
    get: (k) => entries.get(k)?.[0],
    getAll: (k) => entries.get(k) ?? [],
  };
}

function splitContinuation(raw: string): { value: string; more: boolean } {
  const value = raw.trimEnd();
  if (value.endsWith('\\')) return { value: value.slice(0, -1).trimEnd(), more: true };
  return { value: value.trim(), more: false };
}
