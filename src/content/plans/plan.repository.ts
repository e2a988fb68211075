// Authors' reading plans and their days in SQL; the same for SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type { ReadingPlanDayTable, ReadingPlanTable, Tables } from '../../platform/db/tables.js';

/** A stored plan with its days in order. */
export interface StoredPlan {
  readonly row: ReadingPlanTable;
  readonly days: ReadingPlanDayTable[];
}

export class PlanRepository {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Runs `fn` in one transaction with a repository bound to it. */
  transaction<T>(fn: (repo: PlanRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new PlanRepository(trx)));
  }

  /** Writes a new plan and its days. */
  async insert(row: ReadingPlanTable, days: ReadonlyArray<{ source: string; osis: string }>): Promise<void> {
    await this.db.insertInto('reading_plans').values(row).execute();
    await this.replaceDays(row.id, days);
  }

  /** Changes a plan's fields and replaces its days. */
  async update(id: string, changes: Pick<ReadingPlanTable, 'slug' | 'title' | 'description' | 'language' | 'updated_at'>, days: ReadonlyArray<{ source: string; osis: string }>): Promise<void> {
    await this.db.updateTable('reading_plans').set(changes).where('id', '=', id).execute();
    await this.replaceDays(id, days);
  }

  private async replaceDays(id: string, days: ReadonlyArray<{ source: string; osis: string }>): Promise<void> {
    await this.db.deleteFrom('reading_plan_days').where('plan_id', '=', id).execute();
    // In chunks: PostgreSQL and SQLite both cap the parameters of one statement.
    for (let i = 0; i < days.length; i += 100) {
      await this.db
        .insertInto('reading_plan_days')
        .values(days.slice(i, i + 100).map((d, k) => ({ plan_id: id, day: i + k + 1, source: d.source, osis: d.osis })))
        .execute();
    }
  }

  private async withDays(row: ReadingPlanTable | undefined): Promise<StoredPlan | undefined> {
    if (!row) return undefined;
    const days = await this.db.selectFrom('reading_plan_days').selectAll().where('plan_id', '=', row.id).orderBy('day').execute();
    return { row, days };
  }

  /** A plan by its slug, with its days. */
  async findBySlug(slug: string): Promise<StoredPlan | undefined> {
    return this.withDays(await this.db.selectFrom('reading_plans').selectAll().where('slug', '=', slug).executeTakeFirst());
  }

  /** A plan by id, with its days. */
  async findById(id: string): Promise<StoredPlan | undefined> {
    return this.withDays(await this.db.selectFrom('reading_plans').selectAll().where('id', '=', id).executeTakeFirst());
  }

  /** Is the slug used by a plan other than `exceptId`? */
  async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
    let q = this.db.selectFrom('reading_plans').select('id').where('slug', '=', slug);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  /** Authored plans' slugs and last changes, for the sitemap (every stored plan is public). */
  async sitemapRows(limit: number): Promise<Array<{ slug: string; updated_at: string }>> {
    return this.db.selectFrom('reading_plans').select(['slug', 'updated_at']).orderBy('slug').limit(limit).execute();
  }

  /** Every authored plan with its number of days, by title. */
  async list(): Promise<Array<ReadingPlanTable & { day_count: number }>> {
    const rows = await this.db
      .selectFrom('reading_plans')
      .leftJoin('reading_plan_days', 'reading_plan_days.plan_id', 'reading_plans.id')
      .selectAll('reading_plans')
      .select((eb) => eb.fn.count<number>('reading_plan_days.day').as('day_count'))
      .groupBy(['reading_plans.id', 'reading_plans.slug', 'reading_plans.title', 'reading_plans.description', 'reading_plans.language', 'reading_plans.created_at', 'reading_plans.updated_at', 'reading_plans.created_by'])
      .orderBy('reading_plans.title')
      .orderBy('reading_plans.id')
      .execute();
    return rows.map((r) => ({ ...r, day_count: Number(r.day_count) }));
  }
}
