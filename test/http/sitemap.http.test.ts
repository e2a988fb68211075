import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChurches } from '../../src/content/churches/churches.js';
import type { ChurchService } from '../../src/content/churches/church.service.js';
import { createStories } from '../../src/content/stories/stories.js';
import type { StoryService } from '../../src/content/stories/story.service.js';
import { ANONYMOUS, COMMAND_LINE, type UserActor } from '../../src/platform/auth/actor.js';
import { MemoryCounterStore } from '../../src/platform/rate-limit/counter-store.js';
import { churchFields } from '../factories/church.factory.js';
import { createIntercessor } from '../factories/intercessor.factory.js';
import { createTestApp } from '../harness/app.js';
import { describeEachDialect } from '../harness/dialects.js';

const SITE = 'http://prayer.example.org';
const here = { clientAddress: '203.0.113.50', locale: 'en' as const };
const STORY = 'I had walked away from God for twenty years. This spring I came back, and I found him waiting.';

/** The sitemap's entries: each address with its lastmod (null when it has none). */
function entries(xml: string): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const [, block] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(block)![1];
    found.set(loc, /<lastmod>([^<]+)<\/lastmod>/.exec(block)?.[1] ?? null);
  }
  return found;
}

describeEachDialect('the sitemap lists the public pages of every area', (get) => {
  let app: FastifyInstance;
  let churches: ChurchService;
  let stories: StoryService;
  let moderator: UserActor;
  let pastor: UserActor;
  const db = () => get().database.db;
  const sitemap = async () => {
    const res = await app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/xml');
    return res.body;
  };

  beforeAll(async () => {
    ({ app } = await createTestApp(get(), { BASE_URL: SITE, RATE_LIMIT_PER_MINUTE: '0', SUBMIT_RATE_LIMIT: '0' }));
    const audit = app.accounts.audit;
    churches = createChurches({ db: db(), audit, counters: new MemoryCounterStore(), submitRateLimit: 0, sessionSecret: 'test-session-secret-that-is-long-enough-123' });
    stories = createStories({ db: db(), audit, counters: new MemoryCounterStore(), submitRateLimit: 0 });
    moderator = await createIntercessor(app.accounts, { roles: ['moderator'] });
    pastor = await createIntercessor(app.accounts, { roles: ['pastor'] });
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists plans, published churches and published stories with their last change, in English and Spanish — never what is waiting, refused, unpublished or held', async () => {
    const plan = await app.readingPlans.plans.create(COMMAND_LINE, { title: 'Alpha and Omega', slug: 'alpha-omega', description: 'Beginnings and ends.', language: 'en', days: 'Gen 1\nRev 22' });

    const church = async (name: string) => (await churches.submit(ANONYMOUS, churchFields({ name }), here)).id;
    const listed = await church('Iglesia Publicada');
    await churches.approve(moderator, listed);
    const waiting = await church('Iglesia Pendiente');
    const refused = await church('Iglesia Rechazada');
    await churches.reject(moderator, refused, 'Not a church.');
    const withdrawn = await church('Iglesia Retirada');
    await churches.approve(moderator, withdrawn);
    await churches.unpublish(moderator, withdrawn);

    const story = async (text = STORY) => (await stories.submit(ANONYMOUS, { text, kind: 'came_back_to_god', language: 'en', consent: true }, here)).id;
    const told = await story();
    await stories.approve(moderator, { id: told });
    const untold = await story();
    const declined = await story();
    await stories.reject(moderator, { id: declined, reason: 'Names a third person.' });
    const takenDown = await story();
    await stories.approve(moderator, { id: takenDown });
    await stories.unpublish(pastor, { id: takenDown });
    const held = await story('God saved me, but tonight I want to kill myself again and I am scared.');

    const xml = await sitemap();
    const urls = entries(xml);
    for (const path of ['/plans', '/plans/john-21', '/plans/psalms-30', '/churches', '/stories']) {
      expect(urls.has(`${SITE}${path}`), path).toBe(true);
      expect(urls.get(`${SITE}${path}`), path).toBeNull();
    }
    const churchRow = await db().selectFrom('churches').select('updated_at').where('id', '=', listed).executeTakeFirstOrThrow();
    const storyRow = await db().selectFrom('testimonies').select('published_at').where('id', '=', told).executeTakeFirstOrThrow();
    expect(urls.get(`${SITE}/plans/alpha-omega`)).toBe(plan.updatedAt);
    expect(urls.get(`${SITE}/churches/${listed}`)).toBe(churchRow.updated_at);
    expect(urls.get(`${SITE}/stories/${told}`)).toBe(storyRow.published_at);
    // Each page also names its Spanish address.
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/churches/${listed}"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/stories/${told}"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/plans/alpha-omega"/>`);
    for (const hidden of [waiting, refused, withdrawn, untold, declined, takenDown, held]) expect(xml).not.toContain(hidden);
    // What the sitemap lists is what a reader can open.
    expect((await app.inject(`/churches/${listed}`)).statusCode).toBe(200);
    expect((await app.inject(`/stories/${told}`)).statusCode).toBe(200);
    expect((await app.inject('/plans/alpha-omega')).statusCode).toBe(200);

    // Taking a listing down takes it out of the sitemap at once.
    await churches.unpublish(moderator, listed);
    expect(await sitemap()).not.toContain(listed);
  });
});
