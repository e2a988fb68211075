import type { Locale } from '../../../platform/i18n/locale.js';
import { articleMessages } from '../articles.messages.js';
import { likelyCause, type CheckProblem, type CheckReport } from '../scripture.check.js';

function percent(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n);
}

function Problem({ p, locale }: { p: CheckProblem; locale: Locale }) {
  const m = articleMessages(locale);
  const line = 'line' in p ? <span class="check-report__line">{m('check.line', { line: p.line })}: </span> : null;
  switch (p.kind) {
    case 'source':
      return (
        <>
          {line}
          {p.message}
        </>
      );
    case 'invalid-reference':
      return (
        <>
          {line}
          {m('check.invalidReference', { text: p.text, reason: p.reason })}
        </>
      );
    case 'raw-html':
      return (
        <>
          {line}
          {m('check.rawHtml')}
        </>
      );
    case 'no-translations':
      return <>{m('check.noTranslations')}</>;
    case 'quotation-mismatch':
      return (
        <>
          {line}
          {m('check.mismatch', { reference: p.reference.text })}
          <dl class="check-report__texts">
            <dt>{m('check.quoted')}</dt>
            <dd>
              <q>{p.quote}</q>
            </dd>
            {p.closest ? (
              <>
                <dt>{m('check.closest', { reference: p.closest.reference, translation: p.closest.translation, similarity: percent(p.closest.similarity, locale) })}</dt>
                <dd>
                  <q>{p.closest.text}</q>
                </dd>
              </>
            ) : (
              <dt>{m('check.closestNone', { reference: p.reference.text })}</dt>
            )}
            {p.foundElsewhere && (
              <>
                <dt>{m('check.elsewhere', { reference: p.foundElsewhere.reference, translation: p.foundElsewhere.translation, similarity: percent(p.foundElsewhere.similarity, locale) })}</dt>
                <dd>
                  <q>{p.foundElsewhere.text}</q>
                </dd>
              </>
            )}
          </dl>
          {!p.foundElsewhere && <p class="check-report__note">{likelyCause(p) === 'other-translation' ? m('check.likelyOther') : m('check.likelyWrong')}</p>}
        </>
      );
  }
}

/** The Scripture check as the author's preview shows it: problems first, then the quotations that match. */
export function CheckReportView({ report, locale }: { report: CheckReport; locale: Locale }) {
  const m = articleMessages(locale);
  const counts = { references: report.references, quotations: report.quotations, matching: report.verified.length };
  return (
    <div class="check-report">
      {report.problems.length === 0 ? (
        <p class="check-report__clean">{m('check.clean', counts)}</p>
      ) : (
        <>
          <p>{m('check.summary', counts)}</p>
          <p>
            <strong>{m('check.problems', { count: report.problems.length })}</strong>
          </p>
          <ul class="check-report__problems">
            {report.problems.map((p, i) => (
              <li key={i}>
                <Problem p={p} locale={locale} />
              </li>
            ))}
          </ul>
          {report.problems.some((p) => p.kind === 'quotation-mismatch') && <p class="hint">{m('check.similarityHelp')}</p>}
        </>
      )}
      {report.verified.length > 0 && (
        <>
          <h3 class="check-report__subtitle">{m('check.verified')}</h3>
          <ul class="check-report__verified">
            {report.verified.map((v, i) => (
              <li key={i}>{m('check.matches', { reference: v.reference.text, translation: v.match.translation, similarity: percent(v.match.similarity, locale) })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
