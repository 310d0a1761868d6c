/**
 * PDF pages (positioned text and drawn rules, see pdf-pages.ts) → the report as an HTML document the engine
 * already reads: the title, headings and paragraphs in reading order, and each ruled table as a <table> with
 * rowspan/colspan. Every element carries the page and box it came from (data-source-page, data-source-box), which
 * the export keeps as provenance and the document view uses to put badges on the rendered page. Pure: no pdf.js.
 */
import { NUMBER as NUMERIC, positionedTables, type Column, type PositionedTable } from './pdf-positions';
import { latticeTables, type PdfTable } from './pdf-tables';
import { matchHeading } from '../sections';
import { flowLines, OPENS as NEW_LABEL, paragraphsOf, type Line } from './pdf-text';

export interface PdfText {
  str: string;
  /** Box in points, origin top-left of the page. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Read from a scan (core/readers/scan): how sure the reading is, 0…1. A text layer's text has none. */
  confidence?: number;
}

/** The least sure reading among some text read from a scan (undefined for a text layer's). */
export function leastSure(items: readonly PdfText[]): number | undefined {
  const read = items.filter((t) => t.confidence !== undefined).map((t) => t.confidence!);
  return read.length ? Math.min(...read) : undefined;
}
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface PdfPage {
  n: number;
  width: number;
  height: number;
  text: PdfText[];
  segments: PdfSegment[];
}

/** What a reader of the document should know about how it was read. */
export type PdfWarning =
  /** No text layer at all: a scan or a picture. Nothing can be checked. */
  | { kind: 'no-text' }
  /** Text that is not readable characters (fonts without a Unicode map). */
  | { kind: 'unreadable-text' }
  /** A table drawn without rules was read from text positions: cells may be missing. */
  | { kind: 'tables-from-positions'; pages: number[] }
  /** The pages are images (a scan), read by OCR: numbers read with doubt are marked, and findings on them asked to be checked. */
  | { kind: 'ocr'; pages: number }
  /** The pages are images in which OCR found no text at all (a photo, a blank scan). */
  | { kind: 'nothing-read'; pages: number };

export interface PdfReading {
  /** The document for the engine; empty when nothing could be read (see warnings). */
  html: string;
  pages: number;
  tables: number;
  warnings: PdfWarning[];
}

/** A block in reading order: a paragraph or a table, with the page it is on and its top. */
type Block =
  | { kind: 'p'; page: number; top: number; line: Line }
  | { kind: 'table'; page: number; top: number; table: PdfTable };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const box = (x: number, y: number, w: number, h: number) => [x, y, w, h].map((v) => Math.round(v * 10) / 10).join(',');

/** Text that is mostly letters, digits and CJK, as opposed to glyph codes of a font without a Unicode map. */
function readable(pages: PdfPage[]): boolean {
  let good = 0;
  let all = 0;
  for (const p of pages) {
    for (const t of p.text) {
      for (const ch of t.str) {
        if (/\s/.test(ch)) continue;
        all++;
        if (/[\p{Script=Han}\p{L}\p{N}\p{P}\p{S}]/u.test(ch) && !/[\u{e000}-\u{f8ff}\u{fffd}]/u.test(ch)) good++;
      }
    }
  }
  return all > 0 && good / all >= 0.8;
}

