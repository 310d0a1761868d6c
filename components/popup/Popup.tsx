/** The toolbar popup: the page's summary, its findings by part of the report, the overlay switch and export. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exportFileName } from '@/core/export';
import { findingText, reportText } from '@/core/findings-text';
import { injectEngine } from '@/extension/inject';
import { sendToTab } from '@/extension/messaging';
import type { PageState, RequestOf } from '@/extension/protocol';
import { loadSettings } from '@/extension/settings';
import { Counts, FindingList } from '../FindingList';
import { t, type Lang } from '../i18n';

type View =
  | { kind: 'loading' }
  | { kind: 'page'; state: PageState }
  /** Nothing answers: the gate found no report here (it never answers), or the site is not enabled. */
  | { kind: 'absent' }
  | { kind: 'error'; message: string };

/** The popup draws once the settings are read, so an English user never sees a flash of Chinese. */
export function Popup(props: { tabId: number }) {
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    void loadSettings().then((s) => setLang(s.lang));
  }, []);
  return lang ? <PopupView tabId={props.tabId} lang={lang} /> : null;
}

function PopupView(props: { tabId: number; lang: Lang }) {
  const { tabId, lang } = props;
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    sendToTab(tabId, { type: 'get-state' })
      .then((state) => setView({ kind: 'page', state }))
      .catch(() => setView({ kind: 'absent' }));
  }, [tabId]);

  /** 「检查此页」: check again, or inject the engine where there is none (activeTab grants it on any site). */
  async function checkNow() {
    setView({ kind: 'loading' });
    try {
      // Only the engine answers; silence means the page has none yet (the gate never answers).
      const present = await sendToTab(tabId, { type: 'get-state' }).then(
        () => true,
        () => false,
      );
      // A freshly injected engine checks the page as it starts.
      if (!present) await injectEngine(tabId);
      setView({ kind: 'page', state: await sendToTab(tabId, { type: present ? 'recheck' : 'get-state' }) });
    } catch (err) {
      setView({ kind: 'error', message: String((err as Error).message ?? err) });
    }
  }

  /** The findings as text: all of them with the report's header, or one sentence. */
  async function copyText(index?: number) {
    if (view.kind !== 'page' || !view.state.isReport) return;
    const s = view.state;
    const text = index === undefined ? reportText(s, lang) : findingText(s.findings[index]!, s.locations[index], lang);
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t(lang, index === undefined ? 'copied' : 'copiedFinding'));
    } catch (err) {
      setNotice(t(lang, 'copyFailed') + String((err as Error).message ?? err));
    }
  }

  async function exportJson(copy: boolean) {
    try {
      const data = await sendToTab(tabId, { type: 'export' });
      const text = JSON.stringify(data, null, 2);
      const name = exportFileName(data);
      if (copy) {
        await navigator.clipboard.writeText(text);
        setNotice(t(lang, 'copied'));
      } else {
        download(new Blob([text], { type: 'application/json' }), name);
        setNotice(t(lang, 'exported') + name);
      }
    } catch (err) {
      setNotice(t(lang, copy ? 'copyFailed' : 'exportFailed') + String((err as Error).message ?? err));
    }
  }

  /** 「导出 Excel」/「导出 CSV」: the tables in the national layout and the findings; CSV holds the findings. */
  async function exportSheet(kind: 'xlsx' | 'csv') {
    try {
      const data = await sendToTab(tabId, { type: 'export' });
      // Loaded on the click: the sheet layout and the zip writer would double the popup's own size.
      const files = await import('@/extension/spreadsheet-files');
      const { blob, name } = kind === 'xlsx' ? files.reportWorkbook(data) : files.reportCsv(data);
      download(blob, name);
      setNotice(t(lang, 'exported') + name);
    } catch (err) {
      setNotice(t(lang, 'exportFailed') + String((err as Error).message ?? err));
    }
  }

  /** 「打印报告」: the findings as a page of their own, to print or save as PDF for the file. */
  async function openPrintable() {
    try {
      await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tabId=${tabId}`) });
    } catch (err) {
      setNotice(t(lang, 'actionFailed') + String((err as Error).message ?? err));
    }
  }

  /** Asks the engine to act and shows its new state (showing a finding also shows a hidden overlay). */
  async function act(request: RequestOf<'focus-finding' | 'set-overlay'>) {
    try {
      setView({ kind: 'page', state: await sendToTab(tabId, request) });
    } catch (err) {
      setNotice(t(lang, 'actionFailed') + String((err as Error).message ?? err));
    }
  }

  return (
    <main class="popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="top">
        <strong>{t(lang, 'appName')}</strong>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'options')}
        </button>
      </header>
      {view.kind === 'loading' && <p class="muted">…</p>}
      {view.kind === 'absent' && <NotChecked lang={lang} text={t(lang, 'notChecked')} onCheck={checkNow} />}
      {view.kind === 'error' && (
        <NotChecked lang={lang} text={t(lang, 'cannotCheck') + view.message} onCheck={checkNow} />
      )}
      {view.kind === 'page' && !view.state.isReport && (
        <NotChecked lang={lang} text={notReportText(view.state, lang)} onCheck={checkNow} again />
      )}
      {view.kind === 'page' && view.state.isReport && (
        <>
          <section class="summary">
            <h1 class="title">{view.state.title}</h1>
            <dl class="facts">
              <dt>{t(lang, 'agency')}</dt>
              <dd data-field="agency">{view.state.agency || '—'}</dd>
              <dt>{t(lang, 'year')}</dt>
              <dd data-field="year">{view.state.year ?? t(lang, 'unknownYear')}</dd>
              <dt>{t(lang, 'format')}</dt>
              <dd data-field="format">
                {t(lang, view.state.formatVersion === '2019' ? 'formatName2019' : 'formatName2021')}
              </dd>
            </dl>
            <div class="countline">
              <Counts counts={view.state.counts} lang={lang} />
            </div>
            <p class="checked" data-field="summary">
              {lang === 'en' ? view.state.summary.en : view.state.summary.zh}
            </p>
            {view.state.failures.length > 0 && (
              <p class="failures" data-field="failures">
                {t(lang, 'couldNotCheck') + view.state.failures.map((f) => `${f.rule}（${f.error}）`).join('；')}
              </p>
            )}
            {view.state.crossYear && <CrossYear data={view.state.crossYear} lang={lang} />}
            <div class="actions">
              <label class="switch">
                <input
                  type="checkbox"
                  checked={view.state.overlayVisible}
                  onChange={(e) => {
                    void act({ type: 'set-overlay', visible: (e.currentTarget as HTMLInputElement).checked });
                  }}
                />
                {t(lang, 'overlay')}
              </label>
              <button type="button" data-action="export" onClick={() => void exportJson(false)}>
                {t(lang, 'exportJson')}
              </button>
              <button type="button" data-action="export-xlsx" onClick={() => void exportSheet('xlsx')}>
                {t(lang, 'exportXlsx')}
              </button>
              <button type="button" data-action="export-csv" onClick={() => void exportSheet('csv')}>
                {t(lang, 'exportCsv')}
              </button>
              <button type="button" data-action="copy" onClick={() => void copyText()}>
                {t(lang, 'copyAll')}
              </button>
              <button type="button" data-action="copy-json" onClick={() => void exportJson(true)}>
                {t(lang, 'copyJson')}
              </button>
              <button type="button" data-action="print" onClick={() => void openPrintable()}>
                {t(lang, 'printReport')}
              </button>
            </div>
            {notice && (
              <p class="notice" role="status">
                {notice}
              </p>
            )}
          </section>
          <FindingList
            findings={view.state.findings}
            lang={lang}
            onSelect={(index) => void act({ type: 'focus-finding', index })}
            onCopy={(index) => void copyText(index)}
            legend={view.state.legend}
          />
        </>
      )}
    </main>
  );
}

/** 「与上年对比」: this year's figures beside what last year's report implies, one line each. */
function CrossYear(props: { data: NonNullable<Extract<PageState, { isReport: true }>['crossYear']>; lang: Lang }) {
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

function NotChecked(props: { lang: Lang; text: string; onCheck: () => void; again?: boolean }) {
  return (
    <section class="empty">
      <p data-state="not-report">{props.text}</p>
      <button type="button" data-action="check" onClick={props.onCheck}>
        {t(props.lang, props.again ? 'recheck' : 'checkPage')}
      </button>
    </section>
  );
}

/** Why the page was not checked as a report; without a report title we only say what we saw, not what it is. */
function notReportText(state: Extract<PageState, { isReport: false }>, lang: Lang): string {
  const watching = state.watching ? (lang === 'en' ? ' ' : '') + t(lang, 'watching') : '';
  if (state.reason === 'no-title') return t(lang, 'noReportTitle') + watching;
  const why =
    state.reason === 'no-structure'
      ? t(lang, 'reasonNoStructure')
      : state.reason === 'template'
        ? t(lang, 'reasonTemplate')
        : t(lang, 'reasonUnreadable') + (state.error ?? '');
  return `${t(lang, 'notReport')}${why}${watching}`;
}

/** An extension page may download through a link: no downloads permission needed. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
