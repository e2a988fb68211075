import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { ConsentCheckbox, EmailInput, FirstNameInput, LanguageChoice } from '../../../web/views/forms/contact-fields.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import { CrisisPanel } from '../../../prayer/requests/views/crisis-panel.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import type { CrisisResource } from '../../../prayer/safety/index.js';
import { STORY_KINDS, STORY_LANGUAGES, STORY_LIMITS } from '../story.js';

/** What the form holds: as typed, kept on a failed submit. */
export interface StoryFormValues {
  title?: string;
  text?: string;
  kind?: string;
  firstName?: string;
  email?: string;
  language?: string;
  consent?: string;
}

interface ShareStoryPageProps {
  ctx: PageContext;
  values?: StoryFormValues;
  errors?: FormErrors;
  /** Shown first when a refused (rate-limited) story carried crisis language. */
  crisis?: readonly CrisisResource[];
  /** Set when the per-address limit refused the story: minutes until it can be sent. */
  waitMinutes?: number;
}

/** `/stories/new`: "Share your story" (GOV.UK patterns; works without JavaScript). */
export function ShareStoryPage({ ctx, values = {}, errors, crisis = [], waitMinutes }: ShareStoryPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={waitMinutes ? t('form.errorTitle', { title: t('stories.new.title') }) : formTitle(t, t('stories.new.title'), errors)} scripts={['char-count']}>
      <CrisisPanel ctx={ctx} resources={crisis} pastoral={false} />
      {waitMinutes !== undefined && (
        <div class="error-summary" role="alert" aria-labelledby="wait-title" tabIndex={-1} autofocus>
          <h2 class="error-summary__title" id="wait-title">
            {t('stories.new.rateLimited.title')}
          </h2>
          <p>{t('stories.new.rateLimited', { minutes: waitMinutes })}</p>
        </div>
      )}
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('stories.new.title')}</h1>
      <p class="lead">{t('stories.new.lead')}</p>
      <p class="notice">{t('stories.new.crisis')}</p>
      <form method="post" action={ctx.href('/stories/new')} noValidate class="stack-form">
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={t} name="title" label={t('stories.new.titleField')} hint={t('stories.new.titleHint', { max: STORY_LIMITS.title })} error={errors?.title} value={values.title} width={30} />
        <Textarea
          t={t}
          name="text"
          label={t('stories.new.text')}
          hint={t('stories.new.textHint', { min: STORY_LIMITS.textMin, max: STORY_LIMITS.textMax })}
          error={errors?.text}
          value={values.text}
          maxLength={STORY_LIMITS.textMax}
          rows={12}
        />
        <ChoiceGroup
          t={t}
          type="radio"
          name="kind"
          legend={t('stories.new.kind')}
          error={errors?.kind}
          choices={STORY_KINDS.map((k) => ({ value: k, label: t(`stories.kind.${k}`) }))}
          checked={values.kind ? [values.kind] : []}
        />
        <FirstNameInput t={t} label={t('stories.new.firstName')} hint={t('stories.new.firstNameHint')} error={errors?.firstName} value={values.firstName} />
        <EmailInput t={t} label={t('stories.new.email')} hint={t('stories.new.emailHint')} error={errors?.email} value={values.email} />
        <LanguageChoice
          t={t}
          legend={t('stories.new.language')}
          error={errors?.language}
          choices={STORY_LANGUAGES.map((l) => ({ value: l, label: t(`request.language.${l}`) }))}
          value={values.language || ctx.locale}
        />
        <ConsentCheckbox t={t} legend={t('stories.new.consent')} error={errors?.consent} label={t('stories.new.consentLabel')} choiceHint={t('stories.new.consentHint')} value={values.consent} />
        <button class="button" type="submit">
          {t('stories.new.submit')}
        </button>
      </form>
    </Layout>
  );
}
