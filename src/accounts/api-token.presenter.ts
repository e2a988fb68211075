import type { ApiTokenTable } from '../platform/db/tables.js';

/** A token as its owner sees it: never the hash; the secret itself is shown only once, at creation. */
export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Presents a stored token. */
export function presentApiToken(row: ApiTokenTable): ApiTokenView {
  return { id: row.id, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}
