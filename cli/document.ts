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
    return { error: '旧版Word（.doc）或WPS文件无法直接读取，请另存为 .docx 或 PDF 后再检查 (save as .docx or PDF)' };
  }
  if (ext === '.docx') {
    let html: string | undefined;
    try {
      html = readDocx(bytes, unzipSync);
    } catch {
      html = undefined;
    }
    return html ? { html, notes: [] } : { error: '不是有效的 .docx 文件 (not a .docx file)' };
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

/** A reading warning as a sentence for the reader. */
export function warningText(w: PdfReading['warnings'][number], lang: 'zh' | 'en'): string {
  switch (w.kind) {
    case 'no-text':
      return lang === 'zh'
        ? 'PDF没有文字层（可能是扫描件或图片），无法检查'
        : 'the PDF has no text layer (a scan or an image?): nothing to check';
    case 'unreadable-text':
      return lang === 'zh'
        ? 'PDF中的文字无法识别（字体缺少编码信息），无法检查'
        : 'the PDF’s text cannot be read (fonts without a character map): nothing to check';
    case 'tables-from-positions':
      return lang === 'zh'
        ? `第${w.pages.join('、')}页的表格没有框线，按文字位置读取，可能不完整`
        : `the tables on page ${w.pages.join(', ')} have no rules and were read from text positions: cells may be missing`;
  }
}
