import type { Role } from '../../platform/auth/actor.js';
import { roleList } from '../mail/invitation.mail.js';
import { MAX_NAME_LENGTH } from '../user.service.js';
import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import { NewPasswordInput } from './new-password-input.js';

interface InvitationPageProps {
  ctx: PageContext;
  email: string;
  roles: readonly Role[];
  action: string;
  name?: string;
  errors?: FormErrors;
}

/** `/invite/:token`: the invitee gives their name and chooses a password. */
export function InvitationPage({ ctx, email, roles, action, name, errors }: InvitationPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(t, t('invite.accept.title'), errors)}>
      <ErrorSummary t={t} errors={errors} />
      <h1>{t('invite.accept.title')}</h1>
      <p>{t('invite.accept.lead', { roles: roleList(ctx.locale, roles) })}</p>
      <dl class="summary-list">
        <dt>{t('invite.accept.email')}</dt>
        <dd>{email}</dd>
      </dl>
      <form method="post" action={action} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <input type="hidden" name="username" value={email} autocomplete="username" />
        <TextInput t={t} name="name" label={t('profile.name')} hint={t('profile.nameHint', { max: MAX_NAME_LENGTH })} autocomplete="name" value={name} error={errors?.name} width={30} />
        <NewPasswordInput t={t} label={t('choosePassword.label')} error={errors?.password} />
        <button class="button" type="submit">
          {t('invite.accept.submit')}
        </button>
      </form>
    </Layout>
  );
}
