import type { PageContext } from '../../../web/page-context.js';
import { ChoiceGroup } from '../../../web/views/forms/choice-group.js';
import { CsrfField } from '../../../web/views/forms/csrf-field.js';
import { ErrorSummary } from '../../../web/views/forms/error-summary.js';
import { formTitle, type FormErrors } from '../../../web/views/forms/form-errors.js';
import { NotificationBanner } from '../../../web/views/forms/notification-banner.js';
import { TextInput } from '../../../web/views/forms/text-input.js';
import { Layout } from '../../../web/views/layout.js';
import type { TranslationInfo } from '../../../scripture/translation.types.js';
import type { ArticleView } from '../article.presenter.js';
import { articleMessages } from '../articles.messages.js';
import type { CheckReport } from '../scripture.check.js';
import { ArticlesAdminNav } from './admin-nav.js';
import { StateTag } from './admin-articles.page.js';
import { CheckReportView } from './check-report.js';
import { Select } from '../../../web/views/forms/select.js';
import { Textarea } from '../../../web/views/forms/textarea.js';
import { articlePath } from './format.js';

/** What the editor form holds, as typed (kept on a failed save). */
export interface EditorValues {
  title: string;
  slug: string;
  summary: string;
  tags: string;
  translation: string;
  language: string;
  publishAt: string;
  /** auto | yes | no */
  respond: string;
  body: string;
}

export const EMPTY_EDITOR: EditorValues = { title: '', slug: '', summary: '', tags: '', translation: '', language: '', publishAt: '', respond: 'auto', body: '' };

interface EditorProps {
  ctx: PageContext;
  /** The article being edited; undefined for a new one. */
  article?: ArticleView;
  values: EditorValues;
  errors?: FormErrors;
  translations: readonly TranslationInfo[];
  /** The server-rendered preview (after Preview, or on opening an existing article). */
  preview?: { html: string; report: CheckReport };
  notice?: string;
  /** Editing the text of this older revision. */
  restoring?: number;
}

/** `/write/articles/new` and `/write/articles/:id`: fields, body, Preview (works without JavaScript), the Scripture check. */
export function ArticleEditorPage({ ctx, article, values, errors, translations, preview, notice, restoring }: EditorProps) {
  const { t } = ctx;
  const m = articleMessages(ctx.locale);
  const heading = article ? m('admin.articles.editTitle', { title: article.title }) : m('admin.articles.newTitle');
  const action = ctx.href(article ? `/write/articles/${article.id}` : '/write/articles/new');
  return (
    <Layout ctx={ctx} title={formTitle(t, heading, errors)} scripts={['article-editor', 'scripture-popover']}>
      <ArticlesAdminNav ctx={ctx} />
      <ErrorSummary t={t} errors={errors} />
      {notice && <NotificationBanner title={notice} />}
      <h1>{heading}</h1>
      {article && (
        <p>
          <StateTag state={article.state} ctx={ctx} /> <a href={ctx.href(articlePath(article.slug))}>{m('admin.articles.viewLink')}</a> ·{' '}
          <a href={ctx.href(`/write/articles/${article.id}/revisions`)}>{m('admin.articles.revisions')}</a>
        </p>
      )}
      {restoring !== undefined && <p class="notice">{m('admin.articles.restoring', { number: restoring })}</p>}
      <form method="post" action={action} noValidate class="article-editor" data-preview-url={ctx.href('/write/articles/preview')} data-msg-updated={m('admin.articles.previewUpdated')} data-msg-failed={m('admin.articles.previewFailed')}>
        <CsrfField token={ctx.csrfToken()} />
        {article && <input type="hidden" name="revision" value={String(article.revision)} />}
        {restoring !== undefined && <input type="hidden" name="restoredFrom" value={String(restoring)} />}
        <TextInput t={t} name="title" label={m('admin.articles.field.title')} value={values.title} error={errors?.title} />
        <TextInput t={t} name="slug" label={m('admin.articles.field.slug')} hint={m('admin.articles.field.slugHint')} value={values.slug} error={errors?.slug} spellcheck={false} width={30} />
        <Textarea t={t} name="summary" label={m('admin.articles.field.summary')} hint={m('admin.articles.field.summaryHint')} value={values.summary} error={errors?.summary} rows={3} />
        <TextInput t={t} name="tags" label={m('admin.articles.field.tags')} hint={m('admin.articles.field.tagsHint')} value={values.tags} error={errors?.tags} />
        <Select
          t={t}
          name="translation"
          label={m('admin.articles.field.translation')}
          hint={m('admin.articles.field.translationHint')}
          error={errors?.translation}
          value={values.translation}
          options={[{ value: '', label: m('admin.articles.field.translationDefault') }, ...translations.map((tr) => ({ value: tr.code, label: `${tr.code} — ${tr.name}` }))]}
        />
        <ChoiceGroup
          t={t}
          type="radio"
          name="language"
          legend={m('admin.articles.field.language')}
          error={errors?.language}
          choices={[
            { value: 'en', label: m('language.en') },
            { value: 'es', label: m('language.es') },
          ]}
          checked={[values.language || 'en']}
        />
        <TextInput t={t} name="publishAt" label={m('admin.articles.field.publishAt')} hint={m('admin.articles.field.publishAtHint')} value={values.publishAt} error={errors?.publishAt} spellcheck={false} width={20} />
        <ChoiceGroup
          t={t}
          type="radio"
          name="respond"
          legend={m('admin.articles.field.respond')}
          hint={m('admin.articles.field.respondHint')}
          error={errors?.respond}
          choices={[
            { value: 'auto', label: m('admin.articles.field.respondAuto') },
            { value: 'yes', label: m('admin.articles.field.respondYes') },
            { value: 'no', label: m('admin.articles.field.respondNo') },
          ]}
          checked={[values.respond || 'auto']}
        />
        <Textarea t={t} name="body" label={m('admin.articles.field.body')} hint={m('admin.articles.field.bodyHint')} value={values.body} error={errors?.body} rows={24} code />
        <div class="button-group">
          <button class="button" type="submit" name="intent" value="save">
            {m('admin.articles.save')}
          </button>
          <button class="button button--secondary" type="submit" name="intent" value="preview">
            {m('admin.articles.preview')}
          </button>
          {article?.state !== 'published' && (
            <button class="button button--secondary" type="submit" name="intent" value="publish">
              {m('admin.articles.saveAndPublish')}
            </button>
          )}
        </div>
      </form>
      {article && article.state !== 'draft' && (
        <form method="post" action={ctx.href(`/write/articles/${article.id}/unpublish`)} class="inline-form">
          <CsrfField token={ctx.csrfToken()} />
          <button class="button button--warning" type="submit">
            {m('admin.articles.unpublish')}
          </button>
        </form>
      )}
      <p class="visually-hidden" role="status" id="article-preview-status"></p>
      <section class="article-preview" aria-labelledby="article-preview-title">
        <h2 id="article-preview-title">{m('admin.articles.previewTitle')}</h2>
        <div class="article__body" id="article-preview-body" lang={values.language && values.language !== ctx.locale ? values.language : undefined}>
          {preview ? <div dangerouslySetInnerHTML={{ __html: preview.html }} /> : <p class="muted">{m('admin.articles.previewEmpty')}</p>}
        </div>
        <h2 id="article-check-title">{m('check.title')}</h2>
        <div id="article-check-body">{preview && <CheckReportView report={preview.report} locale={ctx.locale} />}</div>
      </section>
    </Layout>
  );
}
