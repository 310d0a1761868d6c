/** A checked report's header: title, agency, year, format, counts, what was checked. The popup and the document page. */
import type { PageState } from '@/extension/protocol';
import { CrossYear } from './CrossYear';
import { Counts } from './FindingList';
import type { Lang } from './i18n';
import { t } from './page-strings';

export function ReportSummary(props: { state: Extract<PageState, { isReport: true }>; lang: Lang }) {
  const { state, lang } = props;
  return (
    <>
      <h1 class="title">{state.title}</h1>
      <dl class="facts">
        <dt>{t(lang, 'agency')}</dt>
        <dd data-field="agency">{state.agency || '—'}</dd>
        <dt>{t(lang, 'year')}</dt>
        <dd data-field="year">{state.year ?? t(lang, 'unknownYear')}</dd>
        <dt>{t(lang, 'format')}</dt>
        <dd data-field="format">{t(lang, state.formatVersion === '2019' ? 'formatName2019' : 'formatName2021')}</dd>
      </dl>
      <div class="countline">
        <Counts counts={state.counts} lang={lang} />
      </div>
      <p class="checked" data-field="summary">
        {lang === 'en' ? state.summary.en : state.summary.zh}
      </p>
      {state.failures.length > 0 && (
        <p class="failures" data-field="failures">
          {t(lang, 'couldNotCheck') + state.failures.map((f) => `${f.rule}（${f.error}）`).join('；')}
        </p>
      )}
      {state.crossYear && <CrossYear data={state.crossYear} lang={lang} />}
    </>
  );
}
