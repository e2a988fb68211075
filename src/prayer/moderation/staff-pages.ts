/**
 * The ministry's own pages for moderators, pastors and admins, and who each is for. Moderation, pastoral
 * care and coverage are not under /admin: that prefix is admin-only everywhere (the authorization matrix
 * holds every /admin route to it), and these pages are for moderators and pastors who are not admins.
 * Mail and other areas link here through these constants.
 */
import type { Role } from '../../platform/auth/actor.js';

export const STAFF_PATHS = {
  moderation: '/moderation',
  stories: '/moderation/stories',
  churches: '/moderation/churches',
  pastoral: '/pastoral',
  coverage: '/coverage',
  settings: '/admin/settings',
  responses: '/pastoral/responses',
} as const;

export type StaffPage = keyof typeof STAFF_PATHS;

/** Who each page is for (the routes declare the same roles through their policies). */
export const STAFF_PAGE_ROLES: Readonly<Record<StaffPage, readonly Role[]>> = {
  moderation: ['moderator', 'pastor'],
  stories: ['moderator', 'pastor'],
  // Listings are public information: moderators review them (no pastoral reading involved).
  churches: ['moderator'],
  pastoral: ['pastor'],
  coverage: ['moderator', 'pastor', 'admin'],
  settings: ['admin'],
  responses: ['pastor'],
};

/** The staff pages a person with `roles` may open, in menu order. */
export function staffPagesFor(roles: readonly Role[]): StaffPage[] {
  return (Object.keys(STAFF_PATHS) as StaffPage[]).filter((page) => STAFF_PAGE_ROLES[page].some((role) => roles.includes(role)));
}

/** Where the header's "Ministry" link takes a person: pastors to pastoral care, moderators to the queue, admins to coverage; null for others. */
export function ministryHome(roles: readonly Role[]): string | null {
  if (roles.includes('pastor')) return STAFF_PATHS.pastoral;
  if (roles.includes('moderator')) return STAFF_PATHS.moderation;
  if (roles.includes('admin')) return STAFF_PATHS.coverage;
  return null;
}
