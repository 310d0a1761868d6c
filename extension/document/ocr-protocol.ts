/** What the document page and its OCR workers (ocr-worker.ts) say to each other. */
import type { PdfPage } from '@/core/readers/pdf-layout';

export interface OcrRequest {
  id: number;
  /** The page's number in the document. */
  n: number;
  /** RGBA pixels, transferred. */
  rgba: ArrayBuffer;
  width: number;
  height: number;
  dpi: number;
}

export type OcrReply = { id: number; kind: 'page'; page: PdfPage } | { id: number; kind: 'error'; message: string };
