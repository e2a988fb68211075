import type { PageContext } from '../../../web/page-context.js';
import { churchMessages } from '../churches.messages.js';

const PATH = '/moderation/churches';

/** The staff navigation's entry for the church listings, for moderators. */
export function ChurchesStaffLink({ ctx }: { ctx: PageContext }) {
  if (!ctx.viewer?.roles.includes('moderator')) return null;
  return (
    <li>
      <a href={ctx.href(PATH)} aria-current={ctx.path === PATH ? 'page' : ctx.path.startsWith(`${PATH}/`) ? 'true' : undefined}>
        {churchMessages(ctx.locale)('review.nav')}
      </a>
    </li>
  );
}
