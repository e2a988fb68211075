import type { Kysely } from 'kysely';
import type { AuditEventTable, Tables } from '../platform/db/tables.js';

/** Filters for reading the audit log. */
export interface AuditQuery {
  readonly action?: string;
  readonly subject?: { readonly type: string; readonly id?: string };
  readonly actorId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The append-only audit log: rows are inserted and read, never updated. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Appends one event. */
  async insert(row: AuditEventTable): Promise<void> {
    await this.db.insertInto('audit_events').values(row).execute();
  }

  /** A page of events, newest first, and how many match in all. */
  async list(query: AuditQuery): Promise<{ events: AuditEventTable[]; total: number }> {
    let base = this.db.selectFrom('audit_events');
    if (query.action) base = base.where('action', '=', query.action);
    if (query.actorId) base = base.where('actor_id', '=', query.actorId);
    if (query.subject) {
      base = base.where('subject_type', '=', query.subject.type);
      if (query.subject.id) base = base.where('subject_id', '=', query.subject.id);
    }
    const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const events = await base.selectAll().orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
    return { events, total: Number(n) };
  }

  /** The distinct actions recorded so far, for the filter. */
  async actions(): Promise<string[]> {
    const rows = await this.db.selectFrom('audit_events').select('action').distinct().orderBy('action').execute();
    return rows.map((r) => r.action);
  }
}
