/**
 * Sending the same response form twice stores one response. Each rendering of the form carries a one-time
 * id (128 random bits, the hidden field `formId`); a sending is known by a hash of that id and of what was
 * sent, so a double click or a resend of the same words finds the first sending, while a different answer
 * sent from the same page (after the back button) is a new response.
 *
 * A prayer request's private link can only be shown when the request is made (its token is stored hashed),
 * and after a double click the browser shows the answer to the *second* sending. So the receipt keeps the
 * link sealed (AES-256-GCM) under a key derived from the form id, which the database never holds: the
 * second sending can open it, someone reading the database cannot.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { ResponseInput } from './response.input.js';

const FORM_ID = /^[A-Za-z0-9_-]{22}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A new one-time id for a rendering of the form. */
export function newFormId(): string {
  return randomBytes(16).toString('base64url');
}

/** Is this a form id as newFormId() makes them? (Pages rendered before there were ids send none.) */
export function isFormId(value: unknown): value is string {
  return typeof value === 'string' && FORM_ID.test(value);
}

/** The key of one sending: the form id and every checked field, hashed. */
export function receiptKey(formId: string, input: ResponseInput, articleSlug: string | undefined): string {
  const sent = [articleSlug ?? null, input.kind, input.language, input.firstName, input.email, input.message, input.consent];
  return createHash('sha256').update(`intercede response receipt v1\n${formId}\n${JSON.stringify(sent)}`).digest('base64url');
}

function sealKey(formId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', formId, 'intercede response receipt', 'sealed link v1', 32));
}

/** `value` encrypted under the form id's key (iv ‖ tag ‖ ciphertext, base64url). */
export function seal(formId: string, value: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealKey(formId), iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** What seal() sealed, or null when the form id is not the one it was sealed with or the text was altered. */
export function unseal(formId: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(formId), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
