import type { PageContext } from '../../../web/page-context.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { AdminNav } from '../../../accounts/views/admin-nav.js';
import { JOURNEY_STEP_KEYS, type JourneyStepKey } from '../journey.steps.js';
import { RESPONSE_PATHS } from '../response.paths.js';

/** The form's values per step, as typed. */
export type JourneyFormValues = Record<JourneyStepKey, { day: string; enabled: boolean }>;

/** `/admin/journeys`: per step of the follow-up journey, whether it is sent and on which day. */
export function JourneySettingsPage({ ctx, values, errors, saved }: { ctx: PageContext; values: JourneyFormValues; errors?: FormErrors; saved?: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('journeySettings.title'), errors)}>
      <AdminNav ctx={ctx} />
      {saved && <NotificationBanner title={t('journeySettings.saved')} />}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('journeySettings.title')}</h1>
      <p class="lead">{t('journeySettings.lead')}</p>
      <form method="post" action={ctx.href(RESPONSE_PATHS.journeySettings)} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        {JOURNEY_STEP_KEYS.map((key) => (
          <fieldset class="fieldset" key={key}>
            <legend class="fieldset__legend">{t(`journey.step.${key}`)}</legend>
            <div class="choice">
              <input class="choice__input" id={`${key}Enabled`} name={`${key}Enabled`} type="checkbox" value="yes" checked={values[key].enabled} />
              <label class="choice__label" for={`${key}Enabled`}>
                {t('journeySettings.send')}
              </label>
            </div>
            <TextInput t={t} name={`${key}Day`} label={t('journeySettings.day')} hint={t('journeySettings.dayHint')} error={errors?.[`${key}Day`]} value={values[key].day} width={10} />
          </fieldset>
        ))}
        <button class="button" type="submit">
          {t('journeySettings.submit')}
        </button>
      </form>
    </Layout>
  );
}
