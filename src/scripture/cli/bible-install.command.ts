import { resolve } from 'node:path';
import type { Command } from '../../platform/cli/command.js';
import { NoModulesError, type InstalledModule } from '../install/install.types.js';
import { catalogEntry } from '../install/module.catalog.js';
import { progressBar } from './progress.bar.js';
import { withScripture } from './scripture.session.js';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function describe(m: InstalledModule): string {
  const what = m.kind === 'bible' ? `${m.code} (${m.module}): ${m.count.toLocaleString('en')} verses` : `${m.module}: ${m.count.toLocaleString('en')} topics`;
  return `Installed ${what} in ${seconds(m.readMs + m.writeMs)} (read ${seconds(m.readMs)}, write ${seconds(m.writeMs)})\n`;
}

/** `intercede bible install [--from DIR] [MODULE…]`: imports SWORD Bibles and Nave's topics. */
export const bibleInstallCommand: Command = {
  path: ['bible', 'install'],
  summary: "Install Bibles (WEB, KJV, RV1909) and Nave's topics from SWORD modules",
  usage: 'bible install [--from DIR] [MODULE…]',
  help: [
    ['--from DIR', 'SWORD library to read (the folder holding mods.d); repeatable. Default: SWORD_PATH, ~/.sword, /usr/share/sword'],
    ['MODULE…', 'Module names or codes (engWEB2015eb or WEB, KJV, RV1909, Nave). Default: all four'],
  ],
  options: { from: { type: 'string', multiple: true } },
  positionals: { min: 0, max: 32 },
  async run(args, io) {
    return withScripture(io, async ({ config, installer }) => {
      const from = (args.values.from as string[] | undefined)?.map((d) => resolve(d));
      const searchPath = from?.length ? from : config.swordPath;
      const bar = io.isTTY ? progressBar(io.stdout) : undefined;
      let report;
      try {
        report = await installer.install({ searchPath, modules: args.positionals, onProgress: bar?.update });
      } catch (err) {
        bar?.done();
        if (err instanceof NoModulesError) {
          io.stderr(`intercede: ${err.message}\n`);
          return 1;
        }
        throw err;
      }
      bar?.done();
      for (const m of report.installed) io.stdout(describe(m));
      for (const name of report.missing) {
        const pkg = catalogEntry(name)?.debianPackage;
        io.stderr(`Not found: ${name}${pkg ? ` (Debian package ${pkg})` : ''} in ${searchPath.join(', ')}\n`);
      }
      for (const f of report.failed) io.stderr(`Could not install ${f.module}: ${f.reason}\n`);
      // Modules named on the command line must all be installed; the default set installs what exists.
      const explicitMissing = args.positionals.length > 0 && report.missing.length > 0;
      return report.failed.length > 0 || explicitMissing ? 1 : 0;
    });
  },
};
