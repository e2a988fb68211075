import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from './front-matter.parse.js';
import { looksLikeHeading } from './plain-text.import.js';

const SEED = new URL('../../../../shared/seeds/000_7d05d2210211a068.txt', import.meta.url);
const FIXTURE = new URL('./testdata/he-always-lives.md', import.meta.url);

describe('parseArticleSource', () => {
  it('reads front matter as strings (failsafe YAML) and maps body lines to file lines', () => {
    const parsed = parseArticleSource(readFileSync(FIXTURE, 'utf8'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.format).toBe('front-matter');
    expect(parsed.fields).toEqual({
      title: 'He Always Lives to Intercede',
      slug: 'he-always-lives-to-intercede',
      summary: 'Jesus pleads for us before the Father, continually.',
      tags: ['Intercession', 'hebrews'],
      translation: 'WEB',
      publishAt: '2025-01-05',
    });
    expect(parsed.body.startsWith('Jesus is the perfect Intercessor.')).toBe(true);
    expect(parsed.fileLine(0)).toBe(10);
  });

  it('keeps YAML values as written: no dates, booleans or numbers guessed', () => {
    const parsed = parseArticleSource('---\ntitle: no\nslug: 2025\ndate: 2025-01-05\ntags: yes, on\n---\nBody\n');
    expect(parsed.fields).toEqual({ title: 'no', slug: '2025', publishAt: '2025-01-05', tags: ['yes', 'on'] });
  });

  it('names unknown fields, bad YAML and a missing closing fence with their lines', () => {
    expect(parseArticleSource('---\ntitle: A\ntitel: B\n---\nBody').problems).toEqual([{ line: 3, message: expect.stringContaining('unknown field "titel"') }]);
    expect(parseArticleSource('---\ntitle: [unclosed\n---\nBody').problems[0].message).toMatch(/^front matter:/);
    expect(parseArticleSource('---\ntitle: A\nBody').problems).toEqual([{ line: 1, message: expect.stringContaining('no closing "---"') }]);
    expect(parseArticleSource('---\ntitle: A\ntitle: B\n---\nBody').problems.length).toBe(1);
    expect(parseArticleSource('---\ntitle:\n  nested: map\n---\nBody').problems[0].message).toContain('title must be text');
  });

  it('reads respond as auto, yes or no, from the spellings authors write (true/false, sí, always/never)', () => {
    const read = (value: string) => parseArticleSource(`---\ntitle: A\nrespond: ${value}\n---\nBody\n`);
    for (const [value, expected] of [['auto', 'auto'], ['Yes', 'yes'], ['true', 'yes'], ['sí', 'yes'], ['Si', 'yes'], ['siempre', 'yes'], ['no', 'no'], ['FALSE', 'no'], ['never', 'no'], ['nunca', 'no'], ['"no"', 'no']]) {
      expect(read(value).problems, value).toEqual([]);
      expect(read(value).fields.respond, value).toBe(expected);
    }
    expect(parseArticleSource('---\ntitle: A\n---\nBody\n').fields.respond).toBeUndefined();
  });

  it('names a respond value it does not know, and lists respond among the known fields', () => {
    expect(parseArticleSource('---\ntitle: A\nslug: a\nrespond: maybe\n---\nBody').problems).toEqual([{ line: 4, message: 'front matter: respond must be auto, yes or no (or true, false, sí), not "maybe"' }]);
    expect(parseArticleSource('---\nrespond: [yes]\n---\nBody').problems).toEqual([{ line: 2, message: 'front matter: respond must be text, not a list or a map' }]);
    expect(parseArticleSource('---\ntitle: A\nresponse: yes\n---\nBody').problems[0]).toEqual({ line: 3, message: expect.stringContaining('(known: title, slug, summary, tags, translation, language, date, respond)') });
  });

  it('takes the title from a leading # heading of a Markdown file without front matter', () => {
    const parsed = parseArticleSource('# Standing in the gap\n\nFirst paragraph.\n');
    expect(parsed.format).toBe('markdown');
    expect(parsed.fields.title).toBe('Standing in the gap');
    expect(parsed.body).toBe('First paragraph.\n');
    expect(parsed.fileLine(0)).toBe(3);
  });

  it('turns plain text (a paragraph a line) into Markdown: title, subtitle as summary, headings, quotations, lists', () => {
    const parsed = parseArticleSource(
      [
        'The Role of Jesus',
        'The One who stands between us and God.',
        'He is our Intercessor, and he *never* tires.',
        '✨ Jesus: The Perfect Intercessor',
        'What Does “Intercessor” Mean?',
        'Hebrews 7:25 declares:',
        '“Therefore he is able to save.”',
        '- Talk to God daily',
        '- Read the Bible',
        'Last words.',
      ].join('\n'),
    );
    expect(parsed.format).toBe('plain-text');
    expect(parsed.fields).toEqual({ title: 'The Role of Jesus', summary: 'The One who stands between us and God.' });
    expect(parsed.body).toBe(
      [
        'He is our Intercessor, and he \\*never\\* tires.',
        '',
        '## ✨ Jesus: The Perfect Intercessor',
        '',
        '### What Does “Intercessor” Mean?',
        '',
        'Hebrews 7:25 declares:',
        '',
        '> “Therefore he is able to save.”',
        '',
        '- Talk to God daily',
        '- Read the Bible',
        '',
        'Last words.',
        '',
      ].join('\n'),
    );
    // Body line 6 ("Hebrews 7:25 declares:") is line 6 of the file.
    expect(parsed.fileLine(6)).toBe(6);
  });

  it('converts plain text under front matter too, dropping a first line that repeats the title', () => {
    const parsed = parseArticleSource('---\ntitle: The Role of Jesus\ntags: grace\n---\nThe Role of Jesus\nA subtitle line.\nFirst paragraph.\nRomans 3:23 makes it clear:\n“For all have sinned.”\n');
    expect(parsed.fields).toEqual({ title: 'The Role of Jesus', summary: 'A subtitle line.', tags: ['grace'] });
    expect(parsed.body).toBe('First paragraph.\n\nRomans 3:23 makes it clear:\n\n> “For all have sinned.”\n');
    // Body line 2 (Romans 3:23…) is line 8 of the file.
    expect(parsed.fileLine(2)).toBe(8);
  });

  it('tells headings from sentences', () => {
    for (const h of ['The Accuser’s Voice', 'When You’re Afraid God Has Given Up on You', 'Will You Respond?', 'For the Addict, the Broken, the Religious but Empty', 'Hebrews 4:14–16 — Approach with Confidence', '📖 Scripture: The Heartbeat of His Intercession']) {
      expect(looksLikeHeading(h), h).toBe(true);
    }
    for (const s of ['Romans 3:23 makes it clear:', 'He prays for you specifically and personally.', '“It is finished”', '- Read the Bible', 'Jesus is interceding for you even now']) {
      expect(looksLikeHeading(s), s).toBe(false);
    }
  });

  it.skipIf(!existsSync(SEED))('reads the reference article (../shared/seeds) with its title, subtitle and sections', () => {
    const parsed = parseArticleSource(readFileSync(SEED, 'utf8'));
    expect(parsed.format).toBe('plain-text');
    expect(parsed.fields.title).toBe('The Role of Jesus as Intercessor');
    expect(parsed.fields.summary).toMatch(/^The One who stands between our brokenness/);
    const headings = parsed.body.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toContain('## ✨ Jesus: The Perfect Intercessor');
    expect(headings).toContain('### Hebrews 4:14–16 — Approach with Confidence');
    expect(headings).toContain('### Will You Respond?');
    expect(headings).toContain('### Next Steps');
    expect(headings.length).toBe(22);
    expect(parsed.body).toContain('> “Come to Me, all you who are weary and burdened, and I will give you rest.” (Matthew 11:28)');
    expect(parsed.body).toContain('- Share your story — tell someone about your decision.');
  });
});
