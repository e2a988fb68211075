import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../db/tables.js';
import type { Mailer, OutgoingMail } from '../mail/mailer.js';
import { PermanentJobError, RetryLaterError } from './job-errors.js';
import { OutboxSendRepository } from './outbox-send.repository.js';

/** One message an outbox handler wants sent, under a key that names it within the whole outbox. */
export interface MailToDeliver {
  /** The sent key: the outbox event id plus the recipient's part, e.g. `<event id>:pastor:<user id>`. */
  readonly key: string;
  readonly outboxId: string;
  readonly worker: string;
  readonly now: Date;
  readonly mail: OutgoingMail;
  /** Runs in the same transaction that records the message as sent (e.g. "first prayer notified at"). */
  readonly after?: (trx: Transaction<Tables>) => Promise<void>;
}

/**
 * Sends each message at most once, although the outbox delivers events at least once.
 *
 * The outbox may run a handler twice: a worker can crash (or stall past its lock) after its mail went
 * out but before the event was marked delivered, and the event then comes back. SMTP has no
 * transaction we can join, so the send itself is bracketed by a ledger keyed by a "sent key":
 *
 *   1. reserve the key (a unique insert, committed): only one worker can hold it;
 *   2. hand the message to the transport;
 *   3. in one transaction, mark the key sent together with the handler's own bookkeeping (`after`) —
 *      and, for an event's last message, with marking the event delivered (the worker's completion).
 *
 * On a later run of the same event, a key already `sent` is skipped — the crash between "sent" and
 * "event delivered" costs nothing. A transport error means the server did not take the message, so the
 * reservation is dropped and the event retried. A key still `sending` means another worker holds it
 * (wait) or one died inside step 2, when we cannot know whether the server took the message: we
 * choose never to send twice, so such an event fails as `MAIL_UNCERTAIN` and an admin can send it
 * again from /admin/outbox. Every message also carries a Message-ID derived from its key, so even a
 * resend the admin chooses is recognisable as the same message to mail clients.
 */
export class MailDelivery {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly mailer: Mailer,
    private readonly options: { readonly messageIdHost: string; readonly staleMs: number },
  ) {}

  /** The Message-ID header of the message sent under `key`. */
  messageId(key: string): string {
    return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${this.options.messageIdHost}>`;
  }

  /**
   * Reserves the key and hands the message to the transport; returns what `record` must write, or
   * `skipped` when the key was sent already. Until `record` runs, the key stays `sending`.
   */
  async send(input: MailToDeliver): Promise<SentMail | 'skipped'> {
    const ledger = new OutboxSendRepository(this.db);
    const messageId = this.messageId(input.key);
    const reserved = await ledger.reserve({ key: input.key, outboxId: input.outboxId, worker: input.worker, messageId, startedAt: input.now.toISOString() });
    if (!reserved) {
      const row = await ledger.find(input.key);
      if (!row || row.state === 'sent') return 'skipped';
      const age = input.now.getTime() - Date.parse(row.started_at);
      if (age < this.options.staleMs) throw new RetryLaterError('another worker is sending this message', this.options.staleMs - age);
      throw new PermanentJobError('MAIL_UNCERTAIN: a worker stopped while handing this message to the mail server; it may or may not have been sent');
    }
    try {
      await this.mailer.send({ ...input.mail, headers: { ...input.mail.headers, 'Message-ID': messageId } });
    } catch (err) {
      await ledger.forget(input.key, input.worker);
      throw err;
    }
    return { key: input.key, worker: input.worker, at: input.now.toISOString(), after: input.after };
  }

  /** Marks a sent message `sent` and runs its bookkeeping, in `trx` (the caller's step) or a transaction of its own. */
  async record(sent: SentMail, trx?: Transaction<Tables>): Promise<void> {
    const write = async (t: Transaction<Tables>) => {
      await new OutboxSendRepository(t).markSent(sent.key, sent.worker, sent.at);
      await sent.after?.(t);
    };
    if (trx) return write(trx);
    if (!sent.after) {
      await new OutboxSendRepository(this.db).markSent(sent.key, sent.worker, sent.at);
      return;
    }
    await this.db.transaction().execute(write);
  }
}

/** A message the transport accepted, waiting to be recorded as sent. */
export interface SentMail {
  readonly key: string;
  readonly worker: string;
  readonly at: string;
  readonly after?: (trx: Transaction<Tables>) => Promise<void>;
}
