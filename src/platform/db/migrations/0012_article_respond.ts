import type { Kysely } from 'kysely';

/**
 * Whether an article ends with the response block, as its author chose: `auto` (when it asks for a
 * response or ends with a prayer), `yes` or `no`. Existing articles and their revisions keep `auto`,
 * which is how they were shown before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('respond', 'text', (c) => c.notNull().defaultTo('auto')).execute();
  await db.schema.alterTable('article_revisions').addColumn('respond', 'text', (c) => c.notNull().defaultTo('auto')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('article_revisions').dropColumn('respond').execute();
  await db.schema.alterTable('articles').dropColumn('respond').execute();
}
