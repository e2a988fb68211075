import type { Kysely } from 'kysely';

/**
 * The church directory: listings anyone submits, published after a moderator's review. Search runs on
 * folded columns (lower case, accents removed, computed in TypeScript) so that "Léon" finds "LEON" the
 * same way on SQLite and PostgreSQL; distance search prefilters on (latitude, longitude) with a bounding
 * box and computes the exact great-circle distance in TypeScript. Times are ISO-8601 UTC text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('churches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    // Normalised for its country (upper case, the usual space), or '' where the country uses none.
    .addColumn('postal_code', 'text', (c) => c.notNull())
    // ISO 3166-1 alpha-2, upper case.
    .addColumn('country', 'text', (c) => c.notNull())
    // Both or neither; WGS 84 degrees.
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('website', 'text')
    // One service a line, as the submitter wrote it ("Sunday 10:00, in Spanish").
    .addColumn('service_times', 'text', (c) => c.notNull())
    // JSON array of language codes (en, es, …).
    .addColumn('languages', 'text', (c) => c.notNull())
    // One of the listed traditions, or `other` with tradition_other saying which.
    .addColumn('tradition', 'text', (c) => c.notNull())
    .addColumn('tradition_other', 'text')
    // Folded copies for search: name and city lower-cased without accents, postal code without spaces.
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('city_key', 'text', (c) => c.notNull())
    .addColumn('postal_key', 'text', (c) => c.notNull())
    // pending | published | rejected | unpublished
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    // Told when the listing is published or refused, if given; removed by the email's unsubscribe link.
    .addColumn('submitter_email', 'text')
    // The language the submitter used (en | es): the language of what they are told.
    .addColumn('submitter_locale', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('churches_position').on('churches').columns(['status', 'latitude', 'longitude']).execute();
  await db.schema.createIndex('churches_listing').on('churches').columns(['status', 'country', 'name_key']).execute();
  await db.schema.createIndex('churches_review').on('churches').columns(['status', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('churches').execute();
}
