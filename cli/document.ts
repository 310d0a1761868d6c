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
import type { ScanProgress } from './ocr';

/** Page images of a scanned report (one image, one page). */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg'];
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.doc', '.wps', ...IMAGE_EXTENSIONS];

export type DocumentReading = { html: string; notes: string[] } | { error: string };

let pdfjs: Promise<PdfJsLib> | undefined;

/** pdf.js's legacy build: the one that runs on Node 20 (the modern build needs newer built-ins). */
function loadPdfJs(): Promise<PdfJsLib> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLib>;
  return pdfjs;
}

/** A PDF's text layer; a PDF that has none (a scan) is read by OCR. */
export async function readPdf(bytes: Uint8Array, progress?: ScanProgress): Promise<PdfReading> {
  const lib = await loadPdfJs();
  // pdf.js takes the bytes it is given (their buffer is detached): the scan's reading needs them again.
  const reading = pdfToHtml(await readPdfPages(lib, bytes.slice()));
  if (!reading.warnings.some((w) => w.kind === 'no-text')) return reading;
  const { readScannedPdf } = await import('./ocr');
  return readScannedPdf(lib, bytes, progress);
}

export async function readDocument(
  source: string,
  bytes: Uint8Array,
  progress?: ScanProgress,
): Promise<DocumentReading> {
  const ext = extname(source).toLowerCase();
  if (IMAGE_EXTENSIONS.includes(ext)) {
    const { readPageImages } = await import('./ocr');
    let reading: PdfReading;
    try {
      reading = await readPageImages([bytes], progress);
    } catch (err) {
      return { error: `无法读取图片 (unreadable image): ${(err as Error).message}` };
    }
    const notes = reading.warnings.map((w) => warningText(w, 'zh'));
    return reading.html ? { html: reading.html, notes } : { error: notes.join('；') };
  }
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
    reading = await readPdf(bytes, progress);
  } catch (err) {
    return { error: `无法读取PDF (unreadable PDF): ${(err as Error).message}` };
  }
  const notes = reading.warnings.map((w) => warningText(w, 'zh'));
  return reading.html ? { html: reading.html, notes } : { error: notes.join('；') };
}
