/**
 * The admin's view of the outbox: queued, delivered and failed events, sending a failed one again, and
 * — when there is no SMTP server — the messages written to DATA_DIR/outbox/ as .eml files.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { Tables } from '../db/tables.js';
import { AppError } from '../errors.js';
import { invalidFields } from '../field-errors.js';
import type { EmlOutboxReader, EmlSummary } from './eml-outbox.reader.js';
import { OutboxRepository, type OutboxStatus } from './outbox.repository.js';
import { OutboxSendRepository } from './outbox-send.repository.js';
import { outboxPolicy } from './outbox.policy.js';
import { presentOutboxEvent, type OutboxEventView } from './outbox.presenter.js';

const PER_PAGE = 50;
const MAIL_SHOWN = 100;
const STATUSES: readonly OutboxStatus[] = ['pending', 'failed', 'delivered'];

/** Records admins' actions (the accounts audit log fits). */
export interface AuditRecorder {
  record(actor: Actor, event: { action: string; subject?: { type: string; id?: string | null }; details?: Readonly<Record<string, string | number | boolean | null>> }): Promise<void>;
}

/** The page's data. */
export interface OutboxOverview {
  readonly counts: Record<OutboxStatus, number>;
  readonly status: OutboxStatus;
  readonly events: OutboxEventView[];
  readonly page: number;
  readonly pages: number;
  /** Null when mail goes over SMTP (nothing is written to disk). */
  readonly mail: { readonly messages: EmlSummary[]; readonly total: number } | null;
}

/** A message written to disk, as an admin reads it. */
export interface MailView {
  readonly name: string;
  readonly subject: string;
  readonly to: string;
  readonly date: string | null;
  readonly messageId: string | null;
  /** The plain-text part with private links (requesters' pages, unsubscribe, invitations, resets) hidden. */
  readonly text: string;
}

/**
 * Private links give whoever holds them a requester's request (pastoral ones included) or someone's
 * account; an admin reading the development mailbox needs to see that a link was sent, not the link.
 */
export function hideSecretLinks(text: string): string {
  return text.replace(/\/(r|unsubscribe|invite|reset|u|plans\/s|plans\/d)\/[A-Za-z0-9._~%-]+/g, '/$1/[private link hidden]');
}

/** Parses the `status` filter; VALIDATION naming the field when it is not one of the statuses. */
export function parseStatus(value: unknown): OutboxStatus {
  if (value === undefined || value === '') return 'pending';
  if (typeof value === 'string' && (STATUSES as readonly string[]).includes(value)) return value as OutboxStatus;
  throw invalidFields({ status: 'unknown' }, 'status must be pending, failed or delivered');
}

export class OutboxService {
  constructor(
    private readonly deps: {
      readonly db: Kysely<Tables>;
      /** The development mailbox; absent when SMTP_URL is set. */
      readonly mailbox?: EmlOutboxReader;
      readonly audit?: AuditRecorder;
      readonly clock?: () => Date;
    },
  ) {}

  /** Counts, a page of events in one status, and the development mailbox. */
  async overview(actor: Actor, query: { status?: unknown; page?: number } = {}): Promise<OutboxOverview> {
    outboxPolicy.authorize(actor, 'list');
    const status = parseStatus(query.status);
    const repository = new OutboxRepository(this.deps.db);
    const counts = await repository.counts();
    const pages = Math.max(1, Math.ceil(counts[status] / PER_PAGE));
    const page = Math.min(pages, Math.max(1, Math.floor(query.page ?? 1)));
    const events = (await repository.list(status, PER_PAGE, (page - 1) * PER_PAGE)).map(presentOutboxEvent);
    const mail = this.deps.mailbox ? await this.deps.mailbox.list(MAIL_SHOWN) : null;
    return { counts, status, events, page, pages, mail };
  }

  /** One message of the development mailbox; NOT_FOUND when there is none (or mail goes over SMTP). */
  async mail(actor: Actor, name: string): Promise<MailView> {
    outboxPolicy.authorize(actor, 'readMail');
    const message = await this.deps.mailbox?.read(name);
    if (!message) throw new AppError('NOT_FOUND');
    return {
      name: message.name,
      subject: message.subject,
      to: message.to,
      date: message.date,
      messageId: message.headers.get('message-id') ?? null,
      text: hideSecretLinks(message.text ?? ''),
    };
  }

  /**
   * Queues a failed event again from its first attempt. Messages of it already sent stay sent; one
   * whose sending was cut off (MAIL_UNCERTAIN) is sent again — the admin's call, having checked.
   */
  async retry(actor: Actor, id: string): Promise<void> {
    outboxPolicy.authorize(actor, 'retry');
    const repository = new OutboxRepository(this.deps.db);
    const row = await repository.find(id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!row.failed_at) throw new AppError('CONFLICT', 'Only a failed event can be sent again.');
    const now = (this.deps.clock ?? (() => new Date()))().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new OutboxSendRepository(trx).forgetUnfinished(id);
      await new OutboxRepository(trx).requeue(id, now);
    });
    await this.deps.audit?.record(actor, { action: 'outbox.retried', subject: { type: 'outbox', id }, details: { topic: row.topic, attempts: Number(row.attempts) } });
  }
}
