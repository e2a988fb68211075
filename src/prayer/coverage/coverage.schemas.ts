/** TypeBox schema of `GET /api/v1/coverage`. */
import { Type } from '@sinclair/typebox';

const nullableInt = Type.Union([Type.Integer(), Type.Null()]);
const FirstPrayer = Type.Object({
  requests: Type.Integer({ description: 'Requests first prayed for in the period' }),
  p50Seconds: nullableInt,
  p95Seconds: nullableInt,
  maxSeconds: nullableInt,
});

export const CoverageResponse = Type.Object({
  generatedAt: Type.String(),
  coverageTargetHours: Type.Integer(),
  waiting: Type.Object({
    count: Type.Integer({ description: 'Requests in the prayer pool that nobody has prayed for yet' }),
    oldestSubmittedAt: Type.Union([Type.String(), Type.Null()]),
    oldestWaitSeconds: nullableInt,
    overTarget: Type.Integer({ description: 'Of those, waiting longer than the coverage target' }),
  }),
  overdue: Type.Array(
    Type.Object({
      id: Type.String(),
      category: Type.String(),
      language: Type.String(),
      visibility: Type.String(),
      urgent: Type.Boolean(),
      submittedAt: Type.String(),
      waitSeconds: Type.Integer(),
      alerted: Type.Boolean({ description: 'Moderators have been alerted about it' }),
    }),
    { description: 'Requests waiting longer than the coverage target, longest first (at most 50)' },
  ),
  timeToFirstPrayer: Type.Object({ last7Days: FirstPrayer, last30Days: FirstPrayer }, { description: 'Nearest-rank percentiles over requests first prayed for in the period' }),
  prayersPerDay: Type.Array(Type.Object({ date: Type.String(), team: Type.Integer(), visitors: Type.Integer() }), { description: '30 UTC days, oldest first' }),
  activeIntercessors: Type.Integer({ description: 'People who prayed with the team in the last 7 days' }),
});
