/**
 * A scanned page as the scan reader works on it: one byte of lightness a pixel (0 black, 255 white), red ink (a seal
 * stamped over the tables, a signature in red) taken out first, the page turned straight again, and its ink as a
 * bitmap. Pure: the pixels come from the edge (a canvas in the browser, @napi-rs/canvas in Node).
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * RGBA pixels → lightness, seen as through a red filter (a form scanner's "dropout colour"): a seal's or a red pen's
 * ink is as light as paper in the red channel, black print under it stays dark, and so does blue or black ink.
 */
export function grayOf(rgba: ArrayLike<number>, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const [r, g, b] = [rgba[i * 4]!, rgba[i * 4 + 1]!, rgba[i * 4 + 2]!];
    data[i] = Math.max(r, (r * 299 + g * 587 + b * 114) / 1000);
  }
  return { width, height, data };
}

/** Otsu's threshold: the lightness that best parts ink from paper. */
export function inkThreshold(g: Gray): number {
  const hist = new Float64Array(256);
  for (const v of g.data) hist[v]!++;
  const total = g.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let [sumB, wB, best, at] = [0, 0, -1, 128];
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const [mB, mF] = [sumB / wB, (sum - sumB) / wF];
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) [best, at] = [between, t];
  }
  return at;
}

/** Ink as 1, paper as 0. */
export function inkOf(g: Gray, threshold = inkThreshold(g)): Uint8Array {
  const out = new Uint8Array(g.data.length);
  for (let i = 0; i < out.length; i++) out[i] = g.data[i]! <= threshold ? 1 : 0;
  return out;
}

/**
 * How far the page is turned, in degrees (a scan a little askew, a phone's photo): the angle at which its ink's rows
 * stand sharpest — lines of text and rules all fall in a few rows of pixels at once.
 */
export function skewOf(g: Gray, ink: Uint8Array, maxDegrees = 3): number {
  // Ink of every few columns is enough to tell, and keeps this fast on a 300 dpi page (every row: rows skipped
  // would make the straight page look sharper than it is, its ink falling in the rows kept).
  const xs: number[] = [];
  const ys: number[] = [];
  const step = Math.max(1, Math.round(g.width / 600));
  for (let y = 0; y < g.height; y++)
    for (let x = 0; x < g.width; x += step)
      if (ink[y * g.width + x]) {
        xs.push(x - g.width / 2);
        ys.push(y);
      }
  if (xs.length < 100) return 0;
  const sharpness = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const rows = new Float64Array(g.height * 2);
    for (let i = 0; i < xs.length; i++) {
      const r = Math.round(ys[i]! - xs[i]! * t + g.height / 2);
      if (r >= 0 && r < rows.length) rows[r]!++;
    }
    let s = 0;
    for (const v of rows) s += v * v;
    return s;
  };
  let best = 0;
  for (const stepDeg of [0.25, 0.05, 0.01]) {
    const from = stepDeg === 0.25 ? -maxDegrees : best - stepDeg * 5;
    const to = stepDeg === 0.25 ? maxDegrees : best + stepDeg * 5;
    let bestScore = -1;
    for (let d = from; d <= to + 1e-9; d += stepDeg) {
      const s = sharpness(d);
      if (s > bestScore) [bestScore, best] = [s, d];
    }
  }
  return Math.round(best * 100) / 100;
}

/** The page turned by `degrees` (counter-clockwise positive, as skewOf measures), paper filling the corners. */
export function rotate(g: Gray, degrees: number): Gray {
  if (!degrees) return g;
  const a = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const [cx, cy] = [g.width / 2, g.height / 2];
  const out = new Uint8Array(g.width * g.height).fill(255);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      // Where this pixel of the straightened page was on the scan (bilinear between its four neighbours).
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      if (x0 < 0 || y0 < 0 || x0 + 1 >= g.width || y0 + 1 >= g.height) continue;
      const [fx, fy] = [sx - x0, sy - y0];
      const i = y0 * g.width + x0;
      const top = g.data[i]! * (1 - fx) + g.data[i + 1]! * fx;
      const bottom = g.data[i + g.width]! * (1 - fx) + g.data[i + g.width + 1]! * fx;
      out[y * g.width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width: g.width, height: g.height, data: out };
}

/** A rectangle of the page (clipped to it). */
export function crop(g: Gray, x: number, y: number, w: number, h: number): Gray {
  const [x0, y0] = [Math.max(0, Math.floor(x)), Math.max(0, Math.floor(y))];
  const [x1, y1] = [Math.min(g.width, Math.ceil(x + w)), Math.min(g.height, Math.ceil(y + h))];
  const [cw, ch] = [Math.max(1, x1 - x0), Math.max(1, y1 - y0)];
  const data = new Uint8Array(cw * ch).fill(255);
  for (let r = 0; r < ch && y0 + r < g.height; r++) {
    const from = (y0 + r) * g.width + x0;
    data.set(g.data.subarray(from, from + Math.min(cw, g.width - x0)), r * cw);
  }
  return { width: cw, height: ch, data };
}
