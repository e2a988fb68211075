/** Shared pieces of the outbox and notification tests: a movable clock and a mailer that can misbehave. */
import type { Mailer, OutgoingMail } from '../../src/platform/mail/mailer.js';

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
