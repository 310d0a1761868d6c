/**
 * Documents on the command line: a PDF (pdf.js, loaded only when one is given) becomes the HTML the engine reads
 * (core/readers/pdf-layout.ts). What the reading could not do travels with the result as warnings.
 */
import { pdfToHtml, type PdfReading } from '../core/readers/pdf-layout';
import { readPdfPages, type PdfJsLib } from '../core/readers/pdf-pages';

export const DOCUMENT_EXTENSIONS = ['.pdf'];

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

/** A reading warning as a sentence for the reader. */
export function warningText(w: PdfReading['warnings'][number], lang: 'zh' | 'en'): string {
  switch (w.kind) {
    case 'no-text':
      return lang === 'zh' ? 'PDF没有文字层（可能是扫描件或图片），无法检查' : 'the PDF has no text layer (a scan or an image?): nothing to check';
    case 'unreadable-text':
      return lang === 'zh' ? 'PDF中的文字无法识别（字体缺少编码信息），无法检查' : 'the PDF’s text cannot be read (fonts without a character map): nothing to check';
    case 'tables-from-positions':
      return lang === 'zh'
        ? `第${w.pages.join('、')}页的表格没有框线，按文字位置读取，可能不完整`
        : `the tables on page ${w.pages.join(', ')} have no rules and were read from text positions: cells may be missing`;
  }
}
