/** Ministry settings of the intercession loop, with the defaults the issue fixes. Stored in `settings`. */
export interface PrayerSettings {
  /** Publish public requests on the wall without a moderator's approval. */
  autoApprovePublic: boolean;
  /** Flags after which a request or note is hidden until reviewed. */
  flagThreshold: number;
  /** Hours a request may wait for its first prayer before moderators are alerted. */
  coverageTargetHours: number;
  /** Days until a request expires (renewable by the requester). */
  expiryDays: number;
  /** Days after closing until personal data is purged. */
  purgeAfterDays: number;
  /** Minutes an intercessor holds a request while praying. */
  leaseMinutes: number;
  /** Hours before the same intercessor may be given a request they prayed for again. */
  reprayAfterHours: number;
}

export const DEFAULT_PRAYER_SETTINGS: PrayerSettings = {
  autoApprovePublic: false,
  flagThreshold: 3,
  coverageTargetHours: 12,
  expiryDays: 30,
  purgeAfterDays: 90,
  leaseMinutes: 10,
  reprayAfterHours: 24,
};
