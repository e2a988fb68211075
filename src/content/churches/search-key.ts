// The folded forms search compares, computed here rather than in SQL so that SQLite and PostgreSQL
// (whose lower() and collations differ, and neither strips accents by default) behave the same.

const MARKS = /\p{M}/gu;

/** Lower case without accents or repeated spaces: "  Iglesia de San José " → "iglesia de san jose". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
}

/** A postal code as search compares it: upper-case letters and digits only ("sw1a 1aa" → "SW1A1AA"). */
export function postalKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '').toUpperCase();
}
