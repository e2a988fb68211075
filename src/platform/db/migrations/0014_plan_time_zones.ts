import type { Kysely } from 'kysely';
import { defaultTimeZone } from '../../../config.js';

/**
 * Reading-plan subscriptions keep their reader's IANA time zone: plan days, the "today" of the pages,
 * the calendar feed and the daily email follow that zone's calendar. `start_date` and
 * `last_reminder_on` stay calendar dates, now read on that calendar.
 *
 * Existing subscriptions get the ministry's default zone. Migrations are given only the database, so
 * the default is read here as loadConfig reads it (DEFAULT_TIME_ZONE, UTC when unset); every command
 * that migrates has loaded the configuration first, so a bad value has already stopped it. Dates
 * stored before were UTC dates: read in a zone behind UTC the plan may now count a day fewer, and a
 * reader already emailed today (UTC) is not emailed again on the same local date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('plan_subscriptions')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();
  const zone = defaultTimeZone(process.env);
  if (zone !== 'UTC') await (db as Kysely<{ plan_subscriptions: { time_zone: string } }>).updateTable('plan_subscriptions').set({ time_zone: zone }).execute();
  // The hourly job reads due subscriptions one zone at a time.
  await db.schema.createIndex('plan_subscriptions_reminder_zone').on('plan_subscriptions').columns(['reminders', 'time_zone', 'last_reminder_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('plan_subscriptions_reminder_zone').execute();
  await db.schema.alterTable('plan_subscriptions').dropColumn('time_zone').execute();
}
