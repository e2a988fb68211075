/**
 * One-click unsubscribe links for the person who submitted a listing: the token is the listing's id,
 * signed (the same construction as the prayer notifications' links, with a key of its own):
 *
 *   token = base64url(16-byte id) "." base64url(first 128 bits of HMAC-SHA256(key, that text))
 *   key   = HMAC-SHA256(SESSION_SECRET, "intercede church listing unsubscribe v1")
 *
 * It can do one thing — forget the submitter's address for that listing — so it needs no table and
 * nothing to revoke; a 128-bit tag cannot be forged from a listing id, which is public.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC_BYTES = 16;

export class ChurchUnsubscribeTokens {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = createHmac('sha256', sessionSecret).update('intercede church listing unsubscribe v1').digest();
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }

  /** The token for a listing (ids are UUIDs). */
  issue(churchId: string): string {
    if (!UUID.test(churchId)) throw new Error('church ids are UUIDs');
    const body = Buffer.from(churchId.replace(/-/g, ''), 'hex').toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The listing a token names, or null when it is malformed or not ours (compared in constant time). */
  verify(token: string): string | null {
    if (typeof token !== 'string' || token.length > 100) return null;
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const presented = Buffer.from(signature, 'base64url');
    // Only the canonical spelling: base64url's last character carries unused bits.
    if (presented.toString('base64url') !== signature) return null;
    const expected = this.mac(body);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
    const id = Buffer.from(body, 'base64url');
    if (id.length !== 16 || id.toString('base64url') !== body) return null;
    const hex = id.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
