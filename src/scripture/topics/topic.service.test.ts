import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { installSynthetic } from '../testing/installed-services.js';

type Services = Awaited<ReturnType<typeof installSynthetic>>;

describeEachDialect('topic service', (db) => {
  let s: Services;
  const en = {};
  beforeAll(async () => {
    s = await installSynthetic(db().database);
  });

  it('shows a topic with its sections and references resolved to text', async () => {
    const t = await s.topics.get(en, { name: 'intercession', translation: 'WEB' });
    expect(t.name).toBe('INTERCESSION');
    expect(t.translation).toBe('WEB');
    expect(t.sections.map((x) => x.heading)).toEqual(['OF MAN WITH MAN', 'OF CHRIST']);
    const christ = t.sections[1];
    expect(christ.references.map((r) => [r.osis, r.reference])).toEqual([
      ['Isa.53.12', 'Isaiah 53:12'],
      ['Heb.7.25', 'Hebrews 7:25'],
    ]);
    expect(christ.references[1].text).toMatch(/lives forever to make intercession/);
    expect(christ.lines[0]).toMatchObject({ label: 'For all who draw near' });
    expect(christ.lines[0].references[0].text).toMatch(/makes intercession for us/);
    // A whole chapter is cut to its first verses and marked.
    const chapter = christ.lines[1].references[0];
    expect(chapter).toMatchObject({ osis: 'John.3', reference: 'John 3' });
    // Genesis 37 is not in the test module: the reference stays, without text.
    expect(t.sections[0].references[0]).toEqual({ osis: 'Gen.37.21', reference: 'Genesis 37:21', text: '' });
  });

  it('lists cross-links and whether their topics exist', async () => {
    const t = await s.topics.get(en, { name: 'INTERCESSION' });
    expect(t.seeAlso).toEqual([
      { topic: 'PRAYER', subtopic: 'INTERCESSORY', exists: true },
      { topic: 'MEDIATION', exists: false },
    ]);
  });

  it('follows links between names and resolves in the reader’s translation', async () => {
    expect((await s.topics.get(en, { name: 'Intercessor' })).name).toBe('INTERCESSION');
    const es = await s.topics.get({ locale: 'es' }, { name: 'intercession' });
    expect(es.translation).toBe('RV1909');
    expect(es.sections[1].references[1]).toMatchObject({ reference: 'Hebreos 7:25' });
    expect(es.sections[1].references[1].text).toMatch(/^Por lo cual puede también salvar/);
  });

  it('lists and searches topic names, those starting with the query first', async () => {
    const all = await s.topics.list(en, {});
    expect(all.total).toBe(4);
    expect(all.topics.map((t) => t.name)).toEqual(['INTERCESSION', 'INTERCESSOR', 'PRAYER', 'SHEPHERD']);
    const inter = await s.topics.list(en, { query: 'inter' });
    expect(inter.topics.map((t) => t.name)).toEqual(['INTERCESSION', 'INTERCESSOR']);
    expect(inter.topics[0].referenceCount).toBe(5);
    expect((await s.topics.list(en, { query: 'ssion' })).topics.map((t) => t.name)).toEqual(['INTERCESSION']);
    expect((await s.topics.list(en, { query: 'e', limit: 1, offset: 1 })).topics).toHaveLength(1);
    expect((await s.topics.list(en, { query: '100%_' })).total).toBe(0);
  });

  it('answers an unknown topic with 404 and suggestions', async () => {
    const err = await s.topics.get(en, { name: 'intercesion' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UNKNOWN_TOPIC', status: 404, details: { suggestions: ['INTERCESSION', 'INTERCESSOR'] } });
  });
});
