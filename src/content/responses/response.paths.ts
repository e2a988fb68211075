/** The addresses of the responses pages, in one place. */

/** Where an article's response form posts (and the form's own page). */
export function respondPath(slug: string): string {
  return `/articles/${encodeURIComponent(slug)}/respond`;
}

/** The thank-you page a stored response is redirected to (shown only to whoever holds the reference cookie). */
export function respondThanksPath(slug: string): string {
  return `${respondPath(slug)}/thanks`;
}

export const RESPONSE_PATHS = {
  pastoral: '/pastoral/responses',
  pastoralResponse: (id: string) => `/pastoral/responses/${encodeURIComponent(id)}`,
  journeySettings: '/admin/journeys',
  api: '/api/v1/responses',
} as const;
