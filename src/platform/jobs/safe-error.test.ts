import { describe, expect, it } from 'vitest';
import { safeErrorText } from './safe-error.js';

describe('errors kept in the outbox', () => {
  it('keep the code and the SMTP reply code, without addresses or secret links', () => {
    const err = Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <ana.lopez@example.org>: unknown user'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(safeErrorText(err)).toBe("EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: unknown user");
    expect(safeErrorText(new Error('link https://x.org/r/abcDEF123_-?x=1 and https://x.org/search?q=my+secret'))).toBe('Error: link https://x.org/r/[secret]?[…] and https://x.org/search?[…]');
  });

  it('stay short', () => {
    expect(safeErrorText(new Error('x'.repeat(1000))).length).toBe(300);
    expect(safeErrorText('plain')).toBe('Error: plain');
    expect(safeErrorText(undefined)).toBe('Error');
  });
});
