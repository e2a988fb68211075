/** TypeBox schemas of the stories API: the OpenAPI document and the answers' shapes from one source. */
import { Type } from '@sinclair/typebox';
import { CrisisSchema } from '../../prayer/requests/request.schemas.js';
import { STORY_KINDS, STORY_LANGUAGES, STORY_LIMITS } from './story.js';
import { STORIES_MAX_PAGE_SIZE, STORIES_PAGE_SIZE } from './story.service.js';

const literals = (values: readonly string[], description?: string) => Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});

/** `POST /api/v1/stories`. */
export const StoryBody = Type.Object(
  {
    text: Type.String({ minLength: STORY_LIMITS.textMin, maxLength: STORY_LIMITS.textMax, description: `The story, ${STORY_LIMITS.textMin}–${STORY_LIMITS.textMax} characters (after trimming). HTML is kept as text.` }),
    kind: literals(STORY_KINDS),
    consent: Type.Literal(true, { description: 'Permission to publish the story (after moderation); required' }),
    title: Type.Optional(Type.String({ maxLength: STORY_LIMITS.title })),
    firstName: Type.Optional(Type.String({ maxLength: STORY_LIMITS.firstName, description: 'Shown with the story; absent: "Anonymous"' })),
    email: Type.Optional(Type.String({ maxLength: STORY_LIMITS.email, format: 'email', description: 'Only to tell the writer, once, when the story is published; then deleted' })),
    language: Type.Optional(literals(STORY_LANGUAGES, "Default: the request's locale (URL prefix, ?lang= or Accept-Language)")),
  },
  { additionalProperties: false },
);

export const StorySubmitResponse = Type.Object({
  id: Type.String(),
  status: Type.Literal('pending', { description: 'Every story waits for a moderator (a pastor, when it carries crisis language)' }),
  crisis: CrisisSchema,
});

export const StoryQuery = Type.Object({
  language: Type.Optional(literals([...STORY_LANGUAGES, 'all'], "Default: the request's locale")),
  kind: Type.Optional(literals([...STORY_KINDS, 'all'], '`answered_prayer` includes testimonies from the prayer loop')),
  limit: Type.Optional(Type.String({ pattern: '^[0-9]+$', description: `Entries per page, 1–${STORIES_MAX_PAGE_SIZE} (default ${STORIES_PAGE_SIZE})` })),
  before: Type.Optional(Type.String({ maxLength: 200, description: 'Cursor of the next page, from the `Link: <…>; rel="next"` header of the previous answer' })),
});

export const StoryItem = Type.Object({
  id: Type.String(),
  source: literals(['story', 'answered_prayer'], '`answered_prayer`: a requester\'s testimony, shared with consent'),
  kind: literals(STORY_KINDS),
  title: Type.Union([Type.String(), Type.Null()]),
  text: Type.String({ description: 'Scrubbed: no emails, phone numbers, street addresses; surnames cut to initials' }),
  firstName: Type.String({ description: 'The first name, or "Anonymous" ("Anónimo" in Spanish)' }),
  anonymous: Type.Boolean(),
  language: literals(STORY_LANGUAGES),
  publishedAt: Type.String(),
  prayerCount: Type.Union([Type.Integer(), Type.Null()], { description: 'For answered prayers: everyone who prayed' }),
});

export const StoryListResponse = Type.Object({ stories: Type.Array(StoryItem) });

export const StoryParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
