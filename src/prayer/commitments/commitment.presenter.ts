/** Commitments as their intercessor sees them: the commitment, and the request as intercessors may read it. */
import type { Actor } from '../../platform/auth/actor.js';
import { textFor } from '../dispatch/dispatch.service.js';
import type { Category, RequestLanguage } from '../prayer.types.js';
import { publicFirstName } from '../requests/request.presenter.js';
import type { Commitment } from './commitment.repository.js';
import type { RunningCommitment } from './commitment.service.js';

/** One commitment in the API. */
export interface CommitmentView {
  id: string;
  requestId: string;
  days: number;
  startedAt: string;
  endsAt: string;
}

/** A running commitment with its request, for "my commitments". */
export interface MyCommitmentView extends CommitmentView {
  /** Today is day `day` of `days`. */
  day: number;
  request: { id: string; text: string; firstName: string | null; category: Category; language: RequestLanguage };
}

/** A commitment as its intercessor sees it. */
export function presentCommitment(c: Commitment): CommitmentView {
  return { id: c.id, requestId: c.requestId, days: c.days, startedAt: c.createdAt, endsAt: c.endsAt };
}

/** A running commitment with its request, as `actor` may read it. */
export function presentMyCommitment(actor: Actor, item: RunningCommitment): MyCommitmentView {
  const r = item.request;
  return {
    ...presentCommitment(item.commitment),
    day: item.day,
    request: { id: r.id, text: textFor(actor, r), firstName: publicFirstName(r.firstName), category: r.category, language: r.language },
  };
}
