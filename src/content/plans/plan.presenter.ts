// Plans as the JSON API shows them: summaries for the list, and a plan with its days' references.
import type { Locale } from '../../platform/i18n/locale.js';
import type { Plan } from './plan.js';
import { readingLabel } from './plan-reading.js';
import type { PlanSummary } from './plan.service.js';

/** A plan in the API's list. */
export function presentPlanSummary(p: PlanSummary, url: string) {
  return { slug: p.slug, title: p.title, description: p.description, language: p.language, builtIn: p.builtIn, dayCount: p.dayCount, url };
}

/** A plan with its days: OSIS (WEB numbering) and the reference in the reader's language. */
export function presentPlan(p: Plan, locale: Locale, url: string) {
  return {
    slug: p.slug,
    title: p.title,
    description: p.description,
    language: p.language,
    builtIn: p.builtIn,
    dayCount: p.days.length,
    url,
    days: p.days.map((d) => ({ day: d.day, osis: d.osis, reference: readingLabel(d.osis, locale) })),
  };
}
