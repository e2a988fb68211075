import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { CrisisPanel } from '../../../prayer/requests/views/crisis-panel.js';
import type { CrisisResource } from '../../../prayer/safety/index.js';
import type { ResponseKind } from '../response.types.js';

interface ThanksPageProps {
  ctx: PageContext;
  kind: ResponseKind;
  /** A journey started (an email and consent were given). */
  journey: boolean;
  /** An email address was left. */
  contactable: boolean;
  /** "Please pray for me": the request's private page (shown once). */
  manageUrl?: string;
  crisis: readonly CrisisResource[];
  slug?: string;
}

/** The thank-you page after a response: what it means, and what will happen next. */
export function ThanksPage({ ctx, kind, journey, contactable, manageUrl, crisis, slug }: ThanksPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('respond.thanks.title')}>
      <CrisisPanel ctx={ctx} resources={crisis} pastoral={false} />
      {crisis.length > 0 && <p>{t('respond.crisis.pastors')}</p>}
      <div class="confirmation-panel">
        <h1 class="confirmation-panel__title">{t('respond.thanks.title')}</h1>
        <p>{t(`respond.thanks.${kind}`)}</p>
      </div>
      <h2>{t('respond.thanks.next')}</h2>
      {kind === 'question' && <p>{contactable ? t('respond.thanks.answer') : t('respond.thanks.noAnswer')}</p>}
      {manageUrl && (
        <>
          <p>{t('respond.thanks.privateLink')}</p>
          <p>
            <a class="button" href={manageUrl}>
              {t('respond.thanks.privateLinkAction')}
            </a>
          </p>
        </>
      )}
      <p>{journey ? t('respond.thanks.journey') : t('respond.thanks.noJourney')}</p>
      <ul>
        <li>
          <a href={ctx.href('/plans/john-21')}>{t('respond.thanks.read')}</a>
        </li>
        {slug && (
          <li>
            <a href={ctx.href(`/articles/${encodeURIComponent(slug)}`)}>{t('respond.thanks.back')}</a>
          </li>
        )}
      </ul>
    </Layout>
  );
}

/** The thank-you address without a valid reference (expired, tampered with, another device): received, and nothing more. */
export function ThanksExpiredPage({ ctx, slug }: { ctx: PageContext; slug: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('respond.thanks.expired.title')}>
      <h1>{t('respond.thanks.expired.title')}</h1>
      <p>{t('respond.thanks.expired.body')}</p>
      <ul>
        <li>
          <a href={ctx.href(`/articles/${encodeURIComponent(slug)}`)}>{t('respond.thanks.back')}</a>
        </li>
      </ul>
    </Layout>
  );
}
