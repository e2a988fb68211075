// What a reading plan is, wherever it comes from (generated built-ins or an author's rows).
import type { Locale } from '../../platform/i18n/locale.js';

/** One day's reading: OSIS in the WEB's (NRSVA) numbering, e.g. `John.3` or `Ps.1-Ps.5`. */
export interface PlanDay {
  readonly day: number;
  readonly osis: string;
  /** What the author typed, for authored plans ("John 3:16-21; Rom 8"). */
  readonly source?: string;
}

/** A plan as readers see it, with its words in one language. */
export interface Plan {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** The language an authored plan is written in; null for built-ins (they speak both). */
  readonly language: Locale | null;
  readonly builtIn: boolean;
  readonly days: readonly PlanDay[];
  /** Authored plans only. */
  readonly id?: string;
  readonly updatedAt?: string;
}

/** A plan slug: lower-case letters, digits and single hyphens. */
export const PLAN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
