/**
 * A page table → a rectangular grid with provenance. rowspan/colspan are expanded; every slot points at the
 * source cell it came from, and only the top-left slot of a merged cell is the cell's own ("origin") slot, so
 * that a merged cell is never read twice. The grid holds no elements, only plain data (an export, a test's JSON):
 * its cells name their elements by number (`at`, `rowPath`) in the page scan's side table (core/scan.ts).
 */

/** Where the page scan keeps the elements behind its grids (core/scan.ts): a cell's `at`, its row's `rowPath`. */
export interface GridSink {
  cells: Element[];
  rows: Element[];
}

export interface SourceCell {
  /** Index in Grid.cells. */
  id: number;
  /** Index of the cell's element in the page scan's side table (GridSink.cells). */
  at: number;
  /** Index of the cell's row element (GridSink.rows), whose selector the scan works out (PageScan.rowPaths). */
  rowPath: number;
  /** textContent as on the page (raw; normalise before matching). */
  text: string;
  /** Ordinal of the page table the cell sits in (tables split by 续表 keep their own). */
  pageTable: number;
  /** td or th, and the 1-based position among its row's element children: the last step of its selector. */
  tag: string;
  position: number;
  /** Origin slot. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** For a document read from a PDF (core/readers/pdf-layout.ts marks its tables): the page and the cell's box. */
  page?: number;
  box?: [number, number, number, number];
  /**
   * For a PDF table without ruling lines, read from where its text stands (data-read="positions"); `doubtful` where
   * its row's numbers could not be placed in their columns (data-doubtful).
   */
  positioned?: true;
  doubtful?: true;
  /** For a document read from a scan: how sure the reading of the cell's text is, 0…1 (data-ocr). */
  confidence?: number;
}

export interface Slot {
  cell: number;
  /** True for the slots a merged cell covers beyond its origin. */
  covered: boolean;
}

export interface Grid {
  cells: SourceCell[];
  /** slots[row][col]; null where no cell reaches (ragged rows). */
  slots: (Slot | null)[][];
  /** Ids of the cells whose origin is in each row, left to right. */
  rowCells: number[][];
  width: number;
}

/**
 * Limits that keep a hostile or broken table from costing more than a normal page. A table cut here loses rows no
 * report has; rows a rule needs that were cut are reported missing like any other (TBL-04).
 */
const MAX_SPAN = 200;
const MAX_SLOTS = 400_000;

function spanAttr(el: Element, name: string): number {
  const n = parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Element children, walked by sibling links: in Chromium far cheaper than Array.from(el.children), whose every step
 * goes through the collection's indexed getter (≈ 1 µs a cell on a cold page, the largest cost of a big table).
 * (Node, not Element: core/ reads firstChild as a Node member, test/cli/html/dom-members.test.ts.)
 */
function forEachChildElement(parent: Node, visit: (el: Element, tag: string) => void): void {
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) visit(c as Element, (c as Element).tagName.toLowerCase());
  }
}

/** The rows that belong to this table, not to a table nested inside one of its cells. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  forEachChildElement(table, (child, tag) => {
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      forEachChildElement(child, (tr, trTag) => {
        if (trTag === 'tr') rows.push(tr);
      });
    }
  });
  return rows;
}

interface OwnCell {
  el: Element;
  tag: string;
  position: number;
}

function ownCells(tr: Element): OwnCell[] {
  const cells: OwnCell[] = [];
  let position = 0;
  forEachChildElement(tr, (el, tag) => {
    position++;
    if (tag === 'td' || tag === 'th') cells.push({ el, tag, position });
  });
  return cells;
}

/** A PDF cell's page and box (pdf-layout's data-source-page / data-source-box), as provenance will say them. */
function pdfSource(
  el: Element,
  positioned: boolean,
): Pick<SourceCell, 'page' | 'box' | 'positioned' | 'doubtful' | 'confidence'> {
  const out: Pick<SourceCell, 'page' | 'box' | 'positioned' | 'doubtful' | 'confidence'> = {};
  if (positioned) out.positioned = true;
  if (el.hasAttribute('data-doubtful')) out.doubtful = true;
  const confidence = Number.parseFloat(el.getAttribute('data-ocr') ?? '');
  if (confidence >= 0 && confidence <= 1) out.confidence = confidence;
  const page = Number(el.getAttribute('data-source-page'));
  const box = (el.getAttribute('data-source-box') ?? '').split(',').map(Number);
  if (Number.isFinite(page) && page > 0) out.page = page;
  if (box.length === 4 && box.every(Number.isFinite)) out.box = box as [number, number, number, number];
  return out;
}

/**
 * The table's grid; its elements go to `sink` (a fresh one by default). Only a table the PDF reader wrote has its
 * cells' attributes read (a web page's cells never carry them; reading them cost every cell).
 */
