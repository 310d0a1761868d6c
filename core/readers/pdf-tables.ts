/**
 * Tables of a PDF page. Ruled tables ("lattice"): the horizontal and vertical rules that touch each other form a
 * table; their positions, clustered, are the grid; two neighbouring slots that no rule separates are one cell
 * (rowspan/colspan); each text item goes to the cell under its centre. Tables drawn without rules are read from
 * text positions instead (pdf-positions.ts).
 */
import { leastSure, type PdfPage, type PdfSegment, type PdfText } from './pdf-layout';
import { cellsOfRun } from './pdf-positions';
import { joinRuns, linesOf, type Line } from './pdf-text';

export interface PdfCell {
  text: string;
  /** Read from a scan: the least sure reading of its text (pdf-layout's PdfText.confidence). */
  confidence?: number;
  rowSpan: number;
  colSpan: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfTable {
  top: number;
  /** Origin cells of each row, left to right (as <tr> children). */
  rows: PdfCell[][];
  /** The table takes this text item (outside it, the item is flow text). */
  claims(t: PdfText): boolean;
  claimsLine(l: Line): boolean;
}

/** Positions closer than this (points) are the same rule. */
const TOL = 2;

interface Rule {
  at: number;
  from: number;
  to: number;
}

/** Collinear rules that overlap or touch become one (Word draws each cell's border apart). */
function mergeRules(rules: Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const same = out.find((o) => Math.abs(o.at - r.at) <= TOL && r.from <= o.to + TOL && r.to >= o.from - TOL);
    if (same) {
      same.from = Math.min(same.from, r.from);
      same.to = Math.max(same.to, r.to);
    } else out.push({ ...r });
  }
  // A second pass catches chains merged out of order.
  return out.length === rules.length ? out : mergeRules(out);
}

function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > TOL) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

function split(segments: PdfSegment[], page: PdfPage): { h: Rule[]; v: Rule[] } {
  const h: Rule[] = [];
  const v: Rule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1);
    const dy = Math.abs(s.y2 - s.y1);
    // Rules along the whole page edge are its frame, not a table.
    if (dy <= 0.8 && dx >= 3 && dx < page.width * 0.98)
      h.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (dx <= 0.8 && dy >= 3 && dy < page.height * 0.98)
      v.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return { h: mergeRules(h), v: mergeRules(v) };
}

/** Disjoint sets over 0…n−1: which rules touch, which grid slots make one cell. */
class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression: later finds are one step.
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  unite(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const touches = (h: Rule, v: Rule) =>
  v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;

/** Groups of rules that touch one another: each group with two rules each way is a table. */
function groups(h: Rule[], v: Rule[]): { h: Rule[]; v: Rule[] }[] {
  const sets = new UnionFind(h.length + v.length);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (touches(h[i]!, v[j]!)) sets.unite(i, h.length + j);
  }
  const byRoot = new Map<number, { h: Rule[]; v: Rule[] }>();
  [...h, ...v].forEach((r, i) => {
    const root = sets.find(i);
    const g = byRoot.get(root) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(r);
    byRoot.set(root, g);
  });
  return [...byRoot.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Does a rule at `at` run along most of [from, to]? */
function covered(rules: Rule[], at: number, from: number, to: number): boolean {
  const span = to - from;
  let sum = 0;
  for (const r of rules) {
    if (Math.abs(r.at - at) > TOL) continue;
    sum += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  }
  return sum >= span * 0.6;
}

function cellText(items: PdfText[], page: number): string {
  return linesOf(page, items)
    .map((l) => l.text)
    .reduce((acc, t) => joinRuns(acc, t, Infinity, 10), '');
}

export function latticeTables(page: PdfPage): PdfTable[] {
  const { h, v } = split(page.segments, page);
  return groups(h, v).flatMap((g) => {
    // Where a page break left a table without its bottom (or top) rule, its vertical rules still reach the edge:
    // that edge closes the last row. Likewise the horizontal rules' ends stand in for a missing side rule.
    const xs = clusters([...g.v.map((r) => r.at), ...g.h.map((r) => r.from), ...g.h.map((r) => r.to)]);
    const ys = clusters([...g.h.map((r) => r.at), ...g.v.map((r) => r.from), ...g.v.map((r) => r.to)]);
    if (xs.length < 2 || ys.length < 2) return [];
    const R = ys.length - 1;
    const C = xs.length - 1;
    // Union the slots no rule separates.
    const slots = new UnionFind(R * C);
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && !covered(g.v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) slots.unite(r * C + c, r * C + c + 1);
        if (r + 1 < R && !covered(g.h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) slots.unite(r * C + c, (r + 1) * C + c);
      }
    }
    const find = (i: number) => slots.find(i);
    const cells = new Map<number, { r0: number; r1: number; c0: number; c1: number; items: PdfText[] }>();
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const root = find(r * C + c);
        const cell = cells.get(root);
        if (!cell) cells.set(root, { r0: r, r1: r, c0: c, c1: c, items: [] });
        else {
          cell.r1 = Math.max(cell.r1, r);
          cell.c1 = Math.max(cell.c1, c);
        }
      }
    }
    const left = xs[0]!;
    const right = xs[C]!;
    const top = ys[0]!;
    const bottom = ys[R]!;
    const slotOf = (edges: number[], v: number) => {
      for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! && v <= edges[i + 1]!) return i;
      return -1;
    };
    const inside = (t: PdfText) => {
      const cx = t.x + t.w / 2;
      const cy = t.y + t.h / 2;
      return cx >= left && cx <= right && cy >= top && cy <= bottom;
    };
    // A run of text over several cells ("本年废止件数 现行有效件数") goes to each of them.
    for (const t of page.text.flatMap((i) => cellsOfRun(i, true))) {
      if (!inside(t)) continue;
      const r = slotOf(ys, t.y + t.h / 2);
      const c = slotOf(xs, t.x + t.w / 2);
      if (r >= 0 && c >= 0) cells.get(find(r * C + c))!.items.push(t);
    }
    const rows: PdfCell[][] = Array.from({ length: R }, () => []);
    for (const cell of [...cells.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
      const confidence = leastSure(cell.items);
      rows[cell.r0]!.push({
        text: cellText(cell.items, page.n),
        ...(confidence === undefined ? {} : { confidence }),
        rowSpan: cell.r1 - cell.r0 + 1,
        colSpan: cell.c1 - cell.c0 + 1,
        x: xs[cell.c0]!,
        y: ys[cell.r0]!,
        w: xs[cell.c1 + 1]! - xs[cell.c0]!,
        h: ys[cell.r1 + 1]! - ys[cell.r0]!,
      });
    }
    // A frame around a whole page of text (one cell, or text boxes) is not a table.
    if (R * C < 4) return [];
    return [{ top, rows, claims: inside, claimsLine: (l: Line) => l.items.every(inside) }];
  });
}
