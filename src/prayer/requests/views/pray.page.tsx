import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { EmailInput, FirstNameInput, LanguageChoice } from '../../../web/views/forms/contact-fields.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { Layout } from '../../../web/views/layout.js';
import { LIMITS } from '../../prayer.types.js';
import type { CrisisResource } from '../../safety/index.js';
import { CrisisPanel } from './crisis-panel.js';
import { categoryChoices, languageChoices, visibilityChoices } from './request-choices.js';

/** What the form holds: as typed, kept on a failed submit. */
export interface PrayFormValues {
  text?: string;
  forWhom?: string;
  category?: string;
  visibility?: string;
  firstName?: string;
  email?: string;
  language?: string;
}

interface PrayPageProps {
  ctx: PageContext;
  values?: PrayFormValues;
  errors?: FormErrors;
  /** Shown first when a refused (rate-limited) request carried crisis language. */
  crisis?: readonly CrisisResource[];
  /** Set when SUBMIT_RATE_LIMIT refused the request: minutes until it can be sent. */
  waitMinutes?: number;
}

/** `/pray`: the prayer request form (GOV.UK patterns; works without JavaScript). */
export function PrayPage({ ctx, values = {}, errors, crisis = [], waitMinutes }: PrayPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={waitMinutes ? t('form.errorTitle', { title: t('pray.title') }) : formTitle(t, t('pray.title'), errors)} scripts={['char-count']}>
      <CrisisPanel ctx={ctx} resources={crisis} pastoral={false} />
      {waitMinutes !== undefined && (
        <div class="error-summary" role="alert" aria-labelledby="wait-title" tabIndex={-1} autofocus>
          <h2 class="error-summary__title" id="wait-title">
            {t('pray.rateLimited.title')}
          </h2>
          <p>{t('pray.error.rateLimited', { minutes: waitMinutes })}</p>
        </div>
      )}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('pray.title')}</h1>
      <p class="lead">{t('pray.lead')}</p>
      <p class="notice">{t('pray.crisis')}</p>
      <form method="post" action={ctx.href('/pray')} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <Textarea
          t={t}
          name="text"
          label={t('pray.text.label')}
          hint={t('pray.text.hint', { max: LIMITS.requestText })}
          error={errors?.text}
          value={values.text}
          maxLength={LIMITS.requestText}
          rows={8}
        />
        <TextInput t={t} name="forWhom" label={t('pray.forWhom.label')} hint={t('pray.forWhom.hint')} error={errors?.forWhom} value={values.forWhom} width={30} />
        <ChoiceGroup t={t} type="radio" name="category" legend={t('pray.category.legend')} error={errors?.category} choices={categoryChoices(t)} checked={values.category ? [values.category] : []} />
        <ChoiceGroup
          t={t}
          type="radio"
          name="visibility"
          legend={t('pray.visibility.legend')}
          hint={t('pray.visibility.hint')}
          error={errors?.visibility}
          choices={visibilityChoices(t)}
          checked={values.visibility ? [values.visibility] : []}
        />
        <FirstNameInput t={t} label={t('pray.firstName.label')} hint={t('pray.firstName.hint')} error={errors?.firstName} value={values.firstName} />
        <EmailInput t={t} label={t('pray.email.label')} hint={t('pray.email.hint')} error={errors?.email} value={values.email} />
        <LanguageChoice t={t} legend={t('pray.language.legend')} error={errors?.language} choices={languageChoices(t)} value={values.language ?? ctx.locale} />
        <p>{t('pray.after')}</p>
        <button class="button" type="submit">
          {t('pray.submit')}
        </button>
      </form>
    </Layout>
  );
}
