import type { AnyMessageKey } from '../../../platform/i18n/translate.js';
import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import type { UnsubscribeSubject } from '../unsubscribe.service.js';

/** The kinds of email a link stops, as words ("Reminders to keep praying … and Crisis alerts …"). */
function kindsText(ctx: PageContext, subject: Extract<UnsubscribeSubject, { kind: 'user' }>): string {
  return new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(subject.notifications.map((k) => ctx.t(`notification.${k}` as AnyMessageKey)));
}

/**
 * `/unsubscribe/:token`: what the link stops and one button. Opening the link changes nothing (mail
 * scanners open links); the button — or a mail client's one-click POST — does.
 */
export function UnsubscribePage({ ctx, subject, action }: { ctx: PageContext; subject: UnsubscribeSubject; action: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('unsubscribe.title')}>
      <h1>{t('unsubscribe.title')}</h1>
      <p>{subject.kind === 'request' ? t('unsubscribe.request') : subject.kind === 'journey' ? t('unsubscribe.journey') : t('unsubscribe.user', { kinds: kindsText(ctx, subject) })}</p>
      <form method="post" action={action}>
        <button class="button" type="submit">
          {t('unsubscribe.button')}
        </button>
      </form>
    </Layout>
  );
}

/** After unsubscribing. */
export function UnsubscribedPage({ ctx, subject }: { ctx: PageContext; subject: UnsubscribeSubject }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('unsubscribe.doneTitle')}>
      <h1>{t('unsubscribe.doneTitle')}</h1>
      {subject.kind === 'request' ? (
        <p>{t('unsubscribe.doneRequest')}</p>
      ) : subject.kind === 'journey' ? (
        <p>{t('unsubscribe.doneJourney')}</p>
      ) : (
        <>
          <p>{t('unsubscribe.doneUser', { kinds: kindsText(ctx, subject) })}</p>
          <p>
            <a href={ctx.href('/account')}>{t('unsubscribe.accountLink')}</a>
          </p>
        </>
      )}
    </Layout>
  );
}

/** A link that is not ours, or whose request or person is gone (404). */
export function UnsubscribeInvalidPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('unsubscribe.invalidTitle')}>
      <h1>{t('unsubscribe.invalidTitle')}</h1>
      <p>{t('unsubscribe.invalid')}</p>
    </Layout>
  );
}
