// The document page (document.html?url=…, or without a url for a picked or dropped file): with the batch page, the
// only bundle that carries pdf.js (extension/document/load-pdfjs.ts). It answers the popup for its own tab, like
// the engine does on a web page.
import { render } from 'preact';
import { unzipSync } from 'fflate';
import { browser } from 'wxt/browser';
import type { PdfJsLib } from '@/core/readers/pdf-pages';
import { DocumentApp, type DocumentDeps } from '@/components/document/DocumentApp';
import { extensionPageContext } from '@/components/document/context';
import { DOCUMENT_CSS } from '@/components/document/styles';
import { OverlayController } from '@/components/overlay/controller';
import { PAGE_CSS } from '@/components/popup/styles';
import { requestedFile } from '@/extension/document/address';
import { loadPdfJs } from '@/extension/document/load-pdfjs';
import { openPdfRenderer, type PdfJsRenderLib } from '@/extension/document/pdf-render';
import { readDocumentBytes } from '@/extension/document/read';
import { readScannedPdf, type PdfJsScanLib } from '@/extension/document/scan';
import { DocumentSession } from '@/extension/document/session';
import { tabPageListener } from '@/extension/messaging';
import { ENGINE_REQUESTS } from '@/extension/protocol';
import { loadSettings, watchSettings } from '@/extension/settings';

const style = document.createElement('style');
style.textContent = PAGE_CSS + DOCUMENT_CSS;
document.head.append(style);

async function start(): Promise<void> {
  const [settings, tab] = await Promise.all([loadSettings(), browser.tabs.getCurrent().catch(() => undefined)]);
  const overlay = new OverlayController(extensionPageContext(window), document, settings);
  watchSettings((s) => overlay.setSettings(s));
  const session = new DocumentSession(overlay);
  browser.runtime.onMessage.addListener(
    tabPageListener(tab?.id, ENGINE_REQUESTS, {
      'get-state': () => session.state(),
      recheck: () => session.state(),
      'focus-finding': ({ index }) => session.focus(index),
      'set-overlay': ({ visible }) => session.setOverlayVisible(visible),
      export: () => session.exportReport(),
      'fetch-previous': () => {
        throw new Error('检查页不能自动查找上年度报告：请先检查上年度报告（网页或文件），记录会自动用于比对');
      },
    }),
  );
  const deps: DocumentDeps = {
    session,
    overlay,
    read: (bytes, kind, onPage, signal) =>
      readDocumentBytes(bytes, kind, {
        pdfjs: () => loadPdfJs() as unknown as Promise<PdfJsLib>,
        unzip: unzipSync,
        onPage,
        signal,
        readScan: (lib, scanned, onScanned) =>
          readScannedPdf(lib as unknown as PdfJsScanLib, scanned, { onPage: onScanned, signal }),
      }),
    openRenderer: async (bytes) => openPdfRenderer((await loadPdfJs()) as unknown as PdfJsRenderLib, bytes),
  };
  render(
    <DocumentApp deps={deps} lang={settings.lang} fileUrl={requestedFile(location.search)} />,
    document.getElementById('app')!,
  );
}

void start();
