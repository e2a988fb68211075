import type { PageContext } from '../../../web/page-context.js';
import { Layout } from '../../../web/views/layout.js';
import { churchMessages } from '../churches.messages.js';

/** What the link stops, and the button that stops it (mail scanners open links; only the button acts). */
export function ChurchUnsubscribePage({ ctx, name, action, done }: { ctx: PageContext; name: string; action: string; done: boolean }) {
  const m = churchMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('unsubscribe.title')}>
      <h1>{m('unsubscribe.title')}</h1>
      {done ? (
        <p role="status">{m('unsubscribe.done')}</p>
      ) : (
        <>
          <p>{m('unsubscribe.body', { name })}</p>
          <form method="post" action={action}>
            <button class="button" type="submit">
              {m('unsubscribe.submit')}
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}

/** A link that is not ours (or whose listing is gone). */
export function ChurchUnsubscribeInvalidPage({ ctx }: { ctx: PageContext }) {
  const m = churchMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m('unsubscribe.title')}>
      <h1>{m('unsubscribe.title')}</h1>
      <p>{m('unsubscribe.invalid')}</p>
    </Layout>
  );
}
