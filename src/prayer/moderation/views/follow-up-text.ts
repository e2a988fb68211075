import type { PageContext } from '../../../web/page-context.js';
import type { FollowUp } from '../pastoral.repository.js';
import { day } from './queue-parts.js';

/** "Reached, by Ana on 3 Mar 2026" — where the follow-up stands, by whom and when. */
export function followUpText(ctx: PageContext, followUp: FollowUp): string {
  const { t } = ctx;
  const status = t(`pastoral.followUp.${followUp.status}`);
  if (!followUp.updatedAt) return status;
  return followUp.updatedBy
    ? t('pastoral.followUp.by', { status, name: followUp.updatedBy, date: day(ctx, followUp.updatedAt) })
    : t('pastoral.followUp.at', { status, date: day(ctx, followUp.updatedAt) });
}
