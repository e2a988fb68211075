/** Addresses of the stories area, for its routes, its emails and other areas that link here. */
export const STORY_PATHS = {
  list: '/stories',
  story: (id: string) => `/stories/${encodeURIComponent(id)}`,
  unsubscribe: (token: string) => `/stories/unsubscribe/${encodeURIComponent(token)}`,
  /** The moderators' page (outside /admin, which is admin-only). */
  moderation: '/moderation/stories',
} as const;
