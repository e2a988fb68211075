// The articles area, built once per process and shared by pages, feeds and the CLI.
import type { Kysely } from 'kysely';
import type { AuditService } from '../../accounts/audit.service.js';
import { systemClock, type Clock } from '../../accounts/clock.js';
import type { Tables } from '../../platform/db/tables.js';
import type { ScriptureServices } from '../../scripture/scripture.services.types.js';
import { ArticleService } from './article.service.js';

export interface ArticlesOptions {
  readonly db: Kysely<Tables>;
  readonly audit: AuditService;
  readonly scripture: Pick<ScriptureServices, 'passages' | 'search' | 'translations'>;
  readonly clock?: Clock;
}

export interface Articles {
  readonly articles: ArticleService;
}

export function createArticles(options: ArticlesOptions): Articles {
  return { articles: new ArticleService({ db: options.db, audit: options.audit, scripture: options.scripture, clock: options.clock ?? systemClock }) };
}
