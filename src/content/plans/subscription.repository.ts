// Plan subscriptions and the days their readers marked done, in SQL; the same for both dialects.
import type { Kysely } from 'kysely';
import type { PlanSubscriptionTable, Tables } from '../../platform/db/tables.js';

export class SubscriptionRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Runs `fn` in one transaction with a repository bound to it (and the transaction, for the outbox). */
  transaction<T>(fn: (repo: SubscriptionRepository, trx: Kysely<Tables>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new SubscriptionRepository(trx), trx));
  }

  async insert(row: PlanSubscriptionTable): Promise<void> {
    await this.db.insertInto('plan_subscriptions').values(row).execute();
  }

  /** The subscription whose private link hashes to `hash`. */
  findByTokenHash(hash: string): Promise<PlanSubscriptionTable | undefined> {
    return this.db.selectFrom('plan_subscriptions').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  }

  findById(id: string): Promise<PlanSubscriptionTable | undefined> {
    return this.db.selectFrom('plan_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Changes the reader's choices. */
  async update(id: string, changes: Partial<Pick<PlanSubscriptionTable, 'translation' | 'reminders' | 'email' | 'time_zone'>>): Promise<void> {
    await this.db.updateTable('plan_subscriptions').set(changes).where('id', '=', id).execute();
  }

  /** Deletes a subscription with its progress (and with it the email address). */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('plan_progress').where('subscription_id', '=', id).execute();
    await this.db.deleteFrom('plan_subscriptions').where('id', '=', id).execute();
  }

  /** Days marked done, in order. */
  async doneDays(id: string): Promise<number[]> {
    const rows = await this.db.selectFrom('plan_progress').select('day').where('subscription_id', '=', id).orderBy('day').execute();
    return rows.map((r) => Number(r.day));
  }

  /** Marks a day done; marking it again changes nothing. */
  async markDone(id: string, day: number, at: string): Promise<void> {
    await this.db
      .insertInto('plan_progress')
      .values({ subscription_id: id, day, done_at: at })
      .onConflict((oc) => oc.columns(['subscription_id', 'day']).doNothing())
      .execute();
  }

  /** Takes a day back. */
  async unmarkDone(id: string, day: number): Promise<void> {
    await this.db.deleteFrom('plan_progress').where('subscription_id', '=', id).where('day', '=', day).execute();
  }

  /** The zones of subscriptions with daily emails on (the job decides per zone whether its morning has come). */
  async reminderZones(): Promise<string[]> {
    const rows = await this.db.selectFrom('plan_subscriptions').select('time_zone').distinct().where('reminders', '=', 1).where('email', 'is not', null).orderBy('time_zone').execute();
    return rows.map((r) => r.time_zone);
  }

  /** Subscriptions in `zone` with daily emails on that started by `today` (a date there) and were not yet emailed on it. */
  dueForReminder(zone: string, today: string, limit: number): Promise<PlanSubscriptionTable[]> {
    return this.db
      .selectFrom('plan_subscriptions')
      .selectAll()
      .where('reminders', '=', 1)
      .where('time_zone', '=', zone)
      .where('email', 'is not', null)
      .where('start_date', '<=', today)
      .where((eb) => eb.or([eb('last_reminder_on', 'is', null), eb('last_reminder_on', '<', today)]))
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /**
   * Takes `today`'s email for a subscription: true only for the one caller that moved
   * `last_reminder_on` to today, so however many workers run, a day's email is scheduled once. `zone`
   * is the zone `today` was read in: a reader who changed zone since is left for the next run.
   */
  async claimReminder(id: string, zone: string, today: string): Promise<boolean> {
    const result = await this.db
      .updateTable('plan_subscriptions')
      .set({ last_reminder_on: today })
      .where('id', '=', id)
      .where('reminders', '=', 1)
      .where('time_zone', '=', zone)
      .where((eb) => eb.or([eb('last_reminder_on', 'is', null), eb('last_reminder_on', '<', today)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
