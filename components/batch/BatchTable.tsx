/** The batch's results: a row per linked report, sortable by its column headers; a row opens the report. */
import type { Label } from '@/core/parts';
import type { BatchRow, SortKey } from '@/extension/batch/results';
import type { Lang } from '../i18n';
import { SEVERITY_GLYPH } from '../severity';
import { bt, type BatchString } from './strings';

const COLUMNS: { key: SortKey; label: BatchString; numeric?: boolean }[] = [
  { key: 'agency', label: 'colAgency' },
  { key: 'year', label: 'colYear', numeric: true },
  { key: 'type', label: 'colType' },
  { key: 'error', label: 'colError', numeric: true },
  { key: 'warning', label: 'colWarning', numeric: true },
  { key: 'info', label: 'colInfo', numeric: true },
];

export function BatchTable(props: {
  rows: BatchRow[];
  lang: Lang;
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  onOpen: (row: BatchRow) => void;
  onReadInTab?: (index: number) => void;
}) {
  const { rows, lang, sort } = props;
  return (
    <table class="results" data-field="results" title={bt(lang, 'openHint')}>
      <thead>
        <tr>
          <th class="n">
            <button type="button" data-sort="list" onClick={() => props.onSort('list')}>
              #{sort.key === 'list' ? (sort.descending ? ' ▼' : ' ▲') : ''}
            </button>
          </th>
          {COLUMNS.map((c) => (
            <th key={c.key} class={c.numeric ? 'n' : ''} aria-sort={ariaSort(sort, c.key)}>
              <button type="button" data-sort={c.key} onClick={() => props.onSort(c.key)}>
                {bt(lang, c.label)}
                {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
          <th>{bt(lang, 'colFirst')}</th>
          <th>{bt(lang, 'colLink')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.index}
            data-index={r.index}
            data-state={r.state}
            data-problem={r.problem ?? undefined}
            class={r.analysis ? 'openable' : undefined}
            onClick={() => r.analysis && props.onOpen(r)}
          >
            <td class="n">{r.index + 1}</td>
            <td data-col="agency">{r.agency}</td>
            <td class="n" data-col="year">
              {r.year ?? ''}
            </td>
            <td data-col="type" data-type={r.type ?? undefined}>
              {r.type === '网页' ? bt(lang, 'webPage') : (r.type ?? '')}
            </td>
            <Count row={r} severity="error" />
            <Count row={r} severity="warning" />
            <Count row={r} severity="info" />
            <td data-col="first" class={noteClass(r)}>
              {note(r, lang)}
              {r.problem === 'challenge' && props.onReadInTab && (
                <button
                  type="button"
                  data-action="read-in-tab"
                  title={bt(lang, 'liveTabHelp')}
                  onClick={(e) => {
                    e.stopPropagation();
                    props.onReadInTab?.(r.index);
                  }}
                >
                  {bt(lang, 'liveTab')}
                </button>
              )}
            </td>
            <td data-col="link">
              <a href={r.link} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}>
                {bt(lang, 'open')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ariaSort(sort: { key: SortKey; descending: boolean }, key: SortKey) {
  if (sort.key !== key) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}

function Count(props: { row: BatchRow; severity: 'error' | 'warning' | 'info' }) {
  const n = props.row.counts?.[props.severity];
  return (
    <td class={`n tally${n ? ` ${props.severity}` : ''}`} data-col={props.severity}>
      {n === undefined ? '' : n ? `${SEVERITY_GLYPH[props.severity]} ${n}` : '0'}
    </td>
  );
}

function note(r: BatchRow, lang: Lang): string {
  if (r.problemText) return lang === 'en' ? r.problemText.en : r.problemText.zh;
  if (r.state === 'waiting') return bt(lang, 'waiting');
  if (r.state === 'working') return bt(lang, 'working');
  const say = (l: Label) => (lang === 'en' ? l.en : l.zh);
  if (r.firstError) return say(r.firstError);
  if (r.firstWarning) return `${SEVERITY_GLYPH.warning} ${say(r.firstWarning)}`;
  return r.counts ? bt(lang, 'noError') : '';
}

function noteClass(r: BatchRow): string | undefined {
  if (r.problem) return 'problem';
  if (r.firstError) return 'first-error';
  if (r.firstWarning) return 'first-warning';
  return r.counts ? 'clean' : undefined;
}
