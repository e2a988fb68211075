import type { PageContext } from '../../../web/page-context.js';
import { day } from '../../../prayer/moderation/views/queue-parts.js';
import type { ResponseWithJourney } from '../response.repository.js';

/** Where a response's follow-up emails stand: none, running (n of m), completed, or stopped and why. */
export function JourneyStatus({ ctx, response, journeyLength }: { ctx: PageContext; response: ResponseWithJourney; journeyLength: number }) {
  const { t } = ctx;
  const j = response.journey;
  if (!j) return <>{t('pastoralResponses.journey.none')}</>;
  if (j.status === 'completed') return <>{t('pastoralResponses.journey.completed', { steps: j.stepsTaken })}</>;
  if (j.status === 'stopped') return <>{j.stopReason === 'purged' ? t('pastoralResponses.journey.purged') : t('pastoralResponses.journey.unsubscribed', { steps: j.stepsTaken })}</>;
  return <>{t('pastoralResponses.journey.active', { steps: j.stepsTaken, total: Math.max(journeyLength, j.stepsTaken) })}</>;
}

/** Whether a pastor followed the person up personally, and when. */
export function FollowedUp({ ctx, response }: { ctx: PageContext; response: ResponseWithJourney }) {
  const { t } = ctx;
  return <>{response.followedUpAt ? t('pastoralResponses.followed.yes', { date: day(ctx, response.followedUpAt) }) : t('pastoralResponses.followed.no')}</>;
}
