/**
 * A checked report's canonical cells as one flat map, `T3.r1.np` → its number (or null), for holding one reading
 * of a report to another (a PDF's or a scan's to its HTML page's) in the tests and the OCR bench.
 */
import { TABLE_IDS, type TableId } from '../core/ids';
import type { Analysis } from '../core/index';

export function cellValues(
  a: Extract<Analysis, { isReport: true }>,
  ids: readonly TableId[] = TABLE_IDS,
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const id of ids)
    for (const [row, data] of Object.entries(a.report.tables[id]?.rows ?? {}))
      for (const [col, cell] of Object.entries(data.cells)) out.set(`${id}.${row}.${col}`, cell.value);
  return out;
}
