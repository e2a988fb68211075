// JSON schemas of the plans API (validation, types and the OpenAPI document from one source).
import { Type, type Static } from '@sinclair/typebox';

const Summary = {
  slug: Type.String(),
  title: Type.String(),
  description: Type.String(),
  language: Type.Union([Type.Literal('en'), Type.Literal('es'), Type.Null()], { description: 'Language of an authored plan; null for built-ins, which speak both.' }),
  builtIn: Type.Boolean(),
  dayCount: Type.Integer(),
  url: Type.String({ description: 'The plan’s public page.' }),
};

export const PlanListResponse = Type.Object({ plans: Type.Array(Type.Object(Summary)) });

export const PlanParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });
export type PlanParams = Static<typeof PlanParams>;

export const PlanResponse = Type.Object({
  ...Summary,
  days: Type.Array(Type.Object({ day: Type.Integer(), osis: Type.String({ description: 'In the WEB’s (NRSVA) numbering, e.g. John.3 or Ps.1-Ps.5.' }), reference: Type.String() })),
});
