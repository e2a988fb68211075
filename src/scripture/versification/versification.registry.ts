// Versifications are immutable data; one frozen instance per name lets callers compare by identity
// and lets the lookup index be cached per instance.
import type { BookRow } from './book-row.js';
import { KJV_BOOKS } from './kjv.data.js';
import { NRSVA_BOOKS } from './nrsva.data.js';
import type { Versification, VersificationName } from './versification.js';

const TABLES: Record<VersificationName, readonly BookRow[]> = { KJV: KJV_BOOKS, NRSVA: NRSVA_BOOKS };
const instances = new Map<VersificationName, Versification>();

/** Names of the versifications this engine knows. */
export const VERSIFICATION_NAMES: readonly VersificationName[] = ['KJV', 'NRSVA'];

/** True when `name` is a versification this engine knows (e.g. a module's `Versification=` value). */
export function isVersificationName(name: string): name is VersificationName {
  return (VERSIFICATION_NAMES as readonly string[]).includes(name);
}

/** Returns the versification of that name (a shared, frozen instance). */
export function getVersification(name: VersificationName): Versification {
  let v = instances.get(name);
  if (!v) {
    const books = TABLES[name].map(([osis, testament, verses]) =>
      Object.freeze({ osis, testament, verses: Object.freeze([...verses]) }),
    );
    v = Object.freeze({ name, books: Object.freeze(books) });
    instances.set(name, v);
  }
  return v;
}
