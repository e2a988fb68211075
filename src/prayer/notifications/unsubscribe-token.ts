/**
 * One-click unsubscribe links (RFC 8058) without a table: the token is what it unsubscribes, signed.
 *
 *   token = base64url(target) "." base64url(first 128 bits of HMAC-SHA256(key, target))
 *   key   = HMAC-SHA256(SESSION_SECRET, "intercede unsubscribe link v1")
 *
 * A 128-bit MAC cannot be guessed or forged without the server's secret, so knowing a request's id
 * (ids appear in API paths) is not enough to unsubscribe someone. A signed token needs no storage,
 * works for every message ever sent, and can only do the one thing it names — stop emails — so there
 * is nothing to revoke. Changing SESSION_SECRET retires all links (they then answer "not valid").
 * Targets are packed in bytes (a UUID in 16) so the whole link stays short enough for every router.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationKind } from '../../accounts/notification-preferences.js';

/** What a link unsubscribes: the requester of one request, a team member from some kinds of email, or one follow-up journey. */
export type UnsubscribeTarget =
  | { readonly kind: 'request'; readonly requestId: string }
  | { readonly kind: 'user'; readonly userId: string; readonly notifications: readonly NotificationKind[] }
  | { readonly kind: 'journey'; readonly journeyId: string };

/** Bit of each kind in a token. Append only: a token's bits must keep their meaning. */
const KIND_BITS: readonly NotificationKind[] = ['requestUpdates', 'commitmentReminders', 'crisisAlerts', 'moderationDigest'];

const TYPE = { requestUuid: 1, requestText: 2, userUuid: 3, userText: 4, journeyUuid: 5, journeyText: 6 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TEXT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAC_BYTES = 16;

function packId(id: string): { uuid: boolean; bytes: Buffer } {
  return UUID.test(id) ? { uuid: true, bytes: Buffer.from(id.replace(/-/g, ''), 'hex') } : { uuid: false, bytes: Buffer.from(id, 'utf8') };
}

function unpackId(bytes: Buffer, uuid: boolean): string | null {
  if (uuid) {
    if (bytes.length !== 16) return null;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const id = bytes.toString('utf8');
  return TEXT_ID.test(id) ? id : null;
}

function encode(target: UnsubscribeTarget): string {
  if (target.kind === 'request') {
    const { uuid, bytes } = packId(target.requestId);
    return Buffer.concat([Buffer.from([uuid ? TYPE.requestUuid : TYPE.requestText]), bytes]).toString('base64url');
  }
  if (target.kind === 'journey') {
    const { uuid, bytes } = packId(target.journeyId);
    return Buffer.concat([Buffer.from([uuid ? TYPE.journeyUuid : TYPE.journeyText]), bytes]).toString('base64url');
  }
  const { uuid, bytes } = packId(target.userId);
  const mask = target.notifications.reduce((m, k) => m | (1 << KIND_BITS.indexOf(k)), 0);
  return Buffer.concat([Buffer.from([uuid ? TYPE.userUuid : TYPE.userText, mask]), bytes]).toString('base64url');
}

function decode(body: string): UnsubscribeTarget | null {
  const bytes = Buffer.from(body, 'base64url');
  const type = bytes[0];
  if (type === TYPE.requestUuid || type === TYPE.requestText) {
    const requestId = unpackId(bytes.subarray(1), type === TYPE.requestUuid);
    return requestId ? { kind: 'request', requestId } : null;
  }
  if (type === TYPE.userUuid || type === TYPE.userText) {
    const mask = bytes[1] ?? 0;
    const userId = unpackId(bytes.subarray(2), type === TYPE.userUuid);
    const notifications = KIND_BITS.filter((_k, i) => mask & (1 << i));
    return userId && notifications.length ? { kind: 'user', userId, notifications } : null;
  }
  if (type === TYPE.journeyUuid || type === TYPE.journeyText) {
    const journeyId = unpackId(bytes.subarray(1), type === TYPE.journeyUuid);
    return journeyId ? { kind: 'journey', journeyId } : null;
  }
  return null;
}

/** Issues and checks unsubscribe tokens with a key derived from the session secret. */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    // A key of its own, so that no other signature made with the session secret can pass for a token.
    this.key = createHmac('sha256', sessionSecret).update('intercede unsubscribe link v1').digest();
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }

  /** The token for `target`. */
  issue(target: UnsubscribeTarget): string {
    const body = encode(target);
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** What a token unsubscribes, or null when it is malformed or not signed by us (compared in constant time). */
  verify(token: string): UnsubscribeTarget | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const dot = token.indexOf('.');
    if (dot <= 0) return null;
    const body = token.slice(0, dot);
    const signature = token.slice(dot + 1);
    const presented = Buffer.from(signature, 'base64url');
    // Only the canonical spelling counts: base64url's last character carries unused bits, and a token
    // that differs only there must not pass as the same token.
    if (presented.toString('base64url') !== signature) return null;
    const expected = this.mac(body);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
    return decode(body);
  }
}
