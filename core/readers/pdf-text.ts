/**
 * Text outside tables: items → lines (same baseline band, left to right) → paragraphs (a heading numeral, an
 * indent, a short line before, a gap or a change of size starts a new one), page numbers dropped. Chinese runs are
 * joined without spaces, as the page shows them.
 */
import type { PdfPage, PdfText } from './pdf-layout';

/** Text on a page and its box, in points from the page's top left. */
interface PlacedText {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}

export interface Line extends PlacedText {
  items: PdfText[];
}

export interface PdfParagraph extends PlacedText {
  /** Set for the large lines that open the first page (the report's title). */
  title: boolean;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Joins two runs of text: nothing between Chinese characters (or where they touch), a space elsewhere. */
export function joinRuns(left: string, right: string, gap: number, size: number): string {
  if (!left) return right;
  const a = left[left.length - 1]!;
  const b = right[0] ?? '';
  if (CJK.test(a) || CJK.test(b) || gap < size * 0.25) return left + right;
  return `${left} ${right}`;
}

/** Items on one page grouped into lines: vertical centres within half the smaller height. */
export function linesOf(page: number, items: PdfText[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2) || a.x - b.x);
  const lines: PdfText[][] = [];
  for (const item of sorted) {
    const mid = item.y + item.h / 2;
    const line = lines[lines.length - 1];
    const last = line?.[line.length - 1];
    if (line && last && Math.abs(mid - (last.y + last.h / 2)) <= Math.min(item.h, last.h) / 2) line.push(item);
    else lines.push([item]);
  }
  return lines.map((parts) => {
    parts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of parts) {
      text = joinRuns(text, p.str, p.x - end, p.h);
      end = p.x + p.w;
    }
    const x = Math.min(...parts.map((p) => p.x));
    const y = Math.min(...parts.map((p) => p.y));
    return {
      page,
      x,
      y,
      w: Math.max(...parts.map((p) => p.x + p.w)) - x,
      h: Math.max(...parts.map((p) => p.y + p.h)) - y,
      text: text.trim(),
      items: parts,
    };
  });
}

const PAGE_NUMBER = /^([-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d+\s*页(\s*[/共]\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** The page's lines that are text, without the page number in its top or bottom margin. */
export function flowLines(page: PdfPage, items: PdfText[]): Line[] {
  const lines = linesOf(page.n, items);
  // A page number stands alone: a number beside other text (a table's cell atop the page, its label wrapped over two
  // lines around it) is the page's content.
  const alone = (l: Line) => lines.every((o) => o === l || o.y > l.y + l.h * 1.5 || o.y + o.h < l.y - l.h * 0.5);
  return lines.filter((l) => {
    const margin = l.y < page.height * 0.1 || l.y + l.h > page.height * 0.88;
    return l.text && !(margin && PAGE_NUMBER.test(l.text.replace(/\s+/g, ' ')) && alone(l));
  });
}

/** A line that opens a paragraph by its own numbering: 一、 （一） 第一部分 1. */
export const OPENS =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

/** The most common text height of the document: the body size. */
function bodySize(pages: PdfPage[]): number {
  const counts = new Map<number, number>();
  for (const p of pages)
    for (const t of p.text) counts.set(Math.round(t.h), (counts.get(Math.round(t.h)) ?? 0) + t.str.length);
  let best = 12;
  let most = 0;
  for (const [h, n] of counts) if (n > most) [best, most] = [h, n];
  return best;
}

export function paragraphsOf(lines: Line[], pages: PdfPage[]): PdfParagraph[] {
  const size = bodySize(pages);
  // The text column of each page: where lines start and how far the fullest ones reach.
  const edges = new Map<number, { left: number; right: number }>();
  for (const page of pages) {
    const own = lines.filter((l) => l.page === page.n);
    if (own.length)
      edges.set(page.n, { left: Math.min(...own.map((l) => l.x)), right: Math.max(...own.map((l) => l.x + l.w)) });
  }
  const out: PdfParagraph[] = [];
  let current: PdfParagraph | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    const edge = edges.get(line.page)!;
    const big = line.h > size * 1.25;
    const titleLine = big && line.page === pages[0]?.n && (!current || current.title) && out.every((p) => p.title);
    let fresh = !current || !prev;
    if (!fresh && prev && current) {
      const prevEdge = edges.get(prev.page)!;
      const short = prev.x + prev.w < prevEdge.right - size * 1.5;
      const indented = line.x > edge.left + size * 1.2;
      const gap = line.page === prev.page && line.y - (prev.y + prev.h) > size * 1.2;
      const resized = Math.abs(line.h - prev.h) > Math.max(line.h, prev.h) * 0.15;
      fresh = titleLine
        ? !current.title
        : short || indented || gap || resized || OPENS.test(line.text) || current.title;
    }
    if (fresh || !current) {
      current = { page: line.page, x: line.x, y: line.y, w: line.w, h: line.h, text: line.text, title: titleLine };
      out.push(current);
    } else {
      current.text = joinRuns(current.text, line.text, Infinity, line.h);
      if (line.page === current.page) {
        const right = Math.max(current.x + current.w, line.x + line.w);
        const bottom = Math.max(current.y + current.h, line.y + line.h);
        current.x = Math.min(current.x, line.x);
        current.w = right - current.x;
        current.h = bottom - current.y;
      }
    }
    prev = line;
  }
  return out;
}
