/**
 * What the person who submitted a listing hears, when they left an address: that it was published,
 * or that it was not and why. Each email says why it was sent and carries one-click unsubscribe.
 */
import type { Kysely } from 'kysely';
import type { Tables } from '../../platform/db/tables.js';
import { localePath, type Locale } from '../../platform/i18n/locale.js';
import { PermanentJobError } from '../../platform/jobs/job-errors.js';
import type { OutboxHandler, OutboxWorker } from '../../platform/jobs/outbox.worker.js';
import { composeMail } from '../../platform/mail/compose-mail.js';
import { CHURCH_TOPICS } from './church.events.js';
import { ChurchRepository } from './church.repository.js';
import type { ChurchUnsubscribeTokens } from './church-unsubscribe-token.js';
import { churchMessages } from './churches.messages.js';

/** What the handlers need from the process. */
export interface ChurchNotifierDeps {
  readonly db: Kysely<Tables>;
  /** Public address, for links. */
  readonly baseUrl: string;
  readonly tokens: ChurchUnsubscribeTokens;
}

/** Registers the directory's outbox topics on `worker`. */
export function registerChurchNotifications(worker: OutboxWorker, deps: ChurchNotifierDeps): void {
  const send =
    (kind: 'published' | 'rejected'): OutboxHandler =>
    async (ctx) => {
      const churchId = ctx.payload.churchId;
      if (typeof churchId !== 'string' || !churchId) throw new PermanentJobError('the payload has no churchId');
      const row = await new ChurchRepository(deps.db).findById(churchId);
      // Unsubscribed meanwhile, or decided otherwise since (published after all, say): nothing to tell.
      if (!row?.submitter_email) return;
      if (kind === 'published' && row.status !== 'published') return;
      if (kind === 'rejected' && row.status !== 'rejected') return;
      const locale: Locale = row.submitter_locale === 'es' ? 'es' : 'en';
      const t = churchMessages(locale);
      const url = (path: string) => `${deps.baseUrl}${localePath(locale, path)}`;
      const names = { name: row.name, city: row.city };
      const common = {
        locale,
        reason: t('mail.reason', { site: new URL(deps.baseUrl).host }),
        unsubscribeUrl: url(`/churches/unsubscribe/${deps.tokens.issue(row.id)}`),
      };
      const content =
        kind === 'published'
          ? { ...common, subject: t('mail.published.subject', names), paragraphs: [t('mail.published.body', names)], action: { label: t('mail.published.action'), url: url(`/churches/${row.id}`) } }
          : {
              ...common,
              subject: t('mail.rejected.subject', names),
              paragraphs: [t('mail.rejected.body', names), row.rejection_reason ?? '', t('mail.rejected.again')].filter(Boolean),
              action: { label: t('mail.rejected.action'), url: url('/churches/new') },
            };
      await ctx.mail('submitter', composeMail(row.submitter_email, content));
    };
  worker.register(CHURCH_TOPICS.published, send('published'));
  worker.register(CHURCH_TOPICS.rejected, send('rejected'));
}
