/**
 * The document page: checks a report published as a PDF or Word file. It fetches the file it was opened for (an
 * attachment, a PDF tab) or takes one picked or dropped, shows progress with cancel, then the summary, the PDF
 * pages that carry findings drawn as published with the overlay's badges on the right cells, a switch to what was
 * read (the tables as HTML, to verify the reading), and the list of findings.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { exportFileName } from '@/core/export';
import { findingText, reportText } from '@/core/findings-text';
import type { Analysis } from '@/core/index';
import type { Label } from '@/core/parts';
import type { DocumentReading } from '@/extension/document/read';
import type { PageState } from '@/extension/protocol';
import type { DocumentSession } from '@/extension/document/session';
import { fetchDocument, kindOfBytes, type DocumentKind, type Fetched } from '@/extension/fetch-document';
import type { PdfRenderer } from '@/extension/document/pdf-render';
import type { PageOverlay } from '@/extension/page/overlay';
import { download } from '../download';
import { FindingList } from '../FindingList';
import { ReportSummary } from '../ReportSummary';
import type { Lang } from '../i18n';
import { t } from '../page-strings';
import { dt } from './strings';
import { DocumentViews } from './views';

export interface DocumentDeps {
  session: DocumentSession;
  overlay: PageOverlay;
  read(
    bytes: Uint8Array,
    kind: DocumentKind,
    onPage: (page: number, pages: number, ocr?: boolean) => void,
    signal: AbortSignal,
  ): Promise<DocumentReading>;
  openRenderer(bytes: Uint8Array): Promise<PdfRenderer>;
}

export interface Checked {
  name: string;
  kind: DocumentKind;
  bytes: Uint8Array;
  reading: Extract<DocumentReading, { ok: true }>;
  analysis: Analysis;
  doc: Document;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'permission'; url: string; origin: string }
  | { kind: 'fetching'; received: number; total?: number }
  | { kind: 'reading'; page: number; pages: number; ocr?: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: Checked };

/** The origin pattern a fetch of `url` needs: gov.cn is in the manifest, any other site is asked for alone. */
function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

function fetchFailure(f: Extract<Fetched, { ok: false }>, lang: Lang): string {
  switch (f.reason) {
    case 'http':
      return dt(lang, 'failedHttp') + (f.status ?? '');
    case 'challenge':
      return dt(lang, 'failedChallenge');
    case 'not-a-document':
      return dt(lang, 'failedNotDocument');
    case 'too-large':
      return dt(lang, 'failedTooLarge');
    case 'network':
      return dt(lang, 'failedNetwork') + (f.detail ?? '');
  }
}

const say = (label: Label, lang: Lang) => (lang === 'en' ? label.en : label.zh);

