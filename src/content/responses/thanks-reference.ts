/**
 * How the thank-you page after the redirect (Post/Redirect/Get) knows it is shown to the person who
 * responded, and to no one else: a signed flash cookie, not a token in the address.
 *   - The address (`/articles/<slug>/respond/thanks`) carries nothing: a shared screenshot, the history of
 *     a shared computer or a Referer header gives no one the page, let alone a prayer request's private link.
 *   - The cookie is signed the way the app signs its cookies (@fastify/cookie, keyed by SESSION_SECRET),
 *     HttpOnly, SameSite=Strict, sent only to that page (in each language, for the language switch), and
 *     good for 30 minutes — long enough to refresh or come back with the back button. The expiry is inside
 *     the signed value, so it cannot be stretched, and a purpose tag comes first, so no other signed cookie
 *     of the app can pass for one.
 *   - It names the response and, for "please pray for me", the private link, which can only be shown now
 *     (the manage token is stored hashed). It holds no name, email or message; the page shows none either.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, localePath } from '../../platform/i18n/locale.js';

export const THANKS_COOKIE = 'intercede-respond-thanks';
/** How long the thank-you page can be seen again. */
export const THANKS_TTL_MS = 30 * 60 * 1000;
const PURPOSE = 'respond-thanks.v1';
const ID = /^[A-Za-z0-9-]{1,64}$/;

/** What the cookie carries. */
export interface ThanksReference {
  readonly responseId: string;
  /** "Please pray for me": the prayer request's private page. */
  readonly manageUrl: string | null;
}

/** Sets the reference for the thank-you page at `path` (given without a language prefix). */
export function setThanksReference(reply: FastifyReply, path: string, reference: ThanksReference, now: Date): void {
  const expires = now.getTime() + THANKS_TTL_MS;
  const link = reference.manageUrl === null ? '' : Buffer.from(reference.manageUrl).toString('base64url');
  const value = [PURPOSE, reference.responseId, String(expires), link].join('|');
  for (const locale of LOCALES) {
    reply.setCookie(THANKS_COOKIE, value, { signed: true, path: localePath(locale, path), httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: THANKS_TTL_MS / 1000 });
  }
}

/** The reference the browser sent, or null when there is none, it was not signed by us, or it has expired. */
export function readThanksReference(request: FastifyRequest, now: Date): ThanksReference | null {
  const raw = request.cookies[THANKS_COOKIE];
  if (!raw || raw.length > 2000) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  const [purpose, responseId, expires, link, ...rest] = unsigned.value.split('|');
  if (purpose !== PURPOSE || rest.length > 0 || !ID.test(responseId ?? '') || link === undefined) return null;
  if (!(Number(expires) > now.getTime())) return null;
  return { responseId, manageUrl: link === '' ? null : Buffer.from(link, 'base64url').toString('utf8') };
}
