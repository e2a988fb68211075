// Postal code formats of the countries the directory knows well, as data; any other country gets a
// generic rule. Each format matches the normalised code (upper case, single spaces).

interface PostalFormat {
  /** The whole code, after normalising. */
  readonly pattern: RegExp;
  /** An example shown in the error message, so the person sees what is expected. */
  readonly example: string;
  /** Puts the usual space back where people leave it out ("SW1A1AA" → "SW1A 1AA"). */
  readonly format?: (compact: string) => string;
}

const spaceBeforeLast3 = (compact: string) => `${compact.slice(0, -3)} ${compact.slice(-3)}`;

const FORMATS: Readonly<Record<string, PostalFormat>> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '60601' },
  // Spain: the first two digits are the province, 01–52.
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28013' },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$/, example: 'SW1A 1AA', format: spaceBeforeLast3 },
  MX: { pattern: /^\d{5}$/, example: '06000' },
  // Canada: letters D, F, I, O, Q, U are never used; W and Z never first.
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, example: 'K1A 0B1', format: spaceBeforeLast3 },
  DE: { pattern: /^\d{5}$/, example: '10117' },
  FR: { pattern: /^\d{5}$/, example: '75004' },
  IT: { pattern: /^\d{5}$/, example: '00186' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1100-148', format: (c) => (/^\d{7}$/.test(c) ? `${c.slice(0, 4)}-${c.slice(4)}` : c) },
  NL: { pattern: /^\d{4} [A-Z]{2}$/, example: '1012 JS', format: (c) => (/^\d{4}[A-Z]{2}$/.test(c) ? `${c.slice(0, 4)} ${c.slice(4)}` : c) },
  BR: { pattern: /^\d{5}-\d{3}$/, example: '01310-100', format: (c) => (/^\d{8}$/.test(c) ? `${c.slice(0, 5)}-${c.slice(5)}` : c) },
  AR: { pattern: /^([A-Z]\d{4}[A-Z]{3}|\d{4})$/, example: 'C1002AAP' },
  CO: { pattern: /^\d{6}$/, example: '110111' },
  CL: { pattern: /^\d{7}$/, example: '8320000' },
  PE: { pattern: /^\d{5}$/, example: '15001' },
  AU: { pattern: /^\d{4}$/, example: '2000' },
  PH: { pattern: /^\d{4}$/, example: '1000' },
  IN: { pattern: /^\d{6}$/, example: '110001' },
};

/** Does this country have a format (and so a required postal code)? */
export function hasPostalFormat(country: string): boolean {
  return Object.prototype.hasOwnProperty.call(FORMATS, country);
}

/** An example code for the country's format, for messages. */
export function postalExample(country: string): string | undefined {
  return FORMATS[country]?.example;
}

/** The outcome of reading a postal code. */
export type PostalCheck = { readonly ok: true; readonly value: string } | { readonly ok: false };

/**
 * Normalises and checks `raw` for `country`. Known countries: their format. Others: 2–10 letters, digits,
 * spaces or hyphens with at least one digit (what postal codes around the world have in common).
 */
export function checkPostalCode(country: string, raw: string): PostalCheck {
  const normal = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const known = FORMATS[country];
  if (known) {
    const compact = normal.replace(/ /g, '');
    const candidates = [normal, known.format ? known.format(compact) : compact];
    const value = candidates.find((c) => known.pattern.test(c));
    return value ? { ok: true, value } : { ok: false };
  }
  return /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/.test(normal) && /\d/.test(normal) ? { ok: true, value: normal } : { ok: false };
}
