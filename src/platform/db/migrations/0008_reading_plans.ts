import type { Kysely } from 'kysely';

/**
 * Reading plans. Built-in plans (John in 21 days, Psalms in 30) are generated from the versification
 * data and never stored; authors' plans are rows here with one row per day. Subscriptions name their
 * plan by slug, so built-in and authored plans are followed the same way. A subscription needs no
 * account: its private link's token is stored only as a SHA-256 hash. Dates are `YYYY-MM-DD`, times
 * ISO-8601 UTC text, booleans 0/1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reading_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // en | es: the language of the title and description, and of the book names in the day lines.
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('reading_plan_days')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('reading_plans.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    // What the author typed ("John 3:16-21; Rom 8"), shown back in the editor.
    .addColumn('source', 'text', (c) => c.notNull())
    // The engine's OSIS for it ("John.3.16-John.3.21,Rom.8").
    .addColumn('osis', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reading_plan_days_pk', ['plan_id', 'day'])
    .execute();

  await db.schema
    .createTable('plan_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_slug', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('start_date', 'text', (c) => c.notNull())
    // Translation code chosen by the reader; null: the default of their language.
    .addColumn('translation', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('reminders', 'integer', (c) => c.notNull())
    // The date (YYYY-MM-DD) of the last daily email taken, so a day's email is scheduled once.
    .addColumn('last_reminder_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_subscriptions_reminders').on('plan_subscriptions').columns(['reminders', 'last_reminder_on']).execute();

  await db.schema
    .createTable('plan_progress')
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('plan_subscriptions.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_progress_pk', ['subscription_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_progress').execute();
  await db.schema.dropTable('plan_subscriptions').execute();
  await db.schema.dropTable('reading_plan_days').execute();
  await db.schema.dropTable('reading_plans').execute();
}
