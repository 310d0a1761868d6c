/**
 * Drawing PDF pages on canvases with pdf.js (passed in by the document page): the pages that carry findings,
 * shown as the PDF looks, under the boxes the badges are placed on.
 */

/** The parts of pdf.js drawing needs (structural, like core/readers/pdf-pages.ts). */
export interface PdfJsRenderLib {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; verbosity?: number }): {
    promise: Promise<{
      getPage(n: number): Promise<{
        getViewport(opts: { scale: number }): { width: number; height: number };
        render(params: { canvas: HTMLCanvasElement; viewport: unknown; transform?: number[] }): {
          promise: Promise<void>;
          cancel(): void;
        };
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

export interface PdfRenderer {
  /** Draws page n at `scale` CSS pixels per point, sharp on high-density screens. */
  render(n: number, canvas: HTMLCanvasElement, scale: number): Promise<void>;
  destroy(): Promise<void>;
}

export async function openPdfRenderer(lib: PdfJsRenderLib, bytes: Uint8Array): Promise<PdfRenderer> {
  // No eval (MV3's CSP forbids it); a copy of the bytes, since pdf.js hands them to its worker.
  const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  return {
    async render(n, canvas, scale) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const ratio = globalThis.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
      await page.render({ canvas, viewport, ...(transform ? { transform } : {}) }).promise;
    },
    destroy: () => doc.destroy(),
  };
}
