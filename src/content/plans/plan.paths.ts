// The addresses of the plan pages, in one place (pages, emails and the calendar link to them).

export const PLAN_PATHS = {
  list: '/plans',
  plan: (slug: string) => `/plans/${encodeURIComponent(slug)}`,
  day: (slug: string, day: number) => `/plans/${encodeURIComponent(slug)}/day/${day}`,
  start: (slug: string) => `/plans/${encodeURIComponent(slug)}/start`,
  planCalendar: (slug: string) => `/plans/${encodeURIComponent(slug)}/calendar.ics`,
  /** The private link of a subscription. */
  subscription: (token: string) => `/plans/s/${token}`,
  subscriptionDay: (token: string, day: number) => `/plans/s/${token}/day/${day}`,
  subscriptionCalendar: (token: string) => `/plans/s/${token}/calendar.ics`,
  /** A signed link to one day of one subscription (daily emails). */
  emailDay: (token: string) => `/plans/d/${token}`,
  /** A signed one-click link that stops a subscription's daily emails. */
  stop: (token: string) => `/plans/unsubscribe/${token}`,
  write: '/write/plans',
  writeNew: '/write/plans/new',
  writeEdit: (id: string) => `/write/plans/${id}`,
} as const;
