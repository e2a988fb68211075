import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import type { FormErrors } from '../../../web/views/forms/form-errors.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { SERVICE_LANGUAGES, TRADITIONS } from '../church.input.js';
import type { ChurchView } from '../church.presenter.js';
import type { ChurchTranslate } from '../churches.messages.js';
import { countryChoices } from '../countries.js';
import { languageName } from './format.js';
import { Select } from '../../../web/views/forms/select.js';

/** What the listing form holds: as typed, kept on a failed submit. */
export interface ChurchFormValues {
  name?: string;
  street?: string;
  city?: string;
  postalCode?: string;
  country?: string;
  latitude?: string;
  longitude?: string;
  website?: string;
  serviceTimes?: string;
  languages?: string[];
  tradition?: string;
  traditionOther?: string;
  email?: string;
}

/** A stored listing as form values (a moderator's edit starts from it). */
export function formValuesOf(church: ChurchView): ChurchFormValues {
  return {
    name: church.name,
    street: church.street,
    city: church.city,
    postalCode: church.postalCode,
    country: church.country,
    latitude: church.latitude === null ? '' : String(church.latitude),
    longitude: church.longitude === null ? '' : String(church.longitude),
    website: church.website ?? '',
    serviceTimes: church.serviceTimes.join('\n'),
    languages: [...church.languages],
    tradition: church.tradition,
    traditionOther: church.traditionOther ?? '',
  };
}

interface FieldsProps {
  ctx: PageContext;
  m: ChurchTranslate;
  values: ChurchFormValues;
  errors?: FormErrors;
  /** The submitter's own address field (not on a moderator's edit). */
  withEmail: boolean;
}

/** The listing's fields, GOV.UK style, grouped as a person thinks of them: where, what, who. */
export function ChurchFields({ ctx, m, values, errors = {}, withEmail }: FieldsProps) {
  const { t } = ctx;
  const languageChoices = SERVICE_LANGUAGES.map((code) => ({ value: code, label: languageName(code, ctx.locale) }));
  const traditionChoices = TRADITIONS.map((value) => ({ value, label: m(`tradition.${value}`) }));
  return (
    <>
      <TextInput t={t} name="name" label={m('field.name')} error={errors.name} value={values.name} width={30} />
      <h2>{m('churches.new.section.place')}</h2>
      <TextInput t={t} name="street" label={m('field.street')} hint={m('field.street.hint')} error={errors.street} value={values.street} autocomplete="street-address" width={30} />
      <TextInput t={t} name="city" label={m('field.city')} error={errors.city} value={values.city} autocomplete="address-level2" width={20} />
      <TextInput t={t} name="postalCode" label={m('field.postalCode')} hint={m('field.postalCode.hint')} error={errors.postalCode} value={values.postalCode} autocomplete="postal-code" spellcheck={false} width={10} />
      <Select t={t} name="country" label={m('field.country')} error={errors.country} value={values.country} empty={m('field.country.choose')} options={countryChoices(ctx.locale)} />
      <div class={`form-group${errors.latitude || errors.longitude ? ' form-group--error' : ''}`}>
        <fieldset class="fieldset" aria-describedby="position-hint">
          <legend class="fieldset__legend">{m('field.position')}</legend>
          <div class="hint" id="position-hint">
            {m('field.position.hint')}
          </div>
          <TextInput t={t} name="latitude" label={m('field.latitude')} error={errors.latitude} value={values.latitude} spellcheck={false} width={10} />
          <TextInput t={t} name="longitude" label={m('field.longitude')} error={errors.longitude} value={values.longitude} spellcheck={false} width={10} />
        </fieldset>
      </div>
      <h2>{m('churches.new.section.about')}</h2>
      <TextInput t={t} name="website" type="url" label={m('field.website')} hint={m('field.website.hint')} error={errors.website} value={values.website} autocomplete="url" spellcheck={false} width={30} />
      <div class={`form-group${errors.serviceTimes ? ' form-group--error' : ''}`}>
        <label class="label" for="serviceTimes">
          {m('field.serviceTimes')}
        </label>
        <div class="hint" id="serviceTimes-hint">
          {m('field.serviceTimes.hint')}
        </div>
        {errors.serviceTimes && (
          <p class="error-message" id="serviceTimes-error">
            <span class="visually-hidden">{t('form.errorPrefix')}</span> {errors.serviceTimes}
          </p>
        )}
        <textarea
          class={`textarea${errors.serviceTimes ? ' textarea--error' : ''}`}
          id="serviceTimes"
          name="serviceTimes"
          rows={4}
          aria-describedby={errors.serviceTimes ? 'serviceTimes-hint serviceTimes-error' : 'serviceTimes-hint'}
          aria-invalid={errors.serviceTimes ? 'true' : undefined}
          value={values.serviceTimes ?? ''}
        />
      </div>
      <ChoiceGroup t={t} type="checkbox" name="languages" legend={m('field.languages')} hint={m('field.languages.hint')} error={errors.languages} choices={languageChoices} checked={values.languages ?? []} />
      <ChoiceGroup t={t} type="radio" name="tradition" legend={m('field.tradition')} error={errors.tradition} choices={traditionChoices} checked={values.tradition ? [values.tradition] : []} />
      <TextInput t={t} name="traditionOther" label={m('field.traditionOther')} error={errors.traditionOther} value={values.traditionOther} width={20} />
      {withEmail && (
        <>
          <h2>{m('churches.new.section.you')}</h2>
          <TextInput t={t} name="email" type="email" label={m('field.email')} hint={m('field.email.hint')} error={errors.email} value={values.email} autocomplete="email" spellcheck={false} width={30} />
        </>
      )}
    </>
  );
}