export function tableToGrid(table: Element, pageTable = 0, sink: GridSink = { cells: [], rows: [] }): Grid {
  // Rows past the slot limit hold nothing the grid keeps (a table that long is cut: see MAX_SLOTS).
  const rows = ownRows(table).slice(0, MAX_SLOTS);
  const rowBase = sink.rows.length;
  const fromPdf = table.hasAttribute('data-source-page');
  const positioned = fromPdf && table.getAttribute('data-read') === 'positions';
  const cells: SourceCell[] = [];
  const slots: (Slot | null)[][] = rows.map(() => []);
  const rowCells: number[][] = rows.map(() => []);
  let width = 0;
  let used = 0;
  let cut = false;
  let reached = 0;

  outer: for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const { el, tag, position } of ownCells(rows[r]!)) {
      const line = slots[r]!;
      while (line[col]) col++;
      const colSpan = Math.max(1, spanAttr(el, 'colspan'));
      let rowSpan = spanAttr(el, 'rowspan');
      // rowspan="0" reaches the end of the table; no span reaches past it.
      rowSpan = rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, rowSpan), rows.length - r);
      if (used + rowSpan * colSpan > MAX_SLOTS) {
        cut = true;
        break outer;
      }
      reached = Math.max(reached, r + rowSpan);
      used += rowSpan * colSpan;
      const id = cells.length;
      const at = sink.cells.push(el) - 1;
      const text = el.textContent ?? '';
      const cell: SourceCell = {
        id,
        at,
        rowPath: rowBase + r,
        pageTable,
        tag,
        position,
        text,
        row: r,
        col,
        rowSpan,
        colSpan,
      };
      cells.push(fromPdf ? { ...cell, ...pdfSource(el, positioned) } : cell);
      rowCells[r]!.push(id);
      occupy(slots, id, r, col, rowSpan, colSpan);
      col += colSpan;
      if (col > width) width = col;
    }
  }
  // A table cut at the slot limit keeps the rows its cells reach, not the empty ones after them.
  if (cut) {
    slots.length = reached;
    rowCells.length = reached;
  }
  for (const tr of rows.slice(0, slots.length)) sink.rows.push(tr);
  padRows(slots, width);
  return { cells, slots, rowCells, width };
}

/** Marks the slots a cell covers: its origin slot, and the others as covered (rows past the grid's end are none). */
function occupy(slots: (Slot | null)[][], id: number, row: number, col: number, rowSpan: number, colSpan: number) {
  for (let dr = 0; dr < rowSpan; dr++) {
    const target = slots[row + dr];
    if (!target) break;
    for (let dc = 0; dc < colSpan; dc++) target[col + dc] = { cell: id, covered: dr > 0 || dc > 0 };
  }
}

/** Ragged rows filled with null up to the grid's width. */
function padRows(slots: (Slot | null)[][], width: number): void {
  for (const line of slots) for (let c = 0; c < width; c++) if (!line[c]) line[c] = null;
}

/** Cells covering this row from a rowspan that starts above it (group labels such as 三、本年度办理结果). */
export function coveringCells(grid: Grid, row: number): SourceCell[] {
  const seen = new Set<number>();
  const out: SourceCell[] = [];
  for (const slot of grid.slots[row] ?? []) {
    if (!slot || seen.has(slot.cell)) continue;
    seen.add(slot.cell);
    const cell = grid.cells[slot.cell]!;
    if (cell.row < row) out.push(cell);
  }
  return out;
}

/** The rows of `more` below those of `first`, in order (a table the CMS split, "续表"), joined in one pass. */
export function concatGrids(first: Grid, ...more: Grid[]): Grid {
  if (more.length === 0) return first;
  const cells = first.cells.slice();
  const slots = first.slots.slice();
  const rowCells = first.rowCells.slice();
  let width = first.width;
  for (const next of more) {
    const offset = slots.length;
    const base = cells.length;
    for (const c of next.cells) cells.push({ ...c, id: c.id + base, row: c.row + offset });
    for (const line of next.slots)
      slots.push(line.map((s) => (s ? { cell: s.cell + base, covered: s.covered } : null)));
    for (const ids of next.rowCells) rowCells.push(ids.map((id) => id + base));
    width = Math.max(width, next.width);
  }
  return { cells, slots, rowCells, width };
}

/** The grid as text, covered slots null: the "raw grid" of the export. */
export function gridText(grid: Grid): (string | null)[][] {
  return grid.slots.map((line) =>
    line.map((s) => (s && !s.covered ? grid.cells[s.cell]!.text.replace(/\s+/g, ' ').trim() : null)),
  );
}
