/**
 * Stories and the answered-prayer testimonies published beside them: the words, limits and shapes the
 * stories area shares between its service, repository, presenter and pages.
 */
import type { CrisisKind } from '../../prayer/safety/index.js';

/** What a story is about, as its writer chose; answered-prayer testimonies count as `answered_prayer`. */
export const STORY_KINDS = ['came_to_faith', 'answered_prayer', 'healing', 'came_back_to_god', 'other'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** Languages a story can be written in. */
export const STORY_LANGUAGES = ['en', 'es'] as const;
export type StoryLanguage = (typeof STORY_LANGUAGES)[number];

/** Where an entry of the public list comes from: the form, or a requester's answered prayer. */
export type StorySource = 'story' | 'answered_prayer';

/** pending → approved (published) or rejected; approved → unpublished. */
export type StoryStatus = 'pending' | 'approved' | 'rejected' | 'unpublished';

/** Lengths, in characters as people count them. */
export const STORY_LIMITS = {
  textMin: 20,
  textMax: 5000,
  title: 120,
  firstName: 60,
  email: 254,
  reason: 500,
} as const;

/** A story or testimony as moderators handle it (stories' own fields are null for testimonies). */
export interface StoryRecord {
  readonly id: string;
  readonly source: StorySource;
  readonly requestId: string | null;
  readonly title: string | null;
  readonly kind: StoryKind;
  /** The writer's own words, never changed. */
  readonly text: string;
  /** What a moderator chose to publish instead (e.g. a surname removed), or null for the writer's words. */
  readonly publicText: string | null;
  readonly firstName: string | null;
  readonly language: StoryLanguage;
  readonly hasEmail: boolean;
  readonly status: string;
  readonly crisisKinds: readonly CrisisKind[];
  readonly decisionReason: string | null;
  readonly createdAt: string;
  readonly publishedAt: string | null;
}

/** A published entry of `/stories`: a story, or an answered-prayer testimony shared with consent. */
export interface PublishedStory {
  readonly id: string;
  readonly source: StorySource;
  readonly title: string | null;
  readonly kind: StoryKind;
  /** The text to publish (the moderator's version when there is one), not yet scrubbed. */
  readonly text: string;
  readonly firstName: string | null;
  readonly language: StoryLanguage;
  /** When it reached the public list. */
  readonly publishedAt: string;
  /** For testimonies: everyone who prayed for the request (team and wall visitors). */
  readonly prayerCount: number | null;
}
