import { beforeAll, expect, it } from 'vitest';
import { rejects } from '../../../test/harness/app-error.js';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../../platform/auth/actor.js';
import { chapterVerses } from '../../scripture/books/index.js';
import { dayProblemsOf } from './plan.input.js';
import type { PlanService } from './plan.service.js';
import { createPlans } from './plans.js';

const intercessor: UserActor = { kind: 'user', id: '00000000-0000-0000-0000-000000000001', email: 'i@example.org', name: 'I', roles: ['intercessor'], locale: 'en', covenantAcceptedAt: null, via: 'service' };

describeEachDialect('reading plan service', (get) => {
  let plans: PlanService;

  beforeAll(() => {
    plans = createPlans({ db: get().database.db, translations: { list: async () => [] }, baseUrl: 'https://prayer.example.org' }).plans;
  });

  it('generates john-21 from the versification: 21 days, John 1 to John 21 in order', async () => {
    const plan = await plans.get(ANONYMOUS, 'john-21', 'en');
    expect(plan.title).toBe('The Gospel of John in 21 days');
    expect(plan.days.map((d) => d.osis)).toEqual(Array.from({ length: 21 }, (_v, i) => `John.${i + 1}`));
    expect(plan.days.map((d) => d.day)).toEqual(Array.from({ length: 21 }, (_v, i) => i + 1));
    expect((await plans.get(ANONYMOUS, 'john-21', 'es')).title).toBe('El Evangelio de Juan en 21 días');
  });

  it('generates psalms-30: every psalm exactly once, in order, in 30 days evened out by verse count', async () => {
    const plan = await plans.get(ANONYMOUS, 'psalms-30', 'en');
    expect(plan.days).toHaveLength(30);
    const psalms: number[] = [];
    for (const d of plan.days) {
      const m = /^Ps\.(\d+)(?:-Ps\.(\d+))?$/.exec(d.osis);
      expect(m, d.osis).not.toBeNull();
      for (let p = Number(m![1]); p <= Number(m![2] ?? m![1]); p++) psalms.push(p);
    }
    expect(psalms).toEqual(Array.from({ length: 150 }, (_v, i) => i + 1));
    const verses = chapterVerses('NRSVA', 'Ps')!;
    const sizes = plan.days.map((d) => {
      const [a, b] = d.osis.replace(/Ps\./g, '').split('-').map(Number);
      return verses.slice(a - 1, b ?? a).reduce((s, v) => s + v, 0);
    });
    // Psalm 119 (176 verses) has its day alone; the other days stay close to the average of about 82.
    expect(plan.days.find((d) => d.osis === 'Ps.119')).toBeDefined();
    const others = sizes.filter((_s, i) => plan.days[i].osis !== 'Ps.119');
    expect(Math.max(...others)).toBeLessThan(100);
    expect(Math.min(...others)).toBeGreaterThan(60);
    expect((await plans.get(ANONYMOUS, 'psalms-30', 'es')).title).toBe('Los Salmos en 30 días');
  });

  it('lists the built-ins first, John leading, then authors’ plans', async () => {
    await plans.create(COMMAND_LINE, { title: 'Alpha and Omega', description: 'Beginnings and ends.', language: 'en', days: 'Gen 1\nRev 22' });
    const list = await plans.list(ANONYMOUS, 'en');
    expect(list.map((p) => p.slug).slice(0, 3)).toEqual(['john-21', 'psalms-30', 'alpha-and-omega']);
    expect(list[0].dayCount).toBe(21);
    expect(list[2]).toMatchObject({ builtIn: false, dayCount: 2, language: 'en' });
  });

  it('creates an author’s plan with every day parsed by the engine, in English or Spanish names', async () => {
    const plan = await plans.create(COMMAND_LINE, {
      title: 'Intercession',
      slug: 'intercession-week',
      language: 'es',
      days: 'Hebreos 7:25\n\n  Romans 8:26-34; Isaiah 53  \n1 Tim 2:1-8',
    });
    expect(plan.days).toEqual([
      { day: 1, osis: 'Heb.7.25', source: 'Hebreos 7:25' },
      { day: 2, osis: 'Rom.8.26-Rom.8.34,Isa.53', source: 'Romans 8:26-34; Isaiah 53' },
      { day: 3, osis: '1Tim.2.1-1Tim.2.8', source: '1 Tim 2:1-8' },
    ]);
    expect((await plans.get(ANONYMOUS, 'intercession-week', 'en')).language).toBe('es');
  });

  it('refuses a plan whose days are not passages, naming each bad day and why', async () => {
    const err = await rejects(plans.create(COMMAND_LINE, { title: 'Broken', days: 'John 3\nJohn 22:1\nhello there\nRom 8' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fields).toEqual({ days: 'invalidDay' });
    expect(dayProblemsOf(err)).toEqual([
      { day: 2, text: 'John 22:1', reason: 'John has 21 chapters' },
      { day: 3, text: 'hello there', reason: 'not a Bible reference: "hello there"' },
    ]);
    expect(err.message).toContain('Day 2 (“John 22:1”): John has 21 chapters');
    expect(await plans.find('broken', 'en')).toBeNull();
  });

  it('checks the other fields: title, slug shape, slugs taken (built-in, reserved, existing), no days', async () => {
    const fields = async (raw: Parameters<PlanService['create']>[1]) => (await rejects(plans.create(COMMAND_LINE, raw))).details?.fields;
    expect(await fields({ title: '', days: 'John 1' })).toEqual({ title: 'missing' });
    expect(await fields({ title: 'X', slug: 'Not A Slug!', days: 'John 1' })).toEqual({ slug: 'invalid' });
    expect(await fields({ title: 'X', slug: 'john-21', days: 'John 1' })).toEqual({ slug: 'taken' });
    expect(await fields({ title: 'X', slug: 's', days: 'John 1' })).toEqual({ slug: 'taken' });
    expect(await fields({ title: 'Alpha and Omega', days: 'John 1' })).toEqual({ slug: 'taken' });
    expect(await fields({ title: 'X', days: '  \n ' })).toEqual({ days: 'missing' });
    expect(await fields({ title: 'X', language: 'fr', days: 'John 1' })).toEqual({ language: 'invalid' });
  });

  it('lets only authors and admins write plans; anyone reads them', async () => {
    expect((await rejects(plans.create(ANONYMOUS, { title: 'A', days: 'John 1' }))).code).toBe('UNAUTHENTICATED');
    expect((await rejects(plans.create(intercessor, { title: 'A', days: 'John 1' }))).code).toBe('FORBIDDEN');
    expect((await rejects(plans.listForAuthors(intercessor))).code).toBe('FORBIDDEN');
    const author = { ...intercessor, roles: ['author'] as const };
    expect((await plans.listForAuthors(author)).map((p) => p.slug)).toContain('alpha-and-omega');
    expect((await rejects(plans.get(ANONYMOUS, 'no-such-plan', 'en'))).code).toBe('NOT_FOUND');
  });

  it('edits a plan (days replaced, slug fixed) and imports the same slug again as an update', async () => {
    const { id } = (await plans.find('alpha-and-omega', 'en'))!;
    const updated = await plans.update(COMMAND_LINE, id!, { title: 'Alpha and Omega', slug: 'alpha-and-omega', language: 'en', days: 'Gen 1\nJohn 1\nRev 22' });
    expect(updated.days.map((d) => d.osis)).toEqual(['Gen.1', 'John.1', 'Rev.22']);
    expect((await rejects(plans.update(COMMAND_LINE, id!, { title: 'Alpha and Omega', slug: 'other', days: 'Gen 1' }))).details?.fields).toEqual({ slug: 'fixed' });
    const edit = await plans.getForEdit(COMMAND_LINE, id!);
    expect(edit.days).toBe('Gen 1\nJohn 1\nRev 22');
    const again = await plans.importPlan(COMMAND_LINE, { title: 'Alpha and Omega', slug: 'alpha-and-omega', language: 'en', days: ['Gen 1', ['Rev 21', 'Rev 22']] });
    expect(again.created).toBe(false);
    expect(again.plan.days.map((d) => d.osis)).toEqual(['Gen.1', 'Rev.21-Rev.22']);
    const fresh = await plans.importPlan(COMMAND_LINE, { title: 'Fresh', language: 'en', days: ['Ps 23'] });
    expect(fresh).toMatchObject({ created: true, plan: { slug: 'fresh' } });
  });
});
