/**
 * How much of each national table a reading by text position took in (a PDF without ruling lines,
 * core/readers/pdf-positions.ts): the cells of the form's rows that were read and placed in their columns, of those
 * the form has. Tables read by their ruling lines, and web pages, are read whole and carry no such count.
 */
import type { Grid } from './grid';
import { TABLE_IDS, type FormatVersion } from './ids';
import type { CanonicalTable, Report, TableId } from './model';
import { T2_ROWS, t3RequiredRows, T3_COLS, T4_COLS, T4_GROUP_IDS, type T2Block } from './vocabulary';

/** How many numbers each of 表二's rows has, by its block, in each form. */
const T2_WIDTHS: Record<FormatVersion, Record<T2Block, number>> = {
  '2021': { a20_1: 3, a20_5: 1, a20_6: 1, a20_8: 1, a20_9: 0 },
  '2019': { a20_1: 3, a20_5: 3, a20_6: 3, a20_8: 2, a20_9: 2 },
};

/** The rows a table of this form has, and how many numbers each. */
function formRows(id: TableId, format: FormatVersion): { row: string; width: number }[] {
  if (id === 'T3') return t3RequiredRows(format).map((d) => ({ row: d.id, width: T3_COLS.length }));
  if (id === 'T4') return T4_GROUP_IDS.map((g) => ({ row: g, width: T4_COLS.length }));
  return T2_ROWS.filter((r) => format === '2019' || !r.only2019).map((r) => ({
    row: r.id,
    width: T2_WIDTHS[format][r.block] ?? 0,
  }));
}

function cellsRead(table: CanonicalTable | undefined, grid: Grid | undefined, format: FormatVersion): number {
  if (!table || !grid) return 0;
  // Rows whose numbers the reading could not place: none of their cells counts.
  const doubtful = new Set(grid.cells.filter((c) => c.doubtful).map((c) => c.row));
  let read = 0;
  for (const { row, width } of formRows(table.id, format)) {
    const cells = Object.values(table.rows[row]?.cells ?? {}).filter((c) => !doubtful.has(c.source.gridRow));
    read += Math.min(width, cells.length);
  }
  return read;
}

/**
 * The count for each table of a document read by text position (undefined for any other): a table it did not find
 * at all counts as read short, since the reading cannot tell a missing table from one it missed.
 */
export function readingOf(
  tables: Report['tables'],
  grids: Partial<Record<TableId, Grid>>,
  allGrids: Grid[],
  format: FormatVersion,
): Report['reading'] {
  if (!allGrids.some((g) => g.cells.some((c) => c.positioned))) return undefined;
  const reading: NonNullable<Report['reading']> = {};
  for (const id of TABLE_IDS) {
    const grid = grids[id];
    if (grid && !grid.cells.some((c) => c.positioned)) continue;
    const expected = formRows(id, format).reduce((n, r) => n + r.width, 0);
    reading[id] = { read: cellsRead(tables[id], grid, format), expected };
  }
  return reading;
}

/** The tables a reading took in short: no finding is drawn from them (DET-05 says so instead). */
export function unreadTables(report: Report): TableId[] {
  return TABLE_IDS.filter((id) => {
    const r = report.reading?.[id];
    return !!r && r.read < r.expected;
  });
}
