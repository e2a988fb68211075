/** Wires the notification handlers and their periodic jobs into an outbox worker. */
import type { OutboxHandler, OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import type { NotificationDeps } from './notification-deps.js';
import { COVERAGE_EVERY_MS, DIGEST_EVERY_MS, NOTIFICATION_JOBS, NOTIFICATION_TOPICS } from './notification.topics.js';
import { RequesterNotifier } from './requester.notifier.js';
import { TeamNotifier } from './team.notifier.js';

/**
 * Events that need nothing at once: later prayers reach the requester in their daily digest, updates
 * and answers reach the team in theirs (both read the database, not the event), commitments were ended
 * in the transaction that closed or deleted the request, and flags wait in the moderators' queue.
 */
const NOTHING_AT_ONCE: OutboxHandler = async () => undefined;
const DIGEST_LATER = ['prayer.recorded', 'request.updated', 'request.answered', 'request.closed', 'request.deleted', 'request.flagged'] as const;

/** Registers every notification topic and schedules the digest and coverage jobs on `worker`. */
export function registerNotifications(worker: OutboxWorker, deps: NotificationDeps): void {
  const requester = new RequesterNotifier(deps);
  const team = new TeamNotifier(deps);
  // The private link is the one secret an event carries; it is dropped from the row once delivered.
  worker.register('request.submitted', requester.submitted, { secretFields: ['manageUrl'] });
  worker.register('prayer.first', requester.firstPrayer);
  worker.register('request.crisis', team.crisis);
  worker.register('prayer.note_held', team.noteHeld);
  for (const topic of DIGEST_LATER) worker.register(topic, NOTHING_AT_ONCE);
  worker.register(NOTIFICATION_TOPICS.requesterDigest, requester.digest);
  worker.register(NOTIFICATION_TOPICS.teamDigest, team.digest);
  worker.register(NOTIFICATION_TOPICS.coverageAlert, team.coverage);
  worker.schedule(NOTIFICATION_JOBS.digests, DIGEST_EVERY_MS, async (ctx) => {
    const requesters = await requester.scheduleDigests(ctx);
    const people = await team.scheduleDigests(ctx);
    if (requesters + people > 0) ctx.log.info({ requesters, people }, 'daily digests scheduled');
  });
  worker.schedule(NOTIFICATION_JOBS.coverage, COVERAGE_EVERY_MS, async (ctx) => {
    const alerted = await team.checkCoverage(ctx);
    if (alerted > 0) ctx.log.info({ requests: alerted }, 'coverage alert for requests waiting past the target');
  });
}
