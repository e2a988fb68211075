import { describe, expect, it } from 'vitest';
import { checkPassword, commonPasswords, passwordCores } from './password-policy.js';

describe('password policy', () => {
  it.each([
    ['', 'missing'],
    ['short1', 'tooShort'],
    ['nine char', 'tooShort'],
    ['x'.repeat(257), 'tooLong'],
  ])('%j → %s', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it('counts characters, not bytes: ten accented letters are enough', () => {
    expect(checkPassword('ñáéíóúüçàè')).toBeNull();
  });

  it.each(['password123', 'P@ssw0rd2024!', 'Jesus2024!', 'J3sus4ever', 'iloveyou123', 'Contraseña2024', 'aleluya12345', 'hallelujah', 'John3:16!!!', '1234567890', 'qwertyuiop', 'abcdefghijk', '0987654321', 'aaaaaaaaaaaa', 'jesusjesusjesus', 'passwordpassword', 'Praisethelord!', 'Blessed1234'])(
    'refuses the common or patterned %j',
    (password) => {
      expect(checkPassword(password)).toBe('common');
    },
  );

  it('refuses passwords built from the person’s own email or name, or the site’s name', () => {
    expect(checkPassword('maria.gonzalez1', { email: 'maria.gonzalez@example.org' })).toBe('personal');
    expect(checkPassword('Gonzalez2024!', { email: 'maria.gonzalez@example.org' })).toBe('personal');
    expect(checkPassword('Intercede2024', {})).not.toBeNull();
    expect(checkPassword('Bartholomew99', { name: 'Bartholomew Smith' })).toBe('personal');
  });

  it('accepts passphrases, even ones containing a common word among others', () => {
    for (const good of ['correct horse battery staple', 'Jesus walked on the water at night', 'lantern orchard violet 42', 'mi perro come pan los domingos']) {
      expect(checkPassword(good, { email: 'maria.gonzalez@example.org', name: 'Maria Gonzalez' })).toBeNull();
    }
  });

  it('reads the list from its data file, lower-cased, without comments', () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThan(300);
    expect(list.has('password')).toBe(true);
    expect(list.has('gloriaadios')).toBe(true);
    expect([...list].some((entry) => entry.includes('#') || entry !== entry.toLowerCase())).toBe(false);
  });

  it('finds the guessable core of decorated passwords', () => {
    expect(passwordCores('J3sus2024!')).toContain('jesus');
    expect(passwordCores('  P@ss.w0rd__99 ')).toContain('password');
  });
});