export function pdfToHtml(pages: PdfPage[], title = ''): PdfReading {
  const textItems = pages.reduce((n, p) => n + p.text.length, 0);
  if (textItems === 0) return { html: '', pages: pages.length, tables: 0, warnings: [{ kind: 'no-text' }] };
  if (!readable(pages)) return { html: '', pages: pages.length, tables: 0, warnings: [{ kind: 'unreadable-text' }] };

  const warnings: PdfWarning[] = [];
  const blocks: Block[] = [];
  const streamPages: number[] = [];
  // The columns of a table without rules at a page's foot, for its rows atop the next page.
  let carried: Column[] | undefined;
  for (const page of pages) {
    const ruled = latticeTables(page);
    const inTable = (t: PdfText) => ruled.some((tb) => tb.claims(t));
    let lines = flowLines(
      page,
      page.text.filter((t) => !inTable(t)),
    );
    const read = positionedTables(lines, carried);
    // A blank page (a forced break that left one empty) does not end the table: its rows go on after it.
    if (lines.length || ruled.length) carried = read.columns;
    const positioned = read.tables;
    if (positioned.length) {
      streamPages.push(page.n);
      lines = lines.filter((l) => !positioned.some((tb) => tb.claimsLine(l)));
    }
    for (const table of [...ruled, ...positioned]) blocks.push({ kind: 'table', page: page.n, top: table.top, table });
    for (const line of lines) blocks.push({ kind: 'p', page: page.n, top: line.y, line });
  }
  if (streamPages.length) warnings.push({ kind: 'tables-from-positions', pages: streamPages });
  blocks.sort((a, b) => a.page - b.page || a.top - b.top);
  keepStrandedLabels(blocks);
  joinLabelsCutByPageBreaks(blocks);

  const body: string[] = [];
  let pending: Line[] = [];
  const flush = () => {
    for (const p of paragraphsOf(pending, pages)) {
      const tag = p.title ? 'h1' : 'p';
      body.push(
        `<${tag} data-source-page="${p.page}" data-source-box="${box(p.x, p.y, p.w, p.h)}">${esc(p.text)}</${tag}>`,
      );
    }
    pending = [];
  };
  let tables = 0;
  for (const b of blocks) {
    if (b.kind === 'p') {
      pending.push(b.line);
      continue;
    }
    flush();
    tables++;
    body.push(tableHtml(b.table, b.page));
  }
  flush();
  const head = title ? `<title>${esc(title)}</title>` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body.join('\n')}</body></html>`;
  return { html, pages: pages.length, tables, warnings };
}

/**
 * A table whose rowspan cell runs on to the next page draws the cell's text where the whole cell's middle would be:
 * under the table's last rule, at the foot of the page ("（三）不予公开", "三、本年度办理结果"). Short lines there,
 * under the table and with the table going on atop the next page, are its rows, not the report's text.
 */
function keepStrandedLabels(blocks: Block[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const table = blocks[i]!;
    if (table.kind !== 'table') continue;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind === 'p' && blocks[j]!.page === table.page) j++;
    const next = blocks[j];
    if (j === i + 1 || next?.kind !== 'table' || next.page !== table.page + 1) continue;
    const cells = table.table.rows.flat();
    const left = Math.min(...cells.map((c) => c.x));
    const right = Math.max(...cells.map((c) => c.x + c.w));
    const stranded = blocks.slice(i + 1, j) as Extract<Block, { kind: 'p' }>[];
    const short = (l: Line) =>
      l.text.length <= 24 && l.x >= left - 2 && l.x + l.w <= right + 2 && !matchHeading(l.text);
    if (!stranded.every((b) => short(b.line))) continue;
    for (const { line } of stranded)
      table.table.rows.push([{ text: line.text, rowSpan: 1, colSpan: 1, x: line.x, y: line.y, w: line.w, h: line.h }]);
    blocks.splice(i + 1, j - i - 1);
  }
}

/**
 * A table that runs on to the next page can cut a label in two (Huai'an 2024: "（四）无" at the foot of page 4,
 * "法提供" atop page 5). Where the first row on the new page has a label cell that starts no numbered item, its text
 * belongs to the label cell above it at the foot of the previous page. "Starts a numbered item" is the same list
 * numbering that opens a paragraph (pdf-text's OPENS), "a number" the same as in tables read from positions.
 */
function joinLabelsCutByPageBreaks(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const [prev, next] = [blocks[i - 1]!, blocks[i]!];
    if (prev.kind !== 'table' || next.kind !== 'table' || next.page !== prev.page + 1) continue;
    const above = prev.table;
    const bottom = Math.max(...above.rows.flat().map((c) => c.y + c.h));
    const atFoot = above.rows.flat().filter((c) => Math.abs(c.y + c.h - bottom) <= 2);
    const foot = atFoot.filter((c) => c.text && !NUMERIC.test(c.text));
    const first = next.table.rows[0] ?? [];
    // Only a data row is cut mid-label, on both pages; a header row atop the new page starts afresh, and a header
    // row at the foot of the old one (表二's 信息内容｜上一年项目数量…) is no label's first half.
    if (!first.some((c) => NUMERIC.test(c.text)) || !atFoot.some((c) => NUMERIC.test(c.text))) continue;
    for (const cell of first) {
      if (!cell.text || NUMERIC.test(cell.text) || NEW_LABEL.test(cell.text)) continue;
      // The same column on both pages: the cells overlap over most of the wider one.
      const host = foot.find(
        (c) => Math.min(c.x + c.w, cell.x + cell.w) - Math.max(c.x, cell.x) > Math.max(c.w, cell.w) * 0.8,
      );
      if (!host) continue;
      host.text += cell.text;
      cell.text = '';
    }
  }
}

/**
 * A table read from positions says so (data-read), and so does each cell of a row whose numbers could not be placed
 * in their columns (data-doubtful): the check does not take them for the report's own.
 */
function tableHtml(table: PdfTable | PositionedTable, page: number): string {
  const positioned = 'doubtful' in table;
  const rows = table.rows.map((row) => {
    const doubt = positioned && table.doubtful.has(row) ? ' data-doubtful="1"' : '';
    const cells = row.map((c) => {
      const span = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      const read = c.confidence === undefined ? '' : ` data-ocr="${Math.floor(c.confidence * 100) / 100}"`;
      return `<td${span}${doubt}${read} data-source-page="${page}" data-source-box="${box(c.x, c.y, c.w, c.h)}">${esc(c.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table data-source-page="${page}"${positioned ? ' data-read="positions"' : ''}>${rows.join('')}</table>`;
}
