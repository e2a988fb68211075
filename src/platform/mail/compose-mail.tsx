import { renderToString } from 'preact-render-to-string';
import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import type { OutgoingMail } from './mailer.js';

/** What a message says, once; `composeMail` writes it as plain text and as HTML. */
export interface MailContent {
  readonly locale: Locale;
  readonly subject: string;
  /** Opening line, e.g. "Hello Ana,". */
  readonly greeting?: string;
  readonly paragraphs: readonly string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  readonly action?: { readonly label: string; readonly url: string };
  /** Lines after the action, e.g. how long the link works. */
  readonly after?: readonly string[];
  /** Why this person receives this message (every message says it). */
  readonly reason: string;
  /** Adds one-click unsubscribe (RFC 8058): a footer link and the List-Unsubscribe headers. */
  readonly unsubscribeUrl?: string;
}

/** The opening line every mail shares: "Hello Ana," or, without a name, "Hello," (in Spanish "Hola, Ana:" / "Hola:"). */
export function mailGreeting(locale: Locale, name: string | null): string {
  const t = translator(locale);
  return name ? t('mail.greetingName', { name }) : t('mail.greeting');
}

const wrap = 'max-width:34rem;margin:0 auto;padding:24px;font:16px/1.6 system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1d2327;background:#fdfcf9';
const button = 'display:inline-block;padding:10px 18px;background:#21506b;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:600';
const small = 'font-size:14px;color:#4a5560;border-top:1px solid #d8d4cb;padding-top:12px;margin-top:24px';

function Html({ content }: { content: MailContent }) {
  const t = translator(content.locale);
  return (
    <html lang={content.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{content.subject}</title>
      </head>
      <body style="margin:0;background:#fdfcf9">
        <div style={wrap}>
          {content.greeting && <p>{content.greeting}</p>}
          {content.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {content.action && (
            <>
              <p>
                <a href={content.action.url} style={button}>
                  {content.action.label}
                </a>
              </p>
              <p style="font-size:14px;word-break:break-all">
                {t('mail.linkFallback')} <a href={content.action.url}>{content.action.url}</a>
              </p>
            </>
          )}
          {content.after?.map((p, i) => (
            <p key={`a${i}`}>{p}</p>
          ))}
          <p>{t('mail.signature')}</p>
          <p style={small}>
            {content.reason}
            {content.unsubscribeUrl && (
              <>
                {' '}
                <a href={content.unsubscribeUrl}>{t('mail.unsubscribe')}</a>
              </>
            )}
          </p>
        </div>
      </body>
    </html>
  );
}

/** Writes the message as a plain-text part and an HTML part, with a footer saying why it was sent. */
export function composeMail(to: string, content: MailContent): OutgoingMail {
  const t = translator(content.locale);
  const text = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.after ?? []),
    t('mail.signature'),
    `--\n${content.reason}${content.unsubscribeUrl ? `\n${t('mail.unsubscribe')}: ${content.unsubscribeUrl}` : ''}`,
  ].join('\n\n');
  const html = `<!doctype html>${renderToString(<Html content={content} />)}`;
  const headers: Record<string, string> = { 'Content-Language': content.locale };
  if (content.unsubscribeUrl) {
    headers['List-Unsubscribe'] = `<${content.unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return { to, subject: content.subject, text: text + '\n', html, headers };
}
