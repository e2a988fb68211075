import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { rejects } from '../../../test/harness/app-error.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { testAccounts, type TestClock } from '../../../test/harness/accounts-services.js';
import { ANONYMOUS, type UserActor } from '../../platform/auth/actor.js';
import { installSynthetic } from '../../scripture/testing/installed-services.js';
import type { ArticleService } from './article.service.js';
import { createArticles } from './articles.js';

const FIXTURE = readFileSync(new URL('./testdata/he-always-lives.md', import.meta.url), 'utf8');
const DAY = 24 * 60 * 60 * 1000;

describeEachDialect('article service', (get) => {
  let service: ArticleService;
  let clock: TestClock;
  let author: UserActor;
  let intercessor: UserActor;
  let accounts: ReturnType<typeof testAccounts>['accounts'];

  beforeAll(async () => {
    const scripture = await installSynthetic(get().database);
    const made = testAccounts(get().database.db);
    accounts = made.accounts;
    clock = made.clock;
    service = createArticles({ db: get().database.db, audit: accounts.audit, scripture, clock: clock.clock }).articles;
    const actor = (id: string, email: string, roles: UserActor['roles']): UserActor => ({ kind: 'user', id, email, name: email, roles, locale: 'en', covenantAcceptedAt: null, via: 'service' });
    const a = await accounts.users.create({ kind: 'system', label: 'test' }, { email: 'author@example.org', name: 'Ann Author', roles: ['author'] });
    const i = await accounts.users.create({ kind: 'system', label: 'test' }, { email: 'pray@example.org', name: 'Ian', roles: ['intercessor'] });
    author = actor(a.id, a.email, ['author']);
    intercessor = actor(i.id, i.email, ['intercessor']);
  });

  it('keeps drafts out of lists and away from readers, but shows them to authors', async () => {
    const draft = await service.create(author, { title: 'A quiet draft', body: 'Hebrews 7:25 is our hope.', tags: 'hope' });
    expect(draft).toMatchObject({ slug: 'a-quiet-draft', state: 'draft', revision: 1, publishAt: null, language: 'en' });
    expect((await service.listPublished(ANONYMOUS)).articles.map((a) => a.slug)).not.toContain('a-quiet-draft');
    expect((await rejects(service.getBySlug(ANONYMOUS, 'a-quiet-draft'))).code).toBe('NOT_FOUND');
    expect((await rejects(service.getBySlug(intercessor, 'a-quiet-draft'))).code).toBe('NOT_FOUND');
    expect((await service.getBySlug(author, 'a-quiet-draft')).state).toBe('draft');
    const published = await service.publish(author, draft.id);
    expect(published).toMatchObject({ state: 'published', publishAt: clock.now.toISOString() });
    expect((await service.getBySlug(ANONYMOUS, 'a-quiet-draft')).title).toBe('A quiet draft');
    await service.unpublish(author, draft.id);
    expect((await rejects(service.getBySlug(ANONYMOUS, 'a-quiet-draft'))).code).toBe('NOT_FOUND');
    const audit = await accounts.audit.list({ kind: 'system', label: 'test' }, { subject: { type: 'article', id: draft.id } });
    expect(audit.events.map((e) => e.action)).toEqual(['article.unpublished', 'article.published', 'article.created']);
  });

  it('schedules: a publish date still to come keeps the article unlisted until then', async () => {
    const when = new Date(clock.now.getTime() + 2 * DAY).toISOString();
    const soon = await service.create(author, { title: 'Coming soon', body: 'Soon.', publishAt: when, tags: 'scheduled' }, { publish: true });
    expect(soon.state).toBe('scheduled');
    expect((await service.listPublished(ANONYMOUS, { tag: 'scheduled' })).total).toBe(0);
    expect((await rejects(service.getBySlug(ANONYMOUS, 'coming-soon'))).code).toBe('NOT_FOUND');
    clock.advance(3 * DAY);
    expect((await service.listPublished(ANONYMOUS, { tag: 'scheduled' })).articles.map((a) => a.slug)).toEqual(['coming-soon']);
    expect((await service.getBySlug(ANONYMOUS, 'coming-soon')).state).toBe('published');
  });

  it('keeps every revision and refuses a save made over someone else’s', async () => {
    const made = await service.create(author, { title: 'Revised', body: 'First words.' });
    const second = await service.update(author, made.id, { title: 'Revised', body: 'Second words.' }, { expectedRevision: 1 });
    expect(second.revision).toBe(2);
    const stale = await rejects(service.update(author, made.id, { title: 'Revised', body: 'Stale words.' }, { expectedRevision: 1 }));
    expect(stale.code).toBe('CONFLICT');
    const list = await service.revisions(author, made.id);
    expect(list.map((r) => [r.number, r.reason, r.author])).toEqual([
      [2, 'edited', 'Ann Author'],
      [1, 'created', 'Ann Author'],
    ]);
    expect((await service.revision(author, made.id, 1)).body).toBe('First words.');
    expect((await service.getForEdit(author, made.id)).body).toBe('Second words.');
  });

  it('says which fields are wrong: a taken slug, an uninstalled translation, a bad date', async () => {
    await service.create(author, { title: 'Unique', body: 'x' });
    const taken = await rejects(service.create(author, { title: 'Unique', body: 'y' }));
    expect(taken.details?.fields).toEqual({ slug: 'taken' });
    const bad = await rejects(service.create(author, { title: 'Other', body: 'y', translation: 'NIV', publishAt: 'tomorrow' }));
    expect(bad.details?.fields).toEqual({ translation: 'unknown', publishAt: 'invalid' });
    const spanish = await service.create(author, { title: 'Intercesión', body: 'Juan 3:16', translation: 'rv1909' });
    expect(spanish).toMatchObject({ translation: 'RV1909', language: 'es', slug: 'intercesion' });
  });

  it('lets only authors write, preview and publish', async () => {
    expect((await rejects(service.create(intercessor, { title: 'No', body: 'x' }))).code).toBe('FORBIDDEN');
    expect((await rejects(service.create(ANONYMOUS, { title: 'No', body: 'x' }))).code).toBe('UNAUTHENTICATED');
    expect((await rejects(service.preview(intercessor, { body: 'x' }))).code).toBe('FORBIDDEN');
    expect((await rejects(service.listForAuthors(intercessor))).code).toBe('FORBIDDEN');
  });

  it('lists published articles by date and by tag, with tag counts', async () => {
    const t0 = clock.now.getTime();
    await service.create(author, { title: 'Older one', body: 'x', tags: 'prayer, hope', publishAt: new Date(t0 - 2 * DAY).toISOString() }, { publish: true });
    await service.create(author, { title: 'Newer one', body: 'x', tags: 'prayer', publishAt: new Date(t0 - DAY).toISOString() }, { publish: true });
    const prayer = await service.listPublished(ANONYMOUS, { tag: 'prayer' });
    expect(prayer.articles.map((a) => a.slug)).toEqual(['newer-one', 'older-one']);
    const tags = await service.tags(ANONYMOUS);
    expect(tags.find((t) => t.tag === 'prayer')?.count).toBe(2);
    expect(tags.find((t) => t.tag === 'hope')?.count).toBe(1);
  });

  it('imports a file: prints the slug, re-import makes a revision, --publish publishes', async () => {
    const first = await service.importSource(author, FIXTURE);
    expect(first).toMatchObject({ created: true, article: { slug: 'he-always-lives-to-intercede', state: 'draft', tags: ['intercession', 'hebrews'], translation: 'WEB', publishAt: '2025-01-05T00:00:00.000Z' } });
    const again = await service.importSource(author, FIXTURE, { publish: true });
    expect(again).toMatchObject({ created: false, article: { revision: 2, state: 'published' } });
    expect((await service.revisions(author, first.article.id)).map((r) => r.reason)).toEqual(['imported', 'imported']);
    const broken = await rejects(service.importSource(author, '---\ntitle: A\ntitel: B\n---\nBody\n'));
    expect(broken.message).toContain('line 3: front matter: unknown field "titel"');
    const noTitle = await rejects(service.importSource(author, '---\nslug: x\n---\nBody\n'));
    expect(noTitle.message).toBe('title: Enter a title');
  });

  it('keeps the author’s respond choice through create, edit, revisions and import (auto when not given)', async () => {
    const made = await service.create(author, { title: 'Respond round trip', body: 'Notes.' });
    expect(made.respond).toBe('auto');
    const yes = await service.update(author, made.id, { title: 'Respond round trip', body: 'Notes.', respond: 'yes' });
    expect(yes.respond).toBe('yes');
    expect((await service.getForEdit(author, made.id)).respond).toBe('yes');
    expect((await service.revision(author, made.id, 1)).respond).toBe('auto');
    expect((await service.revision(author, made.id, 2)).respond).toBe('yes');
    const bad = await rejects(service.update(author, made.id, { title: 'Respond round trip', body: 'Notes.', respond: 'perhaps' }));
    expect(bad.details?.fields).toEqual({ respond: 'invalid' });
    expect((await service.getForEdit(author, made.id)).respond).toBe('yes');
    const imported = await service.importSource(author, '---\ntitle: Respond round trip\nrespond: false\n---\nNotes. Amen.\n', { publish: true });
    expect(imported).toMatchObject({ created: false, article: { revision: 3, respond: 'no' } });
    expect((await service.getBySlug(ANONYMOUS, 'respond-round-trip')).respond).toBe('no');
    const broken = await rejects(service.importSource(author, '---\ntitle: Respond round trip\nrespond: maybe\n---\nNotes.\n'));
    expect(broken.message).toContain('line 3: front matter: respond must be auto, yes or no');
  });

  it('renders with every reference linked in the article’s translation or the reader’s choice', async () => {
    const article = await service.getBySlug(ANONYMOUS, 'he-always-lives-to-intercede');
    const web = await service.render(article);
    expect(web.reading.translation).toBe('WEB');
    expect(web.html).toContain('<a href="/bible/WEB/Heb/7#v25" class="scripture-ref" data-osis="Heb.7.25">Hebrews 7:25</a>');
    expect(web.links.map((l) => l.osis)).toEqual(['Heb.7.25', 'Rom.8.34', 'Isa.53.12', 'Heb.7.25']);
    const rv = await service.render(article, { translation: 'rv1909', prefix: '/es' });
    expect(rv.html).toContain('href="/es/bible/RV1909/Heb/7#v25"');
    // Romans 17:1 is plain text for readers: never a failed render.
    expect(web.html).toContain('Romans 17:1, is flagged');
    expect(web.html).not.toContain('<mark');
    expect(await service.render(article)).toBe(web);
  });

  it('checks quotations against the installed translations and finds where misattributed words come from', async () => {
    const report = await service.checkSource(author, FIXTURE);
    const kinds = report.problems.map((p) => [p.kind, 'line' in p ? p.line : 0]);
    expect(kinds).toEqual([
      ['quotation-mismatch', 18],
      ['invalid-reference', 20],
    ]);
    const mismatch = report.problems[0];
    if (mismatch.kind !== 'quotation-mismatch') throw new Error('expected a mismatch');
    expect(mismatch.reference.osis).toBe('Heb.7.25');
    expect(mismatch.closest?.translation).toBe('WEB');
    expect(mismatch.closest?.similarity).toBeLessThan(0.5);
    expect(mismatch.foundElsewhere).toMatchObject({ osis: 'Rom.8.34', translation: 'WEB', similarity: 1 });
    expect(report.problems[1]).toMatchObject({ text: 'Romans 17:1', reason: 'Romans has 16 chapters' });
    expect(report.verified.map((v) => [v.reference.text, v.match.translation, Math.round(v.match.similarity * 100)])).toEqual([
      ['Hebrews 7:25', 'WEB', 100],
      ['Romans 8:34', 'WEB', 100],
      ['Isaiah 53:12', 'WEB', 87],
    ]);
    const preview = await service.preview(author, { title: 'x', body: 'See Romans 17:1 and Hebrews 7:25.' });
    expect(preview.html).toContain('<mark class="scripture-invalid" title="Romans has 16 chapters">Romans 17:1</mark>');
    expect(preview.html).toContain('data-osis="Heb.7.25"');
    expect(preview.report.problems).toEqual([{ kind: 'invalid-reference', line: 1, text: 'Romans 17:1', reason: 'Romans has 16 chapters' }]);
  });
});
