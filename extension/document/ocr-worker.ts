/**
 * The document page's OCR worker: page images in, the pages the PDF reader reads out (core/readers/scan), off the
 * page's thread so that it stays responsive. The recogniser (PaddleOCR's PP-OCRv4, an .onnx file, in ocr/: see
 * wxt.config.ts) and ONNX Runtime's WebAssembly (an asset of this worker's bundle) are files of the extension, loaded
 * on the first page a scan brings; nothing comes from the network.
 */
import * as ort from 'onnxruntime-web/wasm';
import { recogniserOf, type OrtLib } from '@/core/readers/scan/ort';
import { scanPage, type Recogniser } from '@/core/readers/scan/page';
import type { OcrReply, OcrRequest } from './ocr-protocol';

/** The extension's own files, beside this worker's origin (chrome-extension://…/ocr/). */
const OCR_FILES = new URL('/ocr/', self.location.href).href;

let recogniser: Promise<Recogniser> | undefined;

function load(): Promise<Recogniser> {
  recogniser ??= (async () => {
    // One thread: threads need a cross-origin isolated page; the document page runs two of these workers instead.
    ort.env.wasm.numThreads = 1;
    ort.env.logLevel = 'error';
    const [model, dictionary] = await Promise.all([
      fetch(`${OCR_FILES}rec.onnx`).then((r) => r.arrayBuffer()),
      fetch(`${OCR_FILES}keys.txt`).then((r) => r.text()),
    ]);
    return recogniserOf(ort as unknown as OrtLib, new Uint8Array(model), dictionary);
  })();
  return recogniser;
}

self.onmessage = async (event: MessageEvent<OcrRequest>) => {
  const { id, n, rgba, width, height, dpi } = event.data;
  const reply = (r: OcrReply) => self.postMessage(r);
  try {
    const page = await scanPage(n, { rgba: new Uint8ClampedArray(rgba), width, height, dpi }, await load());
    reply({ id, kind: 'page', page });
  } catch (err) {
    reply({ id, kind: 'error', message: String((err as Error).message ?? err) });
  }
};
