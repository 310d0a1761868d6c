/** 「与上年对比」: this year's figures beside what last year's report implies, one line each (popup, document page). */
import type { PageState } from '@/extension/protocol';
import type { Lang } from './i18n';
import { t } from './page-strings';

type CrossYearData = NonNullable<Extract<PageState, { isReport: true }>['crossYear']>;

export function CrossYear(props: { data: CrossYearData; lang: Lang }) {
  const { data, lang } = props;
  const show = (n: number | null) => (n === null ? t(lang, 'blankCell') : String(n));
  return (
    <details class="cross-year" data-field="cross-year" open={data.rows.some((r) => !r.agrees)}>
      <summary>
        {t(lang, 'crossYear')}
        <a href={data.url} target="_blank" rel="noreferrer">
          {lang === 'zh' ? `${data.year}年度报告` : `${data.year} report`}
        </a>
      </summary>
      <table>
        <thead>
          <tr>
            <th>{t(lang, 'crossYearItem')}</th>
            <th>{t(lang, 'crossYearNow')}</th>
            <th>{t(lang, 'crossYearExpected')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.zh} data-agrees={String(r.agrees)}>
              <td>{lang === 'en' ? r.en : r.zh}</td>
              <td class="n">{show(r.now)}</td>
              <td class="n">{show(r.expected)}</td>
              <td class={r.agrees ? 'ok' : 'bad'}>{r.agrees ? '✓' : '×'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
