import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../harness/app.js';
import { describeEachDialect } from '../harness/dialects.js';

describeEachDialect('foundation over HTTP', (get, kind) => {
  let app: FastifyInstance;
  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    ({ app } = await createTestApp(get(), {}, { level: 'info', stream }));
  });
  afterAll(() => app.close());

  it('GET /healthz says which database answers and which translations are installed', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: kind, translations: expect.any(Array) });
  });

  it('serves the home page in English with its heading, stylesheet and lang attribute', async () => {
    const res = await app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(res.body).toContain('<h1>You do not have to carry this alone</h1>');
    const css = /href="(\/assets\/styles\.[0-9a-f]+\.css)"/.exec(res.body)?.[1];
    expect(css).toBeDefined();
    const asset = await app.inject(css!);
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['content-type']).toContain('text/css');
  });

  it('offers the next steps from the home page — reading John, a church, stories, articles — and each page answers', async () => {
    for (const [path, prefix] of [['/', ''], ['/es', '/es']]) {
      const body = (await app.inject(path)).body;
      const steps = /<ul class="next-steps">([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
      const links = [...steps.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(links).toEqual(['/plans/john-21', '/plans', '/churches', '/stories/new', '/stories', '/articles'].map((p) => prefix + p));
      for (const link of links) expect((await app.inject(link)).statusCode).toBe(200);
    }
  });

  it('serves Spanish from the /es prefix and from Accept-Language', async () => {
    const prefixed = await app.inject('/es');
    expect(prefixed.body).toContain('<html lang="es">');
    expect(prefixed.body).toContain('No tienes que cargar esto a solas');
    const negotiated = await app.inject({ url: '/', headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(negotiated.body).toContain('<html lang="es">');
    const query = await app.inject({ url: '/?lang=es' });
    expect(query.body).toContain('<html lang="es">');
  });

  it('answers an unknown page with an HTML 404 and an unknown API route with a coded JSON 404', async () => {
    const page = await app.inject('/no-such-page');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    const spanish = await app.inject('/es/no-existe');
    expect(spanish.statusCode).toBe(404);
    expect(spanish.body).toContain('Página no encontrada');
    const api = await app.inject('/api/v1/nothing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('/api/v1/nothing') } });
  });

  it('refuses malformed JSON with BAD_JSON and a body over 64 KiB with 413', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/v1/anything', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('BAD_JSON');
    const big = await app.inject({
      method: 'POST',
      url: '/api/v1/anything',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(70 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads an empty JSON body as {} rather than refusing it as bad JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/references', headers: { 'content-type': 'application/json' }, payload: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'VALIDATION', message: 'text is required' });
  });

  it('sends security headers: CSP without inline script, no framing, no sniffing', async () => {
    const res = await app.inject('/');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Answers made by the error and not-found handlers carry them too.
    const missing = await app.inject('/no-such-page');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-frame-options']).toBe('DENY');
    expect(String(missing.headers['content-security-policy'])).toContain("default-src 'self'");
    const refused = await app.inject({ method: 'POST', url: '/api/v1/references', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI document that describes /healthz', async () => {
    const res = await app.inject('/api/docs/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toMatch(/^3\./);
    expect(res.json().paths['/healthz']).toBeDefined();
  });

  it('keeps private-link secrets and authorization headers out of the logs', async () => {
    await app.inject({ url: '/r/SECRETTOKEN123456?x=1', headers: { authorization: 'Bearer APITOKEN987654' } });
    const all = logLines.join('');
    expect(all).toContain('/r/[secret]');
    expect(all).not.toContain('SECRETTOKEN123456');
    expect(all).not.toContain('APITOKEN987654');
  });

  it('writes one access line per request: method, the shape of the address, status and time', async () => {
    const before = logLines.length;
    await app.inject({ url: '/healthz?probe=1' });
    const lines = logLines.slice(before).flatMap((chunk) => chunk.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/healthz' }, res: { statusCode: 200 } });
    expect(typeof lines[0].responseTime).toBe('number');
    expect(lines[0].reqId).toBe((lines[0].req as { id: string }).id);
    expect(Object.keys(lines[0].req as object).sort()).toEqual(['id', 'method', 'url']);
  });
});
