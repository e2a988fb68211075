/** The responses area (responses and their follow-up journeys), built once per process and shared by routes and the worker. */
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import type { Tables } from '../../platform/db/tables.js';
import type { IntakeService } from '../../prayer/requests/intake.service.js';
import type { CrisisResourceOverrides } from '../../prayer/safety/index.js';
import type { ArticleService } from '../articles/article.service.js';
import { JourneyService } from './journey.service.js';
import { ResponseService } from './response.service.js';

/** What the responses area needs from the process. */
export interface ResponsesOptions {
  readonly db: Kysely<Tables>;
  readonly audit: Pick<AuditService, 'record'>;
  /** The prayer requests' intake ("please pray for me" goes through it). */
  readonly intake: Pick<IntakeService, 'submit'>;
  readonly articles: Pick<ArticleService, 'getBySlug'>;
  readonly clock?: () => Date;
  readonly crisisResources?: CrisisResourceOverrides;
}

/** The responses services. */
export interface Responses {
  readonly responses: ResponseService;
  readonly journeys: JourneyService;
}

/** Builds the responses services over one database. */
export function createResponses(options: ResponsesOptions): Responses {
  const clock = options.clock ?? (() => new Date());
  const journeys = new JourneyService({ db: options.db, audit: options.audit, clock });
  const responses = new ResponseService({
    db: options.db,
    audit: options.audit,
    intake: options.intake,
    articles: options.articles,
    journeys,
    clock,
    crisisResources: options.crisisResources,
  });
  return { responses, journeys };
}