export function DocumentApp(props: { deps: DocumentDeps; lang: Lang; fileUrl?: string }) {
  const { deps, lang, fileUrl } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function fromUrl(url: string) {
    const origin = originOf(url);
    const granted = await browser.permissions.contains({ origins: [origin] }).catch(() => false);
    if (!granted) {
      setPhase({ kind: 'permission', url, origin });
      return;
    }
    const control = new AbortController();
    abort.current = control;
    setPhase({ kind: 'fetching', received: 0 });
    let fetched: Fetched;
    try {
      fetched = await fetchDocument(url, {
        signal: control.signal,
        onProgress: (received, total) => setPhase({ kind: 'fetching', received, total }),
      });
    } catch {
      setPhase({ kind: 'failed', message: dt(lang, 'cancelled') });
      return;
    }
    if (!fetched.ok) setPhase({ kind: 'failed', message: fetchFailure(fetched, lang) });
    else await check(fetched.bytes, fetched.kind, fetched.name || url, url, control);
  }

  async function fromFile(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = kindOfBytes(bytes, file.name) ?? (/\.(doc|wps)$/i.test(file.name) ? 'doc' : undefined);
    if (!kind) {
      setPhase({ kind: 'failed', message: dt(lang, 'notADocument') });
      return;
    }
    const control = new AbortController();
    abort.current = control;
    await check(bytes, kind, file.name, file.name, control);
  }

  async function check(bytes: Uint8Array, kind: DocumentKind, name: string, url: string, control: AbortController) {
    setPhase({ kind: 'reading', page: 0, pages: 0 });
    // The badges of a document checked before this one go until this one is checked.
    deps.overlay.setVisible(false);
    let reading: DocumentReading;
    try {
      reading = await deps.read(
        bytes,
        kind,
        (page, pages, ocr) => setPhase({ kind: 'reading', page, pages, ...(ocr ? { ocr } : {}) }),
        control.signal,
      );
    } catch (err) {
      const cancelled = (err as Error).name === 'AbortError';
      setPhase({ kind: 'failed', message: cancelled ? dt(lang, 'cancelled') : String((err as Error).message ?? err) });
      return;
    }
    if (!reading.ok) {
      setPhase({ kind: 'failed', message: say(reading.message, lang) });
      return;
    }
    const { analysis, doc } = await deps.session.check(reading.html, url);
    if (analysis.isReport) deps.overlay.setVisible(true);
    // For npm run bench: the time from opening the page to a checked document.
    performance.mark('govreport:checked');
    setPhase({ kind: 'done', result: { name, kind, bytes, reading, analysis, doc } });
  }

  async function allow(p: Extract<Phase, { kind: 'permission' }>) {
    // Asked for from the click itself (the browser wants a user gesture), for that one site.
    const granted = await browser.permissions.request({ origins: [p.origin] }).catch(() => false);
    if (granted) await fromUrl(p.url);
    else setPhase({ kind: 'failed', message: t(lang, 'permissionDenied') });
  }

  useEffect(() => {
    if (fileUrl) void fromUrl(fileUrl);
  }, [fileUrl]);

  const busy = phase.kind === 'fetching' || phase.kind === 'reading';
  return (
    <main class="document" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>
          {t(lang, 'appName')} · {dt(lang, 'documentHeading')}
        </h1>
        {fileUrl && (
          <p class="file" data-field="file">
            {fileUrl}
          </p>
        )}
      </header>
      {phase.kind === 'permission' && (
        <div class="message" data-state="permission">
          {dt(lang, 'allowSiteHelp')}
          <strong>{new URL(phase.url).hostname}</strong>{' '}
          <button type="button" data-action="allow" onClick={() => void allow(phase)}>
            {dt(lang, 'allowSite')}
          </button>
        </div>
      )}
      {busy && <Progress phase={phase} lang={lang} onCancel={() => abort.current?.abort()} />}
      {phase.kind === 'failed' && (
        <p class="message error" role="alert" data-state="failed">
          {phase.message}
        </p>
      )}
      {phase.kind === 'done' && <Result result={phase.result} deps={deps} lang={lang} fileUrl={fileUrl} />}
      {!busy && <DropZone lang={lang} again={phase.kind !== 'idle'} onFile={(f) => void fromFile(f)} />}
    </main>
  );
}

function Progress(props: { phase: Phase; lang: Lang; onCancel: () => void }) {
  const { phase, lang } = props;
  let text = '';
  let value: number | undefined;
  let max: number | undefined;
  if (phase.kind === 'fetching') {
    text = `${dt(lang, 'fetching')} ${(phase.received / 1024).toFixed(0)} kB${phase.total ? ` / ${(phase.total / 1024).toFixed(0)} kB` : ''}`;
    [value, max] = phase.total ? [phase.received, phase.total] : [undefined, undefined];
  } else if (phase.kind === 'reading') {
    text = `${dt(lang, phase.ocr ? 'ocrPages' : 'readingPages')}${phase.pages ? ` ${phase.page} / ${phase.pages}` : '…'}`;
    [value, max] = phase.pages ? [phase.page, phase.pages] : [undefined, undefined];
  }
  return (
    <div class="progress" role="status" data-state={phase.kind}>
      <progress value={value} max={max} />
      <span>{text}</span>
      <button type="button" data-action="cancel" onClick={props.onCancel}>
        {dt(lang, 'cancel')}
      </button>
    </div>
  );
}

