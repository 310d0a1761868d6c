/**
 * A scanned table's ruling lines, found in its ink: long thin runs of ink, across (a row's border) or down (a
 * column's). They become the segments a PDF draws, so the lattice reader (pdf-tables.ts) makes the same tables of a
 * scan as of a PDF. Characters' strokes are short: a rule is several characters long across, and longer than a
 * character is tall down.
 */
import type { Gray } from './image';

/** A rule in pixels: across at y = at (or down at x = at), from … to along it, `thick` pixels wide. */
export interface ScanRule {
  at: number;
  from: number;
  to: number;
  thick: number;
}

interface Run {
  line: number;
  from: number;
  to: number;
}

/** Runs of ink at least `min` long along each row (or column), bridging gaps of up to `gap` pixels (scan noise). */
function runsOf(ink: Uint8Array, width: number, height: number, across: boolean, min: number, gap: number): Run[] {
  const [lines, length] = across ? [height, width] : [width, height];
  const at = across ? (l: number, i: number) => ink[l * width + i]! : (l: number, i: number) => ink[i * width + l]!;
  const out: Run[] = [];
  for (let l = 0; l < lines; l++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i <= length; i++) {
      if (i < length && at(l, i)) {
        if (start < 0 || i - last > gap + 1) {
          if (start >= 0 && last - start + 1 >= min) out.push({ line: l, from: start, to: last });
          start = i;
        }
        last = i;
      }
    }
    if (start >= 0 && last - start + 1 >= min) out.push({ line: l, from: start, to: last });
  }
  return out;
}

/** Runs on neighbouring rows (columns) that overlap are one rule, as thick as the rows it spans. */
function rulesOf(runs: Run[], maxThick: number): ScanRule[] {
  const open: (ScanRule & { lines: number[]; lastLine: number })[] = [];
  const out: ScanRule[] = [];
  const close = (r: (typeof open)[number]) => {
    if (r.lines.length <= maxThick)
      out.push({
        at: r.lines.reduce((a, b) => a + b, 0) / r.lines.length,
        from: r.from,
        to: r.to,
        thick: r.lines.length,
      });
  };
  for (const run of runs) {
    for (let i = open.length - 1; i >= 0; i--) {
      if (open[i]!.lastLine < run.line - 1) {
        close(open[i]!);
        open.splice(i, 1);
      }
    }
    const host = open.find((r) => r.lastLine === run.line - 1 && run.from <= r.to && run.to >= r.from);
    if (host) {
      host.from = Math.min(host.from, run.from);
      host.to = Math.max(host.to, run.to);
      if (host.lastLine !== run.line) host.lines.push(run.line);
      host.lastLine = run.line;
    } else open.push({ at: run.line, from: run.from, to: run.to, thick: 1, lines: [run.line], lastLine: run.line });
  }
  for (const r of open) close(r);
  return out;
}

/**
 * The page's rules across and down. `textHeight` is the height of its characters in pixels: a rule across is at
 * least three characters long, a rule down at least one and a half characters tall, and neither thicker than a
 * quarter of a character (a bold stroke or a filled box is no rule).
 */
export function rulesOfPage(ink: Uint8Array, g: Gray, textHeight: number): { across: ScanRule[]; down: ScanRule[] } {
  const gap = Math.max(1, Math.round(textHeight / 30));
  const maxThick = Math.max(3, Math.round(textHeight / 4));
  const across = rulesOf(runsOf(ink, g.width, g.height, true, textHeight * 3, gap), maxThick);
  // A rule down meets a rule across (a table is closed above and below): a tall title's stroke meets none.
  const reach = textHeight / 3;
  const meets = (d: ScanRule) =>
    across.some(
      (a) =>
        a.from - reach <= d.at &&
        a.to + reach >= d.at &&
        a.at >= d.from - reach &&
        a.at <= d.to + reach &&
        (Math.abs(a.at - d.from) <= reach || Math.abs(a.at - d.to) <= reach || (a.at > d.from && a.at < d.to)),
    );
  const down = rulesOf(runsOf(ink, g.width, g.height, false, textHeight * 1.5, gap), maxThick).filter(meets);
  return { across, down };
}

/** The rules' ink taken out (of the bitmap and the page), so that text touching a rule is read without it. */
export function eraseRules(ink: Uint8Array, g: Gray, rules: { across: ScanRule[]; down: ScanRule[] }): void {
  const clear = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= g.width || y >= g.height) return;
    ink[y * g.width + x] = 0;
    g.data[y * g.width + x] = 255;
  };
  for (const r of rules.across) {
    const half = Math.ceil(r.thick / 2) + 1;
    for (let x = r.from; x <= r.to; x++) for (let d = -half; d <= half; d++) clear(x, Math.round(r.at) + d);
  }
  for (const r of rules.down) {
    const half = Math.ceil(r.thick / 2) + 1;
    for (let y = r.from; y <= r.to; y++) for (let d = -half; d <= half; d++) clear(Math.round(r.at) + d, y);
  }
}
