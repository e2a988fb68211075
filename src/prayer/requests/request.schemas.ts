/** TypeBox schemas of the prayer-request API: the OpenAPI document and the answers' shapes from one source. */
import { Type, type TSchema } from '@sinclair/typebox';
import { CATEGORIES, LIMITS, MODERATION_STATES, REQUEST_LANGUAGES, REQUEST_STATUSES, VISIBILITIES } from '../prayer.types.js';

const literals = (values: readonly string[], description?: string) => Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const Status = literals(['pending', ...REQUEST_STATUSES], '`pending` while a public request waits for a moderator; then active, answered, closed or expired');
const CrisisKind = literals(['self_harm', 'abuse', 'danger']);

export const CrisisSchema = nullable(
  Type.Object(
    {
      kind: CrisisKind,
      resources: Type.Array(Type.Object({ name: Type.String(), contact: Type.String() })),
    },
    { description: 'Present when crisis language was found: show these resources at once' },
  ),
);

/** `POST /api/v1/prayer-requests`. */
export const IntakeBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: LIMITS.requestText, description: 'The request, 1–2000 characters (after trimming). HTML is kept as text.' }),
    category: literals(CATEGORIES),
    visibility: literals(VISIBILITIES, 'public: the prayer wall after approval; team: intercessors only; pastoral: pastors only'),
    language: Type.Optional(literals(REQUEST_LANGUAGES, "Default: the request's locale (URL prefix, ?lang= or Accept-Language)")),
    firstName: Type.Optional(Type.String({ maxLength: LIMITS.firstName })),
    email: Type.Optional(Type.String({ maxLength: LIMITS.email, format: 'email', description: 'Only to send the private link and tell the requester when someone prays' })),
    forWhom: Type.Optional(Type.String({ maxLength: LIMITS.forWhom, description: 'Who the prayer is for, when not the requester' })),
  },
  { additionalProperties: false },
);

export const IntakeResponse = Type.Object({
  id: Type.String(),
  manageToken: Type.String({ description: 'The secret of the private link; shown once. Send it as `Authorization: Bearer …` to /mine.' }),
  manageUrl: Type.String({ description: 'BASE_URL/r/<manageToken> (under /es for Spanish requests)' }),
  status: Status,
  crisis: CrisisSchema,
});

const Verse = Type.Object({
  osis: Type.String(),
  reference: Type.String(),
  text: Type.Optional(Type.String({ description: 'WEB for English requests, RV1909 for Spanish; absent when not installed' })),
  translation: Type.Optional(Type.String()),
});

export const RequesterResponse = Type.Object({
  id: Type.String(),
  text: nullable(Type.String()),
  firstName: nullable(Type.String()),
  email: nullable(Type.String()),
  forWhom: nullable(Type.String()),
  category: literals(CATEGORIES),
  visibility: literals(VISIBILITIES),
  language: literals(REQUEST_LANGUAGES),
  status: Status,
  moderation: literals(MODERATION_STATES),
  urgent: Type.Boolean(),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  answeredAt: nullable(Type.String()),
  closedAt: nullable(Type.String()),
  prayerCount: Type.Integer({ description: 'Everyone who prayed: the team and visitors of the wall' }),
  teamPrayerCount: Type.Integer(),
  visitorPrayerCount: Type.Integer(),
  firstPrayedAt: nullable(Type.String()),
  lastPrayedAt: nullable(Type.String()),
  prayers: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: literals(['team', 'visitor']),
      note: Type.Optional(Type.String()),
      verse: Type.Optional(Verse),
    }),
    { description: 'Newest first, at most 200' },
  ),
  commitmentCount: Type.Integer({ description: 'People committed to pray daily, now' }),
  commitments: Type.Array(Type.Object({ days: Type.Integer(), startedAt: Type.String(), endsAt: Type.String() })),
  updates: Type.Array(Type.Object({ id: Type.String(), kind: literals(['update', 'answer']), text: nullable(Type.String()), at: Type.String() })),
  testimony: nullable(Type.Object({ text: Type.String(), sharePublicly: Type.Boolean(), status: Type.String(), at: Type.String() })),
  emailUpdates: Type.Boolean(),
  crisis: CrisisSchema,
});

export const UpdateBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: LIMITS.update }) }, { additionalProperties: false });
export const UpdateResponse = Type.Object({
  id: Type.String(),
  kind: Type.Literal('update'),
  text: Type.String(),
  at: Type.String(),
  crisis: CrisisSchema,
});

export const AnswerBody = Type.Object(
  {
    testimony: Type.Optional(Type.String({ maxLength: LIMITS.testimony, description: 'How the prayer was answered' })),
    sharePublicly: Type.Optional(Type.Boolean({ description: 'Consent to share the testimony publicly, after moderation' })),
  },
  { additionalProperties: false },
);

export const ChangeResponse = Type.Object({
  id: Type.String(),
  status: Status,
  expiresAt: Type.String(),
  emailUpdates: Type.Boolean(),
  crisis: CrisisSchema,
});

export const ModerationParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
export const ModerationResponse = Type.Object({
  id: Type.String(),
  moderation: literals(MODERATION_STATES),
  status: Status,
  approvedAt: nullable(Type.String()),
});

export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Object({}, { additionalProperties: true })) }),
});
