import type { PageContext } from '../../web/page-context.js';

/** The "go to a passage" box: accepts any reference in English or Spanish. */
export function PassageBox({ ctx, translation, value = '', error }: { ctx: PageContext; translation?: string; value?: string; error?: string }) {
  const { t } = ctx;
  return (
    <form class="inline-form" method="get" action={ctx.href('/bible/go')} role="search">
      <div class={error ? 'field field--error' : 'field'}>
        <label for="ref">{t('bible.goLabel')}</label>
        <p class="hint" id="ref-hint">
          {t('bible.goHint')}
        </p>
        {error ? (
          <p class="field-error" id="ref-error">
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <input
          id="ref"
          name="ref"
          type="text"
          value={value}
          maxLength={500}
          autoComplete="off"
          aria-describedby={error ? 'ref-hint ref-error' : 'ref-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
      </div>
      {translation ? <input type="hidden" name="translation" value={translation} /> : null}
      <button type="submit" class="button">
        {t('bible.goButton')}
      </button>
    </form>
  );
}
