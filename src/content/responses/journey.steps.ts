/**
 * The follow-up journey as data: which messages, on which day after the response, and when the next one
 * is due. Pure functions (no database, no clock) so that the schedule can be tested on its own.
 */

/** Every step a journey can take, in their natural order; each has its words in responses.messages.ts. */
export const JOURNEY_STEP_KEYS = ['welcome', 'john', 'daily', 'church', 'story'] as const;
export type JourneyStepKey = (typeof JOURNEY_STEP_KEYS)[number];

/** One configured step: its day after the response (0 = at once) and whether it is sent at all. */
export interface JourneyStep {
  readonly key: JourneyStepKey;
  readonly day: number;
  readonly enabled: boolean;
}

/** The default journey the issue fixes: day 0, 1, 3, 7 and 14. */
export const DEFAULT_JOURNEY: readonly JourneyStep[] = [
  { key: 'welcome', day: 0, enabled: true },
  { key: 'john', day: 1, enabled: true },
  { key: 'daily', day: 3, enabled: true },
  { key: 'church', day: 7, enabled: true },
  { key: 'story', day: 14, enabled: true },
];

/** The latest day a step may be set to. */
export const MAX_STEP_DAY = 365;

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Two messages of one journey are never closer than this. After downtime several steps can be past due
 * at once; the journey takes the next one only, and the rest follow a day apart, so nobody gets a burst.
 */
export const MIN_GAP_MS = 20 * 60 * 60 * 1000;

/** Where a journey stands. */
export interface JourneyProgress {
  readonly startedAt: string;
  /** Day of the last step taken, null before the first. */
  readonly lastStepDay: number | null;
  /** When the last step was taken. */
  readonly lastSentAt: string | null;
  /** Keys of the steps already taken. */
  readonly taken: ReadonlySet<string>;
}

/** The configured steps that are on, in the order they are sent (by day; ties in their natural order). */
export function enabledSteps(config: readonly JourneyStep[]): JourneyStep[] {
  return config.filter((s) => s.enabled).sort((a, b) => a.day - b.day || JOURNEY_STEP_KEYS.indexOf(a.key) - JOURNEY_STEP_KEYS.indexOf(b.key));
}

/**
 * The next step and when it is due, or null when the journey has nothing left. A step is due on its day
 * after the start, and not before MIN_GAP_MS after the previous message. Steps on a day before the last
 * one taken are never sent late (an admin moving days must not send old steps).
 */
export function nextStep(config: readonly JourneyStep[], progress: JourneyProgress): { step: JourneyStep; dueAt: Date } | null {
  const step = enabledSteps(config).find((s) => !progress.taken.has(s.key) && (progress.lastStepDay === null || s.day >= progress.lastStepDay));
  if (!step) return null;
  const onDay = new Date(progress.startedAt).getTime() + step.day * DAY_MS;
  const afterGap = progress.lastSentAt ? new Date(progress.lastSentAt).getTime() + MIN_GAP_MS : 0;
  return { step, dueAt: new Date(Math.max(onDay, afterGap)) };
}

/** The step to take at `now`, or null when none is due yet (or none is left). */
export function dueStep(config: readonly JourneyStep[], progress: JourneyProgress, now: Date): JourneyStep | null {
  const next = nextStep(config, progress);
  return next && next.dueAt.getTime() <= now.getTime() ? next.step : null;
}

/** Reads a stored configuration; anything malformed falls back to the default for that step. */
export function readJourneyConfig(value: unknown): JourneyStep[] {
  const stored = Array.isArray(value) ? value : [];
  return DEFAULT_JOURNEY.map((fallback) => {
    const found = stored.find((s): s is Record<string, unknown> => typeof s === 'object' && s !== null && (s as Record<string, unknown>).key === fallback.key);
    if (!found) return fallback;
    const day = typeof found.day === 'number' && Number.isInteger(found.day) && found.day >= 0 && found.day <= MAX_STEP_DAY ? found.day : fallback.day;
    const enabled = typeof found.enabled === 'boolean' ? found.enabled : fallback.enabled;
    return { key: fallback.key, day, enabled };
  });
}
