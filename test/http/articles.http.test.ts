import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { COMMAND_LINE } from '../../src/platform/auth/actor.js';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { signedInClient } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';

const FIXTURE = readFileSync(new URL('../../src/content/articles/testdata/he-always-lives.md', import.meta.url), 'utf8');

/** The value of the checked radio named `name` in a page. */
function checkedRadio(html: string, name: string): string | undefined {
  const input = [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${name}"`) && /\schecked(?:[\s=/>]|$)/.test(tag));
  return input ? /value="([^"]*)"/.exec(input)?.[1] : undefined;
}

describeEachDialect('articles over HTTP', (get) => {
  let app: FastifyInstance;
  let author: TestClient;
  let published: string;

  beforeAll(async () => {
    await installSynthetic(get().database);
    ({ app } = await createTestApp(get(), { BASE_URL: 'http://prayer.example.org' }));
    author = (await signedInClient(app, { roles: ['author'], name: 'Test author' })).client;
    published = (await app.articles.importSource(COMMAND_LINE, FIXTURE, { publish: true })).article.slug;
  });
  afterAll(() => app?.close());

  it('/articles/:slug links every reference with data-osis and carries OpenGraph tags', async () => {
    const res = await app.inject(`/articles/${published}`);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    const links = [...body.matchAll(/<a href="([^"]+)" class="scripture-ref" data-osis="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[3], m[2], m[1]]);
    expect(links).toEqual([
      ['Hebrews 7:25', 'Heb.7.25', '/bible/WEB/Heb/7#v25'],
      ['Romans 8:34', 'Rom.8.34', '/bible/WEB/Rom/8#v34'],
      ['Isaiah 53:12', 'Isa.53.12', '/bible/WEB/Isa/53#v12'],
      ['Hebrews 7:25', 'Heb.7.25', '/bible/WEB/Heb/7#v25'],
    ]);
    expect(body).toContain('<meta property="og:title" content="He Always Lives to Intercede"/>');
    expect(body).toContain('<meta property="og:url" content="http://prayer.example.org/articles/he-always-lives-to-intercede"/>');
    expect(body).toContain('<meta property="og:type" content="article"/>');
    expect(body).toContain('<meta property="article:tag" content="intercession"/>');
    expect(body).toMatch(/<script type="module" src="\/assets\/scripture-popover\.[0-9a-f]+\.js">/);
    // The invalid reference is plain text: flagged to authors, never a failed page.
    expect(body).toContain('A reference that does not exist, Romans 17:1, is flagged');
    // The links work without JavaScript: the chapter page answers.
    expect((await app.inject('/bible/WEB/Heb/7')).statusCode).toBe(200);
  });

  it('serves the article in Spanish chrome with Spanish link paths, and in the reader’s chosen translation', async () => {
    const es = await app.inject(`/es/articles/${published}`);
    expect(es.statusCode).toBe(200);
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toContain('href="/es/bible/WEB/Heb/7#v25"');
    expect(es.body).toContain('Publicado el 5 de enero de 2025');
    expect(es.body).toContain('lang="en"');
    const rv = await app.inject(`/articles/${published}?translation=RV1909`);
    expect(rv.body).toContain('href="/bible/RV1909/Heb/7#v25"');
  });

  it('lists by date and tag, with a page per topic, an Atom feed and a sitemap', async () => {
    const list = await app.inject('/articles');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('href="/articles/he-always-lives-to-intercede"');
    expect(list.body).toContain('href="/articles/tags/intercession"');
    expect(list.body).toContain('<link rel="alternate" type="application/atom+xml"');
    const topic = await app.inject('/articles/tags/intercession');
    expect(topic.statusCode).toBe(200);
    expect(topic.body).toContain('Articles about “intercession”');
    expect(topic.body).toContain('He Always Lives to Intercede');
    expect((await app.inject('/articles/tags/nothing-here')).statusCode).toBe(404);
    const feed = await app.inject('/articles/feed.xml');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(feed.body).toContain('<link rel="alternate" type="text/html" href="http://prayer.example.org/articles/he-always-lives-to-intercede"/>');
    expect(feed.body).toContain('&lt;a href=&quot;http://prayer.example.org/bible/WEB/Heb/7#v25&quot; class=&quot;scripture-ref&quot; data-osis=&quot;Heb.7.25&quot;&gt;');
    expect(feed.body).not.toContain('<script');
    const sitemap = await app.inject('/sitemap.xml');
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toContain('<loc>http://prayer.example.org/articles/he-always-lives-to-intercede</loc>');
    expect(sitemap.body).toContain('<loc>http://prayer.example.org/</loc>');
    expect(sitemap.body).toContain('<loc>http://prayer.example.org/bible</loc>');
    expect(sitemap.body).toContain('hreflang="es" href="http://prayer.example.org/es/articles"');
    expect(sitemap.body).toContain('<loc>http://prayer.example.org/articles/tags/intercession</loc>');
  });

  it('hides drafts and scheduled articles from readers, lists and feeds; shows them to authors', async () => {
    const draft = await app.articles.create(COMMAND_LINE, { title: 'Secret draft', body: 'Not yet. John 3:16.' });
    const later = await app.articles.create(COMMAND_LINE, { title: 'Next month', body: 'Soon.', publishAt: new Date(Date.now() + 30 * 86400_000).toISOString() }, { publish: true });
    for (const slug of [draft.slug, later.slug]) {
      expect((await app.inject(`/articles/${slug}`)).statusCode).toBe(404);
      const mine = await author.get(`/articles/${slug}`);
      expect(mine.statusCode).toBe(200);
      expect(mine.headers['cache-control']).toBe('private, no-store');
    }
    expect((await author.get(`/articles/${draft.slug}`)).body).toContain('Draft: only authors can see this article.');
    expect((await author.get(`/articles/${later.slug}`)).body).toContain('Scheduled: readers will see this article from');
    for (const path of ['/articles', '/articles/feed.xml', '/sitemap.xml']) {
      const body = (await app.inject(path)).body;
      expect(body, path).not.toContain('Secret draft');
      expect(body, path).not.toContain('next-month');
    }
  });

  it('the authors’ pages (/write/articles) are for authors only: anonymous are sent to sign in, others refused', async () => {
    const anonymous = await app.inject('/write/articles');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/login?next=%2Fwrite%2Farticles');
    const intercessor = (await signedInClient(app, { roles: ['intercessor'], name: 'Test intercessor' })).client;
    expect((await intercessor.get('/write/articles')).statusCode).toBe(403);
    expect((await intercessor.get('/write/articles/new')).statusCode).toBe(403);
    const admin = (await signedInClient(app, { roles: ['admin'], name: 'Test admin' })).client;
    expect((await admin.get('/write/articles')).statusCode).toBe(403);
    const post = await intercessor.json('POST', '/write/articles/preview', { body: 'x' }, { 'x-csrf-token': 'nope' });
    expect([403]).toContain(post.statusCode);
    const list = await author.get('/write/articles');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('He Always Lives to Intercede');
  });

  it('the preview flags an invalid reference and a misattributed quotation, without JavaScript, and never fails', async () => {
    const res = await author.form('/write/articles/new', { intent: 'preview', title: 'Checking', body: 'See Romans 17:1.\n\nThe writer says “Who is he who condemns? It is Christ who died” (Hebrews 7:25).' }, { from: '/write/articles/new' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<mark class="scripture-invalid" title="Romans has 16 chapters">Romans 17:1</mark>');
    expect(res.body).toContain('“Romans 17:1” is not a passage: Romans has 16 chapters.');
    expect(res.body).toContain('The quotation next to Hebrews 7:25 does not match it in any installed translation.');
    expect(res.body).toContain('These words are found in Romans 8:34 (WEB), 100%');
    // The text is kept in the form, and nothing was saved.
    expect(res.body).toContain('See Romans 17:1.');
    expect((await app.inject('/articles/checking')).statusCode).toBe(404);
    expect((await author.get('/write/articles')).body).not.toContain('Checking');
  });

  it('the JSON preview (the editor script) needs the CSRF header and returns both fragments', async () => {
    await author.get('/write/articles/new');
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(author.lastPage)![1];
    expect((await author.json('POST', '/write/articles/preview', { body: 'Romans 17:1' })).statusCode).toBe(403);
    const res = await author.json('POST', '/write/articles/preview', { body: 'Romans 17:1 and Hebrews 7:25', translation: 'WEB' }, { 'x-csrf-token': token });
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json.html).toContain('data-osis="Heb.7.25"');
    expect(json.check).toContain('Romans has 16 chapters');
    expect(json.problems).toBe(1);
  });

  it('creates, saves revisions, refuses a stale save, publishes and unpublishes through the forms (CSRF on each)', async () => {
    const fields = { title: 'Through the form', slug: '', summary: 'A test.', tags: 'prayer, hope', translation: 'WEB', language: 'en', publishAt: '', body: 'First. Hebrews 7:25.' };
    expect((await author.form('/write/articles/new', { ...fields, intent: 'save' }, { csrf: null })).statusCode).toBe(403);
    const made = await author.form('/write/articles/new', { ...fields, intent: 'save' }, { from: '/write/articles/new' });
    expect(made.statusCode).toBe(303);
    const editPath = made.headers.location as string;
    expect(editPath).toMatch(/^\/write\/articles\/[0-9a-f-]+\?created$/);
    const id = editPath.split('/')[3].split('?')[0];
    const opened = await author.get(editPath);
    expect(opened.body).toContain('Article created.');
    expect(opened.body).toContain('name="revision" value="1"');
    const saved = await author.form(`/write/articles/${id}`, { ...fields, body: 'Second. Romans 8:34.', revision: '1', intent: 'save' });
    expect(saved.headers.location).toBe(`/write/articles/${id}?saved=2`);
    const stale = await author.form(`/write/articles/${id}`, { ...fields, body: 'Stale text.', revision: '1', intent: 'save' }, { from: `/write/articles/${id}` });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Stale text.');
    expect(stale.body).toContain('Someone saved this article after you opened it.');
    const bad = await author.form(`/write/articles/${id}`, { ...fields, title: '', publishAt: 'soon', revision: '2', intent: 'save' }, { from: `/write/articles/${id}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<a href="#title">Enter a title</a>');
    expect(bad.body).toContain('<a href="#publishAt">Enter the date like 2025-03-01, or 2025-03-01T09:30</a>');
    expect((await app.inject('/articles/through-the-form')).statusCode).toBe(404);
    const publish = await author.form(`/write/articles/${id}/publish`, {}, { from: `/write/articles/${id}` });
    expect(publish.headers.location).toBe(`/write/articles/${id}?published`);
    const live = await app.inject('/articles/through-the-form');
    expect(live.statusCode).toBe(200);
    expect(live.body).toContain('data-osis="Rom.8.34"');
    const revisions = await author.get(`/write/articles/${id}/revisions`);
    expect(revisions.body).toMatch(/Read revision 2[\s\S]*Read revision 1/);
    // A named, scrollable region whose hidden caption says what the table is (the shared Table).
    expect(revisions.body).toMatch(/<div class="table-wrap" tabindex="0" role="region" aria-label="[^"]+"><table class="table"><caption class="visually-hidden">/);
    expect(revisions.body).toContain('<th scope="col">');
    const first = await author.get(`/write/articles/${id}/revisions/1`);
    expect(first.body).toContain('data-osis="Heb.7.25"');
    const restore = await author.get(`/write/articles/${id}?from=1`);
    expect(restore.body).toContain('You are editing the text of revision 1.');
    expect(restore.body).toContain('First. Hebrews 7:25.');
    const unpublish = await author.form(`/write/articles/${id}/unpublish`, {}, { from: `/write/articles/${id}` });
    expect(unpublish.headers.location).toBe(`/write/articles/${id}?unpublished`);
    expect((await app.inject('/articles/through-the-form')).statusCode).toBe(404);
  });

  it('the editor asks whether the response form ends the article, in English and Spanish, and keeps the choice', async () => {
    const empty = await author.get('/write/articles/new');
    expect(empty.body).toContain('Response form at the end');
    expect(empty.body).toContain('Automatic — when the article asks for a response or ends with a prayer');
    expect(empty.body).toMatch(/<label[^>]*for="respond-2"[^>]*>Always<\/label>/);
    expect(empty.body).toMatch(/<label[^>]*for="respond-3"[^>]*>Never<\/label>/);
    expect(checkedRadio(empty.body, 'respond')).toBe('auto');
    const es = await author.get('/es/write/articles/new');
    expect(es.body).toContain('Formulario de respuesta al final');
    expect(es.body).toContain('Automático — cuando el artículo pide una respuesta o termina con una oración');
    expect(es.body).toMatch(/>Siempre<\/label>[\s\S]*>Nunca<\/label>/);

    const fields = { title: 'Chosen ending', slug: '', summary: '', tags: '', translation: '', language: 'en', publishAt: '', body: 'Notes on Hebrews 7:25.' };
    const failed = await author.form('/write/articles/new', { ...fields, title: '', respond: 'yes', intent: 'save' }, { from: '/write/articles/new' });
    expect(failed.statusCode).toBe(400);
    expect(checkedRadio(failed.body, 'respond')).toBe('yes');
    const unknown = await author.form('/write/articles/new', { ...fields, respond: 'maybe', intent: 'save' }, { from: '/write/articles/new' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('<a href="#respond">Choose automatic, always or never for the response form</a>');
    expect(unknown.body).toMatch(/id="respond-error"[^>]*>[\s\S]*?Choose automatic, always or never/);

    const made = await author.form('/write/articles/new', { ...fields, respond: 'yes', intent: 'publish' }, { from: '/write/articles/new' });
    expect(made.statusCode).toBe(303);
    const id = (made.headers.location as string).split('/')[3].split('?')[0];
    expect(checkedRadio((await author.get(`/write/articles/${id}`)).body, 'respond')).toBe('yes');
    expect((await app.inject('/articles/chosen-ending')).body).toContain('id="respond-title"');
    const never = await author.form(`/write/articles/${id}`, { ...fields, respond: 'no', revision: '1', intent: 'save' }, { from: `/write/articles/${id}` });
    expect(never.headers.location).toBe(`/write/articles/${id}?saved=2`);
    expect(checkedRadio((await author.get(`/write/articles/${id}`)).body, 'respond')).toBe('no');
    expect((await app.inject('/articles/chosen-ending')).body).not.toContain('id="respond-title"');
    // Restoring revision 1 brings back its choice too.
    expect(checkedRadio((await author.get(`/write/articles/${id}?from=1`)).body, 'respond')).toBe('yes');
  });

  it('renders raw HTML, script and javascript: links in an article as harmless text', async () => {
    const evil = await app.articles.create(COMMAND_LINE, { title: 'Evil', body: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1)) John 3:16' }, { publish: true });
    const res = await app.inject(`/articles/${evil.slug}`);
    expect(res.statusCode).toBe(200);
    const body = res.body.slice(res.body.indexOf('class="article__body"'));
    expect(body).not.toMatch(/<script>alert|<img src=x|<[^>]*\sonerror=|href="javascript:/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('data-osis="John.3.16"');
  });
});
