import type { Command } from '../../platform/cli/command.js';
import { ANONYMOUS_READER } from '../scripture.actor.js';
import { withScripture } from './scripture.session.js';

/** Pads columns to their widest cell. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

/** `intercede bible list`: the installed translations. */
export const bibleListCommand: Command = {
  path: ['bible', 'list'],
  summary: 'List installed Bible translations',
  usage: 'bible list [--json]',
  help: [['--json', 'Print a JSON array']],
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    return withScripture(io, async ({ translations }) => {
      const list = await translations.list(ANONYMOUS_READER);
      if (args.values.json) {
        io.stdout(JSON.stringify(list) + '\n');
        return 0;
      }
      if (list.length === 0) {
        io.stdout('No Bible translation is installed. Install them with: intercede bible install\n');
        return 0;
      }
      io.stdout(
        table([
          ['CODE', 'NAME', 'LANGUAGE', 'VERSIFICATION', 'LICENCE'],
          ...list.map((t) => [t.code, t.name, t.language, t.versification, t.licence]),
        ]),
      );
      return 0;
    });
  },
};
