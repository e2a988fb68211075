import type { Command } from '../../platform/cli/command.js';
import type { SearchHit, SearchResult } from '../search/search.types.js';
import { MAX_SEARCH_LIMIT } from '../search/search.types.js';
import { MAX_SEARCH_PAGE } from '../search/search.service.js';
import { ANONYMOUS_READER } from '../scripture.actor.js';
import { intOption, joinedPositionals, stringOption } from './cli.options.js';
import { withScripture } from './scripture.session.js';

/** A hit's text with its matches bold on a terminal, or between asterisks elsewhere. */
function marked(hit: SearchHit, tty: boolean): string {
  const [open, close] = tty ? ['\x1b[1m', '\x1b[22m'] : ['*', '*'];
  let out = '';
  let at = 0;
  for (const h of hit.highlights) {
    out += hit.text.slice(at, h.start) + open + hit.text.slice(h.start, h.end) + close;
    at = h.end;
  }
  return out + hit.text.slice(at);
}

/** Search results as text. */
export function formatResults(r: SearchResult, tty: boolean): string {
  const first = (r.page - 1) * r.limit + 1;
  const q = r.query.includes('"') ? r.query : `"${r.query}"`;
  const head =
    r.total === 0
      ? `No verse in ${r.translation} matches ${q}.`
      : `${r.total.toLocaleString('en')} verse${r.total === 1 ? '' : 's'} in ${r.translation} match ${q}` +
        (r.hits.length ? `; ${first}–${first + r.hits.length - 1}:` : '.');
  return [head, ...r.hits.map((h) => `${h.reference}  ${marked(h, tty)}`)].join('\n') + '\n';
}

/** `intercede bible search QUERY [--translation T] [--limit N] [--json]`. */
export const bibleSearchCommand: Command = {
  path: ['bible', 'search'],
  summary: 'Search a translation (words, "phrases", AND/OR/NOT, prefix*)',
  usage: 'bible search QUERY [--translation T] [--limit N] [--json]',
  help: [
    ['--translation T', 'Translation code (see `bible list`); default WEB'],
    ['--limit N', `Hits to show, 1–${MAX_SEARCH_LIMIT} (default 20)`],
    ['--page N', 'Page of hits (default 1)'],
    ['--json', 'Print the results as JSON, with highlight offsets'],
  ],
  options: { translation: { type: 'string', short: 't' }, limit: { type: 'string', short: 'n' }, page: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 64 },
  async run(args, io) {
    const limit = intOption(args, 'limit', 1, MAX_SEARCH_LIMIT, bibleSearchCommand);
    const page = intOption(args, 'page', 1, MAX_SEARCH_PAGE, bibleSearchCommand);
    return withScripture(io, async ({ search }) => {
      const result = await search.search(ANONYMOUS_READER, {
        query: joinedPositionals(args),
        translation: stringOption(args, 'translation'),
        limit,
        page,
      });
      io.stdout(args.values.json ? JSON.stringify(result) + '\n' : formatResults(result, io.isTTY));
      return 0;
    });
  },
};
