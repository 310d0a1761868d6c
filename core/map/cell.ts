/** A page cell as the model keeps it: its parsed value and where it came from (provenance for the export). */
import type { Grid, SourceCell } from '../grid';
import type { CanonicalCell, Provenance } from '../model';
import { parseCell, type CellValue } from '../normalize';

/** `rowPaths`: the selectors of the page's table rows (PageScan.rowPaths), the cell's row's among them. */
export function provenance(cell: SourceCell, rowPaths: readonly string[]): Provenance {
  const p: Provenance = {
    pageTable: cell.pageTable,
    gridRow: cell.row,
    gridCol: cell.col,
    selector: `${rowPaths[cell.rowPath] ?? ''} > ${cell.tag}:nth-child(${cell.position})`,
  };
  // Documents read from a PDF say where on which page each cell was (core/readers/pdf-layout.ts).
  if (cell.page !== undefined) p.page = cell.page;
  if (cell.box) p.box = cell.box;
  if (cell.confidence !== undefined) p.confidence = cell.confidence;
  return p;
}

export function canonicalCell(cell: SourceCell, paths: readonly string[]): CanonicalCell {
  const v: CellValue = parseCell(cell.text);
  const raw = cell.text.replace(/\s+/g, ' ').trim();
  const source = provenance(cell, paths);
  if (v.kind === 'number') {
    return v.unit
      ? { value: v.value, status: 'number', raw, unit: v.unit, source }
      : { value: v.value, status: 'number', raw, source };
  }
  return { value: null, status: v.kind, raw, source };
}

/** Count of numeric cells anywhere in the grid (TBL-02 looks for zero). */
export function numericCellCount(grid: Grid): number {
  let n = 0;
  for (const c of grid.cells) if (parseCell(c.text).kind === 'number') n++;
  return n;
}
