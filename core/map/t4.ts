/** Grid → canonical table 4: one data row of 15 cells, read as 3 groups × 5 columns. */
import type { Grid } from '../grid';
import { anchorKey } from '../anchor';
import type { CanonicalRow } from '../model';
import { parseCell } from '../normalize';
import { T4_COLS, T4_GROUP_IDS } from '../vocabulary';
import { canonicalCell, numericCellCount, provenance } from './cell';
import { rowView } from './row-view';
import type { Mapped } from './t3';

const WIDTH = T4_GROUP_IDS.length * T4_COLS.length;

export function mapT4(grid: Grid, paths: readonly string[]): Mapped {
  const anchors = new Map<string, number>();
  const rows: Record<string, CanonicalRow> = {};
  // The data row is the one with the most numbers; a phantom row of &nbsp; after it does not count.
  let best: ReturnType<typeof rowView> | undefined;
  for (let r = 0; r < grid.slots.length; r++) {
    const view = rowView(grid, r, WIDTH);
    if (view.numeric > (best?.numeric ?? 0)) best = view;
  }
  if (!best) {
    // No numbers anywhere: a row of blanks below the header is still a data row (all of it blank).
    for (let r = grid.slots.length - 1; r >= 0; r--) {
      const view = rowView(grid, r, WIDTH);
      if (view.values.length >= 10 && view.values.every((c) => parseCell(c.text).kind === 'blank')) {
        best = view;
        break;
      }
    }
  }
  if (best) {
    const values = best.values.length >= WIDTH ? best.values.slice(best.values.length - WIDTH) : [];
    T4_GROUP_IDS.forEach((group, g) => {
      const cells: CanonicalRow['cells'] = {};
      T4_COLS.forEach((col, i) => {
        const cell = values[g * T4_COLS.length + i];
        if (!cell) return;
        cells[col] = canonicalCell(cell, paths);
        anchors.set(anchorKey('T4', group, col), cell.at);
      });
      const first = values[g * T4_COLS.length] ?? best!.values[0];
      rows[group] = {
        label: group,
        fuzzy: false,
        dataCells: best!.values.length,
        cells,
        source: first ? provenance(first, paths) : null,
      };
    });
  }
  return {
    table: {
      id: 'T4',
      pageTables: [...new Set(grid.cells.map((c) => c.pageTable))],
      rows,
      columns: [...T4_COLS],
      numericCells: numericCellCount(grid),
      width: WIDTH,
      fuzzyColumns: [],
    },
    anchors,
  };
}
