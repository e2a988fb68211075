/**
 * Who asks the Scripture services. Scripture is public, so only the reader's language matters: it picks
 * the default translation and the language of book names. Any account actor with a `locale` fits.
 */
export interface ScriptureActor {
  readonly locale?: 'en' | 'es';
}

/** The actor for callers without a reader (the CLI, jobs): English defaults. */
export const ANONYMOUS_READER: ScriptureActor = Object.freeze({});
