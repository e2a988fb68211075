/**
 * The public stories pages: `/stories` (filtered, paged), `/stories/:id`, `/stories/new` ("Share your
 * story") with its confirmation, the Atom feed, and the one-click unsubscribe link of the publication
 * email. Routes only translate between HTTP and the stories service.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { fieldProblemsOf, type FieldProblems } from '../../platform/field-errors.js';
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import { translator, type Translate } from '../../platform/i18n/translate.js';
import { wantsJson } from '../../platform/http/errors.plugin.js';
import { fields } from '../../web/views/forms/form-body.js';
import { codedFormErrors, type FormErrors } from '../../web/views/forms/form-errors.js';
import { escapeXml } from '../articles/article.routes.js';
import { announceRetry, keepPrivate } from '../../prayer/requests/http-helpers.js';
import type { CrisisResource } from '../../prayer/safety/index.js';
import { STORY_LIMITS } from './story.js';
import { STORY_FIELDS } from './story.input.js';
import { STORY_PATHS } from './story.paths.js';
import { storyPolicy } from './story.policy.js';
import { paragraphsOf, presentStory } from './story.presenter.js';
import { parseKindFilter, parseLanguageFilter, type StoryService } from './story.service.js';
import { ShareStoryPage, type StoryFormValues } from './views/share-story.page.js';
import { StoriesPage } from './views/stories.page.js';
import { StoryPage } from './views/story.page.js';
import { StorySharedPage } from './views/story-shared.page.js';
import { StoryUnsubscribePage } from './views/story-unsubscribe.page.js';

const FEED_ENTRIES = 20;
const MAX: Record<string, number> = { title: STORY_LIMITS.title, text: STORY_LIMITS.textMax, firstName: STORY_LIMITS.firstName, email: STORY_LIMITS.email };

/** Field problems as sentences beside the fields and in the summary, in the form's order. */
export function storyErrors(t: Translate, problems: FieldProblems): FormErrors {
  return codedFormErrors(t, problems, 'stories.error', STORY_FIELDS, (name) => ({ max: MAX[name] ?? 0, min: STORY_LIMITS.textMin }));
}

function readForm(body: unknown): StoryFormValues {
  return fields(body, STORY_FIELDS);
}

type Query = Record<string, string | undefined>;

/** Public pages of the stories area. */
export const storyPageRoutes: FastifyPluginAsync<{ stories: StoryService; baseUrl: string }> = async (app, { stories, baseUrl }) => {
  const read = { schema: { hide: true }, config: { access: storyPolicy.access('read') } };
  const submit = { schema: { hide: true }, config: { access: storyPolicy.access('submit') } };
  const site = baseUrl.replace(/\/+$/, '');
  const absolute = (locale: Locale, path: string) => `${site}${localePath(locale, path)}`;

  app.get('/stories', read, async (request, reply) => {
    const query = request.query as Query;
    const language = parseLanguageFilter(query.language, request.locale);
    const kind = parseKindFilter(query.kind);
    const before = query.before || undefined;
    const listing = await stories.list(request.actor, { language, kind, before });
    return reply.page(
      <StoriesPage ctx={request.pageContext()} stories={listing.entries.map((s) => presentStory(s, request.locale))} language={language} kind={kind} before={before} next={listing.next} />,
    );
  });

  app.get('/stories/feed.xml', read, async (request, reply) => {
    const locale = request.locale;
    const t = translator(locale);
    const listing = await stories.list(request.actor, { language: locale, kind: null, limit: FEED_ENTRIES });
    const entries = listing.entries.map((entry) => {
      const s = presentStory(entry, locale);
      const url = absolute(locale, STORY_PATHS.story(s.id));
      const html = paragraphsOf(s.text)
        .map((p) => `<p>${escapeXml(p)}</p>`)
        .join('');
      return [
        `  <entry xml:lang="${s.language}">`,
        `    <title>${escapeXml(s.title ?? t('stories.from', { name: s.firstName }))}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
        `    <id>urn:uuid:${escapeXml(s.id)}</id>`,
        `    <published>${escapeXml(s.publishedAt)}</published>`,
        `    <updated>${escapeXml(s.publishedAt)}</updated>`,
        `    <author><name>${escapeXml(s.firstName)}</name></author>`,
        `    <category term="${s.kind}" label="${escapeXml(t(`stories.kind.${s.kind}`))}"/>`,
        `    <content type="html">${escapeXml(html)}</content>`,
        '  </entry>',
      ].join('\n');
    });
    const updated = listing.entries[0]?.publishedAt ?? new Date(0).toISOString();
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
      `  <title>${escapeXml(`${t('site.name')} — ${t('stories.title')}`)}</title>`,
      `  <subtitle>${escapeXml(t('stories.lead'))}</subtitle>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(locale, '/stories/feed.xml'))}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(locale, '/stories'))}"/>`,
      `  <id>${escapeXml(absolute(locale, '/stories'))}</id>`,
      `  <updated>${escapeXml(updated)}</updated>`,
      `  <author><name>${escapeXml(t('site.name'))}</name></author>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });

  app.get('/stories/new', submit, async (request, reply) => reply.page(<ShareStoryPage ctx={request.pageContext()} />));

  app.post('/stories/new', submit, async (request, reply) => {
    const ctx = request.pageContext();
    const values = readForm(request.body);
    try {
      const result = await stories.submit(request.actor, values, { clientAddress: request.ip, locale: request.locale });
      // The confirmation is the answer itself (not a redirect): crisis resources must be on it at once.
      reply.header('cache-control', 'no-store');
      return reply.code(201).page(<StorySharedPage ctx={ctx} crisis={result.crisis?.resources ?? []} />);
    } catch (err) {
      const problems = fieldProblemsOf(err);
      if (problems) return reply.code(400).page(<ShareStoryPage ctx={ctx} values={values} errors={storyErrors(ctx.t, problems)} />);
      if (err instanceof AppError && err.code === 'RATE_LIMITED') {
        announceRetry(reply, err);
        const seconds = Number(err.details?.retryAfterSeconds ?? 3600);
        const crisis = (err.details?.crisis as { resources: CrisisResource[] } | null | undefined)?.resources ?? [];
        return reply.code(429).page(<ShareStoryPage ctx={ctx} values={values} crisis={crisis} waitMinutes={Math.max(1, Math.ceil(seconds / 60))} />);
      }
      throw err;
    }
  });

  app.get<{ Params: { id: string } }>('/stories/:id', read, async (request, reply) => {
    const story = await stories.get(request.actor, request.params.id);
    return reply.page(<StoryPage ctx={request.pageContext()} story={presentStory(story, request.locale)} />);
  });

  // Unsubscribe: some mail clients send the one-click POST as multipart/form-data; its body says nothing we need.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));

  app.get<{ Params: { token: string } }>('/stories/unsubscribe/:token', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    await stories.describeUnsubscribe(request.params.token);
    keepPrivate(reply);
    return reply.page(<StoryUnsubscribePage ctx={request.pageContext()} token={request.params.token} done={false} />);
  });

  app.post<{ Params: { token: string } }>(
    '/stories/unsubscribe/:token',
    // No CSRF token: mail clients send this POST by design (RFC 8058); the secret in the path is the proof.
    { schema: { hide: true }, config: { access: 'public', csrf: false } },
    async (request: FastifyRequest<{ Params: { token: string } }>, reply) => {
      await stories.unsubscribe(request.params.token);
      keepPrivate(reply);
      if (wantsJson(request)) return { status: 'unsubscribed' };
      return reply.page(<StoryUnsubscribePage ctx={request.pageContext()} token={request.params.token} done />);
    },
  );
};
