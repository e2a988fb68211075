/**
 * The reader's chosen Bible translation, remembered in a cookie when they switch translation in the
 * Bible reader or on an article, so that article links and verse popovers open it next time. The value
 * is only ever a translation code the server has just served (checked against the installed ones).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const TRANSLATION_COOKIE = 'bible-translation';
const CODE = /^[A-Z0-9]{2,20}$/;
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The remembered translation code, or undefined when none (or a malformed one) is set. */
export function rememberedTranslation(request: FastifyRequest): string | undefined {
  const value = request.cookies[TRANSLATION_COOKIE];
  return typeof value === 'string' && CODE.test(value) ? value : undefined;
}

/** Remembers `code` (an installed translation just served) for a year, unless it is already the one remembered. */
export function rememberTranslation(request: FastifyRequest, reply: FastifyReply, code: string): void {
  if (!CODE.test(code) || rememberedTranslation(request) === code) return;
  reply.setCookie(TRANSLATION_COOKIE, code, { path: '/', maxAge: YEAR_SECONDS, sameSite: 'lax', httpOnly: true, secure: 'auto' });
}
