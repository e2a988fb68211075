import type { PageContext } from '../../../web/page-context.js';
import { churchMessages } from '../churches.messages.js';

/** The home page's way to the church directory. */
export function ChurchesHomeLink({ ctx }: { ctx: PageContext }) {
  const m = churchMessages(ctx.locale);
  return (
    <p>
      {m('churches.home')} <a href={ctx.href('/churches')}>{m('churches.homeLink')}</a>
    </p>
  );
}
