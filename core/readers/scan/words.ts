/**
 * Where a scanned page's text stands: its blobs of ink (connected components), gathered into lines and the lines cut
 * into words where a gap is wider than characters stand apart or a rule runs between (two cells of a table). Each
 * word is then read as one piece of text (recognize.ts), as a PDF's text item is one run of text.
 */
import type { ScanRule } from './rules';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The bounding boxes of the ink's 8-connected blobs, with how many pixels each has. */
export function blobsOf(ink: Uint8Array, width: number, height: number): (Box & { pixels: number })[] {
  const labels = new Int32Array(width * height);
  const parent: number[] = [0];
  const find = (a: number) => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!ink[i]) continue;
      // Neighbours already labelled: left, and the three above.
      const near: number[] = [];
      if (x > 0 && labels[i - 1]) near.push(labels[i - 1]!);
      if (y > 0) {
        for (const dx of [-1, 0, 1]) {
          const nx = x + dx;
          if (nx >= 0 && nx < width && labels[i - width + dx]) near.push(labels[i - width + dx]!);
        }
      }
      if (!near.length) {
        parent.push(parent.length);
        labels[i] = parent.length - 1;
      } else {
        labels[i] = near[0]!;
        for (const n of near.slice(1)) union(near[0]!, n);
      }
    }
  }
  const boxes = new Map<number, { x0: number; y0: number; x1: number; y1: number; pixels: number }>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const l = labels[y * width + x];
      if (!l) continue;
      const root = find(l);
      const b = boxes.get(root);
      if (!b) boxes.set(root, { x0: x, y0: y, x1: x, y1: y, pixels: 1 });
      else {
        b.x0 = Math.min(b.x0, x);
        b.x1 = Math.max(b.x1, x);
        b.y0 = Math.min(b.y0, y);
        b.y1 = Math.max(b.y1, y);
        b.pixels++;
      }
    }
  }
  return [...boxes.values()].map((b) => ({
    x: b.x0,
    y: b.y0,
    w: b.x1 - b.x0 + 1,
    h: b.y1 - b.y0 + 1,
    pixels: b.pixels,
  }));
}

/** The height of the page's characters: the most common height among blobs the size of a character or so. */
export function textHeightOf(blobs: Box[], pageHeight: number): number {
  const heights = blobs.map((b) => b.h).filter((h) => h >= pageHeight / 400 && h <= pageHeight / 20);
  if (!heights.length) return Math.max(8, pageHeight / 70);
  // The tallest blobs that are common: a character's parts (亻, 一) are shorter than whole characters.
  heights.sort((a, b) => a - b);
  return heights[Math.floor(heights.length * 0.8)]!;
}

const union = (a: Box, b: Box): Box => {
  const [x, y] = [Math.min(a.x, b.x), Math.min(a.y, b.y)];
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/**
 * The page's words: blobs in lines (a blob joins the line its vertical extent lies mostly within), each line cut where
 * the gap between blobs is wider than a character's full-width space or a rule down crosses the gap. A scanner's
 * specks are left out.
 */
export function wordsOf(blobs: (Box & { pixels: number })[], textHeight: number, down: ScanRule[]): Box[] {
  // A scanner's specks are a few pixels; the smallest mark of print, a full stop, is a dozen or more at 150 dpi.
  const kept = blobs.filter((b) => b.pixels >= (textHeight * textHeight) / 120);

  // Lines: the tallest blobs first set the bands, smaller ones (punctuation, 一) join the band they sit in.
  type Band = { top: number; bottom: number; blobs: Box[] };
  const bands: Band[] = [];
  for (const b of [...kept].sort((p, q) => q.h - p.h)) {
    let host: Band | undefined;
    let best = 0;
    for (const band of bands) {
      const overlap = Math.min(band.bottom, b.y + b.h) - Math.max(band.top, b.y);
      const share = overlap / Math.min(b.h, band.bottom - band.top);
      if (share > 0.5 && share > best && b.h <= (band.bottom - band.top) * 1.6) [host, best] = [band, share];
    }
    if (host) {
      host.blobs.push(b);
      // A band grows only by full-height characters, so that a line's comma does not pull in the next line.
      if (b.h >= textHeight * 0.7) {
        host.top = Math.min(host.top, b.y);
        host.bottom = Math.max(host.bottom, b.y + b.h);
      }
    } else bands.push({ top: b.y, bottom: b.y + b.h, blobs: [b] });
  }

  const words: Box[] = [];
  // Wider than a full-width comma's space (、，。 stand at the left of a whole character's width).
  const gap = textHeight * 1.1;
  for (const band of bands) {
    const mid = (band.top + band.bottom) / 2;
    const ruled = down.filter((r) => r.from <= mid && r.to >= mid);
    let word: Box | undefined;
    for (const b of band.blobs.sort((p, q) => p.x - q.x)) {
      const right = word ? word.x + word.w : 0;
      const split = !word || b.x - right > gap || ruled.some((r) => r.at > right - 1 && r.at < b.x + 1);
      if (split) {
        if (word) words.push(word);
        word = { x: b.x, y: b.y, w: b.w, h: b.h };
      } else word = union(word!, b);
    }
    if (word) words.push(word);
  }
  // A word no bigger than a comma stands for nothing read alone (a speck the filter above let through).
  const least = textHeight * 0.35;
  return words.filter((w) => w.w >= least || w.h >= least);
}
