import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installSynthetic } from '../../src/scripture/testing/installed-services.js';
import { createTestApp } from '../harness/app.js';
import { describeEachDialect } from '../harness/dialects.js';

describeEachDialect('Scripture over HTTP', (get) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await installSynthetic(get().database);
    ({ app } = await createTestApp(get()));
  });
  afterAll(() => app?.close());

  it('lists installed translations in /healthz and /api/v1/translations', async () => {
    expect((await app.inject('/healthz')).json().translations).toEqual(['RV1909', 'WEB']);
    const list = (await app.inject('/api/v1/translations')).json().translations;
    expect(list.map((t: { code: string }) => t.code)).toEqual(['RV1909', 'WEB']);
  });

  it('GET /api/v1/passages returns verses with text and words of Jesus, in English or Spanish names', async () => {
    const res = await app.inject('/api/v1/passages?ref=John%203:16&translation=WEB');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.osis).toBe('John.3.16');
    expect(body.passages[0].verses[0].text).toMatch(/^For God so loved the world/);
    expect(body.passages[0].verses[0].segments[0].jesus).toBe(true);
    const spanish = (await app.inject('/api/v1/passages?ref=Juan%203:16&translation=RV1909')).json();
    expect(spanish.passages[0].text).toMatch(/^Porque de tal manera amó Dios al mundo/);
  });

  it('refuses unknown chapters with the precise reason and unknown translations with the installed list', async () => {
    const bad = await app.inject('/api/v1/passages?ref=John%2022:1&translation=WEB');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'UNKNOWN_REFERENCE', message: expect.stringContaining('John has 21 chapters') });
    const none = await app.inject('/api/v1/passages?ref=John%203:16&translation=NIV');
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('UNKNOWN_TRANSLATION');
    expect(none.json().error.message).toMatch(/RV1909.*WEB|WEB.*RV1909/);
    const missing = await app.inject('/api/v1/passages');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toEqual({ code: 'VALIDATION', message: 'ref is required' });
  });

  it('GET /api/v1/search finds stemmed words, ranked and highlighted', async () => {
    const res = await app.inject('/api/v1/search?q=intercede&translation=WEB&limit=10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const found = body.hits.map((h: { osis: string }) => h.osis);
    expect(found).toEqual(expect.arrayContaining(['Heb.7.25', 'Rom.8.34', 'Isa.53.12']));
    const hit = body.hits[0];
    expect(hit.highlights.length).toBeGreaterThan(0);
    expect(hit.text.slice(hit.highlights[0].start, hit.highlights[0].end).toLowerCase()).toMatch(/^interce/);
    const tooLong = await app.inject(`/api/v1/search?q=${'a'.repeat(501)}`);
    expect(tooLong.statusCode).toBe(400);
  });

  it('POST /api/v1/references finds references with UTF-16 offsets and reports invalid ones', async () => {
    const text = 'Moses pleaded (Exodus 32:11–14) — see John 22:1 and Hebrews 7:25.';
    const res = await app.inject({ method: 'POST', url: '/api/v1/references', payload: { text } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.references).toEqual([
      { text: 'Exodus 32:11–14', start: text.indexOf('Exodus'), end: text.indexOf('Exodus') + 'Exodus 32:11–14'.length, osis: 'Exod.32.11-Exod.32.14' },
      { text: 'Hebrews 7:25', start: text.indexOf('Hebrews'), end: text.indexOf('Hebrews') + 12, osis: 'Heb.7.25' },
    ]);
    expect(body.invalid[0]).toMatchObject({ text: 'John 22:1', reason: expect.stringContaining('21 chapters') });
  });

  it('refuses a references text over 1 MiB with 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/references', payload: { text: 'x'.repeat(1024 * 1024 + 1) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it("GET /api/v1/topics/:name resolves a Nave's topic to verse text", async () => {
    const res = await app.inject('/api/v1/topics/intercession?translation=WEB');
    expect(res.statusCode).toBe(200);
    const topic = res.json();
    expect(topic.name).toBe('INTERCESSION');
    const refs = topic.sections.flatMap((s: { references: Array<{ osis: string; text: string }> }) => s.references);
    expect(refs.find((r: { osis: string }) => r.osis === 'Heb.7.25')?.text).toMatch(/make intercession for them/);
    expect((await app.inject('/api/v1/topics/nothing-like-this')).statusCode).toBe(404);
  });

  it('describes the Scripture API in the OpenAPI document', async () => {
    const paths = (await app.inject('/api/docs/openapi.json')).json().paths;
    for (const path of ['/api/v1/passages', '/api/v1/search', '/api/v1/references', '/api/v1/topics/{name}']) expect(paths[path]).toBeDefined();
  });

  it('reads a chapter at /bible/:translation/:book/:chapter with verse anchors and navigation', async () => {
    const res = await app.inject('/bible/WEB/John/3');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>John 3</h1>');
    expect(res.body).toContain('id="v16"');
    expect(res.body).toContain('For God so loved the world');
    expect(res.body).toContain('class="woj"');
    const marked = await app.inject('/bible/WEB/John/3?jesus=1');
    expect(marked.body).toContain('reader reader--jesus');
    const spanish = await app.inject('/es/bible/RV1909/Juan/3');
    expect(spanish.statusCode).toBe(301);
    expect(spanish.headers.location).toBe('/es/bible/RV1909/John/3');
    const page = await app.inject('/es/bible/RV1909/John/3');
    expect(page.body).toContain('<h1>Juan 3</h1>');
  });

  it('sends the passage box to the verse, and explains a reference it cannot open', async () => {
    const go = await app.inject('/bible/go?ref=jn%203:16&translation=WEB');
    expect(go.statusCode).toBe(303);
    expect(go.headers.location).toBe('/bible/WEB/John/3#v16');
    const bad = await app.inject('/bible/go?ref=John%2022:1&translation=WEB');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error-summary"');
    expect(bad.body).toContain('John has 21 chapters');
    expect(bad.body).toContain('value="John 22:1"');
    const chapter = await app.inject('/bible/WEB/John/22');
    expect(chapter.statusCode).toBe(404);
    expect(chapter.body).toContain('John has 21 chapters');
  });

  it('searches at /search with highlighted hits, and shows topics', async () => {
    const res = await app.inject('/search?q=%22make%20intercession%22&translation=WEB');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<mark>');
    expect(res.body).toContain('Hebrews 7:25');
    const topic = await app.inject('/topics/INTERCESSION');
    expect(topic.statusCode).toBe(200);
    expect(topic.body).toContain('<h1>INTERCESSION</h1>');
    expect(topic.body).toContain('href="/topics/PRAYER"');
  });

  it('escapes what a reader typed', async () => {
    const res = await app.inject('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script>');
  });
});
