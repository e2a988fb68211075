import { UsageError, type Command } from '../../platform/cli/command.js';
import { extractReferences, type ReferenceLanguage } from '../reference/index.js';

const LANGS: readonly ReferenceLanguage[] = ['en', 'es', 'auto'];

/** `intercede bible refs [--json] [--lines] [--lang en|es|auto]`: finds references in text on stdin. */
export const bibleRefsCommand: Command = {
  path: ['bible', 'refs'],
  summary: 'Find Bible references in text read from standard input',
  usage: 'bible refs [--json] [--lines] [--lang en|es|auto]',
  help: [
    ['--json', 'One JSON object a line per reference: {"text","start","end","osis"} (offsets in UTF-16 code units)'],
    ['--lines', 'Treat every input line as its own text; objects also carry "line" (1-based)'],
    ['--lang L', 'Book names to recognise: en, es or auto (both; default)'],
  ],
  options: { json: { type: 'boolean' }, lines: { type: 'boolean' }, lang: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(args, io) {
    const lang = (args.values.lang ?? 'auto') as ReferenceLanguage;
    if (!LANGS.includes(lang)) throw new UsageError(`--lang must be en, es or auto (got "${String(args.values.lang)}")`, bibleRefsCommand);
    const input = await io.stdin();
    const json = Boolean(args.values.json);
    // Without --lines the whole input is one text; a trailing newline ends it, it adds no empty line.
    const texts = args.values.lines ? input.replace(/\r?\n$/, '').split(/\r?\n/) : [input];
    let out = '';
    let invalid = '';
    texts.forEach((text, i) => {
      const found = extractReferences(text, { language: lang });
      const line = args.values.lines ? i + 1 : undefined;
      for (const r of found.references) {
        if (json) out += JSON.stringify({ text: r.text, start: r.start, end: r.end, osis: r.osis, ...(line ? { line } : {}) }) + '\n';
        else out += `${line ? `${line}: ` : ''}${r.text}  →  ${r.osis}\n`;
      }
      if (!json) for (const r of found.invalid) invalid += `${line ? `${line}: ` : ''}${r.text}  ✗  ${r.reason}\n`;
      // Flush large inputs as we go, so a long document streams.
      if (out.length > 1 << 16) {
        io.stdout(out);
        out = '';
      }
    });
    if (out) io.stdout(out);
    if (invalid) io.stderr(invalid);
    return 0;
  },
};
