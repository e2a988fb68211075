/** Reading HTML form bodies (urlencoded by @fastify/formbody): strings, and lists from repeated names. */
type Body = Record<string, unknown> | null | undefined;

/** One field as a string ('' when absent; the first value when repeated). */
export function field(body: unknown, name: string): string {
  const value = (body as Body)?.[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** A field that may repeat (checkboxes) as a list of strings. */
export function fieldList(body: unknown, name: string): string[] {
  const value = (body as Body)?.[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The named fields as strings, as typed (for a form shown again after a failed submit). */
export function fields<K extends string>(body: unknown, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, field(body, name)])) as Record<K, string>;
}
