import type { FastifyReply, FastifyRequest } from 'fastify';

/** The session cookie's name; `__Host-` over https pins it to this origin (Secure, Path=/, no Domain). */
export function sessionCookieName(https: boolean): string {
  return https ? '__Host-intercede-session' : 'intercede-session';
}

/** The session cookie the browser sent, if any. */
export function presentedSession(request: FastifyRequest, https: boolean): string | undefined {
  return request.cookies[sessionCookieName(https)] || undefined;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, gone when the session expires. */
export function setSessionCookie(reply: FastifyReply, https: boolean, value: string, expiresAt: Date): void {
  reply.setCookie(sessionCookieName(https), value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: https,
    expires: expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, https: boolean): void {
  reply.clearCookie(sessionCookieName(https), { path: '/', httpOnly: true, sameSite: 'lax', secure: https });
}
