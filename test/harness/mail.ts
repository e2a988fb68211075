import type { Mailer, OutgoingMail } from '../../src/platform/mail/mailer.js';

/** A mailer that keeps messages in memory, for tests to read. */
export class MemoryMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];

  async send(mail: OutgoingMail): Promise<void> {
    this.sent.push(mail);
  }

  async close(): Promise<void> {}

  /** Messages to one address, oldest first. */
  to(address: string): OutgoingMail[] {
    return this.sent.filter((m) => m.to === address);
  }

  /** The first link in the newest message to `address` whose path starts with `prefix` (e.g. `/invite/`). */
  linkTo(address: string, prefix: string): string {
    const mail = this.to(address).at(-1);
    if (!mail) throw new Error(`no mail to ${address}`);
    const match = new RegExp(`https?://[^\\s"<>]*${prefix.replace(/\//g, '\\/')}[A-Za-z0-9_-]+`).exec(mail.text);
    if (!match) throw new Error(`no ${prefix} link in mail to ${address}`);
    return new URL(match[0]).pathname;
  }
}
