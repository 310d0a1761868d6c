// The batch page (batch.html?list=…): a 年报 column's reports, fetched one at a time and checked here — web pages
// on DOMParser documents, PDF/.docx attachments with the document reader (pdf.js loaded on the first PDF).
import { render } from 'preact';
import { unzipSync } from 'fflate';
import { browser } from 'wxt/browser';
import type { PdfJsLib } from '@/core/readers/pdf-pages';
import { BatchApp, type BatchDeps } from '@/components/batch/BatchApp';
import { BATCH_CSS } from '@/components/batch/styles';
import { PAGE_CSS } from '@/components/popup/styles';
import { checkReport, type CheckDeps } from '@/extension/batch/check-report';
import { readColumn } from '@/extension/batch/column';
import { fetchPage } from '@/extension/batch/fetch-page';
import { pageFromTab } from '@/extension/batch/live-tab';
import { mayFetch, missingOrigins, requestOrigins } from '@/extension/batch/permissions';
import { documentPageUrl, isWebUrl } from '@/extension/document/address';
import { loadPdfJs } from '@/extension/document/load-pdfjs';
import { readDocumentBytes } from '@/extension/document/read';
import { fetchDocument } from '@/extension/fetch-document';
import { sendToRuntime } from '@/extension/messaging';
import { loadBatchDelay, loadSettings, saveBatchDelay } from '@/extension/settings';

const style = document.createElement('style');
style.textContent = PAGE_CSS + BATCH_CSS;
document.head.append(style);

/** A fetched page as a document: DOMParser runs no script and loads nothing. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const checkDeps: CheckDeps = {
  fetchPage: (url, signal) => fetchPage(url, { signal }),
  fetchFile: (url, signal) => fetchDocument(url, { signal }),
  readFile: (bytes, kind, signal) =>
    readDocumentBytes(bytes, kind, {
      pdfjs: () => loadPdfJs() as unknown as Promise<PdfJsLib>,
      unzip: unzipSync,
      signal,
    }),
  parse,
  mayFetch,
};

/** A list page behind a challenge is read from a background tab, as a challenged report is. */
async function fetchListPage(url: string) {
  const page = await fetchPage(url);
  return !page.ok && page.reason === 'challenge' ? pageFromTab(url) : page;
}

const deps: BatchDeps = {
  readColumn: (listUrl) => readColumn(listUrl, { fetchPage: fetchListPage, parse }),
  check: (link, signal) => checkReport(link, checkDeps, signal),
  readInTab: (url) =>
    checkReport(
      { url, text: '', year: null },
      { ...checkDeps, fetchPage: (u) => pageFromTab(u) },
      new AbortController().signal,
    ),
  remember: async (record) => (await sendToRuntime({ type: 'year-record', record })) ?? undefined,
  missingOrigins,
  requestOrigins,
  open: (row) => void browser.tabs.create({ url: row.type === '网页' ? row.source : documentPageUrl(row.source) }),
  delay: { load: loadBatchDelay, save: saveBatchDelay },
};

/** The column's address, if the page was opened with one (web addresses only). */
function listOf(search: string): string | undefined {
  const url = new URLSearchParams(search).get('list');
  return url && isWebUrl(url) ? url : undefined;
}

void loadSettings().then((settings) => {
  render(
    <BatchApp deps={deps} lang={settings.lang} listUrl={listOf(location.search)} />,
    document.getElementById('app')!,
  );
});
