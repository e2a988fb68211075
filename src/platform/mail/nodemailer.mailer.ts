import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, OutgoingMail } from './mailer.js';

/** Sends over SMTP (`SMTP_URL`), e.g. `smtp://user:pass@host:587`. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...mail, headers: { ...mail.headers } });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

/**
 * Without SMTP_URL (development, tests, a first look), each message becomes an .eml file in
 * DATA_DIR/outbox/ that any mail client opens: the exact bytes SMTP would have carried.
 */
export class OutboxMailer implements Mailer {
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  constructor(readonly directory: string, private readonly from: string) {}

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.from, ...mail, headers: { ...mail.headers } });
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    // Time first so a directory listing reads in order; random suffix so two in one millisecond don't collide.
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
    writeFileSync(join(this.directory, name), info.message as Buffer, { mode: 0o600 });
  }

  async close(): Promise<void> {}
}
