/**
 * 「与上年对比」 of a batch: per report whose agency's previous year is known (from this batch or a kept record),
 * this year's 上年结转 beside last year's 结转下年度继续办理, and the cross-year findings with both years' numbers.
 */
import { unreadPreviousYears, type BatchRow } from '@/extension/batch/results';
import type { Lang } from '../i18n';
import { SEVERITY_GLYPH } from '../severity';
import { t } from '../page-strings';
import { bt } from './strings';

export function CrossYearView(props: { rows: BatchRow[]; lang: Lang }) {
  const { lang } = props;
  const pairs = props.rows.filter((r) => r.previous && r.analysis);
  const show = (n: number | null) => (n === null ? t(lang, 'blankCell') : String(n));
  return (
    <section class="batch-cross-year" data-field="batch-cross-year">
      <h2>{bt(lang, 'crossYear')}</h2>
      {!pairs.length && <p class="muted-inline">{bt(lang, 'crossYearNone')}</p>}
      {unreadPreviousYears(props.rows).map(({ row, previous }) => (
        <p key={`unread-${row.index}`} class="muted-inline" data-field="previous-unread" data-index={row.index}>
          {bt(lang, 'crossYearUnread', {
            agency: row.agency,
            year: row.year ?? '',
            previous: previous.year ?? '',
            why: previous.problemText ? (lang === 'en' ? previous.problemText.en : previous.problemText.zh) : '',
          })}
        </p>
      ))}
      {pairs.map((r) => {
        const prev = r.previous!;
        const fromBatch = props.rows.some((o) => o.analysis && o.source === prev.url);
        const xy = r.analysis!.findings.filter((f) => f.rule.startsWith('XY-'));
        return (
          <article key={r.index} class="pair" data-index={r.index}>
            <h3>
              {r.agency}：{r.year} / {prev.year}
              <span class="muted-inline">
                {' '}
                {bt(lang, 'crossYearFrom')}
                {bt(lang, fromBatch ? 'crossYearBatch' : 'crossYearStored')}
              </span>
            </h3>
            {r.comparison.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th>{bt(lang, 'item')}</th>
                    <th class="n">{r.year}</th>
                    <th class="n">{bt(lang, 'expected', { year: prev.year })}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {r.comparison.map((c) => (
                    <tr key={c.zh} data-agrees={String(c.agrees)}>
                      <td>{lang === 'en' ? c.en : c.zh}</td>
                      <td class="n">{show(c.now)}</td>
                      <td class="n">{show(c.expected)}</td>
                      <td class={c.agrees ? 'ok' : 'bad'}>
                        {c.agrees ? `✓ ${bt(lang, 'agrees')}` : `× ${bt(lang, 'disagrees')}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {xy.length > 0 && (
              <ul class="xy" data-field="xy-findings">
                {xy.map((f) => (
                  <li key={f.message} data-rule={f.rule} class={f.severity}>
                    {SEVERITY_GLYPH[f.severity]} {f.rule} {lang === 'en' ? f.messageEn : f.message}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
