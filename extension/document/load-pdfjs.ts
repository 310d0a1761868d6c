/**
 * pdf.js (its legacy build: Chrome ≥ 118, Firefox ESR) on first use, with one module worker — a file of the
 * extension, no remote code — shared by every document of the page. Only the pages that read PDFs (the document
 * page, the batch page) import this, so only their bundles carry pdf.js.
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module' });
    return lib;
  });
  return pdfjs;
}
