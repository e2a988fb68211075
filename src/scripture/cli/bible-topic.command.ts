import type { Command } from '../../platform/cli/command.js';
import { ANONYMOUS_READER } from '../scripture.actor.js';
import type { TopicReference, TopicView } from '../topics/topic.types.js';
import { joinedPositionals, stringOption } from './cli.options.js';
import { withScripture } from './scripture.session.js';

function refLines(refs: readonly TopicReference[], indent: string): string[] {
  return refs.map((r) => `${indent}${r.reference}${r.text ? `  ${r.text}${r.truncated ? ' …' : ''}` : ''}`);
}

/** A topic as text: sections, their lines, references with text, and cross-links. */
export function formatTopic(t: TopicView): string {
  const out: string[] = [`${t.name} (${t.translation})`];
  for (const s of t.sections) {
    out.push('');
    if (s.heading) out.push(s.heading);
    out.push(...refLines(s.references, '  '));
    for (const l of s.lines) {
      if (l.label) out.push(`  ${l.label}`);
      out.push(...refLines(l.references, '    '));
    }
  }
  if (t.seeAlso.length) {
    out.push('', `See also: ${t.seeAlso.map((l) => (l.subtopic ? `${l.topic}, ${l.subtopic}` : l.topic)).join('; ')}`);
  }
  return out.join('\n') + '\n';
}

/** `intercede bible topic NAME [--json]`: a Nave's topic with its references' text. */
export const bibleTopicCommand: Command = {
  path: ['bible', 'topic'],
  summary: "Show a Nave's topic with its references (e.g. intercession)",
  usage: 'bible topic NAME [--translation T] [--json]',
  help: [
    ['--translation T', 'Translation for the verse texts (default WEB)'],
    ['--json', 'Print the topic as JSON'],
  ],
  options: { translation: { type: 'string', short: 't' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 16 },
  async run(args, io) {
    return withScripture(io, async ({ topics }) => {
      const topic = await topics.get(ANONYMOUS_READER, { name: joinedPositionals(args), translation: stringOption(args, 'translation') });
      io.stdout(args.values.json ? JSON.stringify(topic) + '\n' : formatTopic(topic));
      return 0;
    });
  },
};
