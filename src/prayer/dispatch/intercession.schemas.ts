/** JSON schemas of the intercession API (TypeBox: validation, types and OpenAPI from one source). */
import { Type } from '@sinclair/typebox';
import { CATEGORIES, REQUEST_LANGUAGES, VISIBILITIES } from '../prayer.types.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'e.g. `fields`: the problem with each field named' })),
  }),
});

/** Bearer API token, or the session cookie (writes then need `x-csrf-token`). */
export const security: Array<Record<string, string[]>> = [{ bearerAuth: [] }, { sessionCookie: [] }];

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const ScriptureSchema = Type.Object({
  osis: Type.String({ description: 'OSIS of the passage, e.g. Rom.8.1' }),
  reference: Type.String({ description: 'As people write it, in the request’s language' }),
  text: Nullable(Type.String({ description: 'The passage’s text; null when no translation in the request’s language is installed' })),
  translation: Nullable(Type.String()),
});

export const SessionSchema = Type.Object({
  lease: Type.Union([Type.Object({ id: Type.String(), expiresAt: Type.String({ description: 'ISO time the request goes back to the pool' }) }), Type.Null()]),
  request: Type.Object({
    id: Type.String(),
    text: Type.String({ description: 'Scrubbed of emails, phones, addresses and surnames (pastors: the requester’s own words)' }),
    firstName: Nullable(Type.String({ description: 'A first name, or null for “Anonymous”' })),
    forWhom: Nullable(Type.String()),
    category: literals(CATEGORIES),
    language: literals(REQUEST_LANGUAGES),
    visibility: literals(VISIBILITIES),
    urgent: Type.Boolean(),
    createdAt: Type.String(),
    prayerCount: Type.Integer(),
    lastPrayedAt: Nullable(Type.String()),
    scriptures: Type.Array(ScriptureSchema, { description: '3–5 Scriptures to pray' }),
  }),
  canPray: Type.Boolean({ description: 'A prayer may be recorded for it now' }),
});

export const PrayBody = Type.Object(
  {
    note: Type.Optional(Nullable(Type.String({ maxLength: 5000, description: 'Up to 500 characters; held for review when it has crisis language or personal details' }))),
    verse: Type.Optional(Nullable(Type.String({ maxLength: 200, description: 'A Bible reference, e.g. “Rom 8:34” or “Juan 3:16”' }))),
  },
  { additionalProperties: false },
);

export const RecordedPrayerSchema = Type.Object({
  id: Type.String(),
  requestId: Type.String(),
  at: Type.String(),
  note: Nullable(Type.String()),
  noteStatus: literals(['none', 'visible', 'held']),
  verse: Type.Union([Type.Object({ osis: Type.String(), reference: Type.String() }), Type.Null()]),
  prayerCount: Type.Integer(),
});

export const FlagBody = Type.Object(
  {
    reason: Type.String({ maxLength: 5000, description: 'What a moderator should look at (1–500 characters)' }),
    prayerId: Type.Optional(Nullable(Type.String({ maxLength: 64, description: 'Flag this note of the request instead of the request' }))),
  },
  { additionalProperties: false },
);

export const CommitBody = Type.Object({ days: Type.Integer({ description: 'Pray daily for this many days (1–90)' }) }, { additionalProperties: false });

export const CommitmentSchema = Type.Object({ id: Type.String(), requestId: Type.String(), days: Type.Integer(), startedAt: Type.String(), endsAt: Type.String() });

export const MyCommitmentSchema = Type.Object({
  id: Type.String(),
  requestId: Type.String(),
  days: Type.Integer(),
  startedAt: Type.String(),
  endsAt: Type.String(),
  day: Type.Integer({ description: 'Today is day `day` of `days`' }),
  request: Type.Object({
    id: Type.String(),
    text: Type.String(),
    firstName: Nullable(Type.String()),
    category: literals(CATEGORIES),
    language: literals(REQUEST_LANGUAGES),
  }),
});
