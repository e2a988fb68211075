import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from './front-matter.parse.js';
import { markdownExcerpt, rawHtmlLines, renderArticleBody, sanitizeArticleHtml, type RenderOptions } from './markdown.render.js';

const WEB: RenderOptions = { translation: 'WEB', language: 'en', versification: 'NRSVA' };
const SEED = new URL('../../../../shared/seeds/000_7d05d2210211a068.txt', import.meta.url);

/** Every start tag in HTML, with its attributes as written. */
function tags(html: string): string[] {
  return html.match(/<[a-z][^>]*>/gi) ?? [];
}

describe('renderArticleBody: sanitizing', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="#" onclick="alert(1)">click</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    '[link](javascript:alert(1))',
    '[link](JAVASCRIPT:alert(1))',
    '[link](  javascript:alert(1))',
    '[link](jav&#x09;ascript:alert(1))',
    '[link](vbscript:msgbox(1))',
    '[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![img](javascript:alert(1))',
    '<svg onload=alert(1)>',
    '<div style="background:url(javascript:alert(1))">x</div>',
  ];
  for (const attack of attacks) {
    it(`leaves nothing executable of ${attack}`, () => {
      const { html } = renderArticleBody(`Before. ${attack} After Romans 8:34.`, WEB);
      for (const tag of tags(html)) {
        expect(tag).not.toMatch(/^<(script|iframe|style|svg|object|embed|div)/i);
        expect(tag).not.toMatch(/\son\w+=/i);
        expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
      }
      // The page still renders, with the reference linked.
      expect(html).toContain('data-osis="Rom.8.34"');
    });
  }

  it('shows raw HTML as the text the author typed, and reports the lines', () => {
    const source = 'Line one.\n\n<b>bold</b> and <script>x</script>\n\n<div>\nblock\n</div>\n';
    const { html } = renderArticleBody(source, WEB);
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(rawHtmlLines(source)).toEqual([2, 4]);
  });

  it('the sanitizer alone refuses what Markdown would never produce', () => {
    const dirty = '<p onclick="x()">Hi <a href="javascript:alert(1)" data-osis="John.3.16" class="scripture-ref evil">J</a><script>alert(1)</script><img src="https://evil.example/x.png" onerror="y()"><img src="/assets/ok.png"></p>';
    const clean = sanitizeArticleHtml(dirty);
    expect(clean).toBe('<p>Hi <a data-osis="John.3.16" class="scripture-ref">J</a><img /><img src="/assets/ok.png" /></p>');
  });
});

describe('renderArticleBody: Scripture links', () => {
  it('links every reference to the passage in the translation, with data-osis', () => {
    const { html, links } = renderArticleBody('Moses pleaded (Exodus 32:11–14); read John 17. Then 1 John 2:1, then Romans 8:34, 38.', WEB);
    expect(html).toContain('<a href="/bible/WEB/Exod/32#v11" class="scripture-ref" data-osis="Exod.32.11-Exod.32.14">Exodus 32:11–14</a>');
    expect(html).toContain('<a href="/bible/WEB/John/17" class="scripture-ref" data-osis="John.17">John 17</a>');
    expect(html).toContain('<a href="/bible/WEB/1John/2#v1" class="scripture-ref" data-osis="1John.2.1">1 John 2:1</a>');
    expect(html).toContain('data-osis="Rom.8.34,Rom.8.38">Romans 8:34, 38</a>');
    expect(links.map((l) => l.osis)).toEqual(['Exod.32.11-Exod.32.14', 'John.17', '1John.2.1', 'Rom.8.34,Rom.8.38']);
  });

  it('leaves references in code and inside existing links alone, and links those in headings, quotes and lists', () => {
    const source = '## Hebrews 4:14–16\n\n> Isaiah 53:12\n\n- Romans 3:23\n\n`John 3:16` and\n\n    John 3:17\n\n[John 3:18](https://example.org) and [see **Romans 8:1**](/x)';
    const { html, links } = renderArticleBody(source, WEB);
    expect(links.map((l) => l.osis)).toEqual(['Heb.4.14-Heb.4.16', 'Isa.53.12', 'Rom.3.23']);
    expect(html).toContain('<code>John 3:16</code>');
    expect(html).toContain('<pre><code>John 3:17\n</code></pre>');
    expect(html).toContain('<a href="https://example.org">John 3:18</a>');
    expect(html).toContain('<a href="/x">see <strong>Romans 8:1</strong></a>');
  });

  it('prefixes links for another locale or the site address, and opens the chosen translation', () => {
    expect(renderArticleBody('Juan 3:16', { translation: 'RV1909', language: 'es', versification: 'KJV', prefix: '/es' }).html).toContain('href="/es/bible/RV1909/John/3#v16"');
    expect(renderArticleBody('John 3:16', { ...WEB, prefix: 'https://example.org' }).html).toContain('href="https://example.org/bible/WEB/John/3#v16"');
  });

  it('marks references that do not exist only in the preview, and never fails on them', () => {
    const plain = renderArticleBody('See Romans 17:1 and John 22:1.', WEB);
    expect(plain.html).toBe('<p>See Romans 17:1 and John 22:1.</p>\n');
    expect(plain.invalid.map((i) => i.reason)).toEqual(['Romans has 16 chapters', 'John has 21 chapters']);
    const marked = renderArticleBody('See Romans 17:1.', { ...WEB, markInvalid: true });
    expect(marked.html).toContain('<mark class="scripture-invalid" title="Romans has 16 chapters">Romans 17:1</mark>');
  });

  it('starts the body’s headings at h2 (the title is the page’s h1)', () => {
    expect(renderArticleBody('# One\n\n## Two', WEB).html).toBe('<h2>One</h2>\n<h3>Two</h3>\n');
    expect(renderArticleBody('### Three', WEB).html).toBe('<h3>Three</h3>\n');
  });

  it('makes an excerpt without markup', () => {
    expect(markdownExcerpt('## Title\n\nSome *bold* [text](/x) and `code`.', 100)).toBe('Title Some bold text and code.');
    expect(markdownExcerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });

  it.skipIf(!existsSync(SEED))('links all 16 references of the reference article', () => {
    const parsed = parseArticleSource(readFileSync(SEED, 'utf8'));
    const { html, links, invalid } = renderArticleBody(parsed.body, WEB);
    expect(invalid).toEqual([]);
    expect(links.map((l) => l.osis)).toEqual([
      'Exod.32.11-Exod.32.14', 'Gen.18.22-Gen.18.33', 'Heb.7.25', 'John.19.30', 'Rom.8.34', '1John.2.1', 'Heb.4.14-Heb.4.16', 'Isa.53.12',
      'John.17', 'John.17', 'Rom.3.23', 'Rev.12.10', 'Rom.8.1', 'Heb.7.25', '2Cor.5.21', 'Matt.11.28',
    ]);
    expect((html.match(/<a [^>]*data-osis=/g) ?? []).length).toBe(16);
  });
});
