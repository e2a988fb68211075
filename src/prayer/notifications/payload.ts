import { PermanentJobError } from '../../platform/jobs/job-errors.js';

/** A string field of an event payload; a missing one is a bug no retry fixes. */
export function field(payload: Readonly<Record<string, unknown>>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') throw new PermanentJobError(`the payload has no ${name}`);
  return value;
}

/** An optional string field. */
export function optionalField(payload: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A list of strings field. */
export function listField(payload: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = payload[name];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new PermanentJobError(`the payload has no list ${name}`);
  return value as string[];
}
