// `intercede article import FILE.md [--publish]` and `intercede article check FILE.md [--json]`.
import { readFileSync } from 'node:fs';
import { COMMAND_LINE } from '../../platform/auth/actor.js';
import { UsageError, type CliIO, type Command } from '../../platform/cli/command.js';
import { withScripture } from '../../scripture/cli/scripture.session.js';
import type { ArticleService } from './article.service.js';

function readSource(path: string, command: Command): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ''}`, command);
  }
}

/** Runs `fn` with the articles service over the configured database (migrated first). */
async function withArticles<T>(io: CliIO, fn: (articles: ArticleService) => Promise<T>): Promise<T> {
  // Markdown, sanitizing and the checker load only when an article command runs, not on every start.
  const [{ AuditService }, { systemClock }, { createArticles }] = await Promise.all([
    import('../../accounts/audit.service.js'),
    import('../../accounts/clock.js'),
    import('./articles.js'),
  ]);
  return withScripture(io, (session) => fn(createArticles({ db: session.database.db, audit: new AuditService(session.database.db, systemClock), scripture: session }).articles));
}

export const articleImportCommand: Command = {
  path: ['article', 'import'],
  summary: 'Import a Markdown article (front matter: title, slug, summary, tags, translation, date, respond: auto|yes|no); prints its slug',
  usage: 'article import FILE.md [--publish]',
  help: [['--publish', 'Publish it (at its date when one is given, else now); without it the article is a draft']],
  options: { publish: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const source = readSource(args.positionals[0], articleImportCommand);
    return withArticles(io, async (articles) => {
      const { article } = await articles.importSource(COMMAND_LINE, source, { publish: args.values.publish === true });
      io.stdout(`${article.slug}\n`);
      return 0;
    });
  },
};

export const articleCheckCommand: Command = {
  path: ['article', 'check'],
  summary: 'Check an article’s Scripture: invalid references, quotations that do not match the cited verse (exit 1 when any)',
  usage: 'article check FILE.md [--json]',
  help: [['--json', 'Print the report as JSON']],
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const path = args.positionals[0];
    const source = readSource(path, articleCheckCommand);
    return withArticles(io, async (articles) => {
      const report = await articles.checkSource(COMMAND_LINE, source);
      const { formatCheckReport } = await import('./scripture.check.js');
      io.stdout(args.values.json ? JSON.stringify(report) + '\n' : formatCheckReport(report, path));
      return report.problems.length === 0 ? 0 : 1;
    });
  },
};

/** Every `article` command, in help order. */
export const articleCommands: Command[] = [articleImportCommand, articleCheckCommand];
