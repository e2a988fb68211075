/** The vocabulary of responses: what a reader can say at the end of an article, and the consent they give. */
import type { CrisisKind } from '../../prayer/prayer.types.js';

/** The four answers an article's response block offers, in the order the form shows them. */
export const RESPONSE_KINDS = ['received_christ', 'returning', 'question', 'prayer'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** Kinds that need a message: a question to answer, a need to pray for. */
export const MESSAGE_REQUIRED: readonly ResponseKind[] = ['question', 'prayer'];

/**
 * The version of the consent wording ("you may email me follow-up messages…"). Stored with each consent,
 * so that what a person agreed to can be shown later; change it whenever the words change.
 */
export const CONSENT_VERSION = 'journey-consent-2026-11';

/** Limits people see in the form and in errors. */
export const RESPONSE_LIMITS = { message: 2000, firstName: 60, email: 254 } as const;

/** A stored response, as services pass it around (personal fields null once purged). */
export interface StoredResponse {
  readonly id: string;
  readonly articleId: string | null;
  readonly articleTitle: string | null;
  readonly articleSlug: string | null;
  readonly kind: ResponseKind;
  readonly language: 'en' | 'es';
  readonly firstName: string | null;
  readonly email: string | null;
  readonly message: string | null;
  readonly consentVersion: string | null;
  readonly consentedAt: string | null;
  readonly prayerRequestId: string | null;
  readonly crisisKinds: readonly CrisisKind[];
  readonly followedUpAt: string | null;
  readonly followedUpBy: string | null;
  readonly followUpNote: string | null;
  readonly createdAt: string;
  readonly purgedAt: string | null;
}
