/** A page cell as the model keeps it: its parsed value and where it came from (provenance for the export). */
import type { Grid, SourceCell } from '../grid';
import type { CanonicalCell, Provenance } from '../model';
import { parseCell, type CellValue } from '../normalize';
import type { SelectorPaths } from '../selector';

export function provenance(cell: SourceCell, paths: SelectorPaths): Provenance {
  const p: Provenance = {
    pageTable: cell.pageTable,
    gridRow: cell.row,
    gridCol: cell.col,
    selector: paths.ofCell(cell),
  };
  // Documents read from a PDF say where on which page each cell was (core/readers/pdf-layout.ts).
  const page = Number(cell.el.getAttribute('data-source-page'));
  const box = (cell.el.getAttribute('data-source-box') ?? '').split(',').map(Number);
  if (page > 0) p.page = page;
  if (box.length === 4 && box.every(Number.isFinite)) p.box = box as [number, number, number, number];
  return p;
}

export function canonicalCell(cell: SourceCell, paths: SelectorPaths): CanonicalCell {
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
