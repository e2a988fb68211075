import { describe, expect, it } from 'vitest';
import { fieldProblemsOf } from '../../platform/field-errors.js';
import { checkEmail, parseIntake } from './request.input.js';

const problems = (fields: Record<string, unknown>) => {
  try {
    parseIntake(fields, 'en');
  } catch (err) {
    return fieldProblemsOf(err);
  }
  return null;
};

describe('prayer request input', () => {
  it('trims, keeps line breaks, drops control characters and collapses one-line fields', () => {
    const input = parseIntake({ text: '  Line one\r\nline two\u0000\t!  ', category: 'fear', visibility: 'team', firstName: '  Ana   María ', forWhom: ' my\nson ' }, 'es');
    expect(input).toEqual({ text: 'Line one\nline two\t!', category: 'fear', visibility: 'team', language: 'es', firstName: 'Ana María', email: null, forWhom: 'my son' });
  });

  it('reports every field at once, in field order, with short codes', () => {
    expect(problems({ text: '', category: 'x', email: 'a@b', language: 'de' })).toEqual({ text: 'missing', category: 'unknown', visibility: 'missing', email: 'invalid', language: 'unknown' });
  });

  it('counts characters, not UTF-16 units, against the 2,000 limit', () => {
    expect(problems({ text: '🙏'.repeat(2000), category: 'faith', visibility: 'team' })).toBeNull();
    expect(problems({ text: '🙏'.repeat(2001), category: 'faith', visibility: 'team' })).toEqual({ text: 'tooLong' });
  });

  it('keeps HTML as text: it is escaped where shown, never refused or altered', () => {
    expect(parseIntake({ text: '<script>alert(1)</script>', category: 'other', visibility: 'public' }, 'en').text).toBe('<script>alert(1)</script>');
  });

  it('accepts ordinary addresses and refuses what could break a mail header', () => {
    expect(checkEmail(' Maria.Lopez+oracion@Example.ES ')).toEqual({ value: 'maria.lopez+oracion@example.es' });
    for (const bad of ['no-at-sign', 'a@b', 'a b@example.org', 'a@example.org\nBcc: x@y.z', '"x"@example.org', 'a@example.org, b@example.org', '<a@example.org>']) {
      expect(checkEmail(bad).problem, bad).toBe('invalid');
    }
    expect(checkEmail('')).toEqual({ value: null });
  });

  it('names the fields in the API message', () => {
    try {
      parseIntake({ text: 'x'.repeat(2001), category: 'weather', visibility: 'team' }, 'en');
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toBe('text is too long (2000 characters at most); category must be one of guilt, fear, loneliness, addiction, health, family, grief, provision, faith, other');
    }
  });
});
