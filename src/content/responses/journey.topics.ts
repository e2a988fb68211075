/** The outbox topics and the periodic jobs of responses and journeys. */
export const RESPONSE_TOPICS = {
  /** One journey step's email: `{ journeyId, step }`, dedupe key `journey.step:<journeyId>:<step>`. */
  journeyStep: 'journey.step',
  /** Crisis language in a response's message (other than "please pray for me", which intake alerts on): `{ responseId, kinds }`. */
  crisis: 'response.crisis',
} as const;

export const RESPONSE_JOBS = {
  /** Takes the journeys' due steps. */
  journeys: 'job.journeys',
  /** Purges responses' personal data on the prayer requests' retention rule. */
  purge: 'job.responses_purge',
} as const;

/** How often due steps are looked for: a step goes out within this of its time. */
export const JOURNEYS_EVERY_MS = 15 * 60 * 1000;
/** How often the purge runs. */
export const PURGE_EVERY_MS = 60 * 60 * 1000;

/** The dedupe key of a step's email: one per journey and step, however often the job runs. */
export function stepDedupeKey(journeyId: string, step: string): string {
  return `${RESPONSE_TOPICS.journeyStep}:${journeyId}:${step}`;
}
