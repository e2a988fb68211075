import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/harness/dialects.js';
import { migrations } from '../../platform/db/migrations/index.js';

describeEachDialect('0014_plan_time_zones', (get) => {
  const saved = process.env.DEFAULT_TIME_ZONE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DEFAULT_TIME_ZONE;
    else process.env.DEFAULT_TIME_ZONE = saved;
  });

  it('gives subscriptions made before it the ministry’s default zone (DEFAULT_TIME_ZONE), by its canonical name', async () => {
    const db = get().database.db;
    const migration = migrations['0014_plan_time_zones'];
    await migration.down!(db as never);
    await sql`insert into plan_subscriptions (id, plan_slug, token_hash, start_date, translation, language, email, reminders, last_reminder_on, created_at)
      values ('old-1', 'john-21', 'hash-1', '2026-11-20', null, 'es', 'old@example.org', 1, '2026-11-25', '2026-11-20T10:00:00.000Z')`.execute(db);
    process.env.DEFAULT_TIME_ZONE = 'US/Central';
    await migration.up(db as never);
    const row = await db.selectFrom('plan_subscriptions').selectAll().where('id', '=', 'old-1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ time_zone: 'America/Chicago', start_date: '2026-11-20', last_reminder_on: '2026-11-25' });
  });
});
