import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../platform/auth/actor.js';
import type { Tables } from '../platform/db/tables.js';
import { AppError } from '../platform/errors.js';
import { AuditRepository } from './audit.repository.js';
import { presentAuditEvent, type AuditEventView } from './audit-event.presenter.js';
import type { Clock } from './clock.js';
import { auditEventPolicy } from './policies/audit-event.policy.js';

/** Small, structured facts only: ids, roles, counts. Never secrets, never what someone wrote. */
export type AuditDetails = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** One sensitive action, e.g. `{ action: 'prayer_request.viewed', subject: { type: 'prayer_request', id } }`. */
export interface AuditEvent {
  /** `domain.verb` in snake case, e.g. `user.roles_changed`. */
  readonly action: string;
  readonly subject?: { readonly type: string; readonly id?: string | null };
  readonly details?: AuditDetails;
}

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

let sequence = 0;

/**
 * Ids that sort in the order events were recorded (time, then a per-process counter, then randomness),
 * so that events of the same millisecond still list newest first.
 */
function eventId(at: Date): string {
  sequence = (sequence + 1) % 0x10000;
  return `${at.getTime().toString(16).padStart(12, '0')}${sequence.toString(16).padStart(4, '0')}${randomBytes(8).toString('hex')}`;
}
const PER_PAGE = 50;

/** Who did it, as the log shows it even after the account changes. */
function actorLabel(actor: Actor): { id: string | null; label: string } {
  if (actor.kind === 'user') return { id: actor.id, label: actor.email };
  if (actor.kind === 'system') return { id: null, label: actor.label };
  return { id: null, label: 'anonymous' };
}

/** The audit log: every domain records its sensitive actions here; admins read them. */
export class AuditService {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly clock: Clock,
  ) {}

  /**
   * Records that `actor` did `event`. Pass the transaction (`within`) when the action itself is written
   * in one, so that the event and the action commit or roll back together.
   */
  async record(actor: Actor, event: AuditEvent, within?: Kysely<Tables>): Promise<void> {
    if (!ACTION.test(event.action)) throw new Error(`audit action must look like "domain.verb" (got "${event.action}")`);
    const who = actorLabel(actor);
    const at = this.clock();
    await new AuditRepository(within ?? this.db).insert({
      id: eventId(at),
      occurred_at: at.toISOString(),
      actor_id: who.id,
      actor_label: who.label,
      action: event.action,
      subject_type: event.subject?.type ?? null,
      subject_id: event.subject?.id ?? null,
      details: JSON.stringify(event.details ?? {}),
    });
  }

  /** A page of the log, newest first, for admins; `page` counts from 1. */
  async list(
    actor: Actor,
    query: { page?: number; action?: string; subject?: { type: string; id?: string } } = {},
  ): Promise<{ events: AuditEventView[]; total: number; page: number; pages: number; actions: string[] }> {
    auditEventPolicy.authorize(actor, 'list');
    const page = Math.max(1, Math.floor(query.page ?? 1));
    if (query.action !== undefined && !ACTION.test(query.action)) throw new AppError('VALIDATION', 'action is not a known audit action');
    const repository = new AuditRepository(this.db);
    const { events, total } = await repository.list({ action: query.action, subject: query.subject, limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    return { events: events.map(presentAuditEvent), total, page, pages: Math.max(1, Math.ceil(total / PER_PAGE)), actions: await repository.actions() };
  }
}
