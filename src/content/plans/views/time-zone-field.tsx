import { timeZoneNames } from '../../../platform/i18n/time-zones.js';
import type { PageContext } from '../../../web/page-context.js';
import { Select } from '../../../web/views/forms/select.js';
import { planMessages } from '../plans.messages.js';

/**
 * The time-zone select of the start and settings forms. With `preselect` (a fresh start form) the
 * time-zone script picks the browser's own zone; without JavaScript, or after a failed submit, the
 * value given stands. A refused value is kept as an option of its own, so the reader sees what was sent.
 */
export function TimeZoneField({ ctx, value, error, hint, preselect }: { ctx: PageContext; value: string; error?: string; hint: string; preselect?: boolean }) {
  const m = planMessages(ctx.locale);
  const names = timeZoneNames();
  const options = [...(names.includes(value) ? [] : [{ value, label: value }]), ...names.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))];
  return (
    <div data-browser-zone={preselect ? '' : undefined}>
      <Select t={ctx.t} name="timeZone" label={m('plan.timeZone')} hint={hint} error={error} value={value} options={options} />
    </div>
  );
}
