// Field problem codes (`{ slug: 'taken' }`) in words, for the editor's error messages and the CLI.
import type { Locale } from '../../platform/i18n/locale.js';
import { articleMessages, isArticleMessageKey } from './articles.messages.js';

/** "Another article already has this address" for `('en', 'slug', 'taken')`; the CLI prefixes the field. */
export function describeFieldProblem(locale: Locale, field: string, code: string): string {
  const key = `problem.${field}.${code}`;
  const t = articleMessages(locale);
  return isArticleMessageKey(key) ? t(key) : `${field}: ${t('problem.invalid')}`;
}

/** Every field's problem in words, in the editor's field order. */
export function describeFieldProblems(locale: Locale, problems: Readonly<Record<string, string>>): Record<string, string> {
  const order = ['title', 'slug', 'summary', 'tags', 'translation', 'language', 'publishAt', 'respond', 'body'];
  const out: Record<string, string> = {};
  for (const field of [...order.filter((f) => f in problems), ...Object.keys(problems).filter((f) => !order.includes(f))]) {
    out[field] = describeFieldProblem(locale, field, problems[field]);
  }
  return out;
}
