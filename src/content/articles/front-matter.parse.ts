// Reading an article file: YAML front matter between `---` lines, then Markdown. The YAML is read with
// the failsafe schema (every scalar stays a string: no surprise dates, booleans or numbers — "no" stays
// "no", 2025-03-01 stays text we parse ourselves), aliases are refused, and unknown keys are errors,
// so a typo in a field name never silently drops a field. A file without front matter is accepted too:
// a Markdown file takes its title from its first `# heading`, and plain text (one paragraph a line,
// like the reference article in ../shared/seeds) is turned into Markdown by `plainTextToMarkdown`.
import { parseDocument } from 'yaml';
import { parseRespond } from './article.input.js';
import { plainTextToMarkdown } from './plain-text.import.js';

/** The front-matter fields, as written (strings; validated by `normalizeArticleInput`). */
export interface SourceFields {
  title?: string;
  slug?: string;
  summary?: string;
  /** Comma-separated or a YAML list; kept as the list. */
  tags?: string[];
  translation?: string;
  language?: string;
  /** The publish date as written. */
  publishAt?: string;
  /** Whether the response block ends the article: auto | yes | no (other spellings already read). */
  respond?: string;
}

/** Something wrong with the file itself (not with a field's value), with its 1-based line. */
export interface SourceProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedSource {
  readonly fields: SourceFields;
  /** The Markdown body. */
  readonly body: string;
  /** The 1-based line of the file that body line `k` (0-based) stands on, so reports point at the file. */
  fileLine(k: number): number;
  /** How the file was read. */
  readonly format: 'front-matter' | 'markdown' | 'plain-text';
  readonly problems: readonly SourceProblem[];
}

/** Each accepted key and the field it fills; a few spellings other site generators use are accepted. */
const KEYS: Record<string, keyof SourceFields> = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  description: 'summary',
  tags: 'tags',
  translation: 'translation',
  bible: 'translation',
  language: 'language',
  lang: 'language',
  date: 'publishAt',
  publish: 'publishAt',
  publish_at: 'publishAt',
  publishAt: 'publishAt',
  publish_date: 'publishAt',
  respond: 'respond',
};

const FENCE = /^---[ \t]*$/;

/** Splits and reads an article file. Never throws: what is wrong comes back in `problems`. */
export function parseArticleSource(input: string): ParsedSource {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  if (FENCE.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, i) => i > 0 && (FENCE.test(l) || /^\.\.\.[ \t]*$/.test(l)));
    if (close < 0) {
      return { fields: {}, body: text, fileLine: shifted(0), format: 'front-matter', problems: [{ line: 1, message: 'the front matter starting here has no closing "---" line' }] };
    }
    const { fields, problems } = readFrontMatter(lines.slice(1, close).join('\n'));
    let start = close + 1;
    while (start < lines.length && lines[start].trim() === '') start++;
    // Front matter over plain text (a paragraph a line): the same conversion as without front matter.
    if (isPlainText(lines.slice(start))) {
      const converted = plainTextToMarkdown(lines.slice(start).join('\n'), fields);
      const map = converted.lines;
      return { fields: { ...converted.fields, ...fields }, body: converted.body, fileLine: (k) => start + (map[Math.min(k, map.length - 1)] ?? 1), format: 'front-matter', problems };
    }
    return { fields, body: lines.slice(start).join('\n').replace(/\s+$/, '') + '\n', fileLine: shifted(start), format: 'front-matter', problems };
  }
  const heading = firstHeading(lines);
  if (heading) {
    let start = heading.index + 1;
    while (start < lines.length && lines[start].trim() === '') start++;
    return { fields: { title: heading.title }, body: lines.slice(start).join('\n').replace(/\s+$/, '') + '\n', fileLine: shifted(start), format: 'markdown', problems: [] };
  }
  if (isPlainText(lines)) {
    const converted = plainTextToMarkdown(text);
    const map = converted.lines;
    return { fields: converted.fields, body: converted.body, fileLine: (k) => map[Math.min(k, map.length - 1)] ?? 1, format: 'plain-text', problems: [] };
  }
  return { fields: {}, body: text.replace(/\s+$/, '') + '\n', fileLine: shifted(0), format: 'markdown', problems: [] };
}

/** Body line k stands on file line `skipped + k + 1`. */
function shifted(skipped: number): (k: number) => number {
  return (k) => skipped + k + 1;
}

/** The first non-empty line when it is a level-1 ATX heading (`# Title`). */
function firstHeading(lines: string[]): { index: number; title: string } | null {
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index < 0) return null;
  const match = /^#[ \t]+(.+?)[ \t#]*$/.exec(lines[index]);
  return match ? { index, title: match[1].trim() } : null;
}

/**
 * Plain text, as pasted from a web page or a word processor: several lines and not one blank line
 * between them. Markdown separates paragraphs with blank lines, so such a file read as Markdown would
 * be one long paragraph.
 */
function isPlainText(lines: string[]): boolean {
  const trimmed = lines.slice(0, lines.length - (lines.at(-1)?.trim() === '' ? 1 : 0));
  return trimmed.length >= 3 && trimmed.every((l) => l.trim() !== '');
}

function readFrontMatter(yamlText: string): { fields: SourceFields; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const fields: SourceFields = {};
  // Front matter starts on line 2 of the file (line 1 is the opening ---).
  const lineOf = (offset: number | undefined) => 2 + (offset === undefined ? 0 : countNewlines(yamlText, offset));
  if (yamlText.trim() === '') return { fields, problems };
  const doc = parseDocument(yamlText, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  for (const err of doc.errors) problems.push({ line: lineOf(err.pos?.[0]), message: `front matter: ${firstLine(err.message)}` });
  if (doc.errors.length) return { fields, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (err) {
    problems.push({ line: 2, message: `front matter: ${firstLine((err as Error).message)}` });
    return { fields, problems };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ line: 2, message: 'front matter must be "key: value" lines' });
    return { fields, problems };
  }
  const contents = doc.contents as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | null;
  const keyLine = (key: string) => lineOf(contents?.items?.find((item) => item.key?.value === key)?.key?.range?.[0]);
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const field = KEYS[key];
    if (!field) {
      problems.push({ line: keyLine(key), message: `front matter: unknown field "${key}" (known: title, slug, summary, tags, translation, language, date, respond)` });
      continue;
    }
    if (field === 'tags') {
      if (Array.isArray(raw) && raw.every((t) => typeof t === 'string')) fields.tags = raw as string[];
      else if (typeof raw === 'string') fields.tags = raw.split(',').map((t) => t.trim()).filter(Boolean);
      else problems.push({ line: keyLine(key), message: 'front matter: tags must be a list ([a, b]) or comma-separated words' });
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ line: keyLine(key), message: `front matter: ${key} must be text, not a list or a map` });
      continue;
    }
    if (fields[field] !== undefined) {
      problems.push({ line: keyLine(key), message: `front matter: ${key} repeats a field already given` });
      continue;
    }
    if (field === 'respond') {
      const respond = parseRespond(raw);
      if (respond) fields.respond = respond;
      else problems.push({ line: keyLine(key), message: `front matter: respond must be auto, yes or no (or true, false, sí), not "${raw.trim()}"` });
      continue;
    }
    fields[field] = raw.trim();
  }
  return { fields, problems };
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
