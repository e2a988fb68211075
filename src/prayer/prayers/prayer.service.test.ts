import { describe, expect, it } from 'vitest';
import { SettingsRepository } from '../settings/settings.repository.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { useIntercessionSuite } from '../../../test/factories/intercession.fixture.js';
import { createIntercessor } from '../../../test/factories/intercessor.factory.js';
import { checkNote } from './note-safety.js';
import { parseVerse } from './verse-input.js';
import { localizedVerseReason } from './verse-message.js';
import { translator } from '../../platform/i18n/translate.js';

describe('verse references', () => {
  it('accept what people type, in English or Spanish, as OSIS', () => {
    expect(parseVerse('Rom 8:34')).toBe('Rom.8.34');
    expect(parseVerse('  Juan 3:16 ')).toBe('John.3.16');
    expect(parseVerse('Psalm 23')).toBe('Ps.23');
    expect(parseVerse('')).toBeNull();
    expect(parseVerse(undefined)).toBeNull();
  });

  it("refuse what does not exist with the engine's reason, naming the field", () => {
    expect(() => parseVerse('John 22:1')).toThrow(expect.objectContaining({ code: 'VALIDATION', message: 'verse: John has 21 chapters', details: { fields: { verse: 'unknown' }, reason: 'John has 21 chapters' } }));
    expect(() => parseVerse('John 3:99')).toThrow(expect.objectContaining({ message: 'verse: John 3 has 36 verses' }));
    expect(() => parseVerse('my favourite one')).toThrow(expect.objectContaining({ details: expect.objectContaining({ fields: { verse: 'notReference' } }) }));
    expect(() => parseVerse('Romans 1-16')).toThrow(expect.objectContaining({ details: expect.objectContaining({ fields: { verse: 'tooLong' } }) }));
  });

  it('say the reason in Spanish with Spanish book names', () => {
    const es = translator('es');
    expect(localizedVerseReason(es, 'es', 'John has 21 chapters')).toBe('Juan tiene 21 capítulos');
    expect(localizedVerseReason(es, 'es', '1 John 3 has 24 verses')).toBe('1 Juan 3 tiene 24 versículos');
    expect(localizedVerseReason(es, 'es', 'Jude has only one chapter')).toBe('Judas tiene un solo capítulo');
  });
});

describe('notes', () => {
  it('pass when they encourage, and are held for crisis language or personal details', () => {
    expect(checkNote('Praying that you feel God’s peace tonight. Romans 8:1 is for you.', 'en')).toEqual({ status: 'visible', reasons: [] });
    expect(checkNote('Estoy orando por ti y por tu familia.', 'es')).toEqual({ status: 'visible', reasons: [] });
    expect(checkNote('I want to kill myself too sometimes', 'en')).toEqual({ status: 'held', reasons: ['crisis'] });
    expect(checkNote('Call me any time on 612 345 678', 'es').reasons).toContain('personal_information');
    expect(checkNote('Write to me at john.smith@example.com', 'en').reasons).toContain('personal_information');
  });
});

