/**
 * A scanned page → the page the PDF reader reads (pdf-layout.ts): its text as positioned items and its tables' rules
 * as segments, in points. So a scan becomes the same document as a PDF with a text layer, and the unchanged engine
 * checks it. Each item also carries how sure its reading is, which the check weighs (a relation that fails only where
 * a doubtful number takes part asks to be checked, it is no error).
 */
import { pdfToHtml, type PdfPage, type PdfReading, type PdfSegment, type PdfText } from '../pdf-layout';
import { crop, grayOf, inkOf, rotate, skewOf, type Gray } from './image';
import { recognize, type RecModel } from './recognize';
import { eraseRules, rulesOfPage } from './rules';
import { blobsOf, textHeightOf, wordsOf } from './words';

export interface ScanImage {
  /** RGBA, as a canvas gives it. */
  rgba: ArrayLike<number>;
  width: number;
  height: number;
  /** Pixels per inch (for a scanned PDF's page, its image's pixels over the page's width in inches: scanDpi). */
  dpi: number;
}

/** Resolutions a scan is read at: below, too coarse to read (taken as this); above, nothing more for the recogniser. */
const DPI_RANGE = [100, 300] as const;

/**
 * The resolution to read a scanned PDF's page at: its widest image's pixels over the page's width (as the scanner
 * made it), within DPI_RANGE; 200 where the page has no image.
 */
export function scanDpi(imagePixels: number, pageWidthPt: number): number {
  if (!imagePixels || !pageWidthPt) return 200;
  return Math.min(DPI_RANGE[1], Math.max(DPI_RANGE[0], (imagePixels * 72) / pageWidthPt));
}

/** A scanned PDF's page as pdf.js gives it, and the operator code that paints an image (pdf.js's OPS). */
interface ScannedPdfPage {
  getViewport(opts: { scale: number }): { width: number };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

/** The resolution a scanned PDF's page was made at: its widest image's pixels over its width (scanDpi). */
export async function pageDpi(page: ScannedPdfPage, paintImage: number): Promise<number> {
  const ops = await page.getOperatorList();
  let pixels = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === paintImage) pixels = Math.max(pixels, Number(ops.argsArray[i]![1]) || 0);
  });
  return scanDpi(pixels, page.getViewport({ scale: 1 }).width);
}

export interface Recogniser {
  model: RecModel;
  classes: string[];
}

/** The page, straightened, with its words' boxes and rules in pixels (for the reading and for tests). */
export function layoutOf(image: ScanImage): {
  page: Gray;
  skew: number;
  textHeight: number;
  words: { x: number; y: number; w: number; h: number }[];
  rules: ReturnType<typeof rulesOfPage>;
} {
  const gray = grayOf(image.rgba, image.width, image.height);
  const skew = skewOf(gray, inkOf(gray));
  const page = rotate(gray, -skew);
  const ink = inkOf(page);
  const textHeight = textHeightOf(blobsOf(ink, page.width, page.height), page.height);
  const rules = rulesOfPage(ink, page, textHeight);
  eraseRules(ink, page, rules);
  const words = wordsOf(blobsOf(ink, page.width, page.height), textHeight, rules.down);
  return { page, skew, textHeight, words, rules };
}

export async function scanPage(
  n: number,
  image: ScanImage,
  rec: Recogniser,
): Promise<PdfPage & { text: (PdfText & { confidence: number })[] }> {
  const { page, textHeight, words, rules } = layoutOf(image);
  const pt = 72 / image.dpi;
  // Each word with a margin of paper, and at least as wide as a character: a lone narrow digit (1) is read as
  // the recogniser saw digits in its training, amid paper.
  const images = words.map((w) => {
    const pad = textHeight * 0.2;
    const side = Math.max(pad, (textHeight - w.w) / 2);
    return crop(page, w.x - side, w.y - pad, w.w + 2 * side, w.h + 2 * pad);
  });
  const readings = await recognize(images, rec.model, rec.classes);
  const text = words
    .map((w, i) => ({ ...readings[i]!, w }))
    .filter((r) => r.text)
    .map(({ text: str, confidence, w }) => ({ str, x: w.x * pt, y: w.y * pt, w: w.w * pt, h: w.h * pt, confidence }));
  const segments: PdfSegment[] = [
    ...rules.across.map((r) => ({ x1: r.from * pt, y1: r.at * pt, x2: r.to * pt, y2: r.at * pt })),
    ...rules.down.map((r) => ({ x1: r.at * pt, y1: r.from * pt, x2: r.at * pt, y2: r.to * pt })),
  ];
  return { n, width: image.width * pt, height: image.height * pt, text, segments };
}

/** A scan's pages read → the document, saying it was read by OCR (or that no text was found in it at all). */
export function scanReading(pages: PdfPage[]): PdfReading {
  if (!pages.some((p) => p.text.length))
    return { html: '', pages: pages.length, tables: 0, warnings: [{ kind: 'nothing-read', pages: pages.length }] };
  const reading = pdfToHtml(pages);
  return { ...reading, warnings: [{ kind: 'ocr', pages: pages.length }, ...reading.warnings] };
}
