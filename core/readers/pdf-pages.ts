/**
 * pdf.js → what a PDF page shows: its text items and the straight rules drawn on it, in page coordinates (points,
 * origin top-left, y down). The library comes from the edge (the document page in the browser, the command line in
 * Node), so the engine imports no pdf.js; only the few calls below are used.
 */
import type { PdfPage, PdfSegment, PdfText } from './pdf-layout';

/** The parts of pdf.js this module calls (structural, so any 5.x build fits). */
export interface PdfJsLib {
  OPS: Record<string, number>;
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<PdfJsDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}
interface PdfJsPage {
  getViewport(opts: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdf.js 5 path codes inside a constructPath op (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle this thin is a rule (Word and WPS draw table borders as filled rectangles). */
const THIN = 2.5;

/**
 * The straight segments drawn on a page: stroked lines and the edges of thin filled rectangles, through the
 * current transformation matrix (save/restore/transform) into viewport space.
 */
function segmentsOf(lib: PdfJsLib, ops: { fnArray: number[]; argsArray: unknown[][] }, viewport: Matrix): PdfSegment[] {
  const { OPS } = lib;
  const out: PdfSegment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) {
      const [renderOp, data] = args as [number, unknown[]];
      const path = data?.[0];
      if (!path || typeof (path as ArrayLike<number>).length !== 'number') continue;
      const toPage = multiply(viewport, ctm);
      const filled = renderOp !== OPS.stroke && renderOp !== OPS.closeStroke;
      pathSegments(path as ArrayLike<number>, toPage, filled, out);
    }
  }
  return out;
}

function pathSegments(path: ArrayLike<number>, m: Matrix, filled: boolean, out: PdfSegment[]): void {
  const points: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let k = 0; k < path.length; ) {
    const op = path[k++];
    if (op === MOVE) {
      if (current.length) points.push(current);
      current = [apply(m, path[k]!, path[k + 1]!)];
      k += 2;
    } else if (op === LINE) {
      current.push(apply(m, path[k]!, path[k + 1]!));
      k += 2;
    } else if (op === CURVE) {
      // Curves are not rules; keep the end point so a following line starts in the right place.
      current = [apply(m, path[k + 4]!, path[k + 5]!)];
      k += 6;
    } else if (op === QUAD) {
      current = [apply(m, path[k + 2]!, path[k + 3]!)];
      k += 4;
    } else if (op === CLOSE) {
      if (current.length > 1) current.push(current[0]!);
    } else break;
  }
  if (current.length) points.push(current);
  for (const poly of points) {
    if (filled) {
      // A thin filled box is one rule along its long side, through its middle.
      const xs = poly.map((p) => p[0]);
      const ys = poly.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (y1 - y0 <= THIN && x1 - x0 > THIN) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
      else if (x1 - x0 <= THIN && y1 - y0 > THIN) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
      // A larger filled area is a background or shading, not a rule.
      continue;
    }
    for (let p = 1; p < poly.length; p++) {
      const [a, b] = [poly[p - 1]!, poly[p]!];
      out.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
    }
  }
}

interface RawTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function textOf(items: unknown[], viewport: Matrix): PdfText[] {
  const out: PdfText[] = [];
  for (const raw of items as RawTextItem[]) {
    if (typeof raw.str !== 'string' || !raw.transform || !raw.str.trim()) continue;
    const t = raw.transform as Matrix;
    const size = Math.hypot(t[2], t[3]) || raw.height || 10;
    // The item's baseline origin and its far end, in viewport space (y down).
    const [x, y] = apply(viewport, t[4], t[5]);
    const [xEnd] = apply(viewport, t[4] + (raw.width ?? 0), t[5]);
    out.push({ str: raw.str, x: Math.min(x, xEnd), y: y - size, w: Math.abs(xEnd - x), h: size });
  }
  return out;
}

/** Reads every page of a PDF. A progress callback gets (page, pages); an aborted signal stops between pages. */
export async function readPdfPages(
  lib: PdfJsLib,
  data: Uint8Array,
  opts: { onPage?: (page: number, pages: number) => void; signal?: AbortSignal } = {},
): Promise<PdfPage[]> {
  // No eval (MV3's CSP forbids it), no font loading (only the text is needed), no console chatter.
  const task = lib.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const vt = viewport.transform as Matrix;
      const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      pages.push({
        n,
        width: viewport.width,
        height: viewport.height,
        text: textOf(text.items, vt),
        segments: segmentsOf(lib, ops, vt),
      });
      opts.onPage?.(n, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