function DropZone(props: { lang: Lang; again: boolean; onFile: (file: File) => void }) {
  const { lang, onFile } = props;
  const [over, setOver] = useState(false);
  // Dropped anywhere on the page, not only on the zone: a missed drop would open the file in the tab instead.
  useEffect(() => {
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const onLeave = () => setOver(false);
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, [onFile]);
  return (
    <div class={`drop${over ? ' over' : ''}`} data-state="pick">
      {props.again && <p>{dt(lang, 'anotherFile')}</p>}
      {dt(lang, 'dropHere')}{' '}
      <label>
        {dt(lang, 'pickFile')}
        <input
          type="file"
          data-action="pick"
          accept=".pdf,.docx,.doc,.wps,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p>{dt(lang, 'localOnly')}</p>
    </div>
  );
}

function Result(props: { result: Checked; deps: DocumentDeps; lang: Lang; fileUrl?: string }) {
  const { result, deps, lang } = props;
  const { session, overlay } = deps;
  const isPdf = result.kind === 'pdf';
  const [view, setView] = useState<'pages' | 'read'>(isPdf && result.analysis.isReport ? 'pages' : 'read');
  const [notice, setNotice] = useState('');
  const [, redraw] = useState(0);
  const state = session.state();

  async function copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(done);
    } catch (err) {
      setNotice(t(lang, 'copyFailed') + String((err as Error).message ?? err));
    }
  }
  function exportJson(asCopy: boolean) {
    const data = session.exportReport();
    const text = JSON.stringify(data, null, 2);
    if (asCopy) void copy(text, t(lang, 'copied'));
    else {
      download(text, exportFileName(data));
      setNotice(t(lang, 'exported') + exportFileName(data));
    }
  }

  const notes = result.reading.notes.map((n) => say(n, lang));
  return (
    <>
      {result.name !== props.fileUrl && (
        <p class="file" data-field="name">
          {result.name}
        </p>
      )}
      {notes.length > 0 && (
        <p class="notes" data-field="notes">
          {dt(lang, 'readingNotes') + notes.join('；')}
        </p>
      )}
      {!state.isReport && (
        <p class="message" data-state="not-report">
          {dt(lang, 'documentNotReport') + notReportReason(state, lang)}
        </p>
      )}
      {state.isReport && (
        <section class="summary">
          <ReportSummary state={state} lang={lang} />
          <div class="actions">
            <label class="switch">
              <input
                type="checkbox"
                checked={overlay.visible}
                onChange={(e) => {
                  overlay.setVisible((e.currentTarget as HTMLInputElement).checked);
                  redraw((n) => n + 1);
                }}
              />
              {t(lang, 'overlay')}
            </label>
            <button type="button" data-action="export" onClick={() => exportJson(false)}>
              {t(lang, 'exportJson')}
            </button>
            <button
              type="button"
              data-action="copy"
              onClick={() => void copy(reportText(state, lang), t(lang, 'copied'))}
            >
              {t(lang, 'copyAll')}
            </button>
            <button type="button" data-action="copy-json" onClick={() => exportJson(true)}>
              {t(lang, 'copyJson')}
            </button>
          </div>
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
        </section>
      )}
      <div class="layout">
        {state.isReport && (
          <section class="findings-box" data-field="findings">
            <FindingList
              findings={state.findings}
              lang={lang}
              legend={state.legend}
              onSelect={(i) => session.focus(i)}
              onCopy={(i) =>
                void copy(findingText(state.findings[i]!, state.locations[i], lang), t(lang, 'copiedFinding'))
              }
            />
          </section>
        )}
        <div class="shown">
          {isPdf && (
            <div class="views">
              <button type="button" data-view="pages" aria-pressed={view === 'pages'} onClick={() => setView('pages')}>
                {dt(lang, 'viewPages')}
              </button>
              <button type="button" data-view="read" aria-pressed={view === 'read'} onClick={() => setView('read')}>
                {dt(lang, 'viewRead')}
              </button>
            </div>
          )}
          <DocumentViews view={view} result={result} deps={deps} lang={lang} overlay={overlay} />
        </div>
      </div>
    </>
  );
}

/** Why a document that was read is not checked as a report, in the document's terms. */
function notReportReason(state: Extract<PageState, { isReport: false }>, lang: Lang): string {
  switch (state.reason) {
    case 'no-title':
      return dt(lang, 'documentNoTitle');
    case 'template':
      return t(lang, 'reasonTemplate');
    case 'several-reports':
      return t(lang, 'reasonSeveralReports');
    case 'no-structure':
      return t(lang, 'reasonNoStructure');
    case 'unreadable':
      return t(lang, 'reasonUnreadable') + (state.error ?? '');
  }
}
