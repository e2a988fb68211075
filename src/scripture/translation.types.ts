// What callers see of installed Bible translations, and the service that lists and resolves them.
import type { VersificationName } from './versification/index.js';
import type { ScriptureActor } from './scripture.actor.js';

/** An installed translation. */
export interface TranslationInfo {
  /** Short code used everywhere: `WEB`, `KJV`, `RV1909`. */
  readonly code: string;
  /** From the module's conf, e.g. "World English Bible with Deuterocanon". */
  readonly name: string;
  /** Language code from the conf (`en`, `es`). */
  readonly language: string;
  readonly versification: VersificationName;
  /** The conf's licence (DistributionLicense, else Copyright), e.g. "Public Domain". */
  readonly licence: string;
  /** The SWORD module it was imported from, e.g. `engWEB2015eb`. */
  readonly module: string;
  /** ISO-8601 UTC time of the last install. */
  readonly installedAt: string;
}

/** Lists installed translations and picks one for a request. */
export interface TranslationService {
  /** Every installed translation, by code. */
  list(actor: ScriptureActor): Promise<TranslationInfo[]>;
  /**
   * The translation with that code (case-insensitive), or, without a code, the default for the actor's
   * language (WEB for English, RV1909 for Spanish, else the first installed).
   * Throws AppError UNKNOWN_TRANSLATION (404, details.installed lists the codes) when there is none.
   */
  resolve(actor: ScriptureActor, input: { code?: string }): Promise<TranslationInfo>;
}
