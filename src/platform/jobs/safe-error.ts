/**
 * What is kept of an error in `outbox.last_error` and in logs: its name or code and a short message,
 * with email addresses and secret links cut out. Handlers never put request text in errors, but
 * transports and drivers echo what they were given (an SMTP "550 <ana@example.org> unknown"), so the
 * message is scrubbed on the way in.
 */
const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;
const SECRET_PATH = /\/(r|invite|reset|unsubscribe|u|plans\/s|plans\/d)\/[A-Za-z0-9._~%-]+/g;
const URL_QUERY = /(https?:\/\/[^\s?#]+)\?[^\s]*/g;
const MAX = 300;

/** A short, scrubbed description of `err` safe to store and show to admins. */
export function safeErrorText(err: unknown): string {
  const e = err as { name?: unknown; code?: unknown; responseCode?: unknown; message?: unknown } | null | undefined;
  const label = [typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'Error', typeof e?.responseCode === 'number' ? String(e.responseCode) : '']
    .filter(Boolean)
    .join(' ');
  const raw = typeof e?.message === 'string' ? e.message : typeof err === 'string' ? err : '';
  const message = raw.replace(EMAIL, '[address]').replace(SECRET_PATH, '/$1/[secret]').replace(URL_QUERY, '$1?[…]').replace(/\s+/g, ' ').trim();
  const text = message ? `${label}: ${message}` : label;
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
