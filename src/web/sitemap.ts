// What an area gives the sitemap: its public pages. Each area lists its own (its SQL stays in its
// repository); `/sitemap.xml` only gathers them.
import type { Actor } from '../platform/auth/actor.js';

/** One public page: its path (without a locale prefix; the sitemap adds the Spanish address) and when it last changed. */
export interface SitemapEntry {
  readonly path: string;
  /** ISO time of the last change, where the area keeps one. */
  readonly lastmod?: string;
}

/** An area with public pages to list. */
export interface SitemapSource {
  /** Every page of the area a search engine may index, as `actor` (anonymous) sees them. */
  sitemapEntries(actor: Actor): Promise<readonly SitemapEntry[]>;
}

/** Most pages one area lists (a sitemap file holds 50,000 addresses at most). */
export const SITEMAP_AREA_LIMIT = 5000;
