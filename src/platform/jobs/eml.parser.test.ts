import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { decodeWords, parseEml } from './eml.parser.js';

async function eml(mail: { subject: string; text: string; html?: string; textEncoding?: 'base64' | 'quoted-printable' }): Promise<string> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({ from: 'Intercede <no-reply@example.org>', to: 'ana@example.org', html: '<p>x</p>', ...mail, date: new Date('2026-11-26T09:00:00Z') });
  return (info.message as Buffer).toString('utf8');
}

describe('reading .eml files', () => {
  it('decodes a Spanish subject and a quoted-printable plain-text part from the multipart message nodemailer writes', async () => {
    const text = 'Hola, Ana:\n\nUna persona de nuestro equipo oró por ti — «ánimo».\nhttps://prayer.example.org/unsubscribe/' + 'x'.repeat(90) + '\n';
    const parsed = parseEml(await eml({ subject: 'Alguien oró por ti — «ánimo» con un asunto largo que se pliega en varias líneas', text }));
    expect(parsed.subject).toBe('Alguien oró por ti — «ánimo» con un asunto largo que se pliega en varias líneas');
    expect(parsed.to).toBe('ana@example.org');
    expect(parsed.date).toBe('2026-11-26T09:00:00.000Z');
    expect(parsed.text).toBe(text);
  });

  it('decodes base64 parts and words', async () => {
    const parsed = parseEml(await eml({ subject: 'Plain', text: 'Señal ✓\n', textEncoding: 'base64' }));
    expect(parsed.text).toBe('Señal ✓\n');
    expect(decodeWords('=?UTF-8?B?w7Fhbmo=?= =?UTF-8?Q?=C3=BA?=')).toBe('ñanjú');
  });

  it('copes with a message that is not MIME', () => {
    const parsed = parseEml('Subject: hi\nTo: a@b.c\n\nbody\n');
    expect(parsed).toMatchObject({ subject: 'hi', to: 'a@b.c', date: null, text: 'body\n' });
  });
});
