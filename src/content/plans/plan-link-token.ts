/**
 * Signed links in plan emails, each good for one thing only:
 *   - `stop`: stop the daily plan emails of one subscription (one-click unsubscribe), nothing else;
 *   - `day`:  open one day of one subscription and mark that day done, nothing else.
 * The private link (`/plans/s/<token>`) is stored only hashed, so a daily email cannot carry it; these
 * need no storage instead:
 *
 *   token = base64url(purpose ‖ subscription uuid ‖ [day u16]) "." base64url(first 128 bits of HMAC-SHA256(key, body))
 *   key   = HMAC-SHA256(SESSION_SECRET, "intercede plan links v1")
 *
 * A key of its own means no other signature made with the session secret can pass for one; the purpose
 * byte is signed, so a day link cannot be turned into a stop link or the other way round.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link does. */
export type PlanLink = { readonly purpose: 'stop'; readonly subscriptionId: string } | { readonly purpose: 'day'; readonly subscriptionId: string; readonly day: number };

const PURPOSE = { stop: 1, day: 2 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC_BYTES = 16;

function unpackUuid(bytes: Buffer): string | null {
  if (bytes.length !== 16) return null;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Issues and checks the signed plan links with a key derived from the session secret. */
export class PlanLinkTokens {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = createHmac('sha256', sessionSecret).update('intercede plan links v1').digest();
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }

  /** The token for a link. */
  issue(link: PlanLink): string {
    if (!UUID.test(link.subscriptionId)) throw new Error('plan links name a subscription by its uuid');
    const id = Buffer.from(link.subscriptionId.replace(/-/g, ''), 'hex');
    const parts = [Buffer.from([PURPOSE[link.purpose]]), id];
    if (link.purpose === 'day') {
      const day = Buffer.alloc(2);
      day.writeUInt16BE(link.day);
      parts.push(day);
    }
    const body = Buffer.concat(parts).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** What a token does, or null when it is malformed or not signed by us (compared in constant time). */
  verify(token: unknown, purpose?: PlanLink['purpose']): PlanLink | null {
    if (typeof token !== 'string' || token.length > 120) return null;
    const dot = token.indexOf('.');
    if (dot <= 0) return null;
    const body = token.slice(0, dot);
    const signature = token.slice(dot + 1);
    const presented = Buffer.from(signature, 'base64url');
    // Only the canonical spelling counts (base64url's last character carries unused bits).
    if (presented.toString('base64url') !== signature || Buffer.from(body, 'base64url').toString('base64url') !== body) return null;
    const expected = this.mac(body);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
    const bytes = Buffer.from(body, 'base64url');
    let link: PlanLink | null = null;
    if (bytes[0] === PURPOSE.stop && bytes.length === 17) {
      const id = unpackUuid(bytes.subarray(1));
      link = id ? { purpose: 'stop', subscriptionId: id } : null;
    } else if (bytes[0] === PURPOSE.day && bytes.length === 19) {
      const id = unpackUuid(bytes.subarray(1, 17));
      const day = bytes.readUInt16BE(17);
      link = id && day > 0 ? { purpose: 'day', subscriptionId: id, day } : null;
    }
    if (!link || (purpose && link.purpose !== purpose)) return null;
    return link;
  }
}
