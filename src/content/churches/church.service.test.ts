import { beforeAll, expect, it } from 'vitest';
import { churchFields, PLACES } from '../../../test/factories/church.factory.js';
import { testAccounts, type TestClock } from '../../../test/harness/accounts-services.js';
import { rejects } from '../../../test/harness/app-error.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { ANONYMOUS, type UserActor } from '../../platform/auth/actor.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import type { ChurchService } from './church.service.js';
import { ChurchUnsubscribeTokens } from './church-unsubscribe-token.js';
import { createChurches } from './churches.js';

const here = { clientAddress: '203.0.113.7', locale: 'en' as const };

describeEachDialect('church directory service', (get) => {
  let service: ChurchService;
  let clock: TestClock;
  let moderator: UserActor;
  let intercessor: UserActor;
  const names = async (query: Parameters<ChurchService['search']>[1]) => (await service.search(ANONYMOUS, query)).results.map((r) => r.church.name);

  beforeAll(async () => {
    const db = get().database.db;
    const made = testAccounts(db);
    clock = made.clock;
    service = createChurches({ db, audit: made.accounts.audit, counters: new MemoryCounterStore(() => clock.now.getTime()), submitRateLimit: 3, sessionSecret: 'test-session-secret-that-is-long-enough-123', clock: clock.clock });
    const system = { kind: 'system', label: 'test' } as const;
    const m = await made.accounts.users.create(system, { email: 'mod@example.org', name: 'Mo', roles: ['moderator'] });
    const i = await made.accounts.users.create(system, { email: 'int@example.org', name: 'In', roles: ['intercessor'] });
    const actor = (id: string, email: string, roles: UserActor['roles']): UserActor => ({ kind: 'user', id, email, name: email, roles, locale: 'en', covenantAcceptedAt: null, via: 'service' });
    moderator = actor(m.id, m.email, ['moderator']);
    intercessor = actor(i.id, i.email, ['intercessor']);
    // Published fixtures, entered by the team (not rate-limited) and approved.
    for (const [name, city, postalCode, country, lat, lng] of PLACES) {
      const street = country === 'US' ? '100 Main Street' : 'Calle Mayor 1';
      const { id } = await service.submit(moderator, churchFields({ name, city, postalCode, country, street, latitude: lat, longitude: lng }), here);
      await service.approve(moderator, id);
    }
  });

  it('keeps a submission pending and unlisted until a moderator publishes it', async () => {
    const { id, status } = await service.submit(ANONYMOUS, churchFields({ name: 'Capilla Nueva', city: 'Alcalá de Henares', postalCode: '28801', latitude: '', longitude: '' }), here);
    expect(status).toBe('pending');
    expect(await names({ q: 'capilla nueva' })).toEqual([]);
    expect((await rejects(service.get(ANONYMOUS, id))).code).toBe('NOT_FOUND');
    expect((await service.get(moderator, id)).status).toBe('pending');
    expect((await service.pending(moderator)).map((c) => c.id)).toContain(id);

    await service.approve(moderator, id);
    expect(await names({ q: 'Capilla Nueva' })).toEqual(['Capilla Nueva']);
    expect((await service.get(ANONYMOUS, id)).status).toBe('published');
    expect((await service.pending(moderator)).map((c) => c.id)).not.toContain(id);
    // Approving again is a conflict, not a second publication.
    expect((await rejects(service.approve(moderator, id))).code).toBe('CONFLICT');

    await service.unpublish(moderator, id);
    expect(await names({ q: 'Capilla Nueva' })).toEqual([]);
    await service.approve(moderator, id);
    expect(await names({ q: 'Capilla Nueva' })).toEqual(['Capilla Nueva']);
  });

  it('searches by city, postal code and name, ignoring case and accents, and filters by country', async () => {
    expect(await names({ q: 'chicago' })).toEqual(['Holy Name Cathedral', 'Moody Church']);
    expect(await names({ q: 'CHICAGO', country: 'US' })).toEqual(['Holy Name Cathedral', 'Moody Church']);
    expect(await names({ q: 'chicago', country: 'ES' })).toEqual([]);
    expect(await names({ q: '60611' })).toEqual(['Holy Name Cathedral']);
    expect(await names({ q: '2801' })).toEqual(expect.arrayContaining(['Iglesia de Chamberí', 'San Ginés']));
    // Accents either way: the query without them finds the name with them, and the other way round.
    expect(await names({ q: 'chamberi' })).toEqual(['Iglesia de Chamberí']);
    expect(await names({ q: 'SAN GINES' })).toEqual(['San Ginés']);
    expect(await names({ q: 'Tolédo' })).toEqual(['Catedral de Toledo']);
    // LIKE's wildcards are literal characters in a search.
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ q: '_' })).toEqual([]);
    const all = await service.search(ANONYMOUS, { country: 'ES', limit: 2 });
    expect(all.total).toBeGreaterThanOrEqual(4);
    expect(all.hasMore).toBe(true);
    const second = await service.search(ANONYMOUS, { country: 'ES', limit: 2, page: 2 });
    expect(second.results.map((r) => r.church.id)).not.toContain(all.results[0].church.id);
  });

  it('orders by great-circle distance with real coordinates, widening the radius as needed', async () => {
    const sol = { lat: 40.4169, lng: -3.7035 };
    const near = await service.search(ANONYMOUS, { ...{ lat: sol.lat, lng: sol.lng }, country: 'ES', limit: 4 });
    expect(near.results.map((r) => r.church.name).slice(0, 4)).toEqual(['San Ginés', 'Iglesia de Chamberí', 'Parroquia de Getafe', 'Catedral de Toledo']);
    const km = near.results.map((r) => r.distanceKm!);
    expect(km[0]).toBeLessThan(1);
    expect(km[3]).toBeGreaterThan(60);
    expect([...km].sort((a, b) => a - b)).toEqual(km);

    const loop = await service.search(ANONYMOUS, { lat: '41.8781', lng: '-87.6298', q: 'church' });
    expect(loop.results.map((r) => r.church.name)).toEqual(['Moody Church']);
    const fromChicago = await service.search(ANONYMOUS, { lat: 41.8781, lng: -87.6298, limit: 3 });
    expect(fromChicago.results.map((r) => r.church.name)).toEqual(['Holy Name Cathedral', 'Moody Church', 'First Baptist Evanston']);
    expect(fromChicago.hasMore).toBe(true);
    // Far from everything (the South Pacific): the search widens to the whole globe and still answers.
    const far = await service.search(ANONYMOUS, { lat: -45, lng: -150, limit: 50 });
    expect(far.results.length).toBeGreaterThanOrEqual(PLACES.length);
    expect(far.results[0].church.country).toBe('US');
  });

  it('does not crash at the poles or the antimeridian', async () => {
    const { id } = await service.submit(moderator, churchFields({ name: 'Fiji Methodist', country: 'FJ', postalCode: '', city: 'Taveuni', street: 'Main Road 1', latitude: -16.8, longitude: 179.99 }), here);
    await service.approve(moderator, id);
    const across = await service.search(ANONYMOUS, { lat: -16.8, lng: -179.99 });
    expect(across.results[0]).toMatchObject({ church: { name: 'Fiji Methodist' } });
    expect(across.results[0].distanceKm).toBeLessThan(5);
    for (const [lat, lng] of [[90, 0], [-90, 180], [89.999, -180], [0, 180], [0, -180]] as const) {
      const result = await service.search(ANONYMOUS, { lat, lng, limit: 5 });
      expect(result.results.length).toBe(5);
    }
  });

  it('refuses bad search input naming the field', async () => {
    expect((await rejects(service.search(ANONYMOUS, { lat: '91', lng: '0' }))).details).toMatchObject({ field: 'latitude' });
    expect((await rejects(service.search(ANONYMOUS, { lat: '10', lng: '-181' }))).details).toMatchObject({ field: 'longitude' });
    expect((await rejects(service.search(ANONYMOUS, { lat: '10' }))).details).toMatchObject({ field: 'longitude', fields: { longitude: 'pair' } });
    expect((await rejects(service.search(ANONYMOUS, { country: 'ZZ' }))).details).toMatchObject({ field: 'country' });
    expect((await rejects(service.search(ANONYMOUS, { limit: 500 }))).details).toMatchObject({ field: 'limit' });
  });

  it('lets only moderators review, and records every decision in the audit log', async () => {
    const { id } = await service.submit(ANONYMOUS, churchFields({ name: 'Review Me' }), { ...here, clientAddress: '198.51.100.1' });
    expect((await rejects(service.approve(ANONYMOUS, id))).code).toBe('UNAUTHENTICATED');
    expect((await rejects(service.approve(intercessor, id))).code).toBe('FORBIDDEN');
    expect((await rejects(service.pending(intercessor))).code).toBe('FORBIDDEN');
    expect((await rejects(service.reject(moderator, id, '   '))).details).toMatchObject({ field: 'reason' });

    await service.edit(moderator, id, churchFields({ name: 'Review Me Corrected', street: 'Calle Mayor 7' }));
    const edited = await service.get(moderator, id);
    expect(edited).toMatchObject({ name: 'Review Me Corrected', street: 'Calle Mayor 7', status: 'pending', name_key: 'review me corrected' });
    expect((await rejects(service.edit(moderator, id, churchFields({ postalCode: '99999' })))).details).toMatchObject({ field: 'postalCode' });

    await service.reject(moderator, id, 'We could not find this church at the address given.');
    const rejected = await service.get(moderator, id);
    expect(rejected).toMatchObject({ status: 'rejected', rejection_reason: 'We could not find this church at the address given.' });
    expect((await rejects(service.edit(moderator, id, churchFields()))).code).toBe('CONFLICT');

    const audit = await get()
      .database.db.selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('subject_type', '=', 'church')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['church.edited', 'church.rejected']);
    expect(audit.every((a) => a.actor_id === moderator.id)).toBe(true);
  });

  it('writes the submitter’s email to the outbox with the decision, once, and forgets the address on unsubscribe', async () => {
    const db = get().database.db;
    const { id } = await service.submit(ANONYMOUS, churchFields({ name: 'Told When Published', email: 'told@example.org' }), { ...here, clientAddress: '198.51.100.2' });
    const events = () => db.selectFrom('outbox').select(['topic', 'payload']).where('payload', 'like', `%${id}%`).execute();
    expect(await events()).toEqual([]);
    await service.edit(moderator, id, churchFields({ name: 'Told When Published' }), { publish: true });
    expect(await events()).toEqual([{ topic: 'church.published', payload: JSON.stringify({ churchId: id }) }]);
    await service.unpublish(moderator, id);
    await service.approve(moderator, id);
    expect(await events()).toHaveLength(1);
    expect((await service.get(moderator, id)).submitter_email).toBe('told@example.org');

    const token = new ChurchUnsubscribeTokens('test-session-secret-that-is-long-enough-123').issue(id);
    expect((await service.unsubscribeTarget(token)).name).toBe('Told When Published');
    await service.unsubscribe(token);
    expect((await service.get(moderator, id)).submitter_email).toBeNull();
    // A token signed with another secret, or altered, names nothing.
    expect((await rejects(service.unsubscribe(new ChurchUnsubscribeTokens('another-secret-that-is-long-enough-0000').issue(id)))).code).toBe('NOT_FOUND');
    expect((await rejects(service.unsubscribe(`${token.slice(0, -2)}AA`))).code).toBe('NOT_FOUND');
  });

  it('limits anonymous submissions per address and hour, not the team’s', async () => {
    const from = { ...here, clientAddress: '192.0.2.99' };
    for (let i = 0; i < 3; i++) await service.submit(ANONYMOUS, churchFields({ name: `Flood ${i}` }), from);
    const refused = await rejects(service.submit(ANONYMOUS, churchFields({ name: 'Flood 4' }), from));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.details?.retryAfterSeconds).toBeGreaterThan(0);
    await service.submit(moderator, churchFields({ name: 'Team entry' }), from);
    await service.submit(ANONYMOUS, churchFields({ name: 'Other address' }), { ...from, clientAddress: '192.0.2.100' });
    clock.advance(60 * 60 * 1000);
    await service.submit(ANONYMOUS, churchFields({ name: 'Next hour' }), from);
  });
});
