import type { Command } from '../../platform/cli/command.js';
import type { PassageResult } from '../passages/passage.types.js';
import { ANONYMOUS_READER } from '../scripture.actor.js';
import { joinedPositionals, stringOption } from './cli.options.js';
import { withScripture } from './scripture.session.js';

/** A passage as text: a heading line per passage, then one numbered verse a line. */
export function formatPassage(result: PassageResult): string {
  const out: string[] = [];
  for (const p of result.passages) {
    out.push(`${p.reference} (${result.translation.code})`);
    for (const v of p.verses) {
      for (const h of v.headings) if (h.offset === 0) out.push(`  ${h.text}`);
      out.push(v.linked ? `${v.verse} (see verse ${v.verse - 1})` : `${v.verse} ${v.text}`);
    }
    out.push('');
  }
  if (result.mappedFrom) out.push(`(${result.mappedFrom} as numbered in the other versification)`);
  return out.join('\n').replace(/\n*$/, '\n');
}

/** `intercede bible read REF [--translation T] [--json]`. */
export const bibleReadCommand: Command = {
  path: ['bible', 'read'],
  summary: 'Print a passage ("John 3:16", "Juan 3:16-18; Rom 8")',
  usage: 'bible read REF [--translation T] [--json]',
  help: [
    ['--translation T', 'Translation code (see `bible list`); default WEB'],
    ['--json', 'Print the passage as JSON (verses, words of Jesus, headings, notes, previous/next chapter)'],
  ],
  options: { translation: { type: 'string', short: 't' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 64 },
  async run(args, io) {
    return withScripture(io, async ({ passages }) => {
      const result = await passages.lookup(ANONYMOUS_READER, { reference: joinedPositionals(args), translation: stringOption(args, 'translation') });
      io.stdout(args.values.json ? JSON.stringify(result) + '\n' : formatPassage(result));
      return 0;
    });
  },
};
