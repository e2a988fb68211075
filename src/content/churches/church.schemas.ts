/** TypeBox schemas of the church directory's API: the OpenAPI document and the answers' shapes from one source. */
import { Type, type TSchema } from '@sinclair/typebox';
import { CHURCH_LIMITS, SERVICE_LANGUAGES, TRADITIONS } from './church.input.js';

const literals = (values: readonly string[], description?: string) => Type.Union(values.map((v) => Type.Literal(v)), description ? { description } : {});
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const coordinate = (description: string) => Type.Optional(nullable(Type.Union([Type.Number(), Type.String()], { description })));

/** `POST /api/v1/churches`. */
export const ChurchBody = Type.Object(
  {
    name: Type.String({ maxLength: CHURCH_LIMITS.name }),
    street: Type.String({ maxLength: CHURCH_LIMITS.street, description: 'Street name and building number ("Calle Mayor 5"; "s/n" where there is no number; GB and IE may give a building name instead)' }),
    city: Type.String({ maxLength: CHURCH_LIMITS.city }),
    postalCode: Type.Optional(Type.String({ description: "Checked against the country's format (US, ES, GB, MX, CA, DE, FR and others); elsewhere 2–10 letters and digits; may be omitted only where no format is known" })),
    country: Type.String({ description: 'ISO 3166-1 alpha-2, e.g. ES' }),
    latitude: coordinate('Decimal degrees, -90 to 90; give both coordinates or neither'),
    longitude: coordinate('Decimal degrees, -180 to 180'),
    website: Type.Optional(nullable(Type.String({ maxLength: CHURCH_LIMITS.website, description: 'http or https only; "example.org" is taken as https://example.org/' }))),
    serviceTimes: Type.Optional(Type.Union([Type.Array(Type.String({ maxLength: CHURCH_LIMITS.serviceLine }), { maxItems: CHURCH_LIMITS.serviceLines }), Type.String()], { description: 'One service a line or item, e.g. "Sunday 10:00"' })),
    languages: Type.Array(literals(SERVICE_LANGUAGES), { minItems: 1, description: 'ISO 639-1 codes of the languages of the services' }),
    tradition: literals(TRADITIONS),
    traditionOther: Type.Optional(nullable(Type.String({ maxLength: CHURCH_LIMITS.traditionOther, description: 'Required when tradition is `other`' }))),
    email: Type.Optional(nullable(Type.String({ maxLength: CHURCH_LIMITS.email, description: 'To tell the submitter when the listing is published or refused; never shown' }))),
  },
  { additionalProperties: false },
);

export const SubmitResponse = Type.Object({ id: Type.String(), status: Type.Literal('pending') });

export const ChurchSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  street: Type.String(),
  city: Type.String(),
  postalCode: Type.String(),
  country: Type.String(),
  latitude: nullable(Type.Number()),
  longitude: nullable(Type.Number()),
  website: nullable(Type.String()),
  serviceTimes: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  tradition: Type.String(),
  traditionOther: nullable(Type.String()),
  distanceKm: Type.Optional(Type.Number({ description: 'Great-circle distance from `near`, in km (distance searches only)' })),
});

export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ description: 'Matches name, city (case and accents ignored) or the start of the postal code' })),
  country: Type.Optional(Type.String({ description: 'ISO 3166-1 alpha-2' })),
  near: Type.Optional(Type.String({ description: '"lat,lng" in decimal degrees: nearest first, each with distanceKm; listings without a position are left out' })),
  limit: Type.Optional(Type.String({ description: '1–50, default 20' })),
  page: Type.Optional(Type.String({ description: '1-based, default 1' })),
});

export const SearchResponse = Type.Object({
  churches: Type.Array(ChurchSchema),
  page: Type.Integer(),
  limit: Type.Integer(),
  hasMore: Type.Boolean(),
  total: nullable(Type.Integer({ description: 'All matches of a text search; null for a distance search' })),
});

export const ErrorSchema = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Object({ field: Type.Optional(Type.String()), fields: Type.Optional(Type.Record(Type.String(), Type.String())) }, { additionalProperties: true })),
  }),
});
