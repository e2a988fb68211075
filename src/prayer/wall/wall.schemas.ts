/** TypeBox schemas of the prayer-wall API: the OpenAPI document and the answers' shapes from one source. */
import { Type } from '@sinclair/typebox';
import { CATEGORIES, REQUEST_LANGUAGES } from '../prayer.types.js';
import { WALL_MAX_PAGE_SIZE, WALL_PAGE_SIZE } from './wall.service.js';

const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const WallQuery = Type.Object({
  limit: Type.Optional(Type.String({ pattern: '^[0-9]+$', description: `Requests per page, 1–${WALL_MAX_PAGE_SIZE} (default ${WALL_PAGE_SIZE})` })),
  before: Type.Optional(Type.String({ maxLength: 200, description: 'Cursor of the next page, from the `Link: <…>; rel="next"` header of the previous answer' })),
});

export const WallRequest = Type.Object({
  id: Type.String(),
  text: Type.String({ description: 'Scrubbed: no emails, phone numbers, street addresses; surnames cut to initials' }),
  firstName: Type.String({ description: 'The first name, or "Anonymous" ("Anónimo" in Spanish)' }),
  anonymous: Type.Boolean(),
  forWhom: Type.Union([Type.String(), Type.Null()]),
  category: literals(CATEGORIES),
  language: literals(REQUEST_LANGUAGES),
  status: literals(['active', 'answered']),
  createdAt: Type.String(),
  answeredAt: Type.Union([Type.String(), Type.Null()]),
  prayerCount: Type.Integer({ description: 'Everyone who prayed: the team and visitors of the wall' }),
  teamPrayerCount: Type.Integer(),
  visitorPrayerCount: Type.Integer(),
  testimony: Type.Union([Type.Object({ text: Type.String(), at: Type.String() }), Type.Null()], {
    description: 'How the prayer was answered, shared with consent and approved by a moderator',
  }),
});

export const WallResponse = Type.Object({ requests: Type.Array(WallRequest) });

export const WallPrayerParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const WallPrayerResponse = Type.Object({
  counted: Type.Boolean({ description: 'False when this address already prayed for this request today' }),
  visitorPrayerCount: Type.Integer(),
});
