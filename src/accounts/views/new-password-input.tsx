import type { Translate } from '../../platform/i18n/translate.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { MIN_PASSWORD_LENGTH } from '../password-policy.js';

/** The field where someone chooses a password: the policy as its hint, and `new-password` so that password managers offer a strong one. */
export function NewPasswordInput({ t, label, error }: { t: Translate; label: string; error?: string }) {
  return (
    <TextInput
      t={t}
      name="password"
      type="password"
      label={label}
      hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
      autocomplete="new-password"
      error={error}
      width={30}
    />
  );
}
