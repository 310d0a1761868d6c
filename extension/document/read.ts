/**
 * A fetched or picked file → the HTML the engine reads, in the document page: PDF through pdf.js (passed in by the
 * page, which alone loads it), .docx through fflate and core/readers/docx.ts. A file that cannot be checked gets the
 * readers' own plain message (a scan, unreadable fonts, an old Word file), never an empty report.
 */
import type { Label } from '@/core/parts';
import { NOT_DOCX_MESSAGE, OLD_WORD_MESSAGE, warningText } from '@/core/readers/messages';
import { readDocx } from '@/core/readers/docx';
import { pdfToHtml, type PdfPage, type PdfWarning } from '@/core/readers/pdf-layout';
import { readPdfPages, type PdfJsLib } from '@/core/readers/pdf-pages';
import { scanReading } from '@/core/readers/scan/page';
import type { DocumentKind } from '../fetch-document';

export interface PageSize {
  n: number;
  width: number;
  height: number;
}

export type DocumentReading =
  | { ok: true; html: string; warnings: PdfWarning[]; notes: Label[]; pages: PageSize[] }
  | { ok: false; message: Label };

export interface ReadOptions {
  /** pdf.js, loaded on demand by the page (the only bundle that carries it). */
  pdfjs: () => Promise<PdfJsLib>;
  unzip: (bytes: Uint8Array) => Record<string, Uint8Array>;
  /** Pages read; `ocr` while a scan's page images are being read by OCR. */
  onPage?: (page: number, pages: number, ocr?: boolean) => void;
  signal?: AbortSignal;
  /**
   * A PDF without a text layer (a scan): its pages read by OCR (scan.ts). Where the page offers none (the batch
   * page), a scan gets the reader's plain message.
   */
  readScan?: (lib: PdfJsLib, bytes: Uint8Array, onPage: (page: number, pages: number) => void) => Promise<PdfPage[]>;
}

export async function readDocumentBytes(
  bytes: Uint8Array,
  kind: DocumentKind,
  opts: ReadOptions,
): Promise<DocumentReading> {
  if (kind === 'doc') return { ok: false, message: OLD_WORD_MESSAGE };
  if (kind === 'docx') {
    let html: string | undefined;
    try {
      html = readDocx(bytes, opts.unzip);
    } catch {
      html = undefined;
    }
    return html ? { ok: true, html, warnings: [], notes: [], pages: [] } : { ok: false, message: NOT_DOCX_MESSAGE };
  }
  const lib = await opts.pdfjs();
  let pages: Awaited<ReturnType<typeof readPdfPages>>;
  try {
    // A copy: pdf.js hands its input to the worker, and the page renders from the same bytes afterwards.
    pages = await readPdfPages(lib, bytes.slice(), { onPage: opts.onPage, signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    const detail = (err as Error).message ?? String(err);
    return { ok: false, message: { zh: `无法读取PDF：${detail}`, en: `unreadable PDF: ${detail}` } };
  }
  let reading = pdfToHtml(pages);
  if (opts.readScan && reading.warnings.some((w) => w.kind === 'no-text')) {
    pages = await opts.readScan(lib, bytes, (page, all) => opts.onPage?.(page, all, true));
    reading = scanReading(pages);
  }
  const notes = reading.warnings.map((w) => ({ zh: warningText(w, 'zh'), en: warningText(w, 'en') }));
  if (!reading.html) {
    const none = { zh: '未能读取PDF中的内容', en: 'nothing could be read from the PDF' };
    return { ok: false, message: notes.length ? joinLabels(notes) : none };
  }
  const sizes = pages.map(({ n, width, height }) => ({ n, width, height }));
  return { ok: true, html: reading.html, warnings: reading.warnings, notes, pages: sizes };
}

function joinLabels(labels: Label[]): Label {
  return { zh: labels.map((l) => l.zh).join('；'), en: labels.map((l) => l.en).join('; ') };
}
