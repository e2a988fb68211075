/** Shared pieces of the outbox and notification tests: a movable clock and a mailer that can misbehave. */
import type { Mailer, OutgoingMail } from '../../src/platform/mail/mailer.js';
import type { Kysely } from 'kysely';
import type { Accounts } from '../../src/accounts/accounts.js';
import type { Tables } from '../../src/platform/db/tables.js';
import { OutboxWorker } from '../../src/platform/jobs/outbox.worker.js';
import { registerLifecycle } from '../../src/prayer/lifecycle/lifecycle.js';
import { NotificationLinks } from '../../src/prayer/notifications/notification-links.js';
import { registerNotifications } from '../../src/prayer/notifications/notifications.js';
import { UnsubscribeTokens } from '../../src/prayer/notifications/unsubscribe-token.js';
import { SettingsRepository } from '../../src/prayer/settings/settings.repository.js';

/** A clock tests move by hand; every worker of a test reads the same one. */
export class ManualClock {
  constructor(public current = new Date('2026-11-26T09:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.current);
  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  /** Sets the time. */
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/**
 * Keeps every message it accepts. `failNext` refuses the next messages as a down server would;
 * `hangAfterAccept` takes the next message and then never answers, as a process that died in the
 * middle of the SMTP conversation (after the server took the message) looks from outside.
 */
export class CapturingMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failNext = 0;
  hangAfterAccept = false;

  async send(mail: OutgoingMail): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw Object.assign(new Error(`421 try again later for <${mail.to}>`), { code: 'ECONNECTION' });
    }
    this.sent.push(mail);
    if (this.hangAfterAccept) {
      this.hangAfterAccept = false;
      await new Promise<never>(() => undefined);
    }
  }

  async close(): Promise<void> {}

  /** Messages to one address. */
  to(address: string): OutgoingMail[] {
    return this.sent.filter((m) => m.to === address);
  }
}

/** A plain message for tests of the worker itself. */
export function testMail(to: string, subject = 'Test'): OutgoingMail {
  return { to, subject, text: `${subject}\n`, html: `<p>${subject}</p>` };
}

export const TEST_SECRET = 'test-session-secret-that-is-long-enough-123';
export const TEST_BASE_URL = 'https://prayer.example.org';

/** A worker with every notification and lifecycle handler, on a test clock and a capturing mailer. */
export function prayerWorker(db: Kysely<Tables>, deps: { mailer: Mailer; clock: ManualClock; accounts: Accounts }): OutboxWorker {
  const worker = new OutboxWorker({ db, mailer: deps.mailer, messageIdHost: 'prayer.example.org', now: deps.clock.now });
  const settings = new SettingsRepository(db);
  registerNotifications(worker, { db, users: deps.accounts.users, links: new NotificationLinks(TEST_BASE_URL), tokens: new UnsubscribeTokens(TEST_SECRET), settings });
  registerLifecycle(worker, { db, settings });
  return worker;
}
