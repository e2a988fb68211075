// Reading plans: the built-ins (generated) and authors' plans (stored), listed and read by anyone,
// written by authors and admins. Routes, the JSON API and the CLI all come through here.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../../accounts/clock.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tables } from '../../platform/db/tables.js';
import { AppError } from '../../platform/errors.js';
import { invalidFields } from '../../platform/field-errors.js';
import type { Locale } from '../../platform/i18n/locale.js';
import { BUILTIN_SLUGS, builtinDays, isBuiltinSlug } from './builtin-plans.js';
import type { Plan } from './plan.js';
import { checkPlanInput, type RawPlanInput } from './plan.input.js';
import { planPolicy } from './plan.policy.js';
import { PlanRepository, type StoredPlan } from './plan.repository.js';
import { planMessages } from './plans.messages.js';
import { PLAN_PATHS } from './plan.paths.js';
import { SITEMAP_AREA_LIMIT, type SitemapEntry } from '../../web/sitemap.js';

/** A plan in a list: no days, just how many. */
export interface PlanSummary {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly language: Locale | null;
  readonly builtIn: boolean;
  readonly dayCount: number;
  readonly id?: string;
  readonly updatedAt?: string;
}

/** An authored plan as its editor shows it: the days as the author typed them, one a line. */
export interface PlanEditValues {
  readonly id: string;
  readonly title: string;
  readonly slug: string;
  readonly description: string;
  readonly language: Locale;
  readonly days: string;
}

function builtinPlan(slug: (typeof BUILTIN_SLUGS)[number], locale: Locale): Plan {
  const m = planMessages(locale);
  return {
    slug,
    title: m(`builtin.${slug}.title`),
    description: m(`builtin.${slug}.description`),
    language: null,
    builtIn: true,
    days: builtinDays(slug),
  };
}

function storedPlan(stored: StoredPlan): Plan {
  return {
    id: stored.row.id,
    slug: stored.row.slug,
    title: stored.row.title,
    description: stored.row.description,
    language: stored.row.language as Locale,
    builtIn: false,
    updatedAt: stored.row.updated_at,
    days: stored.days.map((d) => ({ day: Number(d.day), osis: d.osis, source: d.source })),
  };
}

export class PlanService {
  private readonly repository: PlanRepository;

  constructor(private readonly deps: { readonly db: Kysely<Tables>; readonly clock: Clock }) {
    this.repository = new PlanRepository(deps.db);
  }

  /** Every plan: the built-ins first (John in 21 days, the default, leading), then authors' plans by title. */
  async list(actor: Actor, locale: Locale): Promise<PlanSummary[]> {
    planPolicy.authorize(actor, 'read');
    const builtins = BUILTIN_SLUGS.map((slug) => builtinPlan(slug, locale)).map(({ days, ...p }) => ({ ...p, dayCount: days.length }));
    const stored = await this.repository.list();
    return [
      ...builtins,
      ...stored.map((r) => ({ id: r.id, slug: r.slug, title: r.title, description: r.description, language: r.language as Locale, builtIn: false, dayCount: r.day_count, updatedAt: r.updated_at })),
    ];
  }

  /** The sitemap's share: each plan's page, the built-ins first; authored plans with their last change. */
  async sitemapEntries(actor: Actor): Promise<SitemapEntry[]> {
    planPolicy.authorize(actor, 'read');
    const stored = await this.repository.sitemapRows(SITEMAP_AREA_LIMIT);
    return [...BUILTIN_SLUGS.map((slug) => ({ path: PLAN_PATHS.plan(slug) })), ...stored.map((r) => ({ path: PLAN_PATHS.plan(r.slug), lastmod: r.updated_at }))];
  }

  /** A plan by slug with its days, or null. */
  async find(slug: string, locale: Locale): Promise<Plan | null> {
    if (isBuiltinSlug(slug)) return builtinPlan(slug, locale);
    if (slug.length > 80) return null;
    const stored = await this.repository.findBySlug(slug);
    return stored ? storedPlan(stored) : null;
  }

  /** A plan by slug with its days; NOT_FOUND when there is none. */
  async get(actor: Actor, slug: string, locale: Locale): Promise<Plan> {
    planPolicy.authorize(actor, 'read');
    const plan = await this.find(slug, locale);
    if (!plan) throw new AppError('NOT_FOUND', 'There is no reading plan at this address.');
    return plan;
  }

  /** The authors' list: authored plans only (built-ins cannot be edited). */
  async listForAuthors(actor: Actor): Promise<PlanSummary[]> {
    planPolicy.authorize(actor, 'list');
    return (await this.list(actor, 'en')).filter((p) => !p.builtIn);
  }

  /** An authored plan as its editor shows it. */
  async getForEdit(actor: Actor, id: string): Promise<PlanEditValues> {
    planPolicy.authorize(actor, 'edit');
    const stored = /^[0-9a-f-]{36}$/.test(id) ? await this.repository.findById(id) : undefined;
    if (!stored) throw new AppError('NOT_FOUND', 'There is no such reading plan.');
    const { row, days } = stored;
    return { id: row.id, title: row.title, slug: row.slug, description: row.description, language: row.language as Locale, days: days.map((d) => d.source).join('\n') };
  }

  /** Creates an authored plan; every day must be a passage the engine knows. */
  async create(actor: Actor, raw: RawPlanInput): Promise<Plan> {
    planPolicy.authorize(actor, 'create');
    const input = checkPlanInput(raw);
    const now = this.deps.clock().toISOString();
    const id = randomUUID();
    await this.repository.transaction(async (repo) => {
      if (await repo.slugTaken(input.slug)) throw invalidFields({ slug: 'taken' }, `Another plan already has the address ${input.slug}.`);
      await repo.insert(
        { id, slug: input.slug, title: input.title, description: input.description, language: input.language, created_at: now, updated_at: now, created_by: actor.kind === 'user' ? actor.id : null },
        input.days,
      );
    });
    return (await this.find(input.slug, input.language))!;
  }

  /** Changes an authored plan (its days replaced; readers' progress by day number stays). */
  async update(actor: Actor, id: string, raw: RawPlanInput): Promise<Plan> {
    planPolicy.authorize(actor, 'edit');
    const existing = await this.getForEdit(actor, id);
    const input = checkPlanInput(raw);
    if (input.slug !== existing.slug) throw invalidFields({ slug: 'fixed' }, 'A plan’s address cannot change once people may follow it.');
    await this.repository.transaction(async (repo) => {
      await repo.update(id, { slug: input.slug, title: input.title, description: input.description, language: input.language, updated_at: this.deps.clock().toISOString() }, input.days);
    });
    return (await this.find(input.slug, input.language))!;
  }

  /** The CLI's import: a new plan, or the same slug again replaces that plan's fields and days. */
  async importPlan(actor: Actor, raw: RawPlanInput): Promise<{ plan: Plan; created: boolean }> {
    planPolicy.authorize(actor, 'create');
    const slug = checkPlanInput(raw).slug;
    const existing = await this.repository.findBySlug(slug);
    if (existing) return { plan: await this.update(actor, existing.row.id, { ...raw, slug }), created: false };
    return { plan: await this.create(actor, raw), created: true };
  }
}
