// The one call intake needs: detect, then attach resources in the requester's language. Shaped like the
// `crisis` member of the POST /api/v1/prayer-requests answer.

import { assessCrisis, type CrisisMatch } from './crisis.detector.js';
import type { CrisisKind } from './crisis.lexicon.js';
import { crisisResources, type CrisisResource, type CrisisResourceOverrides } from './crisis.resources.js';

/** What the requester is shown (kind and resources) and what pastors review (kinds and matches). */
export interface CrisisCheck {
  /** The most urgent kind found. */
  readonly kind: CrisisKind;
  readonly kinds: readonly CrisisKind[];
  readonly resources: readonly CrisisResource[];
  /** Spans in the submitted text; for the pastoral alert, never for public display. */
  readonly matches: readonly CrisisMatch[];
}

/** Options for checkCrisis. */
export interface CrisisCheckOptions {
  readonly language: 'en' | 'es';
  /** Locale for resources ("en-US", "es-ES"); defaults to the request's language. */
  readonly locale?: string;
  readonly resources?: CrisisResourceOverrides;
}

/** Detects crisis language in `text` and returns the resources to show at once, or null. */
export function checkCrisis(text: string, options: CrisisCheckOptions): CrisisCheck | null {
  const { crisis } = assessCrisis(text, options.language);
  if (crisis === null) return null;
  return {
    kind: crisis.kinds[0],
    kinds: crisis.kinds,
    resources: crisisResources(options.locale ?? options.language, options.resources, crisis.kinds),
    matches: crisis.matches,
  };
}
