import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { StaffNav } from '../../moderation/views/staff-nav.js';
import { STAFF_PATHS } from '../../moderation/staff-pages.js';
import { SETTING_BOUNDS, type EditableSetting } from '../settings.service.js';

/** What the form shows: stored values, or what was typed when a submit failed. */
export type SettingsValues = Readonly<Record<EditableSetting, string>>;

interface SettingsPageProps {
  ctx: PageContext;
  values: SettingsValues;
  errors?: FormErrors;
  /** After a save: how many settings changed. */
  saved?: number;
}

const NUMERIC = ['flagThreshold', 'coverageTargetHours', 'expiryDays', 'purgeAfterDays', 'leaseMinutes'] as const;

/** `/admin/settings`: the ministry's prayer settings, one GOV.UK form. */
export function SettingsPage({ ctx, values, errors, saved }: SettingsPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('settings.title'), errors)}>
      <StaffNav ctx={ctx} />
      {saved !== undefined && <NotificationBanner title={saved > 0 ? t('settings.saved') : t('settings.savedNone')} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('settings.title')}</h1>
      <p class="lead">{t('settings.lead')}</p>
      <form method="post" action={ctx.href(STAFF_PATHS.settings)} novalidate>
        <CsrfField token={ctx.csrfToken()} />
        <ChoiceGroup
          t={t}
          type="radio"
          name="autoApprovePublic"
          legend={t('settings.autoApprovePublic.legend')}
          hint={t('settings.autoApprovePublic.hint')}
          error={errors?.autoApprovePublic}
          choices={[
            { value: 'no', label: t('settings.autoApprovePublic.no') },
            { value: 'yes', label: t('settings.autoApprovePublic.yes') },
          ]}
          checked={[values.autoApprovePublic]}
        />
        {NUMERIC.map((name) => (
          <TextInput
            key={name}
            t={t}
            name={name}
            label={t(`settings.${name}.label`)}
            hint={t(`settings.${name}.hint`, SETTING_BOUNDS[name])}
            error={errors?.[name]}
            value={values[name]}
            width={10}
            spellcheck={false}
            autocomplete="off"
          />
        ))}
        <button class="button" type="submit">
          {t('settings.submit')}
        </button>
      </form>
    </Layout>
  );
}
