import type { ApiTokenView } from '../api-token.presenter.js';
import { MAX_TOKEN_NAME_LENGTH } from '../api-token.service.js';
import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../web/views/forms/notification-banner.js';
import { TextInput } from '../../web/views/forms/text-input.js';
import { Layout } from '../../web/views/layout.js';
import { Table } from '../../web/views/table.js';
import { formatDateTime } from './format.js';

interface ApiTokensPageProps {
  ctx: PageContext;
  tokens: ApiTokenView[];
  /** A token just created: shown this once. */
  created?: { token: string; name: string };
  revoked?: boolean;
  name?: string;
  errors?: FormErrors;
}

/** `/account/tokens`: your API tokens, a form for a new one, and revoke buttons. */
export function ApiTokensPage({ ctx, tokens, created, revoked, name, errors }: ApiTokensPageProps) {
  const { t } = ctx;
  const live = tokens.filter((tk) => !tk.revokedAt);
  return (
    <Layout ctx={ctx} title={formTitle(t, t('tokens.title'), errors)}>
      <ErrorSummary t={t} errors={errors} />
      {created && (
        <NotificationBanner title={t('tokens.created.title', { name: created.name })}>
          <p>{t('tokens.created.once')}</p>
          <code class="secret" id="new-token">
            {created.token}
          </code>
          <p>{t('tokens.created.use')}</p>
        </NotificationBanner>
      )}
      {revoked && <NotificationBanner title={t('tokens.revoked')} />}
      <h1>{t('tokens.title')}</h1>
      <p>{t('tokens.lead')}</p>
      {live.length > 0 ? (
        <Table
          caption={t('tokens.caption')}
          columns={[t('tokens.name'), t('tokens.createdAt'), t('tokens.lastUsed'), <span class="visually-hidden">{t('tokens.actions')}</span>]}
        >
          {live.map((tk) => (
            <tr key={tk.id}>
              <td>{tk.name}</td>
              <td>{formatDateTime(ctx.locale, tk.createdAt)}</td>
              <td>{tk.lastUsedAt ? formatDateTime(ctx.locale, tk.lastUsedAt) : t('tokens.never')}</td>
              <td>
                <form method="post" action={ctx.href('/account/tokens')} class="inline-form">
                  <CsrfField token={ctx.csrfToken()} />
                  <input type="hidden" name="revoke" value={tk.id} />
                  <button class="link-button" type="submit">
                    {t('tokens.revoke')}
                    <span class="visually-hidden"> {tk.name}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </Table>
      ) : (
        <p>{t('tokens.none')}</p>
      )}
      <h2>{t('tokens.new')}</h2>
      <form method="post" action={ctx.href('/account/tokens')} noValidate>
        <CsrfField token={ctx.csrfToken()} />
        <TextInput t={t} name="tokenName" label={t('tokens.name')} hint={t('tokens.nameHint', { max: MAX_TOKEN_NAME_LENGTH })} value={name} error={errors?.tokenName} width={30} />
        <button class="button" type="submit">
          {t('tokens.create')}
        </button>
      </form>
      <p>
        <a href={ctx.href('/account')}>{t('account.back')}</a>
      </p>
    </Layout>
  );
}