describeEachDialect('praying', (get) => {
  const f = useIntercessionSuite(get);
  const outbox = () => f.db.selectFrom('outbox').select(['topic', 'payload', 'dedupe_key']).orderBy('created_at').execute();

  it('records a prayer in one transaction: the row, the count, first and last times, the lease given back, the events', async () => {
    const id = await f.seed();
    const claim = await f.intercession.dispatch.next(f.me);
    expect(claim!.request.id).toBe(id);
    const prayer = await f.intercession.prayers.pray(f.me, { requestId: id, note: '  Praying for peace over you.  ', verse: 'Juan 14:27' });
    expect(prayer).toMatchObject({ requestId: id, note: 'Praying for peace over you.', noteStatus: 'visible', verseOsis: 'John.14.27', prayerCount: 1, first: true });
    const row = await f.db.selectFrom('prayer_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ prayer_count: 1, first_prayed_at: f.clock.now.toISOString(), last_prayed_at: f.clock.now.toISOString() });
    expect(await f.db.selectFrom('prayer_leases').selectAll().execute()).toEqual([]);
    const events = await outbox();
    expect(events.map((e) => e.topic).sort()).toEqual(['prayer.first', 'prayer.recorded']);
    const first = events.find((e) => e.topic === 'prayer.first')!;
    expect(first.dedupe_key).toBe(`prayer.first:${id}`);
    // Ids only: no note, no request text in the outbox.
    expect(JSON.parse(first.payload)).toEqual({ requestId: id, prayerId: prayer.id });
    expect(events.map((e) => e.payload).join()).not.toContain('peace');

    f.clock.advance(60 * 60 * 1000);
    const someoneElse = await createIntercessor(f.accounts);
    const second = await f.intercession.prayers.pray(someoneElse, { requestId: id });
    expect(second).toMatchObject({ prayerCount: 2, first: false, noteStatus: 'none' });
    expect((await outbox()).filter((e) => e.topic === 'prayer.first')).toHaveLength(1);
  });

  it('holds a note with crisis language or personal details for review, and says so in the outbox', async () => {
    const id = await f.seed();
    const prayer = await f.intercession.prayers.pray(f.me, { requestId: id, note: 'I understand. Text me on 555-123-4567 whenever.' });
    expect(prayer.noteStatus).toBe('held');
    const stored = await f.db.selectFrom('prayers').select(['note', 'note_status']).where('id', '=', prayer.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ note: 'I understand. Text me on 555-123-4567 whenever.', note_status: 'held' });
    const held = (await outbox()).find((e) => e.topic === 'prayer.note_held')!;
    expect(JSON.parse(held.payload)).toEqual({ requestId: id, prayerId: prayer.id, reasons: ['personal_information'] });
  });

  it('refuses bad notes and verses before anything is written', async () => {
    const id = await f.seed();
    await expect(f.intercession.prayers.pray(f.me, { requestId: id, note: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { note: 'tooLong' } } });
    await expect(f.intercession.prayers.pray(f.me, { requestId: id, verse: 'John 22:1' })).rejects.toMatchObject({ message: 'verse: John has 21 chapters' });
    expect(await f.db.selectFrom('prayers').selectAll().execute()).toEqual([]);
    // 500 characters, counted as people count them (an emoji is one).
    await expect(f.intercession.prayers.pray(f.me, { requestId: id, note: '🙏'.repeat(500) })).resolves.toMatchObject({ noteStatus: 'visible' });
  });

  it('counts a prayer sent twice once, refuses one\'s own request, and hides requests one may not read', async () => {
    const id = await f.seed();
    await f.intercession.prayers.pray(f.me, { requestId: id });
    await expect(f.intercession.prayers.pray(f.me, { requestId: id })).rejects.toMatchObject({ code: 'ALREADY_PRAYED' });
    const own = await f.seed({ submittedBy: f.me.id });
    await expect(f.intercession.prayers.pray(f.me, { requestId: own })).rejects.toMatchObject({ code: 'OWN_REQUEST' });
    const pastoral = await f.seed({ visibility: 'pastoral' });
    await expect(f.intercession.prayers.pray(f.me, { requestId: pastoral })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(f.intercession.prayers.pray(f.me, { requestId: 'no-such-request' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const closed = await f.seed({ status: 'closed' });
    await expect(f.intercession.prayers.pray(f.me, { requestId: closed })).rejects.toMatchObject({ code: 'REQUEST_NOT_OPEN' });
  });

  it('lets the holder of a lease pray for a request answered while they prayed', async () => {
    const id = await f.seed();
    await f.intercession.dispatch.next(f.me);
    await f.db.updateTable('prayer_requests').set({ status: 'answered' }).where('id', '=', id).execute();
    await expect(f.intercession.prayers.pray(f.me, { requestId: id })).resolves.toMatchObject({ prayerCount: 1 });
  });

  it('hides a request for review when its flags reach the threshold, counting each person once', async () => {
    await new SettingsRepository(f.db).savePrayer({ flagThreshold: 2 }, null);
    const id = await f.seed();
    const a = await createIntercessor(f.accounts);
    const b = await createIntercessor(f.accounts);
    await expect(f.intercession.prayers.flag(a, { requestId: id, reason: '' })).rejects.toMatchObject({ details: { fields: { reason: 'missing' } } });
    expect(await f.intercession.prayers.flag(a, { requestId: id, reason: 'Names a person' })).toMatchObject({ hidden: false, repeated: false });
    expect(await f.intercession.prayers.flag(a, { requestId: id, reason: 'Again' })).toMatchObject({ hidden: false, repeated: true });
    expect(await f.intercession.prayers.flag(b, { requestId: id, reason: 'Offensive' })).toMatchObject({ hidden: true });
    const row = await f.db.selectFrom('prayer_requests').select(['hidden', 'flag_count']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ hidden: 1, flag_count: 2 });
    const flagged = (await outbox()).filter((e) => e.topic === 'request.flagged').map((e) => JSON.parse(e.payload).hidden);
    expect(flagged).toEqual([false, true]);
    // Hidden: no longer offered, nor readable by intercessors.
    expect(await f.intercession.dispatch.next(f.me)).toBeNull();
    await expect(f.intercession.prayers.pray(f.me, { requestId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('flags a note: held at the threshold, or at once when its requester flags it', async () => {
    await new SettingsRepository(f.db).savePrayer({ flagThreshold: 1 }, null);
    const id = await f.seed({ visibility: 'team' });
    const prayer = await f.intercession.prayers.pray(f.me, { requestId: id, note: 'You are loved.' });
    const other = await createIntercessor(f.accounts);
    await expect(f.intercession.prayers.flag(other, { requestId: id, reason: 'Odd', prayerId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await f.intercession.prayers.flag(other, { requestId: id, reason: 'Odd', prayerId: prayer.id })).toMatchObject({ hidden: true });
    const second = await f.intercession.prayers.pray(other, { requestId: id, note: 'Peace be with you.' });
    await new SettingsRepository(f.db).savePrayer({ flagThreshold: 5 }, null);
    expect(await f.intercession.prayers.flagNoteForRequester({ requestId: id, prayerId: second.id, reason: 'Unkind' })).toMatchObject({ hidden: true });
    const statuses = await f.db.selectFrom('prayers').select('note_status').where('request_id', '=', id).execute();
    expect(statuses.map((s) => s.note_status)).toEqual(['held', 'held']);
  });
});
