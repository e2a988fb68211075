import type { PageContext } from '../../web/page-context.js';
import { TextInput } from '../../web/views/forms/text-input.js';

/** The "go to a passage" box: accepts any reference in English or Spanish. */
export function PassageBox({ ctx, translation, value = '', error }: { ctx: PageContext; translation?: string; value?: string; error?: string }) {
  const { t } = ctx;
  return (
    <form class="inline-form" method="get" action={ctx.href('/bible/go')} role="search">
      <TextInput t={t} name="ref" label={t('bible.goLabel')} hint={t('bible.goHint')} error={error} value={value} width={20} />
      {translation ? <input type="hidden" name="translation" value={translation} /> : null}
      <button type="submit" class="button">
        {t('bible.goButton')}
      </button>
    </form>
  );
}
