import type { AuditEventTable } from '../platform/db/tables.js';

/** An audit event as admins see it. */
export interface AuditEventView {
  id: string;
  occurredAt: string;
  actor: { id: string | null; label: string };
  action: string;
  subject: { type: string; id: string | null } | null;
  details: Record<string, unknown>;
}

/** Presents a stored event. */
export function presentAuditEvent(row: AuditEventTable): AuditEventView {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
  } catch {
    // A row that is not JSON shows no details rather than failing the whole page.
  }
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actor: { id: row.actor_id, label: row.actor_label },
    action: row.action,
    subject: row.subject_type ? { type: row.subject_type, id: row.subject_id } : null,
    details,
  };
}
