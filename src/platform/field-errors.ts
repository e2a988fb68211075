/**
 * Form-shaped validation failures. Services say which field is wrong with a short problem code
 * (`{ email: 'invalid', password: 'tooShort' }`); HTML routes turn codes into messages beside the
 * fields, and the JSON API returns them as `error.details.fields`.
 */
import { AppError } from './errors.js';

export type FieldProblems = Readonly<Record<string, string>>;

/** A VALIDATION error carrying per-field problem codes. */
export function invalidFields(fields: FieldProblems, message = 'Some fields are not valid.'): AppError {
  return new AppError('VALIDATION', message, { fields });
}

/** The per-field problems of an error thrown by `invalidFields`, or null for any other error. */
export function fieldProblemsOf(err: unknown): FieldProblems | null {
  if (!(err instanceof AppError) || err.code !== 'VALIDATION') return null;
  const fields = err.details?.fields;
  return fields && typeof fields === 'object' ? (fields as FieldProblems) : null;
}
