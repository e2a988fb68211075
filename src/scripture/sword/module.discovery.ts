// SWORD libraries are folders holding mods.d/*.conf; the same search order as the sword tools lets
// a user's own modules (SWORD_PATH, ~/.sword) shadow the system's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseConf } from './conf.parser.js';
import { moduleInfo, type ModuleInfo } from './module.info.js';

/** The default library search path: `SWORD_PATH` (may list several), `~/.sword`, `/usr/share/sword`. */
export function defaultSearchPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string[] {
  const fromEnv = (env.SWORD_PATH ?? '').split(delimiter).filter(Boolean);
  return [...fromEnv, join(home, '.sword'), '/usr/share/sword'];
}

/** A conf that could not be read, with the reason. */
export interface DiscoveryProblem {
  readonly path: string;
  readonly reason: string;
}

/**
 * Modules in the given libraries, first occurrence of a name winning (names compare
 * case-insensitively, as SWORD does). Unreadable confs are skipped and reported through `problems`.
 */
export function findModules(searchPath: readonly string[] = defaultSearchPath(), problems?: DiscoveryProblem[]): ModuleInfo[] {
  const seen = new Set<string>();
  const found: ModuleInfo[] = [];
  for (const root of searchPath) {
    const modsDir = join(root, 'mods.d');
    if (!existsSync(modsDir)) continue;
    let names: string[];
    try {
      names = readdirSync(modsDir).filter((f) => f.toLowerCase().endsWith('.conf')).sort();
    } catch (err) {
      problems?.push({ path: modsDir, reason: String(err) });
      continue;
    }
    for (const file of names) {
      const path = join(modsDir, file);
      try {
        const conf = parseConf(decodeConf(readFileSync(path)));
        // globals.conf and similar hold settings, not a module.
        if (conf.get('ModDrv') === undefined && conf.get('DataPath') === undefined) continue;
        const info = moduleInfo(conf, root);
        const key = info.name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(info);
      } catch (err) {
        problems?.push({ path, reason: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return found;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Confs of Latin-1 modules are often Latin-1 themselves; bytes that are not valid UTF-8 say so.
function decodeConf(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** The module of that name (case-insensitive) in the given libraries, or undefined. */
export function findModule(name: string, searchPath?: readonly string[]): ModuleInfo | undefined {
  const key = name.toLowerCase();
  return findModules(searchPath).find((m) => m.name.toLowerCase() === key);
}
