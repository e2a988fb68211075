import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { churchFields, PLACES } from '../factories/church.factory.js';
import { createPerson, sessionCookieFor } from '../harness/accounts.js';
import { createTestApp } from '../harness/app.js';
import { TestClient } from '../harness/client.js';
import { describeEachDialect } from '../harness/dialects.js';
import { MemoryMailer } from '../harness/mail.js';
import type { Role } from '../../src/platform/auth/actor.js';

/** A form body from listing fields (lists become repeated names, numbers text). */
function form(fields: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === null) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

describeEachDialect('church directory over HTTP', (get) => {
  let app: FastifyInstance;
  let mailer: MemoryMailer;
  let moderator: TestClient;
  let clientFor: (roles: Role[]) => Promise<TestClient>;

  beforeAll(async () => {
    mailer = new MemoryMailer();
    ({ app } = await createTestApp(get(), { BASE_URL: 'http://prayer.example.org', SUBMIT_RATE_LIMIT: '3', RATE_LIMIT_PER_MINUTE: '0' }, false, { mailer }));
    clientFor = async (roles) => {
      const person = await createPerson(app, { roles, covenant: true });
      const cookie = await sessionCookieFor(app, person.id);
      const client = new TestClient(app);
      client.cookies.set(cookie.name, cookie.value);
      return client;
    };
    moderator = await clientFor(['moderator']);
    // Published fixtures around Madrid and Chicago, through the API and the review form.
    for (const [name, city, postalCode, country, latitude, longitude] of PLACES) {
      const street = country === 'US' ? '100 Main Street' : 'Calle Mayor 1';
      const res = await moderator.json('POST', '/api/v1/churches', { ...churchFields({ name, city, postalCode, country, street, latitude, longitude }), languages: ['es', 'en'] }, { 'x-csrf-token': await csrfOf(moderator) });
      expect(res.statusCode).toBe(201);
      await moderator.form(`/moderation/churches/${res.json().id}/approve`, {}, { from: '/moderation/churches' });
    }
  });
  afterAll(() => app?.close());

  async function csrfOf(client: TestClient): Promise<string> {
    await client.get('/churches/new');
    return client.csrfToken();
  }

  it('lists published churches with address, services, languages, tradition and a nofollow website link', async () => {
    const res = await app.inject('/churches?q=chicago');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Holy Name Cathedral');
    expect(res.body).toContain('Moody Church');
    expect(res.body).not.toContain('San Ginés');
    expect(res.body).toContain('2 churches found');
    expect(res.body).toContain('Domingo 11:00');
    expect(res.body).toContain('Spanish, English');
    expect(res.body).toContain('Evangelical');
    expect(res.body).toContain('<a href="https://iglesia-sol.example.org/" rel="nofollow noopener noreferrer">iglesia-sol.example.org</a>');
    expect(res.body).toMatch(/<script type="module" src="\/assets\/church-near-me\.[0-9a-f]+\.js">/);
    // The near-me button exists only for the script to reveal.
    expect(res.body).toMatch(/<button[^>]*id="near-me"[^>]*hidden/);
    const accents = await app.inject('/churches?q=CHAMBERI');
    expect(accents.body).toContain('Iglesia de Chamberí');
    const postal = await app.inject('/churches?q=60611');
    expect(postal.body).toContain('Holy Name Cathedral');
    expect(postal.body).not.toContain('Moody Church');
  });

  it('sorts by distance when the page has a location, showing how far each church is', async () => {
    const res = await app.inject('/churches?lat=40.4169&lng=-3.7035&country=ES');
    expect(res.statusCode).toBe(200);
    const order = [...res.body.matchAll(/<h3 class="church-card__name"[^>]*><a[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(order.slice(0, 4)).toEqual(['San Ginés', 'Iglesia de Chamberí', 'Parroquia de Getafe', 'Catedral de Toledo']);
    expect(res.body).toMatch(/0\.\d km \(0\.\d mi\) away/);
    expect(res.body).toContain('Nearest first, from your location.');
    expect(res.body).toContain('href="/churches?country=ES"');
    const es = await app.inject('/es/churches?lat=40.4169&lng=-3.7035&country=ES');
    expect(es.body).toContain('<html lang="es">');
    expect(es.body).toMatch(/a 0,\d km/);
    expect(es.body).toContain('Encuentra una iglesia');
    const bad = await app.inject('/churches?lat=95&lng=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<a href="#q">The location sent with this search cannot be used.');
    expect((await app.inject('/churches?q=toledo&page=abc')).body).toContain('Catedral de Toledo');
  });

  it('takes a listing through the form, keeps it pending, and thanks the person', async () => {
    const visitor = new TestClient(app, { remoteAddress: '198.51.100.10' });
    const page = await visitor.get('/churches/new');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label class="label" for="postalCode">Postal code</label>');
    expect(page.body).toContain('<option value="ES">Spain</option>');
    const res = await visitor.form('/churches/new', form(churchFields({ name: 'Capilla del Form', city: 'Alcobendas', postalCode: '28100' })));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/churches/new/thanks');
    expect((await visitor.get('/churches/new/thanks')).body).toContain('A moderator will check it');
    expect((await app.inject('/churches?q=alcobendas')).body).not.toContain('Capilla del Form');
    const queue = await moderator.get('/moderation/churches');
    expect(queue.body).toContain('Capilla del Form');
  });

  it('answers a bad field with 400 naming it, on the form and in JSON, keeping what was typed', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ street: '!!! ...' }, 'street', 'Enter the street’s name, not only numbers or punctuation'],
      [{ street: 'Calle Mayor' }, 'street', 'Enter the building number with the street'],
      [{ postalCode: '123' }, 'postalCode', 'Enter a postal code in the country’s format, like 28013'],
      [{ country: 'US', postalCode: 'ABCDE', city: 'Chicago', street: '1 Main St' }, 'postalCode', 'like 60601'],
      [{ latitude: '123' }, 'latitude', 'The latitude must be between -90 and 90'],
      [{ longitude: '-200' }, 'longitude', 'The longitude must be between -180 and 180'],
      [{ longitude: '' }, 'longitude', 'Enter the longitude too, or leave both empty'],
      [{ website: 'javascript:alert(1)' }, 'website', 'starting with https:// or http://'],
      [{ name: '' }, 'name', 'Enter the name of the church'],
    ];
    const visitor = new TestClient(app, { remoteAddress: '198.51.100.11' });
    for (const [override, field, message] of cases) {
      const page = await visitor.form('/churches/new', form(churchFields({ ...override, serviceTimes: 'Sunday 10:00 <b>bold</b>' })), { from: '/churches/new' });
      expect(page.statusCode, field).toBe(400);
      expect(page.body).toContain(`<a href="#${field}">`);
      expect(page.body).toContain(message);
      expect(page.body).toContain(`id="${field}-error"`);
      // Nothing is lost, and what was typed is escaped.
      expect(page.body).toContain('Sunday 10:00 &lt;b>bold&lt;/b>');
      const json = await app.inject({ method: 'POST', url: '/api/v1/churches', remoteAddress: '198.51.100.12', payload: { ...churchFields(override), languages: ['en'] } });
      expect(json.statusCode, field).toBe(400);
      const error = json.json().error;
      expect(error.code).toBe('VALIDATION');
      expect(error.details.field).toBe(field);
      expect(error.message.startsWith(`${field} `)).toBe(true);
    }
    const es = await visitor.form('/es/churches/new', form(churchFields({ postalCode: '99999' })), { from: '/es/churches/new' });
    expect(es.statusCode).toBe(400);
    expect(es.body).toContain('Escribe un código postal con el formato del país, como 28013');
    // Nothing was stored by any of them.
    expect((await moderator.get('/moderation/churches')).body).not.toContain('javascript:');
  });

  it('serves the JSON API: submit (201 pending), search published only, by text or near a point', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/churches', remoteAddress: '198.51.100.20', payload: { ...churchFields({ name: 'API Chapel', city: 'Leganés', postalCode: '28911' }), languages: ['es'], serviceTimes: ['Domingo 12:00'] } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), status: 'pending' });
    const id = created.json().id;
    expect((await app.inject('/api/v1/churches?q=leganes')).json().churches).toEqual([]);
    expect((await app.inject(`/api/v1/churches/${id}`)).statusCode).toBe(404);
    await moderator.form(`/moderation/churches/${id}/approve`, {}, { from: '/moderation/churches' });
    const found = (await app.inject('/api/v1/churches?q=LEGANÉS')).json();
    expect(found.churches).toHaveLength(1);
    expect(found.churches[0]).toMatchObject({ id, name: 'API Chapel', city: 'Leganés', postalCode: '28911', country: 'ES', serviceTimes: ['Domingo 12:00'], languages: ['es'] });
    expect(found.churches[0]).not.toHaveProperty('email');

    const near = (await app.inject('/api/v1/churches?near=41.8781,-87.6298&limit=2')).json();
    expect(near.churches.map((c: { name: string }) => c.name)).toEqual(['Holy Name Cathedral', 'Moody Church']);
    expect(near.churches[0].distanceKm).toBeGreaterThan(1);
    expect(near.churches[0].distanceKm).toBeLessThan(3);
    expect(near.hasMore).toBe(true);
    for (const [query, field] of [['near=abc', 'near'], ['near=91,0', 'near'], ['near=10,-181', 'near'], ['limit=0', 'limit'], ['limit=x', 'limit'], ['country=XX', 'country']]) {
      const res = await app.inject(`/api/v1/churches?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION', details: { field } });
    }
    const doc = (await app.inject('/api/docs/openapi.json')).json();
    expect(Object.keys(doc.paths['/api/v1/churches'])).toEqual(expect.arrayContaining(['get', 'post']));
  });

  it('limits submissions per address and hour, keeping every word on the form', async () => {
    const visitor = new TestClient(app, { remoteAddress: '192.0.2.50' });
    for (let i = 0; i < 3; i++) expect((await visitor.form('/churches/new', form(churchFields({ name: `Limited ${i}` })), { from: '/churches/new' })).statusCode).toBe(303);
    const refused = await visitor.form('/churches/new', form(churchFields({ name: 'One Too Many' })), { from: '/churches/new' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toContain('Please wait before adding more churches');
    expect(refused.body).toContain('value="One Too Many"');
    const api = await app.inject({ method: 'POST', url: '/api/v1/churches', remoteAddress: '192.0.2.50', payload: { ...churchFields(), languages: ['es'] } });
    expect(api.statusCode).toBe(429);
    expect(api.json().error.code).toBe('RATE_LIMITED');
  });

  it('lets only moderators review; refusing needs a reason, which the submitter is emailed with one-click unsubscribe', async () => {
    expect((await app.inject('/moderation/churches')).statusCode).toBe(303);
    const intercessor = await clientFor(['intercessor']);
    expect((await intercessor.get('/moderation/churches')).statusCode).toBe(403);

    const visitor = new TestClient(app, { remoteAddress: '198.51.100.30' });
    await visitor.form('/es/churches/new', form(churchFields({ name: 'Iglesia Dudosa', email: 'ana@example.org' })), { from: '/es/churches/new' });
    const queue = await moderator.get('/moderation/churches');
    const id = new RegExp(`/moderation/churches/([0-9a-f-]{36})/reject" class="stack-form"><input type="hidden" name="_csrf" value="[^"]+"/><div class="form-group"><label class="label" for="reason-[0-9a-f-]+">`).exec(
      queue.body.slice(queue.body.indexOf('Iglesia Dudosa')),
    )?.[1];
    expect(id).toBeTruthy();
    expect(queue.body).toContain('The person who sent it will be told by email.');
    // The staff nav names the review page for moderators.
    expect(queue.body).toContain('href="/moderation/churches" aria-current="page"');

    const noReason = await moderator.form(`/moderation/churches/${id}/reject`, { reason: '  ' }, { from: '/moderation/churches' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain(`<a href="#reason-${id}">Say why the listing is not published</a>`);
    const refused = await moderator.form(`/moderation/churches/${id}/reject`, { reason: 'No encontramos la iglesia en esa dirección.' }, { from: '/moderation/churches' });
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe('/moderation/churches?done=rejected');

    await app.jobs.tick();
    const [mail] = mailer.to('ana@example.org');
    expect(mail.subject).toBe('Tu ficha de iglesia no se ha publicado: Iglesia Dudosa');
    expect(mail.text).toContain('No encontramos la iglesia en esa dirección.');
    expect(mail.text).toContain('Recibes este correo porque diste esta dirección');
    expect(mail.html).toContain('No encontramos la iglesia en esa dirección.');
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = /<(http:\/\/prayer\.example\.org\/es\/churches\/unsubscribe\/[^>]+)>/.exec(mail.headers?.['List-Unsubscribe'] ?? '')?.[1];
    expect(unsubscribe).toBeTruthy();
    const path = new URL(unsubscribe!).pathname;
    const shown = await app.inject(path);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Olvidar mi dirección');
    const done = await app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('ya no tenemos tu dirección');
    expect((await app.inject(`${path.slice(0, -3)}xyz`)).statusCode).toBe(404);
  });

  it('a moderator edits before publishing; the submitter hears once; the listing can be unpublished', async () => {
    const visitor = new TestClient(app, { remoteAddress: '198.51.100.40' });
    await visitor.form('/churches/new', form(churchFields({ name: 'Typo Chruch', email: 'sam@example.org', city: 'Madrid' })), { from: '/churches/new' });
    const queue = await moderator.get('/moderation/churches');
    const id = /href="\/moderation\/churches\/([0-9a-f-]{36})\/edit">Edit before publishing<span class="visually-hidden"> “Typo Chruch”<\/span>/.exec(queue.body)?.[1];
    expect(id).toBeTruthy();
    const edit = await moderator.get(`/moderation/churches/${id}/edit`);
    expect(edit.body).toContain('value="Typo Chruch"');
    expect(edit.body).not.toContain('sam@example.org');
    const bad = await moderator.form(`/moderation/churches/${id}/edit`, form(churchFields({ name: 'Typo Church', latitude: '500' })));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#latitude"');
    const saved = await moderator.form(`/moderation/churches/${id}/edit`, { ...form(churchFields({ name: 'Typo Church' })), publish: '1' }, { from: `/moderation/churches/${id}/edit` });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/moderation/churches?done=published');
    expect((await app.inject('/churches?q=typo')).body).toContain('Typo Church');

    await app.jobs.tick();
    const mails = mailer.to('sam@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Your church listing is published: Typo Church');
    expect(mails[0].text).toContain(`http://prayer.example.org/churches/${id}`);
    expect(mails[0].text).toContain('/churches/unsubscribe/');

    const detail = await app.inject(`/churches/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('<h1>Typo Church</h1>');
    expect(detail.body).toContain('openstreetmap.org/?mlat=40.4153&amp;mlon=-3.7074');
    const off = await moderator.form(`/moderation/churches/${id}/unpublish`, {}, { from: '/moderation/churches' });
    expect(off.headers.location).toBe('/moderation/churches?done=unpublished');
    expect((await app.inject(`/churches/${id}`)).statusCode).toBe(404);
    expect((await moderator.get(`/churches/${id}`)).body).toContain('This listing is not published');
    const again = await moderator.form(`/moderation/churches/${id}/approve`, {}, { from: '/moderation/churches' });
    expect(again.headers.location).toBe('/moderation/churches?done=published');
    await app.jobs.tick();
    expect(mailer.to('sam@example.org')).toHaveLength(1);
    // A decision made twice comes back with a word, not an error page.
    const twice = await moderator.form(`/moderation/churches/${id}/approve`, {}, { from: '/moderation/churches' });
    expect(twice.headers.location).toBe('/moderation/churches?done=conflict');
  });

  it('escapes what people typed and answers unknown listings with 404', async () => {
    const visitor = new TestClient(app, { remoteAddress: '198.51.100.50' });
    const res = await visitor.form('/churches/new', form(churchFields({ name: '<script>alert(1)</script> Church', city: 'Valdemoro', postalCode: '28340' })), { from: '/churches/new' });
    expect(res.statusCode).toBe(303);
    const queue = await moderator.get('/moderation/churches');
    expect(queue.body).not.toContain('<script>alert(1)</script>');
    expect(queue.body).toContain('&lt;script>alert(1)&lt;/script> Church');
    expect((await app.inject('/churches/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
    expect((await app.inject('/churches/not-an-id')).statusCode).toBe(404);
  });
});
