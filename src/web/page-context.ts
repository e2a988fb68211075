import type { Locale } from '../platform/i18n/locale.js';
import { localePath } from '../platform/i18n/locale.js';
import { translator, type Translate } from '../platform/i18n/translate.js';
import type { Assets } from './assets.js';
import type { Actor, Role } from '../platform/auth/actor.js';

/** The signed-in person a page is rendered for (for the header's account links). */
export interface Viewer {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
}

/** What a page knows about the request beyond its locale and path. */
export interface RequestExtras {
  readonly actor?: Actor | null;
  /** Makes a CSRF token for a form (`request.csrfToken`). */
  readonly csrfToken?: () => string;
}

/** The viewer of a page, or null for the public. */
export function viewerOf(actor: Actor | null | undefined): Viewer | null {
  return actor?.kind === 'user' ? { name: actor.name, email: actor.email, roles: actor.roles } : null;
}

/** What every view needs to know about the request it renders for. */
export interface PageContext {
  readonly locale: Locale;
  readonly t: Translate;
  /** The page's path without any locale prefix, e.g. `/pray`. */
  readonly path: string;
  readonly assets: Assets;
  /** A link to `path` in this page's locale. */
  href(path: string): string;
  /** The signed-in person, or null. */
  readonly viewer: Viewer | null;
  /** A CSRF token for a form on this page (`<CsrfField token={ctx.csrfToken()} />`). */
  csrfToken(): string;
}

/** Builds the context for one rendered page. */
export function createPageContext(locale: Locale, path: string, assets: Assets, extras: RequestExtras = {}): PageContext {
  return {
    locale,
    t: translator(locale),
    path,
    assets,
    href: (target) => localePath(locale, target),
    viewer: viewerOf(extras.actor),
    csrfToken: () => {
      if (!extras.csrfToken) throw new Error('this page was rendered without a request, so it cannot carry a form');
      return extras.csrfToken();
    },
  };
}
