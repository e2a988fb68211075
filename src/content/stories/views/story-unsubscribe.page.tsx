import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';

/**
 * `/stories/unsubscribe/:token`: opening the link only shows a button (mail scanners open links); the
 * button, or the mail client's one-click POST, forgets the address. The secret link itself is the proof
 * (no CSRF token, as for the prayer area's unsubscribe links): all a forged form could do is stop emails.
 */
export function StoryUnsubscribePage({ ctx, token, done }: { ctx: PageContext; token: string; done: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('stories.unsubscribe.title')}>
      <h1>{t('stories.unsubscribe.title')}</h1>
      {done ? (
        <p role="status">{t('stories.unsubscribe.done')}</p>
      ) : (
        <>
          <p>{t('stories.unsubscribe.lead')}</p>
          <form method="post" action={ctx.href(`/stories/unsubscribe/${encodeURIComponent(token)}`)}>
            <button type="submit" class="button">
              {t('stories.unsubscribe.button')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
