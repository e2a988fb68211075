// Church listings in SQL: the only file of the directory that speaks Kysely, the same for SQLite and
// PostgreSQL (search compares the folded *_key columns with LIKE, which both run alike on them).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ChurchTable, Tables } from '../../platform/db/tables.js';
import type { GeoBox } from './geo.js';

/** Where a listing stands. */
export type ChurchStatus = 'pending' | 'published' | 'rejected' | 'unpublished';

/** What narrows a listing search: folded text (name, city, postal code) and a country. */
export interface ChurchFilter {
  /** `foldText` of the query, or '' for none. */
  readonly text: string;
  /** `postalKey` of the query, or '' when it holds no letters or digits. */
  readonly postal: string;
  /** ISO code, or '' for every country. */
  readonly country: string;
}

/** The columns a moderator's edit changes. */
export type ChurchContent = Pick<
  ChurchTable,
  'name' | 'street' | 'city' | 'postal_code' | 'country' | 'latitude' | 'longitude' | 'website' | 'service_times' | 'languages' | 'tradition' | 'tradition_other' | 'name_key' | 'city_key' | 'postal_key'
>;

/** `%`, `_` and the escape character itself are literal in a search. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function like(column: 'name_key' | 'city_key' | 'postal_key', pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

function matches(eb: ExpressionBuilder<Tables, 'churches'>, filter: ChurchFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (filter.country) conditions.push(eb('country', '=', filter.country));
  if (filter.text) {
    const anywhere = `%${likeEscape(filter.text)}%`;
    const alternatives = [like('name_key', anywhere), like('city_key', anywhere)];
    // Postal codes match from their start: "280" finds 28013, not 12800.
    if (filter.postal) alternatives.push(like('postal_key', `${likeEscape(filter.postal)}%`));
    conditions.push(eb.or(alternatives));
  }
  return eb.and(conditions);
}

export class ChurchRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Runs `fn` in one transaction with a repository bound to it (and the transaction, for the outbox and audit). */
  transaction<T>(fn: (repo: ChurchRepository, trx: Kysely<Tables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new ChurchRepository(trx), trx));
  }

  async insert(row: ChurchTable): Promise<void> {
    await this.db.insertInto('churches').values(row).execute();
  }

  findById(id: string): Promise<ChurchTable | undefined> {
    return this.db.selectFrom('churches').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Changes a listing only while it is in one of `from`; false when it was not (decided meanwhile). */
  async updateFrom(id: string, from: readonly ChurchStatus[], changes: Partial<Omit<ChurchTable, 'id' | 'created_at'>>): Promise<boolean> {
    const result = await this.db.updateTable('churches').set(changes).where('id', '=', id).where('status', 'in', from).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Forgets the submitter's address (the email's unsubscribe link); false for an unknown listing. */
  async clearSubmitterEmail(id: string, now: string): Promise<boolean> {
    const result = await this.db.updateTable('churches').set({ submitter_email: null, updated_at: now }).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Listings in `status` matching `filter`, by name, a page at a time. */
  list(status: ChurchStatus, filter: ChurchFilter, limit: number, offset: number): Promise<ChurchTable[]> {
    return this.db
      .selectFrom('churches')
      .selectAll()
      .where('status', '=', status)
      .where((eb) => matches(eb, filter))
      .orderBy('name_key')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  /** How many listings `list` pages through. */
  async count(status: ChurchStatus, filter: ChurchFilter): Promise<number> {
    const row = await this.db
      .selectFrom('churches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', status)
      .where((eb) => matches(eb, filter))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Published listings with a position inside any of `boxes` (the index on status, latitude, longitude
   * serves the range) and matching `filter`. Every such row: a cap would drop rows at random, and with
   * them, possibly, the nearest church.
   */
  withinBoxes(boxes: readonly GeoBox[], filter: ChurchFilter): Promise<ChurchTable[]> {
    return this.db
      .selectFrom('churches')
      .selectAll()
      .where('status', '=', 'published')
      .where('latitude', 'is not', null)
      .where('longitude', 'is not', null)
      .where((eb) =>
        eb.or(
          boxes.map((b) =>
            eb.and([eb('latitude', '>=', b.minLat), eb('latitude', '<=', b.maxLat), eb('longitude', '>=', b.minLng), eb('longitude', '<=', b.maxLng)]),
          ),
        ),
      )
      .where((eb) => matches(eb, filter))
      .execute();
  }

  /** Published listings' ids and last changes, for the sitemap (never pending, refused or unpublished ones). */
  publishedForSitemap(limit: number): Promise<Array<{ id: string; updated_at: string }>> {
    return this.db.selectFrom('churches').select(['id', 'updated_at']).where('status', '=', 'published').orderBy('id').limit(limit).execute();
  }

  /** How many listings wait for review (the moderators' daily digest). */
  countPending(): Promise<number> {
    return this.count('pending', { text: '', postal: '', country: '' });
  }

  /** Listings waiting for review, oldest first. */
  pending(limit: number): Promise<ChurchTable[]> {
    return this.db.selectFrom('churches').selectAll().where('status', '=', 'pending').orderBy('created_at').orderBy('id').limit(limit).execute();
  }
}
