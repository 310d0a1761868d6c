/**
 * Documents on the command line: a PDF (pdf.js, loaded only when one is given) or a Word .docx (fflate) becomes the
 * HTML the engine reads (core/readers). What the reading could not do travels with the result as notes; a file we
 * cannot read at all (.doc, .wps, a scan) gets a plain message instead.
 */
import { extname } from 'node:path';
import { unzipSync } from 'fflate';
import { readDocx } from '../core/readers/docx';
import { pdfToHtml, type PdfReading } from '../core/readers/pdf-layout';
import { readPdfPages, type PdfJsLib } from '../core/readers/pdf-pages';
import { NOT_DOCX_MESSAGE, OLD_WORD_MESSAGE, warningText } from '../core/readers/messages';

export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.wps'];

export type DocumentReading = { html: string; notes: string[] } | { error: string };

let pdfjs: Promise<PdfJsLib> | undefined;

/** pdf.js's legacy build: the one that runs on Node 20 (the modern build needs newer built-ins). */
function loadPdfJs(): Promise<PdfJsLib> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLib>;
  return pdfjs;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const lib = await loadPdfJs();
  return pdfToHtml(await readPdfPages(lib, bytes));
}

export async function readDocument(source: string, bytes: Uint8Array): Promise<DocumentReading> {
  const ext = extname(source).toLowerCase();
  if (ext === '.doc' || ext === '.wps') {
    return { error: `${OLD_WORD_MESSAGE.zh} (save as .docx or PDF)` };
  }
  if (ext === '.docx') {
    let html: string | undefined;
    try {
      html = readDocx(bytes, unzipSync);
    } catch {
      html = undefined;
    }
    return html ? { html, notes: [] } : { error: `${NOT_DOCX_MESSAGE.zh} (${NOT_DOCX_MESSAGE.en})` };
  }
  let reading: PdfReading;
  try {
    reading = await readPdf(bytes);
  } catch (err) {
    return { error: `无法读取PDF (unreadable PDF): ${(err as Error).message}` };
  }
  const notes = reading.warnings.map((w) => warningText(w, 'zh'));
  return reading.html ? { html: reading.html, notes } : { error: notes.join('；') };
}
