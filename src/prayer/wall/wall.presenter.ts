/**
 * Requests as the public wall shows them: the scrubbed text, a first name or "Anonymous"/"Anónimo", the
 * counts, and the answer's testimony (scrubbed like the request) once shared and approved. Nothing else
 * leaves: no email, no surname, no visibility or moderation state, no crisis markers.
 */
import type { Locale } from '../../platform/i18n/locale.js';
import { translator } from '../../platform/i18n/translate.js';
import type { Category, RequestLanguage } from '../prayer.types.js';
import { presentForIntercessor } from '../requests/request.presenter.js';
import { scrubPublicText } from '../safety/index.js';
import type { WallEntry } from './wall.service.js';

/** A request on the wall, as `GET /api/v1/prayer-wall` and the /wall page show it. */
export interface WallRequestView {
  id: string;
  /** Scrubbed: no emails, phones, street addresses; surnames cut to initials. */
  text: string;
  /** The first name, or "Anonymous" ("Anónimo" in Spanish). */
  firstName: string;
  /** True when no first name is shown. */
  anonymous: boolean;
  /** Who the prayer is for, scrubbed like the text, when the requester said. */
  forWhom: string | null;
  category: Category;
  language: RequestLanguage;
  /** `answered` once the requester marked it answered. */
  status: 'active' | 'answered';
  createdAt: string;
  answeredAt: string | null;
  /** Everyone who prayed: the team and visitors of the wall. */
  prayerCount: number;
  teamPrayerCount: number;
  visitorPrayerCount: number;
  /** The requester's account of the answer, shared with consent and approved by a moderator. */
  testimony: { text: string; at: string } | null;
}

/** One wall entry for a reader in `locale` (which only decides the word for "Anonymous"). */
export function presentWallEntry(entry: WallEntry, locale: Locale): WallRequestView {
  const r = entry.request;
  const view = presentForIntercessor(r);
  return {
    id: r.id,
    text: view.text ?? '',
    firstName: view.firstName ?? translator(locale)('request.anonymous'),
    anonymous: view.firstName === null,
    forWhom: view.forWhom,
    category: r.category,
    language: r.language,
    status: r.status === 'answered' ? 'answered' : 'active',
    createdAt: r.createdAt,
    answeredAt: r.answeredAt,
    prayerCount: r.prayerCount + r.visitorPrayerCount,
    teamPrayerCount: r.prayerCount,
    visitorPrayerCount: r.visitorPrayerCount,
    testimony: entry.testimony ? { text: scrubPublicText(entry.testimony.text, r.language).text, at: entry.testimony.createdAt } : null,
  };
}
