/**
 * What makes a password acceptable (NIST SP 800-63B): at least 10 characters, not a common password,
 * not built from the person's own email or name or from this site's name. No composition rules.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MIN_PASSWORD_LENGTH = 10;
/** Long enough for any passphrase, short enough that hashing it is no denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'missing' | 'tooShort' | 'tooLong' | 'common' | 'personal';

// Resolves to src/accounts both from src/accounts (tests) and from dist/accounts (production).
const LIST_FILE = fileURLToPath(new URL('../../src/accounts/common-passwords.txt', import.meta.url));

let common: Set<string> | undefined;
let commonUnleet: Set<string> | undefined;

/** The common-password list: one lower-case entry a line; `#` starts a comment. */
export function commonPasswords(): Set<string> {
  return (common ??= new Set(
    readFileSync(LIST_FILE, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  ));
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const unleet = (s: string) => s.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);

/** The list as look-alikes read (so "jesus4ever" in the list also catches "J3sus4ever"). */
function commonUnleeted(): Set<string> {
  return (commonUnleet ??= new Set([...commonPasswords()].map(unleet)));
}

/** Runs along the alphabet, the digits (wrapping 9→0, as on a keyboard) and keyboard rows and columns. */
const SEQUENCES = ['01234567890123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiop', 'azertyuiop', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p', 'qazwsxedcrfvtgbyhnujmikolp'];

/**
 * The guessable core of a password: lower-cased, separators dropped, the digits and symbols people
 * tack on at either end removed, and look-alike digits read as letters ("J3sus2024!" → "jesus").
 */
export function passwordCores(password: string): string[] {
  const lower = password.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}@$!]+/gu, '');
  const trimmed = lower.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
  return [...new Set([lower, trimmed, unleet(lower), unleet(trimmed), unleet(lower).replace(/[^\p{L}]+$/u, '')])].filter(Boolean);
}

/** "aaaaaaaaaa", "abcabcabc", "passwordpassword": a short or common unit repeated. */
function isRepetition(core: string, list: Set<string>): boolean {
  const unit = /^(.+?)\1+$/u.exec(core)?.[1];
  return unit !== undefined && ([...unit].length <= 6 || list.has(unit));
}

/** Runs of neighbouring keys or letters, either way: "1234567890", "abcdefghij", "0987654321", "qwertyuiop". */
function isSequence(value: string): boolean {
  if (value.length < 4) return false;
  const reversed = [...value].reverse().join('');
  return SEQUENCES.some((run) => run.includes(value) || run.includes(reversed));
}

/** Words from the person's own details that a guesser would try first. */
function personalWords(context: { email?: string; name?: string }): string[] {
  const words = new Set<string>(['intercede']);
  const [local = '', domain = ''] = (context.email ?? '').toLowerCase().split('@');
  for (const part of [local, ...local.split(/[._+-]/), domain.split('.')[0] ?? '', ...(context.name ?? '').toLowerCase().split(/\s+/)]) {
    if (part.length >= 4) words.add(part);
  }
  return [...words];
}

/** Why `password` is not acceptable, or null when it is. */
export function checkPassword(password: string, context: { email?: string; name?: string } = {}): PasswordProblem | null {
  if (!password) return 'missing';
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  const list = commonPasswords();
  const cores = passwordCores(password);
  for (const core of cores) {
    if (list.has(core) || commonUnleeted().has(unleet(core)) || isRepetition(core, list) || isSequence(core)) return 'common';
  }
  const personal = personalWords(context);
  for (const core of cores) if (personal.some((word) => core === word || (core.includes(word) && core.length - word.length < 6))) return 'personal';
  return null;
}
