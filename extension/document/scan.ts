/**
 * A scanned PDF in the document page: each page drawn by pdf.js at the scan's own resolution and read by OCR in
 * workers (ocr-worker.ts), two at a time on a machine with two cores or more, so that the page stays responsive and a
 * 10-page scan takes half as long. Progress counts pages read; cancelling stops the workers at once.
 */
import type { PdfPage } from '@/core/readers/pdf-layout';
import { pageDpi } from '@/core/readers/scan/page';
import type { OcrReply, OcrRequest } from './ocr-protocol';

/** The parts of pdf.js this module calls (structural, like core/readers/pdf-pages.ts). */
export interface PdfJsScanLib {
  OPS: Record<string, number>;
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; verbosity?: number }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getViewport(opts: { scale: number }): { width: number; height: number };
        getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
        render(params: { canvas: HTMLCanvasElement; viewport: unknown }): { promise: Promise<void> };
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

export interface ScanOptions {
  /** Pages read so far, of all. */
  onPage?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

const abortError = () => new DOMException('cancelled', 'AbortError');

export async function readScannedPdf(lib: PdfJsScanLib, bytes: Uint8Array, opts: ScanOptions = {}): Promise<PdfPage[]> {
  const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const count = Math.min(2, navigator.hardwareConcurrency || 2);
  const workers = Array.from(
    { length: Math.min(count, doc.numPages) },
    () => new Worker(new URL('./ocr-worker.ts', import.meta.url), { type: 'module' }),
  );
  const stop = () => {
    for (const w of workers) w.terminate();
  };
  opts.signal?.addEventListener('abort', stop, { once: true });

  /** Page n drawn at its scan's resolution, as RGBA pixels. */
  const draw = async (n: number): Promise<Omit<OcrRequest, 'id'>> => {
    const page = await doc.getPage(n);
    const dpi = await pageDpi(page, lib.OPS.paintImageXObject!);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, viewport }).promise;
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { n, rgba: image.data.buffer, width: image.width, height: image.height, dpi };
  };

  /** One page through one worker. */
  const ocr = (worker: Worker, request: OcrRequest) =>
    new Promise<PdfPage>((resolve, reject) => {
      // Cancelled while the page was being drawn: its worker is gone already.
      if (opts.signal?.aborted) return reject(abortError());
      const onAbort = () => reject(abortError());
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (event: MessageEvent<OcrReply>) => {
        const reply = event.data;
        if (reply.id !== request.id) return;
        opts.signal?.removeEventListener('abort', onAbort);
        if (reply.kind === 'page') resolve(reply.page);
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'OCR worker failed'));
      worker.postMessage(request, [request.rgba]);
    });

  const pages: PdfPage[] = new Array(doc.numPages);
  let next = 1;
  let done = 0;
  opts.onPage?.(0, doc.numPages);
  try {
    // Each worker takes the next page as soon as it is free, drawn for it on this thread.
    await Promise.all(
      workers.map(async (worker) => {
        while (next <= doc.numPages) {
          if (opts.signal?.aborted) throw abortError();
          const n = next++;
          const request = { id: n, ...(await draw(n)) };
          pages[n - 1] = await ocr(worker, request);
          opts.onPage?.(++done, doc.numPages);
        }
      }),
    );
    return pages;
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    stop();
    await doc.destroy();
  }
}
