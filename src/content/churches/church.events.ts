// The outbox topics the directory writes (ids only), delivered by church.notifier.ts.

export const CHURCH_TOPICS = {
  /** `{ churchId }`: tell the submitter their listing is published. Once per listing. */
  published: 'church.published',
  /** `{ churchId }`: tell the submitter it was not published, and why. */
  rejected: 'church.rejected',
} as const;
