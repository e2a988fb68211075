/**
 * All message catalogues: the platform's own plus one per domain, merged per locale. A domain keeps its
 * messages beside its code; the types make a key missing from the Spanish side a compile error.
 */
import { accountsMessages } from '../../accounts/accounts.messages.js';
import { intercessionMessages } from '../../prayer/dispatch/intercession.messages.js';
import { requestsMessages } from '../../prayer/requests/requests.messages.js';
import { scriptureMessages } from '../../scripture/scripture.messages.js';
import { notificationsMessages } from '../../prayer/notifications/notifications.messages.js';
import { jobsMessages } from '../jobs/jobs.messages.js';
import { coverageMessages } from '../../prayer/coverage/coverage.messages.js';
import { moderationMessages } from '../../prayer/moderation/moderation.messages.js';
import { settingsMessages } from '../../prayer/settings/settings.messages.js';
import { wallMessages } from '../../prayer/wall/wall.messages.js';
import { storiesMessages } from '../../content/stories/stories.messages.js';
import { responsesMessages } from '../../content/responses/responses.messages.js';
import { en as coreEn } from './messages.en.js';
import { es as coreEs } from './messages.es.js';

export const EN = { ...coreEn, ...scriptureMessages.en, ...accountsMessages.en, ...requestsMessages.en, ...wallMessages.en, ...moderationMessages.en, ...coverageMessages.en, ...settingsMessages.en, ...intercessionMessages.en, ...notificationsMessages.en, ...jobsMessages.en, ...storiesMessages.en, ...responsesMessages.en };

/** Every message key of every domain. */
export type AnyMessageKey = keyof typeof EN;

export const ES: Record<AnyMessageKey, string> = { ...coreEs, ...scriptureMessages.es, ...accountsMessages.es, ...requestsMessages.es, ...wallMessages.es, ...moderationMessages.es, ...coverageMessages.es, ...settingsMessages.es, ...intercessionMessages.es, ...notificationsMessages.es, ...jobsMessages.es, ...storiesMessages.es, ...responsesMessages.es };
