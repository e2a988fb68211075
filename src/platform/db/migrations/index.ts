/**
 * Every migration, in order. Listed explicitly (not read from the file system) so that the same list
 * runs from `src/` under tests and from `dist/` in production. Each is written once for both dialects.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_scripture.js';
import * as m0003 from './0003_accounts.js';
import * as m0004 from './0004_prayer.js';
import * as m0005OutboxSends from './0005_outbox_sends.js';
import * as m0006PastoralFollowUp from './0006_pastoral_follow_up.js';
import * as m0007Articles from './0007_articles.js';
import * as m0008ReadingPlans from './0008_reading_plans.js';
import * as m0009Churches from './0009_churches.js';
import * as m0010Responses from './0010_responses.js';
import * as m0011Stories from './0011_stories.js';
import * as m0012ArticleRespond from './0012_article_respond.js';
import * as m0013DispatchPoolIndex from './0013_dispatch_pool_index.js';
import * as m0014PlanTimeZones from './0014_plan_time_zones.js';
import * as m0015ResponseReceipts from './0015_response_receipts.js';
import * as m0016DispatchLanguageIndex from './0016_dispatch_language_index.js';

export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_scripture': m0002,
  '0003_accounts': m0003,
  '0004_prayer': m0004,
  '0005_outbox_sends': m0005OutboxSends,
  '0006_pastoral_follow_up': m0006PastoralFollowUp,
  '0007_articles': m0007Articles,
  '0008_reading_plans': m0008ReadingPlans,
  '0009_churches': m0009Churches,
  '0010_responses': m0010Responses,
  '0011_stories': m0011Stories,
  '0012_article_respond': m0012ArticleRespond,
  '0013_dispatch_pool_index': m0013DispatchPoolIndex,
  '0014_plan_time_zones': m0014PlanTimeZones,
  '0015_response_receipts': m0015ResponseReceipts,
  '0016_dispatch_language_index': m0016DispatchLanguageIndex,
};
