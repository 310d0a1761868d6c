/** One grid row read as "label cells, then data cells", the way every report table is laid out. */
import type { Grid, SourceCell } from '../grid';
import { parseCell } from '../normalize';

export interface RowView {
  row: number;
  /** Text cells in front of the data: the row's label(s). */
  labels: SourceCell[];
  /** Cells after the last label, trimmed of surplus blanks at either end down to `width`. */
  values: SourceCell[];
  /** How many of the row's own cells hold a number. */
  numeric: number;
}

export function rowView(grid: Grid, row: number, width: number): RowView {
  const own = grid.rowCells[row]!.map((id) => grid.cells[id]!);
  const parsed = own.map((c) => parseCell(c.text));
  let firstNumber = parsed.findIndex((p) => p.kind === 'number');
  if (firstNumber < 0) firstNumber = own.length;
  let lastLabel = -1;
  for (let i = 0; i < firstNumber; i++) if (parsed[i]!.kind === 'text') lastLabel = i;
  const labels = own.slice(0, lastLabel + 1).filter((_, i) => parsed[i]!.kind === 'text');
  let values = own.slice(lastLabel + 1);
  const blank = (c: SourceCell | undefined) => !!c && parseCell(c.text).kind === 'blank';
  while (values.length > width && blank(values[values.length - 1])) values = values.slice(0, -1);
  while (values.length > width && blank(values[0])) values = values.slice(1);
  return { row, labels, values, numeric: parsed.filter((p) => p.kind === 'number').length };
}
