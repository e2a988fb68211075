import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { ConsentCheckbox, EmailInput, FirstNameInput, LanguageChoice } from '../../../web/views/forms/contact-fields.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import type { FormErrors } from '../../../web/views/forms/form-errors.js';
import { languageChoices } from '../../../prayer/requests/views/request-choices.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { isFormId, newFormId } from '../response-receipt.js';
import { RESPONSE_KINDS, RESPONSE_LIMITS } from '../response.types.js';

/** What the form holds: as typed, kept on a failed submit. */
export interface ResponseFormValues {
  kind?: string;
  message?: string;
  firstName?: string;
  email?: string;
  consent?: string;
  language?: string;
  /** This rendering's one-time id, kept when the form comes back with errors (response-receipt.ts). */
  formId?: string;
}

/** The response form (GOV.UK patterns, no JavaScript needed): the four choices, a message, contact details and consent. */
export function ResponseForm({ ctx, action, values = {}, errors }: { ctx: PageContext; action: string; values?: ResponseFormValues; errors?: FormErrors }) {
  const { t } = ctx;
  const kinds = RESPONSE_KINDS.map((k) => ({ value: k, label: t(`respond.kind.${k}`), hint: k === 'prayer' ? t('respond.kind.prayer.hint') : undefined }));
  return (
    <form method="post" action={action} noValidate class="stack-form">
      <CsrfField token={ctx.csrfToken()} />
      <input type="hidden" name="formId" value={isFormId(values.formId) ? values.formId : newFormId()} />
      <ChoiceGroup t={t} type="radio" name="kind" legend={t('respond.kind.legend')} error={errors?.kind} choices={kinds} checked={values.kind ? [values.kind] : []} />
      <Textarea
        t={t}
        name="message"
        label={t('respond.message.label')}
        hint={t('respond.message.hint', { max: RESPONSE_LIMITS.message })}
        error={errors?.message}
        value={values.message}
        maxLength={RESPONSE_LIMITS.message}
        rows={5}
      />
      <FirstNameInput t={t} label={t('respond.firstName.label')} error={errors?.firstName} value={values.firstName} />
      <EmailInput t={t} label={t('respond.email.label')} hint={t('respond.email.hint')} error={errors?.email} value={values.email} />
      <ConsentCheckbox t={t} legend={t('respond.consent.legend')} hint={t('respond.consent.hint')} error={errors?.consent} label={t('respond.consent.label')} value={values.consent} />
      <LanguageChoice t={t} legend={t('respond.language.legend')} error={errors?.language} choices={languageChoices(t)} value={values.language ?? ctx.locale} />
      <p class="muted">{t('respond.privacy')}</p>
      <button class="button" type="submit">
        {t('respond.submit')}
      </button>
    </form>
  );
}
