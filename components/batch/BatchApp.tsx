/**
 * The batch page: a whole 年报 column checked one report at a time — the list read (all its pages), each report
 * fetched with a polite pause and checked in this page, a live progress bar with cancel, the results table
 * (sortable, filterable, a row opens the report with its badges), 「与上年对比」 within the batch and against kept
 * records, and the exports (Excel: 汇总 + 问题, CSV: 汇总, JSON: one array of exports).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { recordOf } from '@/core/cross-year';
import type { ReportLink } from '@/core/report-links';
import type { YearRecord } from '@/core/year-record';
import type { Outcome } from '@/extension/batch/check-report';
import type { Column } from '@/extension/batch/column';
import {
  batchRows,
  filterRows,
  problemLabel,
  sortRows,
  type BatchItem,
  type BatchRow,
  type SeverityFilter,
  type SortKey,
} from '@/extension/batch/results';
import { runBatch } from '@/extension/batch/run';
import type { Lang } from '../i18n';
import { t } from '../page-strings';
import { BatchExports } from './BatchExports';
import { BatchTable } from './BatchTable';
import { CrossYearView } from './CrossYearView';
import { bt } from './strings';

export interface BatchDeps {
  readColumn: (listUrl: string) => Promise<Column>;
  check: (link: ReportLink, signal: AbortSignal) => Promise<Outcome>;
  /** Reads a report from a background tab, where a challenge blocked fetching it. */
  readInTab: (url: string) => Promise<Outcome>;
  /** Keeps a report's record; answers the previous year's, if one was kept. */
  remember: (record: YearRecord) => Promise<YearRecord | undefined>;
  /** The origin patterns of these addresses that the extension may not read yet. */
  missingOrigins: (urls: string[]) => Promise<string[]>;
  /** Asks for them (from a click). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  open: (row: BatchRow) => void;
  delay: { load: () => Promise<number>; save: (ms: number) => Promise<void> };
}

type Phase =
  | { kind: 'listing' }
  | { kind: 'permission'; origins: string[]; next: 'list' | 'run' }
  | { kind: 'ready' }
  | { kind: 'running'; current: number }
  | { kind: 'finished'; cancelled: boolean }
  | { kind: 'failed'; message: string };

export function BatchApp(props: { deps: BatchDeps; lang: Lang; listUrl?: string }) {
  const { deps, lang, listUrl } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'listing' });
  const [column, setColumn] = useState<Column | null>(null);
  const [items, setItems] = useState<BatchItem[]>([]);
  const [delayMs, setDelayMs] = useState(1000);
  const delayRef = useRef(1000);
  const abort = useRef<AbortController | null>(null);

  const update = (i: number, patch: Partial<BatchItem>) =>
    setItems((all) => all.map((item, j) => (j === i ? { ...item, ...patch } : item)));

  async function list() {
    if (!listUrl) return;
    const missing = await deps.missingOrigins([listUrl]);
    if (missing.length) return setPhase({ kind: 'permission', origins: missing, next: 'list' });
    setPhase({ kind: 'listing' });
    let col: Column;
    try {
      col = await deps.readColumn(listUrl);
    } catch (err) {
      return setPhase({ kind: 'failed', message: bt(lang, 'listFailed') + String((err as Error).message ?? err) });
    }
    setColumn(col);
    if (!col.reports.length) {
      const failed = col.failed[0];
      const reason = failed && problemLabel(failed.reason);
      const why = reason ? bt(lang, 'listFailed') + (lang === 'en' ? reason.en : reason.zh) : bt(lang, 'noReports');
      return setPhase({ kind: 'failed', message: why });
    }
    const fresh = col.reports.map((link): BatchItem => ({ link, state: 'waiting' }));
    setItems(fresh);
    const needed = await deps.missingOrigins(col.reports.map((r) => r.url));
    if (needed.length) setPhase({ kind: 'permission', origins: needed, next: 'run' });
    else void run(fresh);
  }

  async function done(i: number, outcome: Outcome) {
    const record = outcome.ok ? recordOf(outcome.analysis.report) : undefined;
    // Records are a convenience: without an answer there is simply no kept previous year.
    const stored = record ? await deps.remember(record).catch(() => undefined) : undefined;
    update(i, { state: 'done', outcome, record, stored });
  }

  async function run(batch: BatchItem[]) {
    const control = new AbortController();
    abort.current = control;
    setItems(batch.map((item) => ({ link: item.link, state: 'waiting' })));
    setPhase({ kind: 'running', current: 0 });
    await runBatch(
      batch.map((item) => item.link),
      {
        check: deps.check,
        delayMs: () => delayRef.current,
        signal: control.signal,
        onStart: (i) => {
          update(i, { state: 'working' });
          setPhase({ kind: 'running', current: i });
        },
        onDone: done,
      },
    );
    const cancelled = control.signal.aborted;
    if (cancelled) {
      setItems((all) =>
        all.map((item) => (item.state === 'done' ? item : { link: item.link, state: 'cancelled' as const })),
      );
    }
    setPhase({ kind: 'finished', cancelled });
  }

  async function allow(p: Extract<Phase, { kind: 'permission' }>) {
    const granted = await deps.requestOrigins(p.origins).catch(() => false);
    if (!granted) return setPhase({ kind: 'failed', message: t(lang, 'permissionDenied') });
    if (p.next === 'list') void list();
    else void run(items);
  }

  async function readInTab(i: number) {
    update(i, { state: 'working' });
    const outcome = await deps.readInTab(items[i]!.link.url);
    await done(i, outcome);
  }

  function changeDelay(seconds: number, save: boolean) {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    const ms = Math.round(Math.min(60, seconds) * 1000);
    delayRef.current = ms;
    setDelayMs(ms);
    if (save) void deps.delay.save(ms).catch(() => undefined);
  }

  useEffect(() => {
    void deps.delay.load().then((ms) => {
      delayRef.current = ms;
      setDelayMs(ms);
      void list();
    });
  }, [listUrl]);

  const rows = useMemo(() => batchRows(items), [items]);
  const running = phase.kind === 'running';
  const checked = items.filter((i) => i.state === 'done').length;

  return (
    <main class="batch" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>
          {t(lang, 'appName')} · {bt(lang, 'heading')}
        </h1>
        {listUrl ? (
          <p class="file" data-field="list">
            {bt(lang, 'list')}
            <a href={listUrl} target="_blank" rel="noreferrer">
              {listUrl}
            </a>
          </p>
        ) : (
          <p class="message" data-state="no-list">
            {bt(lang, 'noList')}
          </p>
        )}
        {column && (
          <p data-field="found">
            {bt(lang, 'found')}
            <strong data-field="count">{column.reports.length}</strong>
            {bt(lang, 'foundUnit', { pages: column.pages.length })}
          </p>
        )}
      </header>
      {listUrl && phase.kind === 'listing' && <p class="muted">{bt(lang, 'readingList')}</p>}
      {phase.kind === 'permission' && (
        <div class="message" data-state="permission">
          {bt(lang, 'allowHelp')}
          <strong>{phase.origins.join('、')}</strong>{' '}
          <button type="button" data-action="allow" onClick={() => void allow(phase)}>
            {bt(lang, 'allow')}
          </button>
        </div>
      )}
      {phase.kind === 'failed' && (
        <p class="message error" role="alert" data-state="failed">
          {phase.message}
        </p>
      )}
      {items.length > 0 && (
        <section class="controls">
          <label>
            {bt(lang, 'delay')}{' '}
            <input
              type="number"
              data-field="delay"
              min="0"
              max="60"
              step="0.5"
              value={delayMs / 1000}
              // Kept as typed (a re-render while the batch runs must not put the old value back), saved on change.
              onInput={(e) => changeDelay(Number((e.currentTarget as HTMLInputElement).value), false)}
              onChange={(e) => changeDelay(Number((e.currentTarget as HTMLInputElement).value), true)}
            />
          </label>
          <span class="muted-inline">{bt(lang, 'delayHelp')}</span>
          {!running && phase.kind !== 'permission' && (
            <button type="button" data-action="start" onClick={() => void run(items)}>
              {bt(lang, checked ? 'again' : 'start')}
            </button>
          )}
        </section>
      )}
      {items.length > 0 && (
        <div class="progress" role="status" data-state={running ? 'running' : phase.kind}>
          <progress value={checked} max={items.length} />
          <span data-field="progress">
            {bt(lang, 'progress', { done: checked, total: items.length })}
            {running && phase.kind === 'running' && bt(lang, 'now') + (items[phase.current]?.link.text ?? '')}
            {phase.kind === 'finished' && ` ${bt(lang, phase.cancelled ? 'cancelledAll' : 'finished')}`}
          </span>
          {running && (
            <button type="button" data-action="cancel" onClick={() => abort.current?.abort()}>
              {bt(lang, 'cancel')}
            </button>
          )}
        </div>
      )}
      {items.length > 0 && (
        <BatchResults rows={rows} lang={lang} deps={deps} running={running} onReadInTab={readInTab} />
      )}
      <p class="muted-inline">{bt(lang, 'local')}</p>
    </main>
  );
}

function BatchResults(props: {
  rows: BatchRow[];
  lang: Lang;
  deps: BatchDeps;
  running: boolean;
  onReadInTab: (index: number) => void;
}) {
  const { rows, lang } = props;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'list', descending: false });
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [text, setText] = useState('');
  const shown = useMemo(
    () => sortRows(filterRows(rows, severity, text), sort.key, sort.descending),
    [rows, severity, text, sort],
  );
  return (
    <>
      <section class="filters">
        <select
          data-field="severity"
          value={severity}
          onChange={(e) => setSeverity((e.currentTarget as HTMLSelectElement).value as SeverityFilter)}
        >
          <option value="all">{bt(lang, 'filterAll')}</option>
          <option value="error">{bt(lang, 'filterError')}</option>
          <option value="warning">{bt(lang, 'filterWarning')}</option>
          <option value="clean">{bt(lang, 'filterClean')}</option>
          <option value="problem">{bt(lang, 'filterProblem')}</option>
        </select>
        <input
          type="search"
          data-field="filter"
          placeholder={bt(lang, 'filterText')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <BatchExports rows={rows} lang={lang} disabled={props.running} />
      </section>
      <BatchTable
        rows={shown}
        lang={lang}
        sort={sort}
        onSort={(key) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'list' }))}
        onOpen={props.deps.open}
        onReadInTab={props.running ? undefined : props.onReadInTab}
      />
      <CrossYearView rows={rows} lang={lang} />
    </>
  );
}
