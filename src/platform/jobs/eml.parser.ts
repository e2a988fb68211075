/**
 * Reads the .eml files the development mailer writes (RFC 5322 with MIME, as nodemailer produces them):
 * the headers people look for and the plain-text part, decoded. Enough for the admin page to list and
 * show messages; not a general mail parser.
 */

/** A message as the admin page shows it. */
export interface ParsedEml {
  readonly headers: ReadonlyMap<string, string>;
  readonly subject: string;
  readonly to: string;
  readonly date: string | null;
  /** The text/plain part, decoded; null when the message has none. */
  readonly text: string | null;
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { head: raw, body: '' };
  const gap = raw.slice(at).match(/^\r?\n\r?\n/)![0].length;
  return { head: raw.slice(0, at), body: raw.slice(at + gap) };
}

/** Header fields, names lower-cased, folded lines joined (the first occurrence of a name wins). */
function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function bytesToText(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function quotedPrintableBytes(text: string, underscoreIsSpace: boolean): Buffer {
  const source = (underscoreIsSpace ? text.replace(/_/g, ' ') : text).replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      out.push(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      out.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(out);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`); whitespace between two of them goes. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_whole, charset: string, encoding: string, data: string) =>
      bytesToText(encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data, true), charset),
    );
}

function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return match ? (match[2] ?? match[1]) : undefined;
}

function decodeBody(body: string, headers: Map<string, string>): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const charset = parameter(headers.get('content-type') ?? '', 'charset') ?? 'utf-8';
  if (encoding === 'base64') return bytesToText(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return bytesToText(quotedPrintableBytes(body, false), charset);
  return bytesToText(Buffer.from(body, 'latin1'), charset);
}

/** The text/plain part of an entity, looking inside multipart ones. */
function plainText(headers: Map<string, string>, body: string, depth = 0): string | null {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = parameter(headers.get('content-type') ?? '', 'boundary');
    if (!boundary) return null;
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const { head, body: partBody } = splitHead(part.replace(/^\r?\n/, ''));
      const found = plainText(parseHeaders(head), partBody.replace(/\r?\n$/, ''), depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  return type.startsWith('text/plain') ? decodeBody(body, headers).replace(/\r\n/g, '\n') : null;
}

/** Parses one .eml file's text. */
export function parseEml(raw: string): ParsedEml {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const date = headers.get('date');
  const parsedDate = date ? new Date(date) : null;
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    to: decodeWords(headers.get('to') ?? ''),
    date: parsedDate && !Number.isNaN(parsedDate.getTime()) ? parsedDate.toISOString() : null,
    text: plainText(headers, body),
  };
}
