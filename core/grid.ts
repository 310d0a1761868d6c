/**
 * A page table → a rectangular grid with provenance. rowspan/colspan are expanded; every slot points at the
 * source cell it came from, and only the top-left slot of a merged cell is the cell's own ("origin") slot, so
 * that a merged cell is never read twice.
 */

export interface SourceCell {
  /** Index in Grid.cells. */
  id: number;
  el: Element;
  /** textContent as on the page (raw; normalise before matching). */
  text: string;
  /** Ordinal of the page table the cell sits in (tables split by 续表 keep their own). */
  pageTable: number;
  /** Origin slot. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Slot {
  cell: number;
  /** True for the slots a merged cell covers beyond its origin. */
  covered: boolean;
}

export interface Grid {
  el: Element;
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

/** The rows that belong to this table, not to a table nested inside one of its cells. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of Array.from(child.children)) if (tr.tagName.toLowerCase() === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function ownCells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => {
    const tag = c.tagName.toLowerCase();
    return tag === 'td' || tag === 'th';
  });
}

export function tableToGrid(table: Element, pageTable = 0): Grid {
  const rows = ownRows(table);
  const cells: SourceCell[] = [];
  const slots: (Slot | null)[][] = rows.map(() => []);
  const rowCells: number[][] = rows.map(() => []);
  let width = 0;
  let used = 0;

  outer: for (let r = 0; r < rows.length; r++) {
    let col = 0;
    for (const el of ownCells(rows[r]!)) {
      const line = slots[r]!;
      while (line[col]) col++;
      const colSpan = Math.max(1, spanAttr(el, 'colspan'));
      let rowSpan = spanAttr(el, 'rowspan');
      // rowspan="0" reaches the end of the table; no span reaches past it.
      rowSpan = rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, rowSpan), rows.length - r);
      if (used + rowSpan * colSpan > MAX_SLOTS) break outer;
      used += rowSpan * colSpan;
      const id = cells.length;
      cells.push({ id, el, pageTable, text: el.textContent ?? '', row: r, col, rowSpan, colSpan });
      rowCells[r]!.push(id);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = slots[r + dr]!;
        for (let dc = 0; dc < colSpan; dc++) target[col + dc] = { cell: id, covered: dr > 0 || dc > 0 };
      }
      col += colSpan;
      if (col > width) width = col;
    }
  }
  for (const line of slots) for (let c = 0; c < width; c++) if (!line[c]) line[c] = null;
  return { el: table, cells, slots, rowCells, width };
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

/** Appends the rows of `next` below `grid` (a table the CMS split in two, "续表"). */
export function concatGrids(grid: Grid, next: Grid): Grid {
  const offset = grid.slots.length;
  const base = grid.cells.length;
  const cells = grid.cells.concat(next.cells.map((c) => ({ ...c, id: c.id + base, row: c.row + offset })));
  const slots = grid.slots.concat(
    next.slots.map((line) => line.map((s) => (s ? { cell: s.cell + base, covered: s.covered } : null))),
  );
  const rowCells = grid.rowCells.concat(next.rowCells.map((ids) => ids.map((id) => id + base)));
  return { el: grid.el, cells, slots, rowCells, width: Math.max(grid.width, next.width) };
}

/** The grid as text, covered slots null: the "raw grid" of the export. */
export function gridText(grid: Grid): (string | null)[][] {
  return grid.slots.map((line) =>
    line.map((s) => (s && !s.covered ? grid.cells[s.cell]!.text.replace(/\s+/g, ' ').trim() : null)),
  );
}
