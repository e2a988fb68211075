import { describe, expect, it } from 'vitest';
import { churchFields } from '../../../test/factories/church.factory.js';
import { AppError } from '../../platform/errors.js';
import { parseChurch, type ChurchFields } from './church.input.js';

function problemsOf(fields: ChurchFields): { field: unknown; fields: unknown; message: string } {
  try {
    parseChurch(fields);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION') return { field: err.details?.field, fields: err.details?.fields, message: err.message };
    throw err;
  }
  throw new Error('expected a VALIDATION error');
}

describe('reading a church listing', () => {
  it('accepts a full listing and normalises it', () => {
    const church = parseChurch(churchFields({ website: 'iglesia-sol.example.org', email: ' Ana@Example.org ', serviceTimes: 'Domingo 11:00\n\n  Miércoles   19:30 ' }));
    expect(church).toMatchObject({
      name: 'Iglesia Evangélica de Sol',
      postalCode: '28013',
      country: 'ES',
      latitude: 40.4153,
      longitude: -3.7074,
      website: 'https://iglesia-sol.example.org/',
      serviceTimes: ['Domingo 11:00', 'Miércoles 19:30'],
      languages: ['es', 'en'],
      email: 'ana@example.org',
    });
  });

  it('puts the usual space in British and Canadian postal codes, and accepts "s/n"', () => {
    expect(parseChurch(churchFields({ country: 'GB', postalCode: 'sw1a1aa', street: "St Mary's Church, High Street", city: 'London' })).postalCode).toBe('SW1A 1AA');
    expect(parseChurch(churchFields({ country: 'CA', postalCode: 'k1a0b1', city: 'Ottawa', street: '100 Wellington St' })).postalCode).toBe('K1A 0B1');
    expect(parseChurch(churchFields({ street: 'Plaza Mayor s/n' })).street).toBe('Plaza Mayor s/n');
    expect(parseChurch(churchFields({ country: 'KE', postalCode: '', city: 'Nairobi', street: 'Kenyatta Avenue 12' })).postalCode).toBe('');
  });

  const cases: Array<[string, ChurchFields, string, string]> = [
    ['no name', { name: '  ' }, 'name', 'missing'],
    ['a street of punctuation', { street: '--- ,,, ###' }, 'street', 'noName'],
    ['a street without a number', { street: 'Calle Mayor' }, 'street', 'noNumber'],
    ['a street of digits only', { street: '12345' }, 'street', 'noName'],
    ['a city with digits', { city: '28013' }, 'city', 'invalid'],
    ['a Spanish postal code outside the provinces', { postalCode: '99001' }, 'postalCode', 'format'],
    ['a US ZIP of four digits', { country: 'US', postalCode: '6060', city: 'Chicago', street: '735 N State St' }, 'postalCode', 'format'],
    ['a British code that is not one', { country: 'GB', postalCode: '12345', city: 'London' }, 'postalCode', 'format'],
    ['a Mexican code with letters', { country: 'MX', postalCode: '06A00' }, 'postalCode', 'format'],
    ['a Canadian code with a D', { country: 'CA', postalCode: 'D1A 0B1' }, 'postalCode', 'format'],
    ['a German code of four digits', { country: 'DE', postalCode: '1011' }, 'postalCode', 'format'],
    ['a French code with letters', { country: 'FR', postalCode: 'ABCDE' }, 'postalCode', 'format'],
    ['a generic code without digits', { country: 'KE', postalCode: 'ABC' }, 'postalCode', 'format'],
    ['a missing postal code where one is known', { postalCode: '' }, 'postalCode', 'missing'],
    ['an unknown country', { country: 'XX' }, 'country', 'unknown'],
    ['latitude 91', { latitude: '91' }, 'latitude', 'outOfRange'],
    ['latitude -90.5', { latitude: -90.5 }, 'latitude', 'outOfRange'],
    ['longitude 181', { longitude: '181' }, 'longitude', 'outOfRange'],
    ['longitude as text', { longitude: 'west' }, 'longitude', 'invalid'],
    ['latitude without longitude', { longitude: '' }, 'longitude', 'pair'],
    ['longitude without latitude', { latitude: null }, 'latitude', 'pair'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website', 'scheme'],
    ['an ftp website', { website: 'ftp://example.org' }, 'website', 'scheme'],
    ['a website without a host', { website: 'https://localhost' }, 'website', 'invalid'],
    ['no language', { languages: [] }, 'languages', 'missing'],
    ['an unknown language', { languages: ['xx'] }, 'languages', 'unknown'],
    ['an unknown tradition', { tradition: 'jedi' }, 'tradition', 'unknown'],
    ['"other" without its name', { tradition: 'other', traditionOther: '' }, 'traditionOther', 'missing'],
    ['a bad email', { email: 'not-an-email' }, 'email', 'invalid'],
    ['too many service lines', { serviceTimes: Array.from({ length: 13 }, (_, i) => `Day ${i}`).join('\n') }, 'serviceTimes', 'tooMany'],
  ];
  for (const [what, override, field, code] of cases) {
    it(`refuses ${what}, naming ${field}`, () => {
      const problems = problemsOf(churchFields(override));
      expect(problems.field).toBe(field);
      expect(problems.fields).toEqual({ [field]: code });
      expect(problems.message.startsWith(`${field} `)).toBe(true);
    });
  }

  it('names every bad field at once, in the form’s order', () => {
    const problems = problemsOf({ name: '', street: '...', country: 'ES', postalCode: '1', latitude: '100', longitude: '0', languages: [], tradition: '' });
    expect(Object.keys(problems.fields as object)).toEqual(expect.arrayContaining(['name', 'street', 'city', 'postalCode', 'latitude', 'languages', 'tradition']));
    expect(problems.field).toBe('name');
  });
});
