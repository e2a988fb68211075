import type { AuditEventView } from '../audit-event.presenter.js';
import { EN, type AnyMessageKey } from '../../platform/i18n/catalogues.js';
import type { PageContext } from '../../web/page-context.js';
import { Table } from '../../web/views/table.js';
import { formatDateTime } from './format.js';

/** An action's words when the catalogues have them (`audit.<action>`), else its code (other domains' actions). */
function actionLabel(ctx: PageContext, action: string): string {
  const key = `audit.${action}`;
  return Object.prototype.hasOwnProperty.call(EN, key) ? ctx.t(key as AnyMessageKey) : action;
}

/** Details as `key: value` pairs, lists joined. */
function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') || '—' : String(v)}`)
    .join('; ');
}

/** Audit events as a table: when, who, what, about what, details. */
export function AuditTable({ ctx, events, caption }: { ctx: PageContext; events: AuditEventView[]; caption: string }) {
  const { t } = ctx;
  if (events.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <Table caption={caption} columns={[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.subject'), t('audit.details')]}>
      {events.map((e) => (
        <tr key={e.id}>
          <td>{formatDateTime(ctx.locale, e.occurredAt)}</td>
          <td>{e.actor.label}</td>
          <td>{actionLabel(ctx, e.action)}</td>
          <td>
            {e.subject?.type === 'user' && e.subject.id ? (
              <a href={ctx.href(`/admin/people/${e.subject.id}`)}>{t('audit.person')}</a>
            ) : e.subject ? (
              `${e.subject.type}${e.subject.id ? ` ${e.subject.id}` : ''}`
            ) : (
              '—'
            )}
          </td>
          <td>{detailText(e.details)}</td>
        </tr>
      ))}
    </Table>
  );
}
