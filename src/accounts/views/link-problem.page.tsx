import type { PageContext } from '../../web/page-context.js';
import { CsrfField } from '../../web/views/forms/csrf-field.js';
import { Layout } from '../../web/views/layout.js';

/** Which link went wrong, and how. */
export type LinkProblem =
  | { kind: 'reset'; state: 'expired' | 'used' | 'invalid' }
  | { kind: 'invitation'; state: 'expired'; renewAction: string }
  | { kind: 'invitation'; state: 'used' | 'invalid' };

/**
 * An expired, used or unknown link: says plainly what happened and offers the way to a new one (a new
 * reset link; a fresh invitation sent to the invited address; or signing in).
 */
export function LinkProblemPage({ ctx, problem }: { ctx: PageContext; problem: LinkProblem }) {
  const { t } = ctx;
  const title = problem.state === 'used' ? t('link.used.title') : problem.state === 'expired' ? t('link.expired.title') : t('link.invalid.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {problem.kind === 'reset' && (
        <>
          <p>{problem.state === 'used' ? t('link.reset.used') : problem.state === 'expired' ? t('link.reset.expired') : t('link.reset.invalid')}</p>
          <p>
            <a class="button" href={ctx.href('/reset')}>
              {t('link.reset.again')}
            </a>
          </p>
          <p>
            <a href={ctx.href('/login')}>{t('link.signIn')}</a>
          </p>
        </>
      )}
      {problem.kind === 'invitation' && problem.state === 'expired' && (
        <>
          <p>{t('link.invitation.expired')}</p>
          <form method="post" action={problem.renewAction}>
            <CsrfField token={ctx.csrfToken()} />
            <button class="button" type="submit">
              {t('link.invitation.renew')}
            </button>
          </form>
        </>
      )}
      {problem.kind === 'invitation' && problem.state !== 'expired' && (
        <>
          <p>{problem.state === 'used' ? t('link.invitation.used') : t('link.invitation.invalid')}</p>
          <p>
            <a class="button" href={ctx.href('/login')}>
              {t('link.signIn')}
            </a>
          </p>
          <p>
            <a href={ctx.href('/reset')}>{t('login.forgot')}</a>
          </p>
        </>
      )}
    </Layout>
  );
}
