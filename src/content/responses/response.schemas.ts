/** TypeBox schemas of the responses API: the OpenAPI document and the answer's shape from one source. */
import { Type } from '@sinclair/typebox';
import { REQUEST_LANGUAGES } from '../../prayer/prayer.types.js';
import { CrisisSchema } from '../../prayer/requests/request.schemas.js';
import { RESPONSE_KINDS, RESPONSE_LIMITS } from './response.types.js';

const literals = (values: readonly string[], description?: string) => Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});

/** `POST /api/v1/responses`. */
export const ResponseBody = Type.Object(
  {
    kind: literals(RESPONSE_KINDS, 'received_christ: "I prayed to receive Christ"; returning: "I am coming back to God"; question: "I have a question"; prayer: "Please pray for me" (becomes a prayer request)'),
    article: Type.Optional(Type.String({ description: 'The slug of the article responded to' })),
    message: Type.Optional(Type.String({ maxLength: RESPONSE_LIMITS.message, description: 'Required for question and prayer' })),
    firstName: Type.Optional(Type.String({ maxLength: RESPONSE_LIMITS.firstName })),
    email: Type.Optional(Type.String({ maxLength: RESPONSE_LIMITS.email, format: 'email' })),
    consent: Type.Optional(Type.Boolean({ description: 'Required (true) when email is given: the person agrees to follow-up emails' })),
    language: Type.Optional(literals(REQUEST_LANGUAGES, "Default: the request's locale")),
  },
  { additionalProperties: false },
);

export const ResponseCreated = Type.Object({
  id: Type.String(),
  kind: literals(RESPONSE_KINDS),
  journey: Type.Union([Type.Object({ id: Type.String(), firstStep: Type.Union([Type.String(), Type.Null()]) }), Type.Null()], {
    description: 'The follow-up journey, when an email and consent were given; firstStep is the email enqueued now',
  }),
  prayerRequest: Type.Union([Type.Object({ id: Type.String(), manageToken: Type.String(), manageUrl: Type.String() }), Type.Null()], {
    description: 'For kind prayer: the prayer request made, with its private link (shown once)',
  }),
  crisis: CrisisSchema,
});
