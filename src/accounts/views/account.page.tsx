import { LOCALES } from '../../platform/i18n/locale.js';
import type { UserView } from '../user.presenter.js';
import { MAX_NAME_LENGTH } from '../user.service.js';
import type { PageContext } from '../../web/page-context.js';
import { ChoiceGroup } from '../../web/views/forms/choice-group.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import { formatDate } from './format.js';
import { RoleTags } from './role-tags.js';

/** What the account page's form holds (kept as typed when it fails). */
export interface ProfileValues {
  name: string;
  locale: string;
  languages: string[];
  notifications: string[];
}

/** Banners the account page can open with. */
export type AccountNotice = 'saved' | 'passwordChanged' | 'welcome' | 'covenantAccepted';

interface AccountPageProps {
  ctx: PageContext;
  user: UserView;
  values: ProfileValues;
  errors?: FormErrors;
  notice?: AccountNotice;
}

/** `/account`: who you are, your roles and covenant, your profile form, and links to security settings. */
export function AccountPage({ ctx, user, values, errors, notice }: AccountPageProps) {
  const { t } = ctx;
  const kinds = Object.keys(user.notifications);
  const needsCovenant = user.roles.includes('intercessor') && !user.covenantAcceptedAt;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('account.title'), errors)}>
      {notice && <NotificationBanner title={t(`account.notice.${notice}`)} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('account.title')}</h1>
      {needsCovenant && (
        <p class="notice">
          {t('account.covenantNeeded')} <a href={ctx.href('/covenant')}>{t('account.covenantLink')}</a>
        </p>
      )}
      <dl class="summary-list">
        <dt>{t('account.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>
          <RoleTags t={t} roles={user.roles} />
        </dd>
        <dt>{t('account.covenant')}</dt>
        <dd>
          {user.covenantAcceptedAt ? (
            t('account.covenantAcceptedOn', { date: formatDate(ctx.locale, user.covenantAcceptedAt) })
          ) : (
            <a href={ctx.href('/covenant')}>{t('account.covenantRead')}</a>
          )}
        </dd>
      </dl>
      <h2>{t('account.profile')}</h2>
      <form method="post" action={ctx.href('/account')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={t} name="name" label={t('profile.name')} hint={t('profile.nameHint', { max: MAX_NAME_LENGTH })} autocomplete="name" value={values.name} error={errors?.name} width={30} />
        <ChoiceGroup
          t={t}
          type="checkbox"
          name="languages"
          legend={t('profile.languages')}
          hint={t('profile.languagesHint')}
          error={errors?.languages}
          choices={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          checked={values.languages}
        />
        <ChoiceGroup
          t={t}
          type="radio"
          name="locale"
          legend={t('profile.locale')}
          error={errors?.locale}
          choices={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          checked={[values.locale]}
        />
        {kinds.length > 0 && (
          <ChoiceGroup
            t={t}
            type="checkbox"
            name="notifications"
            legend={t('profile.notifications')}
            hint={t('profile.notificationsHint')}
            error={errors?.notifications}
            choices={kinds.map((k) => ({ value: k, label: t(`notification.${k as 'requestUpdates'}`) }))}
            checked={values.notifications}
          />
        )}
        <button class="button" type="submit">
          {t('account.save')}
        </button>
      </form>
      <h2>{t('account.security')}</h2>
      <ul>
        <li>
          <a href={ctx.href('/account/password')}>{t('account.changePassword')}</a>
        </li>
        <li>
          <a href={ctx.href('/account/tokens')}>{t('account.tokens')}</a>
        </li>
      </ul>
      <form method="post" action={ctx.href('/account/sessions')}>
        <CsrfField token={ctx.csrfToken()} />
        <p>{t('account.signOutEverywhereHint')}</p>
        <button class="button button--secondary" type="submit">
          {t('account.signOutEverywhere')}
        </button>
      </form>
    </Layout>
  );
}
