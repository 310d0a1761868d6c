/** The toolbar popup: the page's summary, its findings by part of the report, the overlay switch and export. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { attachmentName } from '@/core/attachments';
import { exportFileName } from '@/core/export';
import { findingText, reportText } from '@/core/findings-text';
import type { TabColumn } from '@/extension/batch/tab-column';
import { documentPageUrl } from '@/extension/document/address';
import { sendToRuntime } from '@/extension/messaging';
import { sendToTab } from '@/extension/send-to-tab';
import type { PageState, RequestOf } from '@/extension/protocol';
import { loadSettings } from '@/extension/settings';
import { FindingList } from '../FindingList';
import { ReportSummary } from '../ReportSummary';
import { download } from '../download';
import type { Lang } from '../i18n';
import { t } from '../page-strings';

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
  const [tabUrl, setTabUrl] = useState('');
  const [column, setColumn] = useState<TabColumn | null>(null);

  useEffect(() => {
    sendToTab(tabId, { type: 'get-state' })
      .then((state) => setView({ kind: 'page', state }))
      .catch(() => setView({ kind: 'absent' }));
    // The tab's address (activeTab grants it): Firefox runs no content script on a PDF tab, so its URL tells.
    browser.tabs.get(tabId).then(
      (tab) => setTabUrl(tab.url ?? ''),
      () => undefined,
    );
  }, [tabId]);

  // No engine answers on a 年报 column (the gate leaves it alone): count its reports for 「检查本栏目全部年报」.
  const noReport = view.kind === 'absent' || (view.kind === 'page' && !view.state.isReport && !view.state.pdfTab);
  useEffect(() => {
    if (!noReport) return;
    // Loaded only here: the list reader and its fetches stay out of the popup on report pages.
    import('@/extension/batch/tab-column')
      .then((m) => m.columnOfTab(tabId))
      .then(
        (c) => setColumn(c ?? null),
        () => setColumn(null),
      );
  }, [tabId, noReport]);

  /** The document page in a new tab, for a file to fetch (an attachment, this PDF) or to pick. */
  function openDocument(url?: string) {
    void browser.tabs.create({ url: documentPageUrl(url), openerTabId: tabId }).then(() => window.close());
  }

  const state = view.kind === 'page' ? view.state : undefined;
  const attachment = state?.attachments?.find((a) => a.kind !== 'doc');
  const pdfTab = (state && !state.isReport && state.pdfTab) || PDF_URL.test(tabUrl);
  const offers = (
    <>
      {column && (
        <section class="empty offer" data-offer="column">
          <p>
            {t(lang, 'columnOffer')}
            {column.partial && ` ${t(lang, 'columnMore')}`}
          </p>
          <button
            type="button"
            data-action="check-column"
            onClick={() =>
              void browser.tabs.create({ url: column.batchPage, openerTabId: tabId }).then(() => window.close())
            }
          >
            {t(lang, 'checkColumn', { n: column.count })}
          </button>
        </section>
      )}
      {attachment && (
        <section class="empty offer" data-offer="attachment">
          <p>
            {t(lang, 'attachmentOffer')}
            <span class="attachment-name">{attachmentName(attachment)}</span>
          </p>
          <button type="button" data-action="check-attachment" onClick={() => openDocument(attachment.url)}>
            {t(lang, 'checkAttachment')}
          </button>
        </section>
      )}
      {pdfTab && !attachment && (
        <section class="empty offer" data-offer="pdf">
          <p>{t(lang, 'pdfTab')}</p>
          <button type="button" data-action="check-pdf" onClick={() => openDocument(tabUrl || state?.url)}>
            {t(lang, 'checkThisPdf')}
          </button>
        </section>
      )}
    </>
  );

  /** 「检查此页」: check again, or inject the engine where there is none (activeTab grants it on any site). */
  async function checkNow() {
    setView({ kind: 'loading' });
    try {
      // Only the engine answers; silence means the page has none yet (the gate never answers).
      const present = await sendToTab(tabId, { type: 'get-state' }).then(
        () => true,
        () => false,
      );
      // The background injects the engine and answers its first check (activeTab grants it on any site).
      if (!present) await sendToRuntime({ type: 'start-engine', tabId });
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
        download(text, name);
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

  /** 「获取上年度报告并比对」: the page finds last year's report on its own site and checks against it. */
  async function fetchPrevious() {
    setNotice(t(lang, 'fetchingPrevious'));
    try {
      const state = await sendToTab(tabId, { type: 'fetch-previous' });
      setView({ kind: 'page', state });
      if (state.isReport && state.crossYear) setNotice(t(lang, 'previousFound') + state.crossYear.url);
    } catch (err) {
      setNotice(t(lang, 'actionFailed') + String((err as Error).message ?? err));
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
  async function act(request: RequestOf<'focus-finding' | 'set-overlay'>): Promise<boolean> {
    try {
      setView({ kind: 'page', state: await sendToTab(tabId, request) });
      return true;
    } catch (err) {
      setNotice(t(lang, 'actionFailed') + String((err as Error).message ?? err));
      return false;
    }
  }

  return (
    <main class="popup" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="top">
        <strong>{t(lang, 'appName')}</strong>
        <span>
          <button type="button" class="link" data-action="open-document" onClick={() => openDocument()}>
            {t(lang, 'checkFile')}
          </button>
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t(lang, 'options')}
          </button>
        </span>
      </header>
      {offers}
      {view.kind === 'loading' && <p class="muted">…</p>}
      {/* A PDF tab (Firefox runs no content script there) or a page offering its report as a file: the offer above
          says what to do; a second message saying the page is no report would contradict it. */}
      {view.kind === 'absent' && !pdfTab && <NotChecked lang={lang} text={t(lang, 'notChecked')} onCheck={checkNow} />}
      {view.kind === 'error' && (
        <NotChecked lang={lang} text={t(lang, 'cannotCheck') + view.message} onCheck={checkNow} />
      )}
      {view.kind === 'page' && !view.state.isReport && view.state.documentPage && (
        <section class="empty">
          <p data-state="document-page">{t(lang, 'documentPageIdle')}</p>
        </section>
      )}
      {view.kind === 'page' &&
        !view.state.isReport &&
        !view.state.pdfTab &&
        !view.state.documentPage &&
        !attachment && <NotChecked lang={lang} text={notReportText(view.state, lang)} onCheck={checkNow} again />}
      {view.kind === 'page' && view.state.isReport && (
        <>
          <section class="summary">
            <ReportSummary state={view.state} lang={lang} />
            <div class="actions">
              <label class="switch">
                <input
                  type="checkbox"
                  checked={view.state.overlayVisible}
                  onChange={(e) => {
                    // A page that cannot answer keeps its markers: the switch goes back to say so.
                    const input = e.currentTarget as HTMLInputElement;
                    const visible = input.checked;
                    void act({ type: 'set-overlay', visible }).then((done) => {
                      if (!done) input.checked = !visible;
                    });
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
              {!view.state.crossYear && view.state.year !== null && (
                <button type="button" data-action="fetch-previous" onClick={() => void fetchPrevious()}>
                  {t(lang, 'fetchPrevious')}
                </button>
              )}
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

/** A tab showing a PDF, by its address: Firefox's viewer, or a PDF tab of a site the gate does not run on. */
const PDF_URL = /^https?:\/\/[^?#]+\.pdf(?:$|[?#])/i;

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
        : state.reason === 'several-reports'
          ? t(lang, 'reasonSeveralReports')
          : t(lang, 'reasonUnreadable') + (state.error ?? '');
  return `${t(lang, 'notReport')}${why}${watching}`;
}
