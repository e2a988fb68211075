/** The coverage dashboard's service, built once per process. */
import type { Kysely } from 'kysely';
import type { DbKind } from '../../platform/db/dialect.js';
import type { Tables } from '../../platform/db/tables.js';
import { CoverageService } from './coverage.service.js';

/** Builds the coverage service over one database. */
export function createCoverage(options: { db: Kysely<Tables>; kind: DbKind; clock?: () => Date }): CoverageService {
  return new CoverageService({ db: options.db, kind: options.kind, clock: options.clock ?? (() => new Date()) });
}
