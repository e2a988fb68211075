import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { AppError } from '../../platform/errors.js';
import { installSynthetic } from '../testing/installed-services.js';

type Services = Awaited<ReturnType<typeof installSynthetic>>;

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describeEachDialect('passage service', (db) => {
  let s: Services;
  const en = {};
  beforeAll(async () => {
    s = await installSynthetic(db().database);
  });

  it('looks a verse up with its text, words of Jesus and display form', async () => {
    const r = await s.passages.lookup(en, { reference: 'John 3:16', translation: 'web' });
    expect(r.translation.code).toBe('WEB');
    expect(r.osis).toBe('John.3.16');
    expect(r.reference).toBe('John 3:16');
    const [v] = r.passages[0].verses;
    expect(v).toMatchObject({ osis: 'John.3.16', book: 'John', chapter: 3, verse: 16 });
    expect(v.text).toMatch(/^For God so loved the world/);
    expect(v.segments).toEqual([{ text: v.text, jesus: true }]);
    expect(r.passages[0].text).toBe(v.text);
  });

  it('reads ranges, sequences, OSIS and Spanish names; skips verses the translation lacks', async () => {
    const r = await s.passages.lookup(en, { reference: 'Jn 3:16-18; Rom 8:34', translation: 'WEB' });
    expect(r.osis).toBe('John.3.16-John.3.18,Rom.8.34');
    expect(r.reference).toBe('John 3:16–18; Romans 8:34');
    expect(r.passages[0].verses.map((v) => v.verse)).toEqual([16, 17, 18]);
    // John 3:18 shares its stored text with 3:17 in the module: marked, empty, not repeated in the quote.
    expect(r.passages[0].verses[2]).toMatchObject({ linked: true, text: '' });
    expect(r.passages[0].text).not.toMatch(/through him\..*through him\./);
    expect((await s.passages.lookup(en, { reference: 'John.3.16-John.3.17' })).passages[0].verses).toHaveLength(2);
    expect((await s.passages.lookup(en, { reference: 'Juan 3:16' })).osis).toBe('John.3.16');
    const whole = await s.passages.lookup(en, { reference: 'Genesis 1' });
    expect(whole.reference).toBe('Genesis 1');
    expect(whole.passages[0].verses.map((v) => v.verse)).toEqual([1, 2]);
  });

  it('keeps headings and notes apart from the text', async () => {
    const ps = (await s.passages.lookup(en, { reference: 'Ps 23:1' })).passages[0].verses[0];
    expect(ps.text).toBe('Yahweh is my shepherd; I shall lack nothing.');
    expect(ps.headings[0]).toMatchObject({ text: 'A Psalm by David.', canonical: true, offset: 0 });
    const gen = (await s.passages.lookup(en, { reference: 'Gen 1:1' })).passages[0].verses[0];
    expect(gen.text).toBe('In the beginning, God created the heavens and the earth.');
    expect(gen.notes[0]).toMatchObject({ text: 'Elohim' });
  });

  it('drops what a module stores after the end of a chapter (the WEB glossary in Rev 22:21)', async () => {
    const v = (await s.passages.lookup(en, { reference: 'Rev 22:21' })).passages[0].verses[0];
    expect(v.text).toBe('The grace of the Lord Jesus Christ be with all the saints. Amen.');
  });

  it('links the previous and next chapters the translation has', async () => {
    const r = await s.passages.lookup(en, { reference: 'John 3:16' });
    expect(r.prev).toMatchObject({ osis: 'Matt.5', reference: 'Matthew 5' });
    expect(r.next).toMatchObject({ osis: 'John.21', reference: 'John 21' });
    const first = await s.passages.lookup(en, { reference: 'Gen 1:1' });
    expect(first.prev).toBeNull();
  });

  it('resolves KJV-numbered references into the NRSVA numbering of the WEB, and the other way', async () => {
    const rev = await s.passages.lookup(en, { reference: 'Rev 13:1', versification: 'KJV', translation: 'WEB' });
    expect(rev.osis).toBe('Rev.12.18-Rev.13.1');
    expect(rev.mappedFrom).toBe('Rev.13.1');
    expect(rev.passages[0].verses.map((v) => v.text)).toEqual(['Then I stood on the sand of the sea.', 'I saw a beast coming up out of the sea.']);
    // 3 John 15 exists only in NRSVA; in the KJV-numbered RV1909 it is part of verse 14.
    const john = await s.passages.lookup(en, { reference: '3 John 1:15', translation: 'WEB' });
    expect(john.mappedFrom).toBeUndefined();
    expect(john.passages[0].verses[0].text).toBe('Peace be to you. The friends greet you.');
    const rv = await s.passages.lookup(en, { reference: 'Rev 12:18', translation: 'RV1909' });
    expect(rv.mappedFrom).toBe('Rev.12.18');
    expect(rv.osis).toBe('Rev.13.1');
  });

  it('answers in Spanish for a Spanish reader, with RV1909 by default', async () => {
    const r = await s.passages.lookup({ locale: 'es' }, { reference: 'Juan 3:16' });
    expect(r.translation.code).toBe('RV1909');
    expect(r.reference).toBe('Juan 3:16');
    expect(r.passages[0].text).toMatch(/^Porque de tal manera amó Dios/);
  });

  it('says precisely what is wrong with a reference or a translation', async () => {
    const chapters = await failure(s.passages.lookup(en, { reference: 'John 22:1' }));
    expect(chapters).toMatchObject({ code: 'UNKNOWN_REFERENCE', status: 400, message: 'John has 21 chapters.' });
    const prose = await failure(s.passages.lookup(en, { reference: 'my job' }));
    expect(prose).toMatchObject({ code: 'INVALID_REFERENCE', status: 400 });
    const translation = await failure(s.passages.lookup(en, { reference: 'John 3:16', translation: 'NIV' }));
    expect(translation).toMatchObject({ code: 'UNKNOWN_TRANSLATION', status: 404, details: { installed: ['RV1909', 'WEB'] } });
    expect(translation.message).toContain('RV1909, WEB');
    const long = await failure(s.passages.lookup(en, { reference: 'Gen 1 - Ps 150' }));
    expect(long).toMatchObject({ code: 'PASSAGE_TOO_LONG', status: 400 });
  });

  it('serves whole chapters for the reader page, by OSIS id or any book name', async () => {
    const ch = await s.passages.chapter(en, { book: 'Gen', chapter: 1, translation: 'WEB' });
    expect(ch).toMatchObject({ book: 'Gen', chapter: 1, bookName: 'Genesis', chapterCount: 50, osis: 'Gen.1', reference: 'Genesis 1' });
    expect(ch.intro.map((h) => h.text)).toEqual(['Genesis', 'The Creation']);
    expect(ch.verses.map((v) => v.verse)).toEqual([1, 2]);
    expect(ch.next).toMatchObject({ osis: 'Gen.2' });
    const es = await s.passages.chapter({ locale: 'es' }, { book: 'Juan', chapter: 3, translation: 'WEB' });
    expect(es).toMatchObject({ book: 'John', bookName: 'Juan', reference: 'Juan 3' });
    expect(await failure(s.passages.chapter(en, { book: 'John', chapter: 22 }))).toMatchObject({ message: 'John has 21 chapters.' });
    expect(await failure(s.passages.chapter(en, { book: 'Hezekiah', chapter: 1 }))).toMatchObject({ code: 'INVALID_REFERENCE' });
  });

  it('answers any string with a passage or a coded 400, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('John 3:16', 'Gen 1:1-3', 'Ps 151', 'Jude 30', 'Rev 22:22')), async (reference) => {
        const r = await s.passages.lookup(en, { reference, translation: 'WEB' }).catch((e: unknown) => e);
        if (r instanceof AppError) expect(r.status).toBe(400);
        else expect(r).toHaveProperty('passages');
      }),
      { numRuns: 200 },
    );
  });
});
