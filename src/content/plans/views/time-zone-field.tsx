import { timeZoneNames } from '../../../platform/i18n/time-zones.js';
import type { PageContext } from '../../../web/page-context.js';
import { fieldDescription, LabelledField } from '../../../web/views/forms/field.js';
import { planMessages } from '../plans.messages.js';

/**
 * The time-zone select of the start and settings forms. With `preselect` (a fresh start form) the
 * time-zone script picks the browser's own zone; without JavaScript, or after a failed submit, the
 * value given stands. A refused value is kept as an option of its own, so the reader sees what was sent.
 * The ~420 options carry no value attribute (an option's value is then its text, the IANA name): the
 * list is most of the page, and this halves it.
 */
export function TimeZoneField({ ctx, value, error, hint, preselect }: { ctx: PageContext; value: string; error?: string; hint: string; preselect?: boolean }) {
  const m = planMessages(ctx.locale);
  const names = timeZoneNames();
  const options = names.includes(value) ? names : [value, ...names];
  const { describedBy } = fieldDescription('timeZone', { t: ctx.t, hint, error });
  return (
    <div data-browser-zone={preselect ? '' : undefined}>
      <LabelledField t={ctx.t} id="timeZone" label={m('plan.timeZone')} hint={hint} error={error}>
        <select class="select" id="timeZone" name="timeZone" aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
          {options.map((zone) => (
            <option selected={zone === value} key={zone}>
              {zone}
            </option>
          ))}
        </select>
      </LabelledField>
    </div>
  );
}
