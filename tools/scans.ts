/**
 * Scans made for the tests and the bench: a printed fixture (test/fixtures/printed) rendered to page images at a
 * scanner's resolution, with what scanners and phones add — the page a little askew, speckle, blur, JPEG's blocks,
 * a red round seal stamped over part of a table, a signature — and packed as an image-only PDF, as an agency's
 * scanned and sealed report is published. Deterministic: the same arguments give the same bytes.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { PdfJsLib } from '../core/readers/pdf-pages';

export interface Distortion {
  /** Degrees the page is turned (counter-clockwise positive). */
  rotate?: number;
  /** Share of pixels turned to dark or light specks, and grey noise's strength (0…255). */
  speckle?: number;
  grain?: number;
  /** Gaussian blur radius in pixels at 200 dpi (scaled with the resolution). */
  blur?: number;
  /** JPEG quality 1…100 (default 85). */
  jpeg?: number;
  /** A red seal over the first table on this page (1-based), and a signature under the last page's text. */
  sealOnPage?: number;
  signature?: boolean;
}

/** The distortions the accuracy figures are given for. */
export const DISTORTIONS: Record<string, Distortion> = {
  clean: {},
  askew: { rotate: 1.2 },
  scanner: { rotate: -0.6, speckle: 0.002, grain: 18, jpeg: 60 },
  phone: { rotate: 0.9, blur: 0.9, grain: 10, jpeg: 50 },
  sealed: { rotate: 0.4, sealOnPage: 3, signature: true, jpeg: 70 },
};

/** A small seeded generator (mulberry32): noise that is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seal(ctx: SKRSContext2D, x: number, y: number, r: number): void {
  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.strokeStyle = 'rgba(215, 30, 35, 0.85)';
  ctx.fillStyle = 'rgba(215, 30, 35, 0.85)';
  ctx.lineWidth = r * 0.07;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.stroke();
  // The star in the middle and the agency's name round the rim.
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.12 : r * 0.3;
    ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
  const name = '示例县人民政府办公室政务公开专用章';
  ctx.font = `${Math.round(r * 0.22)}px "WenQuanYi Zen Hei", sans-serif`;
  ctx.textAlign = 'center';
  [...name].forEach((ch, i) => {
    const a = Math.PI * (-1.15 + (i * 1.3) / (name.length - 1));
    ctx.save();
    ctx.translate(x + r * 0.75 * Math.cos(a), y + r * 0.75 * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, 0, r * 0.08);
    ctx.restore();
  });
  ctx.restore();
}

function signature(ctx: SKRSContext2D, x: number, y: number, size: number, rnd: () => number): void {
  ctx.save();
  ctx.strokeStyle = 'rgba(20, 30, 90, 0.9)';
  ctx.lineWidth = size * 0.05;
  ctx.beginPath();
  ctx.moveTo(x, y);
  for (let i = 0; i < 6; i++)
    ctx.bezierCurveTo(
      x + size * (i + 0.3),
      y - size * (0.5 + rnd()),
      x + size * (i + 0.6),
      y + size * (0.4 + rnd()),
      x + size * (i + 1),
      y - size * 0.1 * rnd(),
    );
  ctx.stroke();
  ctx.restore();
}

/** A PDF whose pages are these JPEG images, each filling a page of the given size in points. */
export function imagePdf(
  pages: { jpeg: Uint8Array; width: number; height: number; pt: [number, number] }[],
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const enc = new TextEncoder();
  const put = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? enc.encode(b) : b;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: () => void) => {
    offsets[n] = length;
    put(`${n} 0 obj\n`);
    body();
    put('\nendobj\n');
  };
  put('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const kids = pages.map((_, i) => `${3 + i * 3} 0 R`).join(' ');
  object(1, () => put('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => put(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  pages.forEach((p, i) => {
    const [page, content, image] = [3 + i * 3, 4 + i * 3, 5 + i * 3];
    const [w, h] = p.pt.map((v) => v.toFixed(2));
    object(page, () =>
      put(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
    const draw = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(content, () => put(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`));
    object(image, () => {
      put(
        `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`,
      );
      put(p.jpeg);
      put('\nendstream');
    });
  });
  const xref = length;
  const count = 3 + pages.length * 3;
  put(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Each page of a PDF with a text layer as a scanner would give it back: JPEG images at `dpi`, distorted. */
export async function scanPdf(
  lib: PdfJsLib & { getDocument: (src: { data: Uint8Array }) => { promise: Promise<unknown> } },
  bytes: Uint8Array,
  dpi: number,
  d: Distortion,
  seed = 1,
): Promise<Uint8Array> {
  // biome-ignore lint/suspicious/noExplicitAny: pdf.js's render API is outside PdfJsLib's narrow view
  const doc = (await lib.getDocument({ data: bytes }).promise) as any;
  const rnd = random(seed);
  const pages: Parameters<typeof imagePdf>[0] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const pt = page.getViewport({ scale: 1 });
    const vp = page.getViewport({ scale: dpi / 72 });
    const [W, H] = [Math.round(vp.width), Math.round(vp.height)];
    const print = createCanvas(W, H);
    const pctx = print.getContext('2d');
    pctx.fillStyle = '#fff';
    pctx.fillRect(0, 0, W, H);
    await page.render({ canvasContext: pctx, viewport: vp, canvas: print }).promise;
    if (d.sealOnPage === n) seal(pctx, W * 0.72, H * 0.45, (42 / 25.4) * dpi * 0.5);
    if (d.signature && n === doc.numPages) signature(pctx, W * 0.55, H * 0.5, dpi * 0.25, rnd);

    // The scanner: the sheet a little turned, the optics' blur, then the sensor's noise.
    const scan = createCanvas(W, H);
    const ctx = scan.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    if (d.blur) ctx.filter = `blur(${(d.blur * dpi) / 200}px)`;
    ctx.translate(W / 2, H / 2);
    ctx.rotate((-(d.rotate ?? 0) * Math.PI) / 180);
    ctx.drawImage(print, -W / 2, -H / 2);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.filter = 'none';
    if (d.speckle || d.grain) {
      const img = ctx.getImageData(0, 0, W, H);
      const px = img.data;
      for (let i = 0; i < W * H; i++) {
        let delta = d.grain ? (rnd() + rnd() + rnd() - 1.5) * d.grain : 0;
        if (d.speckle && rnd() < d.speckle) delta = rnd() < 0.5 ? -255 : 255;
        for (let c = 0; c < 3; c++) px[i * 4 + c] = Math.max(0, Math.min(255, px[i * 4 + c]! + delta));
      }
      ctx.putImageData(img, 0, 0);
    }
    pages.push({
      jpeg: new Uint8Array(scan.toBuffer('image/jpeg', d.jpeg ?? 85)),
      width: W,
      height: H,
      pt: [pt.width, pt.height],
    });
  }
  await doc.destroy();
  return imagePdf(pages);
}
