import type { Kysely } from 'kysely';

/**
 * Responses at the end of articles ("I prayed to receive Christ", "I am coming back to God", "I have a
 * question", "Please pray for me") and the follow-up journeys they start. Consent is a text version and a
 * time, so that what the person agreed to can be shown later. Personal fields are nullable: the lifecycle
 * job empties them (`purged_at`) while the counts stay. Times are ISO-8601 UTC text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.references('articles.id').onDelete('set null'))
    // received_christ | returning | question | prayer
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('email', 'text')
    .addColumn('message', 'text')
    // The consent wording's version and when it was given; null when no email was left.
    .addColumn('consent_version', 'text')
    .addColumn('consented_at', 'text')
    // "Please pray for me": the prayer request made through intake.
    .addColumn('prayer_request_id', 'text', (c) => c.references('prayer_requests.id').onDelete('set null'))
    // JSON array of crisis kinds found in the message ([] when none).
    .addColumn('crisis_kinds', 'text', (c) => c.notNull())
    .addColumn('followed_up_at', 'text')
    .addColumn('followed_up_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('follow_up_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('purged_at', 'text')
    .execute();
  await db.schema.createIndex('responses_listing').on('responses').columns(['created_at']).execute();

  await db.schema
    .createTable('response_journeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().unique().references('responses.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    // active | completed | stopped
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_step_day', 'integer')
    .addColumn('last_sent_at', 'text')
    // When the job should look at this journey again (its next step's time); null once it has ended.
    .addColumn('next_due_at', 'text')
    .addColumn('ended_at', 'text')
    // unsubscribed | purged (null while active or when completed)
    .addColumn('stop_reason', 'text')
    .execute();
  await db.schema.createIndex('response_journeys_due').on('response_journeys').columns(['status', 'next_due_at']).execute();

  // One row per step taken: the guard that makes the scheduling job idempotent.
  await db.schema
    .createTable('response_journey_steps')
    .addColumn('journey_id', 'text', (c) => c.notNull().references('response_journeys.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('scheduled_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('response_journey_steps_pk', ['journey_id', 'step'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('response_journey_steps').execute();
  await db.schema.dropTable('response_journeys').execute();
  await db.schema.dropTable('responses').execute();
}
