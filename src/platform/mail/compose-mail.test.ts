import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeMail, mailGreeting } from './compose-mail.js';
import { createMailer } from './create-mailer.js';
import { OutboxMailer } from './nodemailer.mailer.js';

const content = {
  locale: 'en' as const,
  subject: 'Someone prayed for you',
  greeting: 'Hello Ana,',
  paragraphs: ['A member of the prayer team prayed for your request today <3 & more.'],
  action: { label: 'See your request', url: 'https://prayer.example.org/r/abc?x=1&y=2' },
  reason: 'You receive this email because you asked for prayer and gave this address.',
};

describe('composing mail', () => {
  it('greets by name when there is one, in English and Spanish, and plainly when there is none', () => {
    expect(mailGreeting('en', 'Ana')).toBe('Hello Ana,');
    expect(mailGreeting('en', null)).toBe('Hello,');
    expect(mailGreeting('en', '')).toBe('Hello,');
    expect(mailGreeting('es', 'Lucía')).toBe('Hola, Lucía:');
    expect(mailGreeting('es', null)).toBe('Hola:');
  });

  it('writes a plain-text part and an escaped HTML part, both saying why it was sent', () => {
    const mail = composeMail('ana@example.org', content);
    expect(mail.text).toContain('Hello Ana,');
    expect(mail.text).toContain('See your request:\nhttps://prayer.example.org/r/abc?x=1&y=2');
    expect(mail.text).toContain(content.reason);
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain('today &lt;3 &amp; more.');
    expect(mail.html).toContain('href="https://prayer.example.org/r/abc?x=1&amp;y=2"');
    expect(mail.html).toContain(content.reason);
    expect(mail.headers?.['List-Unsubscribe']).toBeUndefined();
  });

  it('adds one-click unsubscribe when given an address for it', () => {
    const mail = composeMail('ana@example.org', { ...content, unsubscribeUrl: 'https://prayer.example.org/unsubscribe/tok' });
    expect(mail.headers).toMatchObject({ 'List-Unsubscribe': '<https://prayer.example.org/unsubscribe/tok>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.text).toContain('Unsubscribe: https://prayer.example.org/unsubscribe/tok');
  });

  it('speaks Spanish', () => {
    expect(composeMail('a@example.org', { ...content, locale: 'es' }).text).toContain('— El equipo de oración');
  });
});

describe('the outbox', () => {
  it('is used without SMTP_URL, and writes each message as a private .eml file with both parts and its headers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intercede-mail-'));
    const mailer = createMailer({ dataDir, smtpUrl: undefined, mailFrom: 'Intercede <no-reply@example.org>' });
    expect(mailer).toBeInstanceOf(OutboxMailer);
    await mailer.send(composeMail('ana@example.org', { ...content, unsubscribeUrl: 'https://prayer.example.org/unsubscribe/tok' }));
    const files = readdirSync(join(dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    const file = join(dataDir, 'outbox', files[0]);
    expect(statSync(file).mode & 0o077).toBe(0);
    const eml = readFileSync(file, 'utf8');
    expect(eml).toMatch(/^From: Intercede <no-reply@example\.org>$/m);
    expect(eml).toMatch(/^To: ana@example\.org$/m);
    expect(eml).toMatch(/^Subject: Someone prayed for you$/m);
    expect(eml).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(eml).toContain('Content-Type: text/plain');
    expect(eml).toContain('Content-Type: text/html');
    expect(eml).toContain('multipart/alternative');
  });
});
