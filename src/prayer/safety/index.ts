// Safety checks for prayer requests and intercessors' notes: crisis language (self-harm, abuse, immediate
// danger) in English and Spanish with resources to show at once, and scrubbing of personal details from
// text that anyone but pastors will read. Pure functions: no database, no HTTP, no clock.

/** Detect crisis language; spans point into the original text. */
export { assessCrisis, prepareCrisisLexicon, CRISIS_KIND_ORDER } from './crisis.detector.js';
/** Types of a crisis assessment. */
export type { CrisisAssessment, CrisisLanguage, CrisisMatch } from './crisis.detector.js';
/** The kinds of crisis the lexicon knows. */
export type { CrisisKind } from './crisis.lexicon.js';
/** Detection plus resources in one call, shaped for the intake response. */
export { checkCrisis } from './crisis.check.js';
/** Types of the intake crisis check. */
export type { CrisisCheck, CrisisCheckOptions } from './crisis.check.js';
/** Crisis lines per locale, with US and Spain defaults and deployment overrides. */
export { crisisResources, DEFAULT_CRISIS_RESOURCES, DEFAULT_REGION_FOR_LANGUAGE } from './crisis.resources.js';
/** Types of crisis resources and their configuration. */
export type { CrisisResource, CrisisResourceEntry, CrisisResourceOverrides, CrisisResourceTable, LocalizedText } from './crisis.resources.js';
/** Remove emails, phones and addresses and cut surnames to initials in public text. */
export { scrubPublicText, PII_TOKENS } from './pii.scrub.js';
/** Types of a scrub result. */
export type { PiiKind, PiiRemoval, ScrubResult } from './pii.scrub.js';
