/**
 * Stories as the public reads them: scrubbed text and title (no emails, phones, street addresses;
 * surnames cut to initials — the wall's own scrub), a first name or "Anonymous", the date, and for an
 * answered prayer how many prayed. Nothing else leaves: no email, no request, no moderation state.
 * Moderators' views show the same scrubbed text beside the writer's words.
 */
import type { Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import { publicFirstName } from '../../prayer/requests/request.presenter.js';
import { scrubPublicText } from '../../prayer/safety/index.js';
import type { PublishedStory, StoryKind, StoryLanguage, StoryRecord, StorySource } from './story.js';

/** A published entry, as `GET /api/v1/stories` and the /stories pages show it. */
export interface StoryView {
  id: string;
  /** `story` (shared through the form) or `answered_prayer` (a requester's testimony). */
  source: StorySource;
  kind: StoryKind;
  title: string | null;
  /** Scrubbed; paragraphs separated by blank lines or line breaks. */
  text: string;
  /** The first name, or "Anonymous" ("Anónimo" in Spanish). */
  firstName: string;
  anonymous: boolean;
  language: StoryLanguage;
  publishedAt: string;
  /** Everyone who prayed for an answered prayer (team and wall visitors); null for stories. */
  prayerCount: number | null;
}

/** A story or testimony as moderators see it. */
export interface StoryReviewView {
  id: string;
  source: StorySource;
  kind: StoryKind;
  title: string | null;
  /** The writer's own words. */
  original: string;
  /** What is (or would be) published: the moderator's version or the writer's words, scrubbed. */
  scrubbed: string;
  /** The text in the edit box: the moderator's version if any, else the writer's words. */
  editable: string;
  edited: boolean;
  firstName: string | null;
  language: StoryLanguage;
  hasEmail: boolean;
  crisis: boolean;
  createdAt: string;
  publishedAt: string | null;
}

/** Text split into paragraphs the way people typed them (blank lines, or single line breaks). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** One published entry for a reader in `locale` (which only decides the word for "Anonymous"). */
export function presentStory(entry: PublishedStory, locale: Locale): StoryView {
  const name = publicFirstName(entry.firstName);
  return {
    id: entry.id,
    source: entry.source,
    kind: entry.kind,
    title: entry.title ? scrubPublicText(entry.title, entry.language).text : null,
    text: scrubPublicText(entry.text, entry.language).text,
    firstName: name ?? translator(locale)('request.anonymous'),
    anonymous: name === null,
    language: entry.language,
    publishedAt: entry.publishedAt,
    prayerCount: entry.prayerCount,
  };
}

/** A story or testimony for the moderators' page. */
export function presentForReview(s: StoryRecord): StoryReviewView {
  const shown = s.publicText ?? s.text;
  return {
    id: s.id,
    source: s.source,
    kind: s.kind,
    title: s.title,
    original: s.text,
    scrubbed: scrubPublicText(shown, s.language).text,
    editable: shown,
    edited: s.publicText !== null,
    firstName: publicFirstName(s.firstName),
    language: s.language,
    hasEmail: s.hasEmail,
    crisis: s.crisisKinds.length > 0,
    createdAt: s.createdAt,
    publishedAt: s.publishedAt,
  };
}
