import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { articlesNavLabel } from '../../content/articles/articles.messages.js';
import { LOCALES, localePath } from '../../platform/i18n/locale.js';
import type { PageContext } from '../page-context.js';
import { PageHead } from './page-head.js';
import { STAFF_PATHS, ministryHome } from '../../prayer/moderation/staff-pages.js';

interface LayoutProps {
  ctx: PageContext;
  title: string;
  /** Client scripts this page needs (entry names in src/web/client); most pages need none. */
  scripts?: string[];
  description?: string;
  children: ComponentChildren;
}

const NAV: Array<{ path: string; key: 'nav.home' | 'nav.pray' | 'nav.wall' | 'nav.intercede' | 'nav.bible' }> = [
  { path: '/', key: 'nav.home' },
  { path: '/pray', key: 'nav.pray' },
  { path: '/wall', key: 'nav.wall' },
  { path: '/intercede', key: 'nav.intercede' },
  { path: '/bible', key: 'nav.bible' },
];

/** The shell of every page: landmarks, skip link, navigation, language switch, footer. */
export function Layout({ ctx, title, scripts = [], description, children }: LayoutProps) {
  const { t } = ctx;
  const other = LOCALES.find((l) => l !== ctx.locale) ?? 'en';
  const siteName = t('site.name');
  const extraHead = useContext(PageHead);
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title === siteName ? siteName : `${title} · ${siteName}`}</title>
        <meta name="description" content={description ?? t('site.tagline')} />
        {LOCALES.map((l) => (
          <link rel="alternate" hrefLang={l} href={localePath(l, ctx.path)} key={l} />
        ))}
        <link rel="icon" href={ctx.assets.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ctx.assets.stylesheet} />
        {scripts.map((s) => (
          <script type="module" src={ctx.assets.script(s)} key={s} />
        ))}
        {ctx.viewer && <meta name="csrf-token" content={ctx.csrfToken()} />}
        {extraHead}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="site-name" href={ctx.href('/')}>
              {siteName}
            </a>
            <nav class="site-nav" aria-label={t('nav.main')}>
              <ul>
                {NAV.map((item) => (
                  <li key={item.path}>
                    <a href={ctx.href(item.path)} aria-current={ctx.path === item.path ? 'page' : item.path !== '/' && ctx.path.startsWith(item.path + '/') ? 'true' : undefined}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
                <li>
                  <a href={ctx.href('/articles')} aria-current={ctx.path === '/articles' ? 'page' : ctx.path.startsWith('/articles/') ? 'true' : undefined}>
                    {articlesNavLabel(ctx.locale)}
                  </a>
                </li>
                <li>
                  <a href={localePath(other, ctx.path)} hrefLang={other} lang={other}>
                    {t('nav.switchTo')}
                  </a>
                </li>
              </ul>
            </nav>
            <AccountNav ctx={ctx} />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="site-footer__inner">
            <p>{t('footer.privacy')}</p>
            <p>{t('footer.about')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** Sign in, or (signed in) the account page, the admin pages for admins, and signing out. */
function AccountNav({ ctx }: { ctx: PageContext }) {
  const { t, viewer } = ctx;
  return (
    <nav class="account-nav" aria-label={t('nav.account')}>
      <ul>
        {viewer ? (
          <>
            <li>
              <a href={ctx.href('/account')} aria-current={ctx.path === '/account' ? 'page' : undefined}>
                {t('nav.yourAccount')}
              </a>
            </li>
            {ministryHome(viewer.roles) && (
              <li>
                <a href={ctx.href(ministryHome(viewer.roles)!)} aria-current={ctx.path === ministryHome(viewer.roles) ? 'page' : (Object.values(STAFF_PATHS) as string[]).includes(ctx.path) ? 'true' : undefined}>
                  {t('nav.ministry')}
                </a>
              </li>
            )}
            {viewer.roles.includes('admin') && (
              <li>
                <a href={ctx.href('/admin')} aria-current={ctx.path === '/admin' ? 'page' : undefined}>
                  {t('nav.admin')}
                </a>
              </li>
            )}
            {viewer.roles.includes('author') && (
              <li>
                <a href={ctx.href('/write/articles')} aria-current={ctx.path === '/write/articles' ? 'page' : ctx.path.startsWith('/write/articles/') ? 'true' : undefined}>
                  {articlesNavLabel(ctx.locale, 'admin')}
                </a>
              </li>
            )}
            <li>
              <form method="post" action={ctx.href('/logout')} class="inline-form">
                <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                <button type="submit" class="link-button">
                  {t('nav.signOut')}
                </button>
              </form>
            </li>
          </>
        ) : (
          <li>
            <a href={ctx.href('/login')} aria-current={ctx.path === '/login' ? 'page' : undefined}>
              {t('nav.signIn')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
