import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { Mailer } from './mailer.js';
import { OutboxMailer, SmtpMailer } from './nodemailer.mailer.js';

/** SMTP when `SMTP_URL` is set, else .eml files in `DATA_DIR/outbox/`. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'dataDir' | 'mailFrom'>): Mailer {
  return config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer(join(config.dataDir, 'outbox'), config.mailFrom);
}
