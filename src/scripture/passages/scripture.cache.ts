// The in-process cache behind passage lookups: installed translations and, loaded on first use, each
// translation's verses. An install in this process invalidates it at once; an install by another process
// (the CLI beside a running server) is noticed within `revalidateMs`, by comparing install times.
import type { Kysely } from 'kysely';
import type { Tables, TranslationTable } from '../../platform/db/tables.js';
import { TranslationRepository } from '../translation.repository.js';
import type { TranslationInfo } from '../translation.types.js';
import { ordinalTable } from '../verse-ordinal.js';
import { VerseRepository } from '../verse.repository.js';
import { isVersificationName } from '../versification/index.js';
import { TranslationText } from './translation.text.js';

/** How often the cache asks the database whether translations changed (default 5 s). */
export interface CacheOptions {
  readonly revalidateMs?: number;
  readonly now?: () => number;
}

function toInfo(row: TranslationTable): TranslationInfo | undefined {
  if (!isVersificationName(row.versification)) return undefined;
  return Object.freeze({
    code: row.code,
    name: row.name,
    language: row.language,
    versification: row.versification,
    licence: row.licence,
    module: row.module,
    installedAt: row.installed_at,
  });
}

/** Installed translations and their verses, in memory. */
export class ScriptureCache {
  private list: readonly TranslationInfo[] | undefined;
  private checkedAt = -Infinity;
  private listing: Promise<readonly TranslationInfo[]> | undefined;
  private readonly texts = new Map<string, Promise<TranslationText>>();
  private readonly revalidateMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Tables>,
    options: CacheOptions = {},
  ) {
    this.revalidateMs = options.revalidateMs ?? 5000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Installed translations by code; re-read from the database at most every `revalidateMs`. */
  translations(): Promise<readonly TranslationInfo[]> | readonly TranslationInfo[] {
    if (this.list && this.now() - this.checkedAt < this.revalidateMs) return this.list;
    this.listing ??= this.reload().finally(() => (this.listing = undefined));
    return this.listing;
  }

  /** A translation's verses, loaded on first use. `info` must come from `translations()`. */
  text(info: TranslationInfo): Promise<TranslationText> {
    let t = this.texts.get(info.code);
    if (!t) {
      t = this.load(info);
      this.texts.set(info.code, t);
      // A failed load must not stay cached.
      t.catch(() => this.texts.delete(info.code));
    }
    return t;
  }

  /** Forgets everything (after an install in this process). */
  invalidate(): void {
    this.list = undefined;
    this.texts.clear();
  }

  private async reload(): Promise<readonly TranslationInfo[]> {
    const rows = await new TranslationRepository(this.db).list();
    const list = rows.map(toInfo).filter((i): i is TranslationInfo => i !== undefined);
    for (const [code, pending] of this.texts) {
      const now = list.find((i) => i.code === code);
      const cached = await pending.catch(() => undefined);
      if (!now || !cached || cached.info.installedAt !== now.installedAt) this.texts.delete(code);
    }
    this.list = Object.freeze(list);
    this.checkedAt = this.now();
    return this.list;
  }

  private async load(info: TranslationInfo): Promise<TranslationText> {
    const rows = await new VerseRepository(this.db).loadTranslation(info.code);
    return new TranslationText(info, ordinalTable(info.versification), rows);
  }
}
