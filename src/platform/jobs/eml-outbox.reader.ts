/**
 * The development mailbox: without SMTP_URL, each message is an .eml file in DATA_DIR/outbox/ (see
 * OutboxMailer). This lists and opens them for the admin page. File names are checked against the
 * directory's own listing, so a request can never reach another path.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEml, type ParsedEml } from './eml.parser.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,200}\.eml$/;

/** One message in the list. */
export interface EmlSummary {
  readonly name: string;
  readonly subject: string;
  readonly to: string;
  /** From the Date header, else the file's time. */
  readonly date: string;
}

export class EmlOutboxReader {
  constructor(readonly directory: string) {}

  private async names(): Promise<string[]> {
    try {
      return (await readdir(this.directory)).filter((n) => NAME.test(n));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** The newest `limit` messages, newest first, and how many there are in all. */
  async list(limit: number): Promise<{ messages: EmlSummary[]; total: number }> {
    // Names start with the time they were written, so sorting names sorts by time.
    const names = (await this.names()).sort().reverse();
    const messages: EmlSummary[] = [];
    for (const name of names.slice(0, limit)) {
      const path = join(this.directory, name);
      const parsed = parseEml(await readFile(path, 'utf8'));
      messages.push({ name, subject: parsed.subject, to: parsed.to, date: parsed.date ?? (await stat(path)).mtime.toISOString() });
    }
    return { messages, total: names.length };
  }

  /** One message by file name, or undefined when there is no such file in the directory. */
  async read(name: string): Promise<(ParsedEml & { name: string }) | undefined> {
    if (!NAME.test(name) || !(await this.names()).includes(name)) return undefined;
    return { ...parseEml(await readFile(join(this.directory, name), 'utf8')), name };
  }
}
