import { beforeEach, expect, it } from 'vitest';
import { ANONYMOUS } from '../../platform/auth/actor.js';
import { MemoryCounterStore } from '../../platform/rate-limit/counter-store.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { seedTestimony } from '../../../test/factories/ministry.factory.js';
import { seedRequest } from '../../../test/factories/prayer-request.factory.js';
import { VisitorPrayerLimiter } from './visitor-prayer-limit.js';
import { presentWallEntry } from './wall.presenter.js';
import { WallService } from './wall.service.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describeEachDialect('prayer wall service', (get) => {
  const db = () => get().database.db;
  let wall: WallService;

  const build = (perHour = 60) => new WallService({ db: db(), limiter: new VisitorPrayerLimiter(new MemoryCounterStore(() => NOW.getTime()), perHour, () => NOW), clock: () => NOW });

  beforeEach(async () => {
    for (const table of ['prayer_flags', 'prayers', 'testimonies', 'prayer_requests'] as const) await db().deleteFrom(table).execute();
    wall = build();
  });

  it('shows approved public requests only — never pending, refused, team, pastoral, crisis, hidden, deleted, closed or expired ones', async () => {
    const shown = await seedRequest(db(), { text: 'shown', createdAt: ago(DAY) }, NOW);
    const answered = await seedRequest(db(), { text: 'answered', status: 'answered', createdAt: ago(2 * DAY) }, NOW);
    const hiddenOnes = [
      await seedRequest(db(), { text: 'pending', moderation: 'pending' }, NOW),
      await seedRequest(db(), { text: 'rejected', moderation: 'rejected' }, NOW),
      await seedRequest(db(), { text: 'team', visibility: 'team' }, NOW),
      await seedRequest(db(), { text: 'pastoral', visibility: 'pastoral' }, NOW),
      // Crisis language found later: made urgent and pastoral; and a row that is urgent with crisis kinds but still says public.
      await seedRequest(db(), { text: 'crisis', urgent: true, crisisKinds: ['self_harm'] }, NOW),
      await seedRequest(db(), { text: 'crisis kinds only', crisisKinds: ['abuse'] }, NOW),
      await seedRequest(db(), { text: 'hidden', hidden: true }, NOW),
      await seedRequest(db(), { text: null, publicText: null, status: 'deleted' }, NOW),
      await seedRequest(db(), { text: 'closed', status: 'closed' }, NOW),
      await seedRequest(db(), { text: 'expired', status: 'expired' }, NOW),
      await seedRequest(db(), { text: 'past expiry', createdAt: ago(40 * DAY), expiresAt: ago(DAY) }, NOW),
      await seedRequest(db(), { text: 'purged', publicText: null }, NOW),
    ];
    const listing = await wall.page(ANONYMOUS);
    expect(listing.entries.map((e) => e.request.id)).toEqual([shown, answered]);
    expect(listing.next).toBeNull();
    for (const id of hiddenOnes) await expect(wall.pray(ANONYMOUS, { requestId: id, clientAddress: '10.0.0.1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists newest first by the time a request reached the wall, and pages through everything once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await seedRequest(db(), { text: `r${i}`, createdAt: ago(10 * DAY), approvedAt: ago((7 - i) * HOUR) }, NOW));
    // Approved late: submitted long ago, but reached the wall just now, so it comes first.
    const late = await seedRequest(db(), { text: 'late', createdAt: ago(20 * DAY), approvedAt: ago(60_000) }, NOW);
    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page++) {
      const listing = await wall.page(ANONYMOUS, { limit: '3', before });
      seen.push(...listing.entries.map((e) => e.request.id));
      if (!listing.next) break;
      before = listing.next;
    }
    expect(seen).toEqual([late, ...ids.reverse()]);
  });

  it('refuses a bad page size or cursor, naming the field', async () => {
    await expect(wall.page(ANONYMOUS, { limit: '0' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { limit: 'outOfRange' } } });
    await expect(wall.page(ANONYMOUS, { limit: '51' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { limit: 'outOfRange' } } });
    await expect(wall.page(ANONYMOUS, { before: 'not-a-cursor' })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { before: 'invalid' } } });
    await expect(wall.page(ANONYMOUS, { before: Buffer.from("x' or 1=1|--").toString('base64url') })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('shows an answered request with its testimony only when shared with consent and approved', async () => {
    const approved = await seedRequest(db(), { status: 'answered', createdAt: ago(3 * DAY) }, NOW);
    await seedTestimony(db(), { requestId: approved, status: 'approved', consent: true, text: 'She is home. Call me on 555-123-4567.', at: ago(DAY) });
    const pending = await seedRequest(db(), { status: 'answered', createdAt: ago(4 * DAY) }, NOW);
    await seedTestimony(db(), { requestId: pending, status: 'pending', consent: true, at: ago(DAY) });
    const privateOne = await seedRequest(db(), { status: 'answered', createdAt: ago(5 * DAY) }, NOW);
    await seedTestimony(db(), { requestId: privateOne, status: 'approved', consent: false, at: ago(DAY) });
    const entries = (await wall.page(ANONYMOUS)).entries;
    const byId = new Map(entries.map((e) => [e.request.id, presentWallEntry(e, 'en')]));
    expect(byId.get(approved)?.status).toBe('answered');
    // Scrubbed like request text before the public reads it.
    expect(byId.get(approved)?.testimony?.text).toContain('She is home.');
    expect(byId.get(approved)?.testimony?.text).not.toContain('555-123-4567');
    expect(byId.get(pending)?.testimony).toBeNull();
    expect(byId.get(privateOne)?.testimony).toBeNull();
  });

  it('counts a visitor\'s prayer apart from the team\'s, once per address and day', async () => {
    const id = await seedRequest(db(), { prayerCount: 2 }, NOW);
    expect(await wall.pray(ANONYMOUS, { requestId: id, clientAddress: '10.0.0.1' })).toEqual({ counted: true, visitorPrayerCount: 1 });
    expect(await wall.pray(ANONYMOUS, { requestId: id, clientAddress: '10.0.0.1' })).toEqual({ counted: false, visitorPrayerCount: 1 });
    expect(await wall.pray(ANONYMOUS, { requestId: id, clientAddress: '10.0.0.2' })).toEqual({ counted: true, visitorPrayerCount: 2 });
    const row = await db().selectFrom('prayer_requests').select(['prayer_count', 'visitor_prayer_count', 'first_prayed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ prayer_count: 2, visitor_prayer_count: 2, first_prayed_at: null });
    const prayers = await db().selectFrom('prayers').select(['kind', 'user_id', 'note', 'note_status']).where('request_id', '=', id).execute();
    expect(prayers).toEqual([
      { kind: 'visitor', user_id: null, note: null, note_status: 'none' },
      { kind: 'visitor', user_id: null, note: null, note_status: 'none' },
    ]);
  });

  it('refuses a flood from one address with RATE_LIMITED, without slowing anyone else', async () => {
    wall = build(3);
    const ids = await Promise.all([1, 2, 3, 4].map(() => seedRequest(db(), {}, NOW)));
    for (const id of ids.slice(0, 3)) await wall.pray(ANONYMOUS, { requestId: id, clientAddress: '10.9.9.9' });
    await expect(wall.pray(ANONYMOUS, { requestId: ids[3], clientAddress: '10.9.9.9' })).rejects.toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } });
    expect(await wall.pray(ANONYMOUS, { requestId: ids[3], clientAddress: '10.9.9.10' })).toEqual({ counted: true, visitorPrayerCount: 1 });
  });

  it('never loses a count when visitors pray at the same moment', async () => {
    const id = await seedRequest(db(), {}, NOW);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => wall.pray(ANONYMOUS, { requestId: id, clientAddress: `10.1.0.${i}` })));
    expect(results.every((r) => r.counted)).toBe(true);
    const row = await db().selectFrom('prayer_requests').select('visitor_prayer_count').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.visitor_prayer_count).toBe(25);
    const count = await db().selectFrom('prayers').select((eb) => eb.fn.countAll<number>().as('n')).where('request_id', '=', id).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(25);
  });

  it('presents a first name or "Anonymous"/"Anónimo", never an email, surname or moderation state', async () => {
    const named = await seedRequest(db(), { firstName: 'Ana María López', email: 'ana@example.org', publicText: 'Pray for my job, says A. L.' }, NOW);
    const anonymous = await seedRequest(db(), { firstName: null, createdAt: ago(HOUR) }, NOW);
    const odd = await seedRequest(db(), { firstName: 'ana@example.org', createdAt: ago(2 * HOUR) }, NOW);
    const entries = (await wall.page(ANONYMOUS)).entries;
    const en = new Map(entries.map((e) => [e.request.id, presentWallEntry(e, 'en')]));
    const es = new Map(entries.map((e) => [e.request.id, presentWallEntry(e, 'es')]));
    expect(en.get(named)).toMatchObject({ firstName: 'Ana', anonymous: false, text: 'Pray for my job, says A. L.' });
    expect(en.get(anonymous)).toMatchObject({ firstName: 'Anonymous', anonymous: true });
    expect(es.get(anonymous)).toMatchObject({ firstName: 'Anónimo', anonymous: true });
    expect(en.get(odd)).toMatchObject({ firstName: 'Anonymous', anonymous: true });
    const json = JSON.stringify([...en.values()]);
    expect(json).not.toContain('example.org');
    expect(json).not.toContain('López');
    expect(Object.keys(en.get(named)!).sort()).toEqual(
      ['anonymous', 'answeredAt', 'category', 'createdAt', 'firstName', 'forWhom', 'id', 'language', 'prayerCount', 'status', 'teamPrayerCount', 'testimony', 'text', 'visitorPrayerCount'].sort(),
    );
  });
});
