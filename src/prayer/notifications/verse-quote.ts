import type { Locale } from '../../platform/i18n/locale.js';
import type { PassageService } from '../../scripture/passages/passage.types.js';
import type { QuotedVerse } from './mails/requester.mails.js';

/** A verse quotation stays short in an email. */
const MAX_VERSE_CHARS = 600;

/**
 * The verse an intercessor chose, with its text in the reader's language's default translation. When
 * the Bible is not installed (or the reference no longer resolves) the email still names the verse.
 */
export async function quoteVerse(passages: PassageService | undefined, locale: Locale, osis: string): Promise<QuotedVerse> {
  if (!passages) return { reference: osis, text: null };
  try {
    const result = await passages.lookup({ locale }, { reference: osis });
    const text = result.passages.map((p) => p.text).join(' ').trim();
    return { reference: result.reference, text: text.length > MAX_VERSE_CHARS ? `${text.slice(0, MAX_VERSE_CHARS - 1)}…` : text || null };
  } catch {
    return { reference: osis, text: null };
  }
}
